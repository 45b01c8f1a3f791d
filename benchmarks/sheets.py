"""Task-sheet figures for docs/benchmarks.md (issue 15, item 3: "sheets for 40 agencies ≤ 2 s").
Prints figures; not a test.

    .venv/bin/python benchmarks/sheets.py [--repeat 5] [--agencies 40] [--tasks 120]

A synthetic issued plan of N tasks naming A agencies (Phòng …, UBND xã …): each task has one lead and
two partners, so each agency leads about N/A tasks and partners twice as many; every fifth task gives
a group of agencies a shared task ("UBND các xã, thị trấn") and every seventh names "các cơ quan,
đơn vị" (a task for all). Timed, median of N after one warm-up, on a store file:
1. `sheets.sheet_set` alone (read the issued version, split and group the agencies, schedules);
2. `sheets.write_sheets` as `plan sheets` runs it (read, render every sheet, write them into a folder),
   for PDF and DOCX — the target is for the PDF;
3. a whole `ccpropa plan sheets` process, wall time (imports and start-up included).
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

from report import figures, timed  # noqa: E402
from scaffold import store_with_issued_plan  # noqa: E402

from ccpropa_desktop.domain.model import Task  # noqa: E402
from ccpropa_desktop.services import sheets  # noqa: E402
from ccpropa_desktop.services.session import open_store  # noqa: E402

UNIT_FILE = ROOT / "tests" / "data" / "unit_song_ma.json"
OFFICES = ["Phòng Nội vụ", "Phòng Văn hóa và Thông tin", "Phòng Tài chính - Kế hoạch", "Phòng Tư pháp",
           "Văn phòng HĐND và UBND huyện", "Trung tâm Truyền thông - Văn hóa huyện", "Bưu điện huyện",
           "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Phòng Lao động - Thương binh và Xã hội",
           "Phòng Kinh tế và Hạ tầng", "Phòng Nông nghiệp và Phát triển nông thôn",
           "Phòng Tài nguyên và Môi trường", "Phòng Dân tộc", "Thanh tra huyện", "Huyện Đoàn",
           "Hội Liên hiệp Phụ nữ huyện", "Hội Nông dân huyện", "Hội Cựu chiến binh huyện",
           "Liên đoàn Lao động huyện"]
COMMUNES = ["Chiềng Khương", "Mường Lầm", "Nậm Ty", "Chiềng Sơ", "Yên Hưng", "Đứa Mòn", "Chiềng En",
            "Nậm Mằn", "Mường Hung", "Chiềng Cang", "Huổi Một", "Mường Cai", "Mường Sai", "Bó Sinh",
            "Pú Pẩu", "Chiềng Phung", "Nà Nghịu", "Chiềng Khoong", "Mường Lạn", "Sam Kha"]
SCHEDULES = ["Thường xuyên", "Quý II/2022", "Hàng tháng", "Quý II, III năm 2022", "Trong năm 2022",
             "Tháng 6/2022", "Trước ngày 30/9/2022"]
CONTENT = ["Tuyên truyền các nội dung cải cách hành chính trong nội bộ cơ quan, đơn vị",
           "Đưa tin, bài về cải cách hành chính trên Cổng thông tin điện tử huyện",
           "In, căng treo pano, khẩu hiệu tuyên truyền cải cách hành chính",
           "Tổ chức hội nghị, tọa đàm về cải cách hành chính cho cán bộ, công chức",
           "Niêm yết, công khai thủ tục hành chính tại Bộ phận một cửa"]


def agencies(count: int) -> list[str]:
    names = OFFICES + [f"UBND xã {c}" for c in COMMUNES]
    while len(names) < count:
        names.append(f"Trung tâm số {len(names) + 1}")
    return names[:count]


def build(folder: Path, count: int, tasks: int) -> int:
    names = agencies(count)
    rows = []
    for i in range(tasks):
        partners = [names[(i + 7) % count], names[(i + 13) % count]]
        if i % 5 == 0:
            partners.append("UBND các xã, thị trấn")
        if i % 7 == 0:
            partners.append("các cơ quan, đơn vị")
        rows.append(Task(content=f"{CONTENT[i % 5]} (nhiệm vụ {i + 1})", lead=names[i % count],
                         partners="; ".join(partners), schedule=SCHEDULES[i % len(SCHEDULES)]))
    store, plan_id = store_with_issued_plan(folder, rows)
    try:
        return plan_id
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--agencies", type=int, default=40)
    parser.add_argument("--tasks", type=int, default=120)
    args = parser.parse_args(argv)
    print(f"python {sys.version.split()[0]} · {sys.platform} · median of {args.repeat} after 1 warm-up")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        start = time.perf_counter()
        pid = build(folder, args.agencies, args.tasks)
        print(f"store: {args.tasks} tasks naming {args.agencies} agencies, built in "
              f"{time.perf_counter() - start:.1f} s")
        store = open_store(folder, daily_backup=False)
        try:
            found = sheets.sheet_set(store, pid)
            groups = sum(s.kind == "group" for s in found.sheets)
            print(f"sheets: {len(found.sheets)} ({groups} for a group), "
                  f"{sum(len(s.numbers) for s in found.sheets)} task lines in all")
            print("1. sheet_set:", figures(timed(lambda: sheets.sheet_set(store, pid), args.repeat)))
            for fmt in ("pdf", "docx"):
                out = Path(tmp) / f"out-{fmt}"
                _, paths = sheets.write_sheets(store, pid, out, fmt)
                size = sum(p.stat().st_size for p in paths)

                def once(fmt: str = fmt, out: Path = out) -> None:
                    sheets.write_sheets(store, pid, out, fmt)

                print(f"2. write_sheets {fmt} ({len(paths)} files, {size // 1024} KB):",
                      figures(timed(once, args.repeat)))
        finally:
            store.close()
        script = Path(sys.executable).with_name("ccpropa")
        cmd = [str(script)] if script.exists() else [sys.executable, "-m", "ccpropa_desktop.cli.main"]
        cmd += ["plan", "sheets", str(pid), "--out", str(Path(tmp) / "cli"), "--data-dir", str(folder)]
        env = {**os.environ, "CCPROPA_BUNDLED_FONT": "1"}

        def process() -> None:
            subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=600)

        print("3. ccpropa plan sheets (PDF), whole process:", figures(timed(process, args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
