"""Duplicate, delete to the bin, restore and purge plans; duplicate, rename and delete templates."""

from __future__ import annotations

import pytest
from cli.cli_run import run, run_ok
from conftest import DATA

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import housekeeping, issuing, plans, templates, tracking


@pytest.fixture
def issued(store, song_ma_unit):
    plan = plans.create_plan(store, "song-ma-2022", 2026)
    issuing.issue_plan(store, plan.id, "18", "2026-01-13", None)
    tracking.set_progress(store, plan.id, "3", "2026-Q1", status="done", done_on="2026-03-10")
    return plans.get_plan(store, plan.id)


def test_duplicate_is_a_fresh_draft(store, issued):
    copy = housekeeping.duplicate_plan(store, issued.id)
    assert copy.id != issued.id and copy.status == "draft" and copy.title.endswith("(bản sao)")
    assert [t.content for t in copy.tasks] == [t.content for t in issued.tasks]
    assert [t.origin for t in copy.tasks] == [t.origin for t in issued.tasks]
    assert store.list_versions(copy.id) == [] and tracking.get_progress(store, copy.id, "2026-Q1")[
        copy.tasks[5].id].status.value == "todo"


def test_delete_keeps_everything_and_restore_brings_it_back(store, issued):
    before = plans.get_plan(store, issued.id)
    housekeeping.delete_plan(store, issued.id)
    assert [p["id"] for p in plans.list_plans(store)] == []
    assert [b["id"] for b in housekeeping.bin_contents(store)] == [issued.id]
    with pytest.raises(UserError) as err:
        plans.get_plan(store, issued.id)
    assert err.value.code == "plan_in_bin"
    with pytest.raises(UserError) as err:
        housekeeping.purge_plan(store, issued.id)
    assert err.value.code == "plan_issued"  # issued versions are never destroyed
    restored = housekeeping.restore_plan(store, issued.id)
    assert restored.tasks == before.tasks and len(store.list_versions(issued.id)) == 1
    assert tracking.get_progress(store, issued.id, "2026-Q1")[restored.tasks[5].id].status.value == "done"
    assert housekeeping.bin_contents(store) == []


def test_a_draft_can_be_purged_from_the_bin(store, song_ma_unit):
    plan = plans.create_plan(store, "song-ma-2022", 2026)
    with pytest.raises(UserError):
        housekeeping.purge_plan(store, plan.id)  # not in the bin yet
    housekeeping.delete_plan(store, plan.id)
    housekeeping.purge_plan(store, plan.id)
    assert housekeeping.bin_contents(store) == []
    assert store.db.execute("select count(*) from tasks where plan_id = ?", [plan.id]).fetchone()[0] == 0


def test_templates(store, song_ma_unit):
    with pytest.raises(UserError) as err:
        housekeeping.rename_template(store, "song-ma-2022", "Mẫu của tôi")
    assert err.value.code == "template_builtin"
    copy = housekeeping.duplicate_template(store, "song-ma-2022")
    assert copy["id"] == "song-ma-2022-2" and copy["appendix"] == templates.get_template(
        store, "song-ma-2022")["appendix"]
    assert housekeeping.rename_template(store, copy["id"], "  Mẫu   của tôi ")["name"] == "Mẫu của tôi"
    assert templates.get_template(store, copy["id"])["name"] == "Mẫu của tôi"
    housekeeping.delete_template(store, copy["id"])
    assert copy["id"] not in {t.id for t in templates.list_templates(store)}


def test_cli_asks_before_deleting(capsys, data_dir):
    run_ok(capsys, "unit", "set", "--file", str(DATA / "unit_song_ma.json"))
    run_ok(capsys, "plan", "new", "--template", "song-ma-2022", "--year", "2026")
    code, _, err = run(capsys, "plan", "delete", "1")
    assert code == 2 and "Thêm --yes để xác nhận" in err
    assert "vào thùng rác" in run_ok(capsys, "plan", "delete", "1", "--yes")
    assert "Thùng rác trống." not in run_ok(capsys, "plan", "bin")
    assert run_ok(capsys, "plan", "restore", "1").startswith("Đã khôi phục kế hoạch 1")
    assert run_ok(capsys, "plan", "bin").strip() == "Thùng rác trống."
