"""Screenshots of every page for docs/images/ui-*.png, and the pictures of the user guide (F1).

    .venv/bin/python tools/make_ui_images.py [--out docs/images]     # docs/images/ui-*.png, 1366×768
    .venv/bin/python tools/make_ui_images.py --guide                 # resources/guide/images/{vi,en}/
    .venv/bin/python tools/make_ui_images.py --all                   # both

The store: the Sông Mã unit with its 2022 plan issued and tracked through quý I and 6 tháng (the
worked example of tests/data/worked_example.py), plus the 6 tháng packages of three communes
imported for the Tổng hợp page. The docs' pictures are taken by the app itself (`--screenshot`,
offscreen, 1366×768), in Vietnamese; ui-recovery.png is the recovery page on a copy of that store
with one page of its tasks table overwritten.

The guide's pictures (`--guide`) are taken in one process per language (the UI in Vietnamese, then in
English), at 1366×768 too, including the steps of the new-plan wizard, the editor's three tabs, the
find box and the report's number dialog; then scaled to GUIDE_WIDTH pixels wide and reduced to a
256-colour palette (Pillow, which reportlab already needs), so the whole guide adds little to the
installer. The names are the same in both languages (resources/guide/images/vi/editor-tasks.png,
…/en/editor-tasks.png), which tests/test_guide.py checks against the pages.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from data.worked_example import load_worked_example  # noqa: E402

from ccpropa_desktop.services import aggregate, issuing, packages, plans, tracking, unit  # noqa: E402
from ccpropa_desktop.services.session import open_store  # noqa: E402

PAGES = ["unit", "templates", "plans", "wizard", "editor", "issue", "tracking", "reports", "aggregate",
         "settings"]
COMMUNES = [("THỊ TRẤN SÔNG MÃ", "Sông Mã"), ("XÃ CHIỀNG KHƯƠNG", "Chiềng Khương"),
            ("XÃ MƯỜNG LẦM", "Mường Lầm")]
STATUSES = ["done", "done", "doing", "todo", "done"]
GUIDE_IMAGES = ROOT / "resources" / "guide" / "images"
GUIDE_WIDTH = 960
GUIDE_LANGUAGES = ("vi", "en")
TITLE_BAR = 26  # drawn above a dialog pictured over the window


def commune_package(folder: Path, name: str, place: str, index: int) -> Path:
    profile = json.loads((ROOT / "tests" / "data" / "unit_song_ma.json").read_text(encoding="utf-8"))
    profile.update(name_lines=["ỦY BAN NHÂN DÂN", name], level="xa", place=place)
    profile.pop("short_name", None)
    store = open_store(folder, daily_backup=False)
    try:
        unit.set_unit(store, unit.unit_from_dict(profile))
        plan = plans.create_plan(store, "song-ma-2022", 2022)
        issuing.issue_plan(store, plan.id, str(3 + index), "2022-01-20")
        tasks = plans.get_plan(store, plan.id).tasks
        leaves = [t for t in tasks if not any(o.number.startswith(t.number + ".") for o in tasks)]
        for k, task in enumerate(leaves):
            status = STATUSES[(k + index) % len(STATUSES)]
            tracking.set_progress(store, plan.id, task.number, "2022-H1", status=status,
                                  done_on="2022-05-10" if status == "done" else None,
                                  metrics={"tin_bai": 2 + k + index} if status != "todo" else None)
        return packages.make_package(store, plan.id, "2022-H1", folder / "bao-cao.ccpr")
    finally:
        store.close()


def build_store(folder: Path) -> None:
    store = open_store(folder / "data", daily_backup=False)
    try:
        load_worked_example(store)
        files = [commune_package(folder / f"xa{i}", name, place, i)
                 for i, (name, place) in enumerate(COMMUNES)]
        aggregate.import_packages(store, files)
        # the roll-up counts against its own list of the communes (one has not reported yet)
        aggregate.set_expected_units(store, ["UBND thị trấn Sông Mã", "UBND xã Chiềng Khương",
                                             "UBND xã Mường Lầm", "UBND xã Nậm Ty"])
    finally:
        store.close()
    (folder / "data" / "ui.ini").write_text("[period]\nplan-1=2022-H1\n", encoding="utf-8")


def damaged_copy(data: Path, folder: Path) -> Path:
    """A copy of the store with a backup of it, then one page of its tasks table overwritten: what the
    recovery page looks like when it has something to restore."""
    from faults import overwrite_page

    from ccpropa_desktop.services import backups

    shutil.copytree(data, folder)
    store = open_store(folder, daily_backup=False)
    try:
        backups.create_backup(store)
    finally:
        store.close()
    overwrite_page(folder)
    return folder


def app_screenshot(data: Path, language: str, out: Path, page: str | None) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "ccpropa_desktop", "--data-dir", str(data), "--lang", language,
               "--screenshot", str(out)]
    subprocess.run([*command, "--page", page] if page else command, check=True, env=env)


def docs_images(tmp: Path, out: Path) -> None:
    for page in PAGES:
        target = out / f"ui-{page}.png"
        app_screenshot(tmp / "data", "vi", target, page)
        print(target)
    target = out / "ui-recovery.png"
    app_screenshot(damaged_copy(tmp / "data", tmp / "damaged-docs"), "vi", target, None)
    print(target)


# -- the guide's pictures, taken inside one process per language -------------------------------------

def shrink(png: bytes) -> bytes:
    """GUIDE_WIDTH wide, a 256-colour palette, optimized: ~5× smaller than the full-size RGB picture."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    if image.width > GUIDE_WIDTH:
        image = image.resize((GUIDE_WIDTH, round(image.height * GUIDE_WIDTH / image.width)),
                             Image.Resampling.LANCZOS)
    image = image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def guide_shots(data: Path, language: str, out: Path) -> int:
    """Runs in a child process (`--shoot`): every picture of the guide in one language."""
    # a tool that drives the window, like the tests: Qt is fine here
    from PySide6.QtCore import QBuffer, QIODevice, QPoint, QRect, Qt  # noqa: TID251
    from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: TID251
    from PySide6.QtWidgets import QApplication, QWidget  # noqa: TID251

    from ccpropa_desktop.ui.app import SCREEN, build_window, wait_until_ready
    from ccpropa_desktop.ui.context import AppContext

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("ccpropa-desktop")
    ctx = AppContext.open(data)
    window = build_window(ctx, app, language)
    window.resize(*SCREEN)
    window.show()
    out.mkdir(parents=True, exist_ok=True)

    def page(key: str) -> QWidget:
        shown = window.show_page(key)
        wait_until_ready(shown.is_ready)
        return shown

    def over_window(dialog: QWidget) -> QPixmap:
        """The window with the dialog drawn where it stands on it (a grab holds one widget only), in a
        frame with its title bar (offscreen windows have none)."""
        wait_until_ready(getattr(dialog, "is_ready", lambda: True))
        picture = window.grab()
        painter = QPainter(picture)
        offset = dialog.frameGeometry().topLeft() - window.geometry().topLeft()
        x = min(max(offset.x(), 1), SCREEN[0] - dialog.width() - 1)
        y = min(max(offset.y(), TITLE_BAR + 1), SCREEN[1] - dialog.height() - 1)
        frame = QRect(x - 1, y - TITLE_BAR - 1, dialog.width() + 1, dialog.height() + TITLE_BAR + 1)
        painter.fillRect(frame, QColor("#d6dde6"))
        painter.setPen(QColor("#1f2d3d"))
        painter.drawText(frame.adjusted(10, 0, 0, -dialog.height()), Qt.AlignmentFlag.AlignVCenter,
                         dialog.windowTitle())
        painter.drawPixmap(QPoint(x, y), dialog.grab())
        painter.setPen(QColor("#6b7785"))
        painter.drawRect(frame)
        painter.end()
        return picture

    def save(name: str, picture: QPixmap) -> None:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        picture.save(buffer, "PNG")
        (out / f"{name}.png").write_bytes(shrink(bytes(buffer.data())))
        print(out / f"{name}.png")

    def whole(key: str) -> Callable[[], QPixmap]:
        return lambda: (page(key), window.grab())[1]

    def editor_tab(index: int) -> Callable[[], QPixmap]:
        def shoot() -> QPixmap:
            editor = page("editor")
            editor.tabs.setCurrentIndex(index)
            if index == 1:  # the section tree with «Mục đích» chosen, its text on the right
                tree = editor.sections.tree
                tree.setCurrentIndex(tree.model().index(0, 0, tree.model().index(0, 0)))
            wait_until_ready(editor.is_ready)
            return window.grab()
        return shoot

    def find_box() -> QPixmap:
        editor = page("editor")
        editor.tabs.setCurrentIndex(2)
        dialog = editor.open_find(True)
        dialog.query.setText("trực tuyến")
        dialog.replacement.setText("trực tuyến toàn trình")
        dialog.find()
        dialog.move(window.geometry().topLeft() + QPoint(700, 330))
        picture = over_window(dialog)
        dialog.close()
        return picture

    wizard_holder: list[QWidget] = []

    def wizard_step(step: int) -> Callable[[], QPixmap]:
        def shoot() -> QPixmap:
            if not wizard_holder:
                wizard_holder.append(page("plans").open_wizard())
                wizard_holder[0].show()
            wizard = wizard_holder[0]
            while wizard.currentId() < step:
                wizard.next()
                wait_until_ready(wizard.is_ready)
            wait_until_ready(wizard.is_ready)
            picture = wizard.grab()
            if step == 4:
                wizard.reject()
            return picture
        return shoot

    def report_number() -> QPixmap:
        dialog = page("reports").open_issue_dialog()
        dialog.show()
        dialog.move(window.geometry().topLeft() + QPoint(420, 250))
        picture = over_window(dialog)
        dialog.reject()
        return picture

    def issue_number() -> QPixmap:
        dialog = page("issue").open_issue_dialog()
        dialog.number.setText("18")
        dialog.move(window.geometry().topLeft() + QPoint(420, 220))
        picture = over_window(dialog)
        dialog.reject()
        return picture

    def aggregate_tab(index: int) -> Callable[[], QPixmap]:
        def shoot() -> QPixmap:
            shown = page("aggregate")
            shown.tabs.setCurrentIndex(index)
            wait_until_ready(shown.is_ready)
            return window.grab()
        return shoot

    def tracking_done_task() -> QPixmap:
        shown = page("tracking")
        shown.table.selectRow(5)  # task 3, done: status, date and figures filled in
        wait_until_ready(shown.is_ready)
        return window.grab()

    shots: dict[str, Callable[[], QPixmap]] = {
        "unit": whole("unit"),
        "templates": whole("templates"),
        "plans": whole("plans"),
        "wizard-1-template": wizard_step(0),
        "wizard-2-tasks": wizard_step(1),
        "wizard-3-agencies": wizard_step(2),
        "wizard-4-wording": wizard_step(3),
        "wizard-5-summary": wizard_step(4),
        "editor-parts": editor_tab(0),
        "editor-sections": editor_tab(1),
        "editor-tasks": editor_tab(2),
        "editor-find": find_box,
        "issue": whole("issue"),
        "issue-number": issue_number,
        "tracking": tracking_done_task,
        "reports": whole("reports"),
        "report-number": report_number,
        "aggregate-status": aggregate_tab(0),
        "aggregate-units": aggregate_tab(1),
        "aggregate-report": aggregate_tab(2),
        "settings": whole("settings"),
    }
    for name, shoot in shots.items():
        save(name, shoot())
    window.close()
    ctx.close()
    return 0


