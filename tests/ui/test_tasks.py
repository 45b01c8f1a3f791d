"""PageJobs and in_own_store: the background work every page runs (render, issue, import, package)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import plans
from ccpropa_desktop.ui import tasks


def test_a_job_on_its_own_store_delivers_on_the_ui_thread(ctx_with_plan, qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    jobs = tasks.PageJobs(owner)
    counts, results = [], []
    jobs.changed.connect(lambda: counts.append(jobs.pending))
    jobs.start(tasks.in_own_store(ctx_with_plan.data_dir, plans.list_plans), results.append)
    assert jobs.pending == 1
    qtbot.waitUntil(lambda: bool(results))
    assert [row["id"] for row in results[0]] == [ctx_with_plan.current_plan_id]
    assert counts == [1, 0] and not jobs.failed


def test_a_failed_job_tidies_up_then_is_shown(ctx, qtbot, monkeypatch):
    owner = QWidget()
    qtbot.addWidget(owner)
    jobs = tasks.PageJobs(owner)
    events = []
    monkeypatch.setattr(tasks, "show_error", lambda parent, exc: events.append(("shown", parent, exc.code)))

    def job(store):
        raise UserError("render_failed", "Không tạo được văn bản.")

    jobs.start(tasks.in_own_store(ctx.data_dir, job), lambda value: events.append("done"),
               lambda: events.append(("tidied", jobs.pending, jobs.failed)))
    qtbot.waitUntil(lambda: len(events) == 2)
    assert events == [("tidied", 0, True), ("shown", owner, "render_failed")]
    jobs.start(lambda: 7, events.append)
    assert not jobs.failed  # a new job clears the failure
    qtbot.waitUntil(lambda: events[-1] == 7)
