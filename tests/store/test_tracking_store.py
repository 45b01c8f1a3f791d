"""The tracking tables (m003): records per task and period, files, hand-set due dates, settings."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from ccpropa_desktop.domain.tracking import Attachment, Progress, Status
from ccpropa_desktop.paths import DB_FILENAME
from ccpropa_desktop.services import editing, plans
from ccpropa_desktop.store import Store, open_database
from ccpropa_desktop.store import tracking as db
from ccpropa_desktop.store.migrations import migrations


@pytest.fixture
def plan_id(store, song_ma_unit) -> int:
    return plans.create_plan(store, "song-ma-2022", 2022).id


def task_ids(store: Store, plan_id: int) -> dict[str, int]:
    return {t.number: t.id for t in plans.get_plan(store, plan_id).tasks}


def test_round_trip(store, plan_id) -> None:
    tid = task_ids(store, plan_id)["2.3"]
    a = Attachment("Biên bản.pdf", "a" * 64, 1234)
    with store.transaction():
        db.save_record(store, plan_id, Progress(tid, "2022-Q1", Status.DONE, dt.date(2022, 3, 10),
                                                metrics={"buoi_phat_thanh": 36, "kinh_phi": 1.5},
                                                evidence=["Công văn số 45/UBND-VHTT"], attachments=[a]))
    got = db.get_record(store, tid, "2022-Q1")
    assert got is not None
    assert (got.status, got.done_on, got.metrics, got.evidence, got.attachments) == (
        Status.DONE, dt.date(2022, 3, 10), {"buoi_phat_thanh": 36, "kinh_phi": 1.5},
        ["Công văn số 45/UBND-VHTT"], [a])
    assert got.updated_at and got.recorded
    assert db.records_for_plan(store, plan_id) == {tid: {"2022-Q1": got}}
    assert db.records_for_plan(store, plan_id, ["2022-H1"]) == {}
    assert db.file_in_use(store, "a" * 64) and not db.file_in_use(store, "b" * 64)


def test_one_row_per_task_and_period(store, plan_id) -> None:
    tid = task_ids(store, plan_id)["1"]
    with store.transaction():
        db.save_record(store, plan_id, Progress(tid, "2022-Q1", Status.DOING, metrics={"hoi_nghi": 2},
                                                attachments=[Attachment("x", "c" * 64, 1)]))
    with store.transaction():
        db.save_record(store, plan_id, Progress(tid, "2022-Q1", Status.DOING, metrics={"hoi_nghi": 5}))
    rows = store.db.execute("select metrics from progress where task_id = ?", [tid]).fetchall()
    assert [json.loads(r[0]) for r in rows] == [{"hoi_nghi": 5}]
    assert store.db.execute("select count(*) from progress_files").fetchone()[0] == 0
    with pytest.raises(sqlite3.IntegrityError):
        store.db.execute("insert into progress (plan_id, task_id, period, updated_at) values (?, ?, ?, ?)",
                         [plan_id, tid, "2022-Q1", "x"])


def test_removing_a_task_removes_its_records(store, plan_id) -> None:
    ids = task_ids(store, plan_id)
    with store.transaction():
        for number in ("2", "2.1", "3"):
            db.save_record(store, plan_id, Progress(ids[number], "2022-Q1", Status.DOING,
                                                    attachments=[Attachment("f", number.ljust(64, "0"), 1)]))
        db.set_manual_due(store, ids["2.1"], [dt.date(2022, 6, 30)])
    editing.remove(store, plan_id, "tasks", "2")  # 2 with its sub-tasks 2.1–2.3
    left = store.db.execute("select task_id from progress").fetchall()
    assert left == [(ids["3"],)]
    assert store.db.execute("select count(*) from progress_files").fetchone()[0] == 1
    assert db.manual_due(store, plan_id) == {}


def test_manual_due_and_settings(store, plan_id) -> None:
    tid = task_ids(store, plan_id)["4"]
    with store.transaction():
        db.set_manual_due(store, tid, [dt.date(2022, 9, 30), dt.date(2022, 6, 30), dt.date(2022, 6, 30)])
    assert db.manual_due(store, plan_id) == {tid: [dt.date(2022, 6, 30), dt.date(2022, 9, 30)]}
    with store.transaction():
        db.set_manual_due(store, tid, [])
    assert db.manual_due(store, plan_id) == {}
    assert db.get_setting(store, "period_rules", {"x": 1}) == {"x": 1}
    with store.transaction():
        db.set_setting(store, "period_rules", {"cutoff_day": 10, "due_day": 15})
        db.set_setting(store, "period_rules", {"cutoff_day": 12, "due_day": 15})
    assert db.get_setting(store, "period_rules") == {"cutoff_day": 12, "due_day": 15}


def test_rollback_leaves_nothing(store, plan_id) -> None:
    tid = task_ids(store, plan_id)["1"]
    with pytest.raises(RuntimeError), store.transaction():
        db.save_record(store, plan_id, Progress(tid, "2022-Q1", Status.DOING))
        raise RuntimeError("boom")
    assert store.db.execute("select count(*) from progress").fetchone()[0] == 0


def test_upgrade_from_m002_keeps_plans(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    old = Database(folder / DB_FILENAME)
    migrations.apply(old, stop_before="m003_tracking")
    assert "progress" not in old.table_names()
    old["plans"].insert({"id": 3, "template_id": "song-ma-2022", "year": 2022, "title": "KH", "form": "A",
                         "legal_bases": "[]", "closing": "[]", "appendix_title": "", "columns": "[]",
                         "template_ref": "{}", "created_at": "", "updated_at": "", "status": "draft"})
    old["tasks"].insert({"plan_id": 3, "position": 0, "depth": 0, "content": "Một", "schedule": "Hàng quý"})
    old.close()
    new = open_database(folder, daily_backup=False)
    try:
        assert {"progress", "progress_files", "task_due", "settings"} <= set(new.table_names())
        assert "m003_tracking" in [m.name for m in migrations.applied(new)]
        store = Store(new, folder=folder)
        plan = plans.get_plan(store, 3)
        tid = plan.tasks[0].id
        with store.transaction():
            db.save_record(store, 3, Progress(tid, "2022-Q1", Status.DONE, dt.date(2022, 3, 1)))
        assert db.get_record(store, tid, "2022-Q1").status is Status.DONE
        assert any(p.name.startswith("ccpropa") for p in (folder / "backups").iterdir())  # pre-upgrade copy
    finally:
        new.close()
