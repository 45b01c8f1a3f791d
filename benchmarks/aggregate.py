"""Benchmark: import and aggregate 500 report packages (target: ≤ 5 s, peak memory ≤ 300 MB).

Prints figures; it is not a test. Usage:

    .venv/bin/python benchmarks/aggregate.py [--units 500] [--tasks 30] [--runs 3]

First a child process makes the packages: synthetic communes ("UBND xã Số 001" …), each with a plan
of `--tasks` tasks taken from one upper-level template, random but seeded statuses and figures, run
through the real data.json builder; report.pdf is one real report PDF (the Sông Mã worked example's
H1 report, ~100 KB with its fonts) with a line naming the unit appended, so every package is
distinct and full-sized. Then, in this process, for each run: a fresh file store (WAL,
synchronous=FULL, as in use) of an upper level whose agency directory lists the units plus 20 that
have not reported; `aggregate.import_packages` over all files (each verified in full, one
transaction each), then `aggregate.aggregate_view`. Memory: tracemalloc's peak over one extra
import + view run (Python allocations), and the process's ru_maxrss (everything, interpreter and
libraries included). The consolidated report renders are timed too (no target).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from ccpropa_desktop.domain.model import Plan, Signer, Task, UnitProfile  # noqa: E402
from ccpropa_desktop.domain.package import build_data  # noqa: E402
from ccpropa_desktop.domain.periods import parse_period  # noqa: E402
from ccpropa_desktop.domain.tracking import Progress, Status  # noqa: E402
from ccpropa_desktop.services import aggregate  # noqa: E402
from ccpropa_desktop.services.packages import package_bytes  # noqa: E402
from ccpropa_desktop.services.session import memory_store, open_store  # noqa: E402

PERIOD = "2022-H1"
METRIC_KEYS = ["tin_bai", "chuyen_muc", "buoi_phat_thanh", "hoi_nghi", "luot_nguoi", "pano", "to_roi",
               "kinh_phi"]


def unit_name(index: int) -> str:
    return f"UBND xã Số {index:03d}"


def sample_pdf() -> bytes:
    """The worked example's H1 report, rendered once."""
    from data.worked_example import load_worked_example

    from ccpropa_desktop.services.reports import render_report

    store = memory_store()
    plan_id = load_worked_example(store)
    pdf = render_report(store, plan_id, PERIOD, "pdf", draft=True)
    store.close()
    return pdf


def make_packages(folder: Path, units: int, tasks: int) -> None:
    rng = random.Random(20220615)
    pdf = sample_pdf()
    period = parse_period(PERIOD)
    statuses = [Status.DONE, Status.DONE, Status.DOING, Status.TODO, Status.DROPPED]
    for index in range(1, units + 1):
        name = unit_name(index)
        profile = UnitProfile(name_lines=["ỦY BAN NHÂN DÂN", f"XÃ SỐ {index:03d}"], parent_lines=[],
                              abbreviation="UBND", level="xa", place=f"Số {index:03d}",
                              signer=Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn A"), short_name=name)
        plan_tasks, progress = [], {}
        for t in range(1, tasks + 1):
            number = str(t)
            content = (f"Nhiệm vụ {t}: tuyên truyền cải cách hành chính qua kênh số {t}, tổ chức thực hiện "
                       "trên địa bàn xã, lồng ghép với các hội nghị, sinh hoạt của các tổ chức đoàn thể")
            plan_tasks.append(Task(id=t, number=number, content=content, lead="Văn phòng - Thống kê xã",
                                   origin={"template": "song-ma-2022-huyen", "number": number,
                                           "fields": {"content": content}}))
            status = rng.choice(statuses)
            metrics = {k: rng.randint(0, 40) for k in rng.sample(METRIC_KEYS[:-1], 2)}
            if rng.random() < 0.2:
                metrics["kinh_phi"] = rng.randint(1, 50) * 500_000
            done = status is Status.DONE
            progress[t] = Progress(t, PERIOD, status, done_on=dt.date(2022, 5, 10) if done else None,
                                   reason="Chưa bố trí kinh phí" if status is Status.DROPPED else "",
                                   metrics=metrics, evidence=[f"Báo cáo số {t}/BC-UBND ngày 10/6/2022"])
        plan = Plan(id=1, title=f"Tuyên truyền cải cách hành chính xã Số {index:03d} năm 2022",
                    year=2022, template_id="song-ma-2022-huyen", legal_bases=[], closing=[],
                    appendix_title="", columns=[], tasks=plan_tasks)
        data = build_data(profile, plan, period, progress,
                          {"number": f"{index}/KH-UBND", "date": "2022-01-20"},
                          {"draft": False, "number": f"{index}/BC-UBND", "date": "2022-06-15"})
        created = f"2022-06-{10 + index % 8:02d}T{8 + index % 9:02d}:{index % 60:02d}:00+07:00"
        unit_pdf = pdf + f"\n% {name}\n".encode()
        content = package_bytes(data.to_dict(), unit_pdf, created_at=created)
        (folder / f"xa-{index:03d}.ccpr").write_bytes(content)


def upper_store(folder: Path, units: int):
    from ccpropa_desktop.services import unit

    store = open_store(folder, daily_backup=False)
    unit.set_unit(store, unit.unit_from_dict({
        "name_lines": ["ỦY BAN NHÂN DÂN", "HUYỆN SÔNG MÃ"], "parent_lines": [], "abbreviation": "UBND",
        "level": "huyen", "place": "Sông Mã",
        "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Lò Văn Sinh"},
        "recipients": ["Sở Nội vụ tỉnh", "Lưu: VT, NV"],
        "agencies": [unit_name(i) for i in range(1, units + 21)],
    }))
    return store


