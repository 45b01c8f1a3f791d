"""Benchmark: a store of 200 plans × 300 tasks; `plan list` and `task list` (target: < 50 ms each).

Prints figures; it is not a test. Usage:

    .venv/bin/python benchmarks/store_scale.py [--plans 200] [--tasks 300] [--runs 30]

The store is a file store in a temporary folder, filled through the repository (one transaction per
plan, as `plan new` does). Each figure is timed twice: the service call, and the whole command
through ``cli.main.main`` in-process (open the store, query, print to /dev/null).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import os
import sys
import tempfile
import time
from pathlib import Path

from timing import ms, timed

from ccpropa_desktop.cli.main import main
from ccpropa_desktop.services import plans, unit
from ccpropa_desktop.services.session import memory_store, open_store

UNIT = {
    "name_lines": ["ỦY BAN NHÂN DÂN", "HUYỆN SÔNG MÃ"], "parent_lines": [], "abbreviation": "UBND",
    "level": "huyen", "place": "Sông Mã",
    "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Lò Văn Sinh"},
    "recipients": ["Sở Nội vụ tỉnh", "Lưu: VT, NV"], "agencies": ["Phòng Nội vụ"],
}






def fill(store, n_plans: int, n_tasks: int) -> int:
    """n_plans plans of n_tasks tasks each (template rows repeated, four in five as sub-tasks)."""
    scratch = memory_store()
    unit.set_unit(scratch, unit.unit_from_dict(UNIT))
    model = plans.create_plan(scratch, "binh-dinh-2024", 2024, all_tasks=True)
    scratch.close()
    rows = model.tasks
    for _ in range(n_plans):
        plan = copy.deepcopy(model)
        plan.tasks = []
        for i in range(n_tasks):
            task = copy.deepcopy(rows[i % len(rows)])
            task.id = None
            task.content = f"{task.content} ({i + 1})"
            task.depth = 1 if i % 5 else 0
            plan.tasks.append(task)
        for s in plan.sections:
            s.id = None
        store.create_plan(plan)
    return store.list_plans()[0]["id"]


def run(n_plans: int, n_tasks: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        store = open_store(folder)
        unit.set_unit(store, unit.unit_from_dict(UNIT))
        start = time.perf_counter()
        plan_id = fill(store, n_plans, n_tasks)
        built = time.perf_counter() - start
        n_rows = store.db.execute("select count(*) from tasks").fetchone()[0]
        size = (folder / "ccpropa.sqlite3").stat().st_size
        print(f"store: {len(store.list_plans())} plans, {n_rows} tasks, {size / 1e6:.1f} MB "
              f"(built in {built:.1f} s)")
        plans.list_plans(store)
        plans.get_plan(store, plan_id)
        listing = timed(lambda: plans.list_plans(store), runs)
        tasks = timed(lambda: plans.get_plan(store, plan_id), runs)
        assert len(plans.get_plan(store, plan_id).tasks) == n_tasks
        store.close()

        def cli(*argv: str) -> None:
            assert main([*argv, "--data-dir", str(folder)]) == 0

        with open(os.devnull, "w", encoding="utf-8") as sink, contextlib.redirect_stdout(sink):
            cli_list = timed(lambda: cli("plan", "list"), runs)
            cli_tasks = timed(lambda: cli("task", "list", str(plan_id)), runs)
            cli_tasks_json = timed(lambda: cli("task", "list", str(plan_id), "--json"), runs)
    print(f"plans.list_plans                       {ms(listing)}")
    print(f"plans.get_plan ({n_tasks} tasks)            {ms(tasks)}")
    print(f"ccpropa plan list (in-process)         {ms(cli_list)}")
    print(f"ccpropa task list (in-process)         {ms(cli_tasks)}")
    print(f"ccpropa task list --json (in-process)  {ms(cli_tasks_json)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--tasks", type=int, default=300)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    run(args.plans, args.tasks, args.runs)
