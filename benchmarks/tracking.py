"""Benchmark: tracking a 300-task plan through a year (W5). Prints figures; it is not a test.

    .venv/bin/python benchmarks/tracking.py [--tasks 300] [--runs 20]

A file store in a temporary folder holds one plan of N tasks (the seeds' schedule phrases in turn),
with a record for every task in quý I, 6 tháng and quý III (3·N records, each with 3 figures and
one line of evidence). Timed: `parse_schedule` per phrase, `set_progress` (one task set), and the
reads reports use — `get_progress` for a recorded period (H1) and for derived ones (9M, năm) — and
`plan_status`, each as the service call and `plan status` as the whole CLI command in-process.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

from timing import ms, timed

from ccpropa_desktop.cli.main import main
from ccpropa_desktop.domain.model import Plan, Task
from ccpropa_desktop.domain.schedule import _cached, parse_schedule
from ccpropa_desktop.services import tracking, unit
from ccpropa_desktop.services.session import open_store

ROOT = Path(__file__).resolve().parent.parent
PHRASES = ["Thường xuyên", "Hàng tháng", "Một tuần một lần", "Quý II, III năm 2022", "Định kỳ 01 lần/quý",
           "Mỗi Quý /1 phóng sự", "- Ban hành Kế hoạch: quý II/2022 - Tổ chức cuộc thi: quý III/2022",
           "Trong năm 2022", "Theo tháng hoặc quý", "Tháng 6/2022", "Theo kế hoạch"]






def build(folder: Path, tasks: int) -> int:
    store = open_store(folder, daily_backup=False)
    unit.set_unit(store, unit.read_unit_file(ROOT / "tests" / "data" / "unit_song_ma.json"))
    plan = Plan(id=0, title="Kế hoạch thử", year=2022, template_id="song-ma-2022", legal_bases=[],
                closing=[], appendix_title="Phụ lục", columns=[],
                tasks=[Task(content=f"Nhiệm vụ {i + 1}", lead="Phòng Nội vụ",
                            schedule=PHRASES[i % len(PHRASES)]) for i in range(tasks)])
    plan_id = store.create_plan(plan)
    start = time.perf_counter()
    for i in range(tasks):
        for period, factor in (("2022-Q1", 1), ("2022-H1", 2), ("2022-Q3", 1)):
            tracking.set_progress(store, plan_id, str(i + 1), period, status="doing",
                                  metrics={"tin_bai": 3 * factor, "luot_nguoi": 40 * factor, "kinh_phi": 1e6},
                                  evidence=[f"Công văn số {i + 1}/UBND"])
    fill = time.perf_counter() - start
    print(f"filled {3 * tasks} records via set_progress in {fill:.2f} s "
          f"({fill / (3 * tasks) * 1000:.2f} ms per task set)")
    store.close()
    return plan_id


def main_bench() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=300)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu")
    samples = []
    for _ in range(200):
        for phrase in PHRASES:
            _cached.cache_clear()  # the first reading of a phrase, not a cache hit
            start = time.perf_counter()
            parse_schedule(phrase, 2022)
            samples.append(time.perf_counter() - start)
    print(f"parse_schedule (one phrase)          {ms(samples, 2)}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "kho"
        plan_id = build(folder, args.tasks)
        store = open_store(folder, daily_backup=False)
        try:
            for period in ("2022-H1", "2022-9M", "2022"):
                found = tracking.get_progress(store, plan_id, period)
                assert len(found) == args.tasks
                print(f"get_progress {period:<8} ({args.tasks} tasks) "
                      f"{ms(timed(lambda p=period: tracking.get_progress(store, plan_id, p), args.runs))}")
            on = dt.date(2022, 7, 1)
            print(f"plan_status ({args.tasks} tasks)           "
                  f"{ms(timed(lambda: tracking.plan_status(store, plan_id, on), args.runs))}")
            counter = iter(range(10**6))
            print("set_progress (one task set)          " + ms(timed(lambda: tracking.set_progress(
                store, plan_id, "1", "2022-Q3", metrics={"tin_bai": next(counter)}), args.runs)))
        finally:
            store.close()
        with open(os.devnull, "w", encoding="utf-8") as sink, contextlib.redirect_stdout(sink):
            cli = timed(lambda: main(["plan", "status", str(plan_id), "--on", "2022-07-01",
                                      "--data-dir", str(folder)]), args.runs)
        print(f"ccpropa plan status (in-process)     {ms(cli, 2)}")


if __name__ == "__main__":
    main_bench()
