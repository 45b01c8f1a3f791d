"""Screenshots of every page for docs/images/ui-*.png, from one realistic store.

    .venv/bin/python tools/make_ui_images.py [--out docs/images]

The store: the Sông Mã unit with its 2022 plan issued and tracked through quý I and 6 tháng (the
worked example of tests/data/worked_example.py), plus the 6 tháng packages of three communes
imported for the Tổng hợp page. Each page is taken by the app itself (`--screenshot`, offscreen,
1366×768), in Vietnamese.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "images"))
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        build_store(Path(tmp))
        for page in PAGES:
            out = Path(args.out) / f"ui-{page}.png"
            subprocess.run([sys.executable, "-m", "ccpropa_desktop", "--data-dir", str(Path(tmp) / "data"),
                            "--lang", "vi", "--screenshot", str(out), "--page", page], check=True, env=env)
            print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
