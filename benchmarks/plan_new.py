"""Benchmark: `plan new` from the largest built-in template, in-process (issue 2 target: < 50 ms).

Prints figures; it is not a test. Usage:

    .venv/bin/python benchmarks/plan_new.py [--runs 50] [--template ID]

Two figures: the service call on an open file store (``plans.create_plan``), and the whole
command (``ccpropa plan new …`` through ``cli.main.main``: open the store, build, print the id).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from timing import ms

from ccpropa_desktop.cli.main import main
from ccpropa_desktop.services import plans, unit
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.services.templates import builtin_templates

UNIT = {
    "name_lines": ["ỦY BAN NHÂN DÂN", "HUYỆN SÔNG MÃ"], "parent_lines": [], "abbreviation": "UBND",
    "level": "huyen", "place": "Sông Mã",
    "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Lò Văn Sinh"},
    "recipients": ["Sở Nội vụ tỉnh", "Lưu: VT, NV"], "agencies": ["Phòng Nội vụ"],
}


def largest_template() -> str:
    docs = builtin_templates()
    return max(docs, key=lambda i: (len(docs[i]["appendix"]["tasks"]), len(json.dumps(docs[i]))))




def run(runs: int, template_id: str) -> None:
    doc = builtin_templates()[template_id]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        store = open_store(folder)
        unit.set_unit(store, unit.unit_from_dict(UNIT))
        plans.create_plan(store, template_id, 2024)  # warm-up: mapping seeded, caches filled
        service: list[float] = []
        for _ in range(runs):
            start = time.perf_counter()
            plan = plans.create_plan(store, template_id, 2024)
            service.append(time.perf_counter() - start)
        store.close()

        command: list[float] = []
        argv = ["plan", "new", "--template", template_id, "--year", "2024", "--data-dir", str(folder)]
        with open(os.devnull, "w", encoding="utf-8") as sink, contextlib.redirect_stdout(sink):
            for _ in range(runs):
                start = time.perf_counter()
                code = main(argv)
                command.append(time.perf_counter() - start)
                assert code == 0
    print(f"template {template_id}: {len(doc['appendix']['tasks'])} rows, "
          f"{len(plan.tasks)} tasks and {len(plan.sections)} sections proposed for a huyện unit")
    print(f"plans.create_plan (open file store)        {ms(service)}")
    print(f"ccpropa plan new (cli.main.main, in-process) {ms(command)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--template", default=None)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    run(args.runs, args.template or largest_template())
