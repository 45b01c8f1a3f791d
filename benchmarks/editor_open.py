"""Benchmark: opening a 300-task plan in the plan editor (issue 5 target: ≤ 300 ms).

Prints figures; it is not a test. Usage:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/editor_open.py [--tasks 300] [--runs 15]

A file store in a temporary folder holds the Sông Mã unit and one plan of N tasks (Bình Định's rows
repeated, four in five as sub-tasks, as in store_scale.py). Figures, at the 1366×768 window size:

- cold: a new editor page is built and opened on the plan, until its first paint is done (the page
  is what the shell builds the first time "Soạn kế hoạch" is shown);
- reopen: the built page is shown again (`refresh()`: read the plan, rebuild the table and tree);
- parts of a reopen: the service read, the table model reset, the row heights (word wrap);
- one cell edit through the session (service write + row refresh) and its undo.
"""

from __future__ import annotations

import argparse
import copy
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication
from timing import ms

from ccpropa_desktop.services import plans, unit
from ccpropa_desktop.services.session import memory_store

ROOT = Path(__file__).resolve().parent.parent
UNIT_FILE = ROOT / "tests" / "data" / "unit_song_ma.json"




def fill(store, n_tasks: int) -> int:
    scratch = memory_store()
    unit.set_unit(scratch, unit.unit_from_dict(unit_dict()))
    model = plans.create_plan(scratch, "binh-dinh-2024", 2024, all_tasks=True)
    scratch.close()
    plan = copy.deepcopy(model)
    plan.tasks = []
    for i in range(n_tasks):
        task = copy.deepcopy(model.tasks[i % len(model.tasks)])
        task.id = None
        task.content = f"{task.content} ({i + 1})"
        task.depth = 1 if i % 5 else 0
        plan.tasks.append(task)
    for s in plan.sections:
        s.id = None
    return store.create_plan(plan)


def unit_dict() -> dict:
    import json

    return json.loads(UNIT_FILE.read_text(encoding="utf-8"))


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def run(n_tasks: int, runs: int) -> None:
    app = QApplication.instance() or QApplication([sys.argv[0]])
    from ccpropa_desktop.ui.context import AppContext
    from ccpropa_desktop.ui.editor.row_heights import fit_rows, text_height
    from ccpropa_desktop.ui.main_window import MainWindow
    from ccpropa_desktop.ui.pages.plan_editor import PlanEditorPage

    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext.open(Path(tmp) / "data")
        unit.set_unit(ctx.store, unit.unit_from_dict(unit_dict()))
        plan_id = fill(ctx.store, n_tasks)
        ctx.current_plan_id = plan_id
        window = MainWindow(ctx)
        window.resize(1366, 768)
        window.show()
        window.show_page("plans")
        settle(app)

        cold: list[float] = []
        cold_all: list[float] = []
        for _ in range(runs):
            text_height.cache_clear()  # cold: no row measured before
            start = time.perf_counter()
            page = PlanEditorPage(ctx)
            window.stack.addWidget(page)
            window.stack.setCurrentWidget(page)
            page.refresh()
            page.repaint()
            settle(app)
            cold.append(time.perf_counter() - start)
            while not page.is_ready():
                app.processEvents()
            cold_all.append(time.perf_counter() - start)
            window.stack.removeWidget(page)
            page.deleteLater()
            settle(app)

        page = window.show_page("editor")
        settle(app)
        assert page.tasks.model.rowCount() == n_tasks
        reopen, reopen_all, read, reset, heights = [], [], [], [], []
        for _ in range(runs):
            start = time.perf_counter()
            page.refresh()
            page.repaint()
            settle(app)
            reopen.append(time.perf_counter() - start)
            while not page.is_ready():
                app.processEvents()
            reopen_all.append(time.perf_counter() - start)
            t0 = time.perf_counter()
            plan = plans.get_plan(ctx.store, plan_id)
            t1 = time.perf_counter()
            page.tasks.model.set_plan(plan)
            t2 = time.perf_counter()
            text_height.cache_clear()
            fit_rows(page.tasks.view, page.tasks.model)
            t3 = time.perf_counter()
            read.append(t1 - t0)
            reset.append(t2 - t1)
            heights.append(t3 - t2)

        qt_heights = []
        for _ in range(3):
            start = time.perf_counter()
            page.tasks.view.resizeRowsToContents()
            qt_heights.append(time.perf_counter() - start)

        edit, undo = [], []
        task_id = page.tasks.model.task(150).id
        for i in range(runs):
            start = time.perf_counter()
            page.session.edit_task(task_id, {"schedule": f"Đợt {i}"})
            settle(app)
            edit.append(time.perf_counter() - start)
            start = time.perf_counter()
            page.session.undo()
            settle(app)
            undo.append(time.perf_counter() - start)
        window.close()
        ctx.close()

    print(f"Plan editor, {n_tasks} tasks, window 1366×768, {os.environ['QT_QPA_PLATFORM']} platform")
    print(f"  cold open (build page, read, fill, first paint)  {ms(cold)}")
    print(f"    … until every row height is measured           {ms(cold_all)}")
    print(f"  reopen (refresh an open page, first paint)        {ms(reopen)}")
    print(f"    … until every row height is measured           {ms(reopen_all)}")
    print(f"    service read (plans.get_plan)                   {ms(read)}")
    print(f"    table model reset                               {ms(reset)}")
    print(f"    all {n_tasks} row heights, nothing cached (fit_rows)   {ms(heights)}")
    if qt_heights:
        print(f"    row heights, Qt's resizeRowsToContents (for comparison) {ms(qt_heights)}")
    print(f"  one cell edit, saved and shown                    {ms(edit)}")
    print(f"  its undo, saved and shown                         {ms(undo)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=300)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    run(args.tasks, args.runs)


if __name__ == "__main__":
    main()
