"""Rendering figures for docs/benchmarks.md (issue 3, "Benchmarks"). Prints figures; not a test.

    .venv/bin/python benchmarks/render.py [--repeat 5]

1. The largest built-in plan (the template with the most text, all its tasks, for the Sông Mã unit):
   PDF and DOCX in-process, median of N after one warm-up (targets ≤ 0.3 s each).
2. A synthetic 300-task plan: PDF in-process (≤ 0.5 s) and a whole `ccpropa plan render` process,
   wall time (≤ 1.0 s).
3. If `soffice` is installed: LibreOffice converting our DOCX to PDF, a whole process as an officer
   would run it, against our whole `ccpropa plan render` process, in the same run; the ratio (aim
   ≥ 3×), for the built-in Bình Định plan (binh-dinh-2024 for the Sông Mã unit, all 17 tasks: a
   short run, mostly start-up) and for the 300-task plan.
Also: the cold start of a process (imports, font registration), which dominates a short run.
Whole processes run with their bytecode cached in a temporary folder (PYTHONPYCACHEPREFIX), as an
installed copy has it, also where PYTHONDONTWRITEBYTECODE is set.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("CCPROPA_BUNDLED_FONT", "1")  # the same face on every machine

from ccpropa_desktop.documents.plan_document import Issue, build_plan_document  # noqa: E402
from ccpropa_desktop.domain.model import Task  # noqa: E402
from ccpropa_desktop.services import plans, templates, unit  # noqa: E402
from ccpropa_desktop.services.render import render_bytes  # noqa: E402
from ccpropa_desktop.services.session import open_store  # noqa: E402

UNIT_FILE = ROOT / "tests" / "data" / "unit_song_ma.json"
ISSUE = Issue("18", dt.date(2022, 1, 13))


def median_time(fn: Callable[[], object], repeat: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        gc.collect()  # start each run from the same heap, not from the previous run's garbage
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def text_size(document) -> int:
    total = 0
    for block in document.text_blocks():
        for value in vars(block).values():
            if isinstance(value, str):
                total += len(value)
            elif isinstance(value, list):
                total += sum(len(v) if isinstance(v, str) else sum(len(x) for x in v) for v in value
                             if isinstance(v, str | list))
    return total


def setup_store(folder: Path):
    store = open_store(folder, daily_backup=False)
    unit.set_unit(store, unit.unit_from_dict(json.loads(UNIT_FILE.read_text(encoding="utf-8"))))
    return store


def largest_builtin(store) -> tuple[str, object, int]:
    best = None
    for template_id in templates.builtin_templates():
        year = int(templates.get_template(store, template_id).get("year") or 2024)
        plan = plans.create_plan(store, template_id, year, all_tasks=True)
        document = build_plan_document(plans.get_plan(store, plan.id), unit.get_unit(store), ISSUE)
        size = text_size(document)
        if best is None or size > best[2]:
            best = (template_id, document, size, len(plan.tasks))
    return best


def synthetic_plan(store, count: int = 300) -> int:
    plan = plans.create_plan(store, "song-ma-2022", 2022)
    old = [t.id for t in plans.get_plan(store, plan.id).tasks]
    tasks = [Task(content=f"Nhiệm vụ tuyên truyền số {i + 1}: tổ chức hội nghị, tọa đàm, tập huấn về cải "
                  "cách hành chính cho cán bộ, công chức, viên chức và Nhân dân trên địa bàn",
                  lead="Phòng Nội vụ", partners="Phòng Văn hóa và Thông tin; UBND các xã, thị trấn",
                  schedule="Quý II năm 2022", depth=1 if i % 5 else 0) for i in range(count)]
    store.save_outline(plan.id, "tasks", tasks, deleted=old)
    return plan.id


def ccpropa_command() -> list[str]:
    """`ccpropa` of this checkout (run from ROOT), whatever copy the environment has installed."""
    return [sys.executable, "-m", "ccpropa_desktop.cli.main"]


def wall(cmd: list[str], repeat: int, env: dict[str, str] | None = None, warmup: int = 1) -> float:
    def once() -> None:
        subprocess.run(cmd, check=True, capture_output=True, env=env, timeout=600, cwd=ROOT)

    return median_time(once, repeat, warmup)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per figure (median)")
    args = parser.parse_args(argv)
    n = args.repeat
    env = {**os.environ, "CCPROPA_BUNDLED_FONT": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    print(f"python {sys.version.split()[0]} · {sys.platform} · median of {n} after 1 warm-up")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
        data = folder / "data"
        store = setup_store(data)
        try:
            start = time.perf_counter()
            render_bytes(build_plan_document(plans.get_plan(store, synthetic_plan(store, 1)),
                                             unit.get_unit(store), ISSUE), "pdf")
            first_call = time.perf_counter() - start
            template_id, document, size, tasks = largest_builtin(store)
            pdf = median_time(lambda: render_bytes(document, "pdf"), n)
            docx = median_time(lambda: render_bytes(document, "docx"), n)
            print(f"\n1. largest built-in plan: {template_id} (all {tasks} tasks, {size:,} characters)")
            print(f"   PDF  in-process  {pdf:6.3f} s   (target ≤ 0.3 s)")
            print(f"   DOCX in-process  {docx:6.3f} s   (target ≤ 0.3 s)")
            print(f"   first render in a fresh process (font registration included): {first_call:.3f} s")

            binh_dinh = plans.create_plan(store, "binh-dinh-2024", 2024, all_tasks=True).id
            pid = synthetic_plan(store)
            big = build_plan_document(plans.get_plan(store, pid), unit.get_unit(store), ISSUE)
            big_pdf_bytes = render_bytes(big, "pdf")
            big_pdf = median_time(lambda: render_bytes(big, "pdf"), n)
            big_docx = median_time(lambda: render_bytes(big, "docx"), n)
        finally:
            store.close()
        out = folder / "kh300.pdf"
        cmd = [*ccpropa_command(), "plan", "render", str(pid), "--out", str(out), "--data-dir", str(data)]
        whole = wall(cmd, n, env)
        docx_path = folder / "kh300.docx"
        subprocess.run([*ccpropa_command(), "plan", "render", str(pid), "--format", "docx", "--out",
                        str(docx_path), "--data-dir", str(data)], check=True, env=env, capture_output=True,
                       cwd=ROOT)
        bare = wall([sys.executable, "-c", "pass"], n, env)
        load = "import ccpropa_desktop.cli.main, ccpropa_desktop.documents.render_pdf"
        imports = wall([sys.executable, "-c", load], n, env)
        register = load + "; ccpropa_desktop.documents.render_pdf.fonts.register()"
        registered = wall([sys.executable, "-c", register], n, env)
        print(f"\n2. synthetic 300-task plan ({big_pdf_bytes.count(b'/Type /Page') - 1} PDF pages)")
        print(f"   PDF  in-process  {big_pdf:6.3f} s   (target ≤ 0.5 s)")
        print(f"   DOCX in-process  {big_docx:6.3f} s")
        print(f"   `ccpropa plan render` whole process  {whole:6.3f} s   (target ≤ 1.0 s)")
        print(f"   cold start: python {bare:.3f} s, + imports {imports - bare:.3f} s, "
              f"+ font registration {registered - imports:.3f} s (each a whole process)")
        print(f"   command: {' '.join(cmd[:1] + cmd[1:4])} --out kh300.pdf --data-dir DIR")

        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        print("\n3. LibreOffice converting our DOCX of the plan, against `ccpropa plan render` (whole "
              "processes, same run)")
        if soffice is None:
            print("   soffice not installed: skipped")
            return 0
        bd_docx = folder / "binh-dinh.docx"
        subprocess.run([*ccpropa_command(), "plan", "render", str(binh_dinh), "--format", "docx", "--out",
                        str(bd_docx), "--data-dir", str(data)], check=True, env=env, capture_output=True,
                       cwd=ROOT)
        bd_cmd = [*ccpropa_command(), "plan", "render", str(binh_dinh), "--out", str(folder / "bd.pdf"),
                  "--data-dir", str(data)]
        profile = folder / "lo-profile"

        def lo_convert(docx: Path) -> list[str]:
            return [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder / "lo"), str(docx)]

        # The first conversion creates the profile, as on an officer's PC; then the cases interleave.
        subprocess.run(lo_convert(bd_docx), check=True, capture_output=True, timeout=600)
        rounds = max(min(n, 5), 3)
        times: dict[str, list[float]] = {"lo_bd": [], "bd": [], "lo_300": [], "300": []}
        for _ in range(rounds):
            for key, cmd_, run_env in (("lo_bd", lo_convert(bd_docx), None), ("bd", bd_cmd, env),
                                       ("lo_300", lo_convert(docx_path), None), ("300", cmd, env)):
                times[key].append(wall(cmd_, 1, run_env, warmup=0))
        med = {key: statistics.median(values) for key, values in times.items()}
        for label, lo_key, ours_key in (("built-in Bình Định plan (17 tasks)", "lo_bd", "bd"),
                                        ("300-task plan", "lo_300", "300")):
            print(f"   {label}:")
            print(f"     soffice --headless --convert-to pdf  {med[lo_key]:6.3f} s")
            print(f"     ccpropa plan render (PDF)            {med[ours_key]:6.3f} s")
            print(f"     ratio  {med[lo_key] / med[ours_key]:.1f}×   (aim ≥ 3×)")
        print(f"   (median of {rounds} interleaved rounds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
