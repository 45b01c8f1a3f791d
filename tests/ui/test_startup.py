"""A fast start (issue 12, item 8): the first page is painted from the store's first look
(store/peek.py) and the store is opened in full after that paint (ui/app.py); a page built before
then opens it on demand and shows its data; a store that needs migrating or recovery is opened in full
before anything is shown, as before."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT, song_ma_unit_dict
from faults import garbage, make_newer, make_store, overwrite_page, store_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

from ccpropa_desktop.services import housekeeping, unit
from ccpropa_desktop.services import plans as plan_service
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.store import backups as raw_backups
from ccpropa_desktop.store.migrations import migrations
from ccpropa_desktop.store.peek import SCHEMA, peek
from ccpropa_desktop.store.versions import known_migrations
from ccpropa_desktop.ui import context as context_module
from ccpropa_desktop.ui.app import after_first_paint, build_window
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.main_window import MainWindow
from ccpropa_desktop.ui.recovery import RecoveryWindow

LEFT = Qt.MouseButton.LeftButton


def filled(folder, *, drafting_unit: str = "NV") -> None:
    """A store with the Sông Mã unit, three plans and one of them in the bin."""
    store = open_store(folder)
    try:
        unit.set_unit(store, unit.unit_from_dict({**song_ma_unit_dict(), "drafting_unit": drafting_unit}))
        kept = plan_service.create_plan(store, "song-ma-2022", 2022)
        binned = plan_service.create_plan(store, "bac-kan-2024", 2024)
        plan_service.create_plan(store, "bac-kan-2024", 2023)
        housekeeping.delete_plan(store, binned.id)
        assert kept.id != binned.id
    finally:
        store.close()


def nav_row(window: MainWindow, key: str) -> int:
    return next(i for i, s in enumerate(window.specs) if s.key == key)


def click_nav(qtbot, window: MainWindow, key: str) -> None:
    item = window.nav.item(nav_row(window, key))
    qtbot.mouseClick(window.nav.viewport(), LEFT, pos=window.nav.visualItemRect(item).center())


# -- the first look -------------------------------------------------------------------------------
def test_the_schema_the_first_look_trusts_is_every_migration():
    assert list(SCHEMA) == known_migrations()


def test_the_first_look_reads_what_the_store_holds(data_dir):
    filled(data_dir)
    look = peek(data_dir)
    assert look is not None
    store = open_store(data_dir)
    try:
        assert look.plans == store.list_plans()
        assert len(look.plans) == 2  # the binned plan is not listed
        assert look.unit() == store.get_unit()
        assert look.unit().drafting_unit == "NV"
    finally:
        store.close()


def test_the_first_look_of_a_store_without_a_profile(data_dir):
    open_store(data_dir).close()
    look = peek(data_dir)
    assert look is not None and look.unit() is None and look.plans == []


def test_the_first_look_writes_nothing_and_leaves_no_files(data_dir):
    filled(data_dir)
    path = store_file(data_dir)
    before = sorted(p.name for p in data_dir.iterdir()), path.read_bytes()
    assert peek(data_dir) is not None
    assert (sorted(p.name for p in data_dir.iterdir()), path.read_bytes()) == before


def older(folder) -> None:
    """A store made by the version before the last migration (that migration pending)."""
    store_file(folder).unlink()
    folder.mkdir(parents=True, exist_ok=True)
    db = Database(store_file(folder))
    try:
        migrations.apply(db, stop_before=SCHEMA[-1])
        db.execute("PRAGMA journal_mode = WAL")
    finally:
        db.close()


@pytest.mark.parametrize("state", ["none", "empty", "garbage", "older", "newer"])
def test_no_first_look_when_the_store_must_be_opened_in_full_first(data_dir, state):
    if state != "none":
        make_store(data_dir)
    if state == "empty":
        store_file(data_dir).write_bytes(b"")
    elif state == "garbage":
        garbage(data_dir)
    elif state == "older":
        older(data_dir)
    elif state == "newer":
        make_newer(data_dir)
    assert peek(data_dir) is None


def test_a_store_to_migrate_is_migrated_before_the_window_shows(data_dir):
    make_store(data_dir)
    older(data_dir)
    ctx = AppContext.start(data_dir)
    try:
        assert ctx.store_open
        assert peek(data_dir) is not None  # the migration ran
    finally:
        ctx.close()


# -- the window on the first look --------------------------------------------------------------------
def test_the_first_page_shows_the_store_before_it_is_opened(shell, data_dir, qtbot):
    filled(data_dir)
    window = shell.start()
    assert isinstance(window, MainWindow) and not shell.ctx.store_open
    page = window.stack.currentWidget()
    assert window.current_key() == "plans"
    shown = [[page.table.item(r, c).text() for c in (0, 1, 3)] for r in range(page.table.rowCount())]
    store = open_store(data_dir, daily_backup=False)
    try:
        assert shown == [[str(p["id"]), str(p["year"]), str(p["task_count"])] for p in store.list_plans()]
    finally:
        store.close()
    qtbot.waitUntil(lambda: shell.ctx.store_open)  # after the first paint


def test_first_run_starts_on_the_profile_page_without_opening_the_store(shell, data_dir, qtbot):
    open_store(data_dir).close()
    window = shell.start()
    assert window.current_key() == "unit" and not shell.ctx.store_open
    assert window.stack.currentWidget().welcome.isVisibleTo(window)
    qtbot.waitUntil(lambda: shell.ctx.store_open)


def test_the_deferred_open_runs_the_maintenance_after_the_first_paint(shell, data_dir, qtbot):
    filled(data_dir)
    for backup in raw_backups.list_backups(data_dir):
        backup.path.unlink()
    window = shell.start()
    assert not shell.ctx.store_open and raw_backups.list_backups(data_dir) == []
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: shell.ctx.store_open)
    assert [b.path.name for b in raw_backups.list_backups(data_dir)] != []  # the daily backup, made now
    assert shell.ctx.store.folder == data_dir


@pytest.mark.parametrize("key", ["unit", "tracking", "settings"])
def test_a_click_on_another_page_before_the_deferred_open_builds_it_with_its_data(
        shell, data_dir, qtbot, monkeypatch, key):
    filled(data_dir)
    deferred: list[object] = []
    monkeypatch.setattr("ccpropa_desktop.ui.app.after_first_paint",
                        lambda widget, then: deferred.append(then))
    window = shell.start()
    assert deferred and not shell.ctx.store_open and key not in window.pages
    click_nav(qtbot, window, key)
    assert window.current_key() == key
    page = window.pages[key]
    assert window.stack.currentWidget() is page
    if key == "unit":  # shown from the first look, as the store holds it
        assert page.form_data()["name_lines"] == song_ma_unit_dict()["name_lines"]
        assert page.drafting_unit.text() == "NV"
    else:  # built on the store, opened in full by the click
        assert shell.ctx.store_open
    if key == "settings":
        assert page.backup_table.rowCount() == len(raw_backups.list_backups(data_dir)) > 0
    deferred[0]()  # the deferred open, late: nothing left to do
    assert window.pages[key] is page and shell.window is window


def test_a_save_before_the_deferred_open_goes_to_the_store(shell, data_dir, qtbot, monkeypatch):
    filled(data_dir)
    monkeypatch.setattr("ccpropa_desktop.ui.app.after_first_paint", lambda widget, then: None)
    window = shell.start()
    page = window.show_page("unit")
    page.drafting_unit.setText("VP")
    assert page.save()
    store = open_store(data_dir, daily_backup=False)
    try:
        assert store.get_unit().drafting_unit == "VP"
    finally:
        store.close()


def test_a_store_found_damaged_by_the_deferred_open_brings_up_the_recovery_page(
        shell, data_dir, qtbot, monkeypatch):
    from ccpropa_desktop.errors import StoreUnavailable

    filled(data_dir)

    def damaged(folder):
        raise StoreUnavailable("db_damaged", "Tệp dữ liệu bị hỏng.", path=folder, damaged=True,
                               problem="bị hỏng")

    window = shell.start()
    assert isinstance(window, MainWindow)
    monkeypatch.setattr(context_module, "_open_store", damaged)
    qtbot.waitUntil(lambda: shell.recovery is not None)
    assert isinstance(shell.recovery, RecoveryWindow) and shell.window is None and shell.ctx is None


def test_a_damaged_page_ends_on_the_recovery_page(shell, data_dir, qtbot):
    make_store(data_dir)
    overwrite_page(data_dir)
    shell.start()  # the first look may or may not read the damaged page; the full open finds it
    qtbot.waitUntil(lambda: shell.recovery is not None)
    assert shell.window is None


def test_a_newer_store_started_shows_the_read_only_banner(shell, data_dir):
    make_store(data_dir)
    make_newer(data_dir, "9.1.0")
    window = shell.start()
    assert shell.ctx.store_open  # no first look of a schema this code does not know
    assert window.read_only_banner.isVisible() and "9.1.0" in window.read_only_banner.text()


# -- after the first paint ---------------------------------------------------------------------------
def test_after_first_paint_waits_for_the_paint(qtbot, qapp, ctx):
    window = build_window(ctx, qapp, "vi")
    qtbot.addWidget(window)
    painted: list[bool] = []
    calls: list[bool] = []

    class Watch(QWidget):
        def paintEvent(self, event):
            painted.append(True)
            super().paintEvent(event)

    watch = Watch(window)
    watch.resize(50, 50)
    after_first_paint(window, lambda: calls.append(bool(painted)))
    window.show()
    qapp.processEvents()  # a zero timer set now would already have run; the paint may not have
    qtbot.waitUntil(lambda: calls != [])
    assert calls == [True]


def test_after_first_paint_of_a_window_never_painted_still_runs(qtbot):
    hidden = QWidget()
    qtbot.addWidget(hidden)
    calls: list[int] = []
    after_first_paint(hidden, lambda: calls.append(1), latest_ms=50)
    qtbot.waitUntil(lambda: calls == [1])
    qtbot.wait(100)
    assert calls == [1]


# -- what the first paint does without -----------------------------------------------------------------
FIRST_PAINT = r"""
import gc, json, sys
import PySide6.QtCore as core
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QTableWidget
from ccpropa_desktop.ui import app as app_module


