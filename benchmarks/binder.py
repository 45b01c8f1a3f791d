"""Evidence-binder figures for docs/benchmarks.md (issue 15, item 4: "binder for a 300-task plan with 300
attachments (1 MB each) ≤ 5 s"). Prints figures; not a test.

    .venv/bin/python benchmarks/binder.py [--repeat 3] [--tasks 300] [--mb 1]

A synthetic issued plan of N tasks (every fifth a group row with sub-tasks), each with a 6-month record
(status, figures, one evidence line) and one attached file of M MB of random bytes (no two alike, so
the store keeps N files and the zip holds N·M MB). Timed, median of N after one warm-up, on a store
file, the zip written beside it:
1. `binder.build_index` alone (the index from the store: tasks, evidence, which files exist);
2. `binder.make_binder` as `evidence binder` runs it (index, the plan's issued PDF, the report PDF, the
   files streamed into the zip with their sha256, the index PDF, the manifest, the atomic move);
3. `binder.verify_binder` (every member read back against the manifest), for comparison;
4. a whole `ccpropa evidence binder` process, wall time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("CCPROPA_BUNDLED_FONT", "1")  # the same face on every machine

from report import KINDS, STATUSES, figures, timed  # noqa: E402
from scaffold import store_with_issued_plan  # noqa: E402

from ccpropa_desktop.domain.model import Task  # noqa: E402
from ccpropa_desktop.domain.periods import parse_period  # noqa: E402
from ccpropa_desktop.services import binder, plans, tracking  # noqa: E402
from ccpropa_desktop.services.session import open_store  # noqa: E402

UNIT_FILE = ROOT / "tests" / "data" / "unit_song_ma.json"
PERIOD = "2022-H1"


def build(folder: Path, count: int, megabytes: float, scratch: Path) -> int:
    tasks = [Task(content=f"{KINDS[i % 5][0]} (nhiệm vụ {i + 1})", lead="Phòng Nội vụ",
                  partners="Phòng Văn hóa và Thông tin; UBND các xã, thị trấn",
                  schedule="Quý II năm 2022", depth=1 if i % 5 else 0) for i in range(count)]
    store, plan_id = store_with_issued_plan(folder, tasks)
    try:
        size = int(megabytes * 1024 * 1024)
        numbers = [t.number for t in plans.get_plan(store, plan_id).tasks]
        for i, number in enumerate(numbers):
            status = STATUSES[(i + i // 5) % 5]
            path = scratch / f"Biên bản nhiệm vụ {number}.pdf"
            path.write_bytes(os.urandom(size))
            tracking.set_progress(
                store, plan_id, number, PERIOD, status=status,
                done_on="2022-05-20" if status == "done" else None,
                reason="Chuyển sang 6 tháng cuối năm" if status == "dropped" else None,
                metrics=KINDS[i % 5][1] if status != "dropped" else None,
                evidence=[f"Công văn số {i + 1}/PNV ngày 20/5/2022"], attach=[path])
            path.unlink()
        return plan_id
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tasks", type=int, default=300)
    parser.add_argument("--mb", type=float, default=1.0)
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]} · {sys.platform} · median of {args.repeat} after 1 warm-up")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        scratch = Path(tmp) / "scratch"
        scratch.mkdir()
        start = time.perf_counter()
        pid = build(folder, args.tasks, args.mb, scratch)
        print(f"store: {args.tasks} tasks, {args.tasks} attached files of {args.mb:g} MB, built in "
              f"{time.perf_counter() - start:.1f} s")
        out = Path(tmp) / "ho-so.zip"
        store = open_store(folder, daily_backup=False)
        try:
            plan = plans.get_plan(store, pid)
            period = parse_period(PERIOD)
            index = binder.build_index(store, plan, period)
            print(f"index: {len(index.tasks)} tasks, {index.item_count} items ({index.file_count} files), "
                  f"{len(index.missing_tasks)} tasks without evidence")
            once = lambda: binder.build_index(store, plan, period)  # noqa: E731
            print("1. build_index:", figures(timed(once, args.repeat)))
            result = binder.make_binder(store, pid, PERIOD, out)
            print(f"binder: {len(result.files)} files, {result.size / 1048576:.1f} MB")
            print("2. make_binder:", figures(timed(lambda: binder.make_binder(store, pid, PERIOD, out),
                                                    args.repeat)))
            problems = binder.verify_binder(out)
            print(f"3. verify_binder ({len(problems)} problems):",
                  figures(timed(lambda: binder.verify_binder(out), args.repeat)))
        finally:
            store.close()
        script = Path(sys.executable).with_name("ccpropa")
        cmd = [str(script)] if script.exists() else [sys.executable, "-m", "ccpropa_desktop.cli.main"]
        cmd += ["evidence", "binder", str(pid), "--period", PERIOD, "--out", str(out),
                "--data-dir", str(folder)]
        env = {**os.environ, "CCPROPA_BUNDLED_FONT": "1"}

        def process() -> None:
            subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=600)

        print("4. ccpropa evidence binder, whole process:", figures(timed(process, args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