def guide_images(tmp: Path, out: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for language in GUIDE_LANGUAGES:
        # each language on its own copy: the wizard and the dialogs must find the same store
        data = tmp / f"guide-{language}"
        shutil.copytree(tmp / "data", data)
        subprocess.run([sys.executable, __file__, "--shoot", str(data), language, str(out / language)],
                       check=True, env=env)
        with tempfile.TemporaryDirectory() as shot:
            recovery = Path(shot) / "recovery.png"
            app_screenshot(damaged_copy(tmp / "data", tmp / f"damaged-{language}"), language, recovery, None)
            (out / language / "recovery.png").write_bytes(shrink(recovery.read_bytes()))
            print(out / language / "recovery.png")
    size = sum(p.stat().st_size for p in out.rglob("*.png"))
    print(f"{len(list(out.rglob('*.png')))} pictures, {size / 1024:.0f} KB in {out}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"))
    parser.add_argument("--guide", action="store_true", help="the guide's pictures (resources/guide/images)")
    parser.add_argument("--all", action="store_true", help="the docs' and the guide's pictures")
    parser.add_argument("--guide-out", default=str(GUIDE_IMAGES))
    parser.add_argument("--shoot", nargs=3, metavar=("DATA", "LANG", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.shoot:
        data, language, out = args.shoot
        return guide_shots(Path(data), language, Path(out))
    with tempfile.TemporaryDirectory() as tmp:
        build_store(Path(tmp))
        if args.all or not args.guide:
            docs_images(Path(tmp), Path(args.out))
        if args.all or args.guide:
            guide_images(Path(tmp), Path(args.guide_out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
