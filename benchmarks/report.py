"""Report figures for docs/benchmarks.md (issue 6, W6: "the report for a 300-task plan drafts and
renders in ≤ 1 s"). Prints figures; not a test.

    .venv/bin/python benchmarks/report.py [--repeat 5] [--tasks 300]

A synthetic plan of N tasks (every fifth a group row with sub-tasks), issued, with 6-month tracking
records on every task (statuses mixed, 2–3 figures each, an evidence line). Timed, median of N
after one warm-up, on a store file:
1. `reports.draft_report` alone (read the plan, the progress and the prose; compute; mark drafted);
2. `reports.render_report` (which drafts from the store, then renders), in-process, for PDF, DOCX
   and XLSX — the target is for the PDF, the print path;
3. a whole `ccpropa report render --format pdf` process, wall time (includes imports and start-up).
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("CCPROPA_BUNDLED_FONT", "1")  # the same face on every machine

from scaffold import store_with_issued_plan  # noqa: E402

from ccpropa_desktop.domain.model import Task  # noqa: E402
from ccpropa_desktop.services import plans, reports, tracking  # noqa: E402
from ccpropa_desktop.services.session import open_store  # noqa: E402

UNIT_FILE = ROOT / "tests" / "data" / "unit_song_ma.json"
PERIOD = "2022-H1"
KINDS = [("Tổ chức hội nghị, tọa đàm về cải cách hành chính cho cán bộ, công chức", {"hoi_nghi": 2,
                                                                                    "luot_nguoi": 180}),
         ("Đưa tin, bài về cải cách hành chính trên Cổng thông tin điện tử huyện", {"tin_bai": 12}),
         ("In, căng treo pano, khẩu hiệu tuyên truyền cải cách hành chính",
          {"pano": 4, "kinh_phi": 3_500_000}),
         ("Niêm yết, công khai thủ tục hành chính tại Bộ phận một cửa", {"to_roi": 500}),
         ("Phát thanh chuyên mục cải cách hành chính trên hệ thống truyền thanh cơ sở",
          {"buoi_phat_thanh": 24, "chuyen_muc": 6})]
STATUSES = ["done", "doing", "doing", "todo", "dropped"]


def timed(fn: Callable[[], object], repeat: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def figures(times: list[float]) -> str:
    ordered = sorted(times)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return f"median {statistics.median(times):.3f} s · min {ordered[0]:.3f} s · p90 {p90:.3f} s"


def build(folder: Path, count: int) -> int:
    tasks = [Task(content=f"{KINDS[i % 5][0]} (nhiệm vụ {i + 1})", lead="Phòng Nội vụ",
                  partners="Phòng Văn hóa và Thông tin; UBND các xã, thị trấn",
                  schedule="Quý II năm 2022", depth=1 if i % 5 else 0) for i in range(count)]
    store, plan_id = store_with_issued_plan(folder, tasks)
    try:
        numbers = [t.number for t in plans.get_plan(store, plan_id).tasks]
        for i, number in enumerate(numbers):
            status = STATUSES[(i + i // 5) % 5]
            tracking.set_progress(
                store, plan_id, number, PERIOD, status=status,
                done_on="2022-05-20" if status == "done" else None,
                reason="Chuyển sang 6 tháng cuối năm" if status == "dropped" else None,
                metrics=KINDS[i % 5][1] if status != "dropped" else None,
                evidence=[f"Công văn số {i + 1}/PNV ngày 20/5/2022"] if status != "todo" else None)
        reports.edit_report(store, plan_id, PERIOD, "kinh_gui", "Sở Nội vụ tỉnh Sơn La")
        reports.edit_report(store, plan_id, PERIOD, "kien_nghi", "Đề nghị Sở Nội vụ mở lớp tập huấn.")
        return plan_id
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--tasks", type=int, default=300)
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]} · {sys.platform} · median of {args.repeat} after 1 warm-up")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        start = time.perf_counter()
        pid = build(folder, args.tasks)
        print(f"store: {args.tasks} tasks with 6-month records, built in {time.perf_counter() - start:.1f} s")
        store = open_store(folder, daily_backup=False)
        try:
            report = reports.draft_report(store, pid, PERIOD)
            print(f"report: {len(report.rows) - 1} rows, {len(report.outline())} body paragraphs, "
                  f"completion {report.completion.rate_text}")
            print("1. draft_report:", figures(timed(lambda: reports.draft_report(store, pid, PERIOD),
                                                     args.repeat)))
            for fmt in ("pdf", "docx", "xlsx"):
                data = reports.render_report(store, pid, PERIOD, fmt)

                def once(fmt: str = fmt) -> None:  # render_report drafts from the store data itself
                    reports.render_report(store, pid, PERIOD, fmt)

                pages = f", {data.count(b'/Type /Page') - 1} pages" if fmt == "pdf" else ""
                print(f"2. draft + render {fmt} ({len(data) // 1024} KB{pages}):",
                      figures(timed(once, args.repeat)))
        finally:
            store.close()
        script = Path(sys.executable).with_name("ccpropa")
        cmd = [str(script)] if script.exists() else [sys.executable, "-m", "ccpropa_desktop.cli.main"]
        cmd += ["report", "render", str(pid), "--period", PERIOD, "--format", "pdf", "--out",
                str(Path(tmp) / "bc.pdf"), "--data-dir", str(folder)]
        env = {**os.environ, "CCPROPA_BUNDLED_FONT": "1"}
        def process() -> None:
            subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=600)

        print("3. ccpropa report render --format pdf, whole process:", figures(timed(process, args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