def one_run(files: list[Path], units: int) -> tuple[float, float, aggregate.AggregateView, dict[str, int]]:
    with tempfile.TemporaryDirectory() as tmp:
        store = upper_store(Path(tmp), units)
        try:
            start = time.perf_counter()
            summary = aggregate.import_packages(store, files)
            imported = time.perf_counter()
            view = aggregate.aggregate_view(store, PERIOD)
            done = time.perf_counter()
        finally:
            store.close()
    return imported - start, done - imported, view, summary.counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=500)
    parser.add_argument("--tasks", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--make", help=argparse.SUPPRESS)  # child mode: only write the packages here
    args = parser.parse_args()
    if args.make:
        make_packages(Path(args.make), args.units, args.tasks)
        return

    with tempfile.TemporaryDirectory() as tmp:
        inbox = Path(tmp) / "inbox"
        inbox.mkdir()
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--make", str(inbox), "--units", str(args.units),
                        "--tasks", str(args.tasks)], check=True)
        files = sorted(inbox.glob("*.ccpr"))
        size = sum(f.stat().st_size for f in files)
        print(f"made {len(files)} packages of {args.tasks} tasks in {time.perf_counter() - start:.1f} s "
              f"(child process); {size / 1e6:.1f} MB, {size / len(files) / 1024:.0f} KB each")

        imports, views, totals = [], [], []
        for _ in range(args.runs):
            t_import, t_view, view, counts = one_run(files, args.units)
            assert counts["imported"] == len(files), counts
            assert len(view.reported) == len(files) and len(view.missing) == 20
            imports.append(t_import)
            views.append(t_view)
            totals.append(t_import + t_view)
        print(f"import {len(files)} packages: median {statistics.median(imports):.2f} s   "
              f"min {min(imports):.2f} s   max {max(imports):.2f} s   "
              f"({statistics.median(imports) / len(files) * 1000:.1f} ms per package)")
        print(f"aggregate view:        median {statistics.median(views) * 1000:.0f} ms   "
              f"min {min(views) * 1000:.0f} ms   max {max(views) * 1000:.0f} ms")
        print(f"import + aggregate:    median {statistics.median(totals):.2f} s   min {min(totals):.2f} s   "
              f"max {max(totals):.2f} s   (target ≤ 5 s)")
        print(f"view: {len(view.reported)} reported, {len(view.missing)} missing, {view.completion['tasks']} "
              f"tasks, rate {view.completion['rate']}, {len(view.tasks)} task rows")

        tracemalloc.start()
        one_run(files, args.units)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        print(f"peak memory: tracemalloc {peak / 1e6:.1f} MB (Python allocations during import + view); "
              f"ru_maxrss {maxrss_mb:.0f} MB (whole process so far; target ≤ 300 MB)")

        with tempfile.TemporaryDirectory() as tmp2:
            store = upper_store(Path(tmp2), args.units)
            aggregate.import_packages(store, files)
            for fmt in ("pdf", "docx", "xlsx"):
                samples = []
                for _ in range(2):
                    start = time.perf_counter()
                    out = aggregate.render_aggregate(store, PERIOD, fmt)
                    samples.append(time.perf_counter() - start)
                print(f"render consolidated report {fmt}: {min(samples):.2f} s, {len(out) / 1024:.0f} KB")
            store.close()
        maxrss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"ru_maxrss after the renders: {maxrss_mb:.0f} MB")


if __name__ == "__main__":
    main()