def geometry(window):
    page = window.stack.currentWidget()
    nav = window.nav
    shape = {"nav": [list(nav.visualItemRect(nav.item(i)).getRect()) for i in range(nav.count())],
             "status bar": window.statusBar().height(), "page": list(page.geometry().getRect())}
    for view in page.findChildren(QTableWidget):
        shape[view.objectName()] = [view.horizontalHeader().height(), list(view.geometry().getRect()),
                                    [view.rowHeight(r) for r in range(view.rowCount())]]
    for view in page.findChildren(QListWidget):
        items = [list(view.visualItemRect(view.item(r)).getRect()) for r in range(view.count())]
        shape[view.objectName()] = [list(view.geometry().getRect()), items]
    return shape


report = {}
deferred = app_module.Shell._after_first_paint


def after_first_paint(self, window):
    report["painted without"] = {"Qt's namespace": "Qt" not in vars(core),
                                 "the collector": not gc.isenabled(),
                                 "the style": "ccpropa_desktop.ui.widgets.text_fit" not in sys.modules}
    report["page"] = window.current_key()
    report["before"] = geometry(window)
    deferred(self, window)
    report["style"] = type(QApplication.style()).__name__
    collector = QApplication.instance().findChild(QObject, "gui_thread_collector")
    report["collecting"] = {"automatically": gc.isenabled(),
                            "on the GUI thread": collector is not None and collector.timer.isActive()}

    def done():
        report["after"] = geometry(window)
        print(json.dumps(report), flush=True)
        QApplication.quit()

    QTimer.singleShot(100, done)


app_module.Shell._after_first_paint = after_first_paint
from ccpropa_desktop.__main__ import run
sys.exit(run(sys.argv[1:]))
"""


@pytest.mark.parametrize("start", ["plans", "first run"])
def test_the_first_page_is_painted_before_the_costly_set_up_and_does_not_move_after_it(data_dir, start):
    """The window's own start (a fresh process): Qt's namespace, the style that makes room for the
    marks and the garbage collector all wait for the first paint (ui/lean_qt.py, ui/startup.py; the
    collector then runs on the GUI thread's timer, ui/collector.py). Once they come, nothing on the
    first page moves: the navigation, the plans table's header and rows, the unit page's lists keep
    their place and size."""
    if start == "plans":
        filled(data_dir)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT, "--data-dir", str(data_dir)], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["page"] == ("plans" if start == "plans" else "unit")
    assert report["painted without"] == {"Qt's namespace": True, "the collector": True, "the style": True}
    assert report["style"] == "RoomForMarks"
    assert report["collecting"] == {"automatically": False, "on the GUI thread": True}
    assert report["after"] == report["before"]
    if start == "plans":
        header, _geometry, rows = report["before"]["plan_table"]
        assert len(rows) == 2 and header > 0


# -- PySide's source scan of each import ---------------------------------------------------------------
def test_pysides_scan_is_answered_without_reading_our_and_the_standard_librarys_sources(monkeypatch):
    import json
    import sys

    import pytest as third_party

    from ccpropa_desktop.domain import text
    from ccpropa_desktop.ui import startup

    feature = sys.modules["shibokensupport.feature"]
    read: list[str] = []

    def original(module):
        read.append(module.__name__)
        return False

    monkeypatch.setattr(feature, "_mod_uses_pyside", original)
    assert startup.skip_source_scans()
    uses = feature._mod_uses_pyside
    assert uses(sys.modules["ccpropa_desktop.ui.main_window"]) is True
    assert uses(text) is False and uses(json) is False
    assert read == []
    assert uses(third_party) is False and read == ["pytest"]  # others are still read
    assert startup.skip_source_scans() and feature._mod_uses_pyside is uses  # installed once


# -- the garbage collector on the GUI thread -----------------------------------------------------------
def test_garbage_made_in_a_worker_thread_is_collected_on_the_gui_thread(qapp, qtbot):
    import gc
    import threading

    from ccpropa_desktop.ui.collector import INTERVAL_MS, GuiThreadCollector, collect_on_gui_thread

    freed_in: list[int] = []

    class Cycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            freed_in.append(threading.get_ident())

    def worker() -> None:  # cyclic garbage, well past the collector's first threshold (700)
        for _ in range(2000):
            Cycle()

    collector = collect_on_gui_thread(qapp)
    try:
        assert isinstance(collector, GuiThreadCollector) and collect_on_gui_thread(qapp) is collector
        assert not gc.isenabled()
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert freed_in == []  # nothing collected in the worker, however much it allocated
        qtbot.waitUntil(lambda: len(freed_in) == 2000, timeout=INTERVAL_MS * 3)
        assert set(freed_in) == {threading.get_ident()}  # all on this, the GUI, thread
    finally:
        collector.timer.stop()
        collector.setParent(None)
        collector.deleteLater()
