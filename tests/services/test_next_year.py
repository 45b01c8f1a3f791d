"""Next year's plan from this year's (issue 15): carried, flagged, re-dated, proposed for removal,
and new from the province's new plan, in one list."""

from __future__ import annotations

import pytest
from cli.cli_run import run_json, run_ok
from conftest import DATA

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import issuing, next_year, plans, tracking


@pytest.fixture
def tracked(store, song_ma_unit):
    """The Sông Mã plan for 2026, issued, task 3 (a one-off) done and task 4 under way in Q1."""
    plan = plans.create_plan(store, "song-ma-2022", 2026)
    issuing.issue_plan(store, plan.id, "18", "2026-01-13", None)
    tracking.set_progress(store, plan.id, "3", "2026-Q1", status="done", done_on="2026-03-10")
    tracking.set_progress(store, plan.id, "4", "2026-Q1", status="doing")
    return plans.get_plan(store, plan.id)


def test_the_one_list(store, tracked):
    proposal = next_year.propose(store, tracked.id)
    assert proposal.year == 2027 and proposal.period == "2026-Q1"
    by_number = {i.number: i for i in proposal.items}
    assert by_number["3"].action == "drop" and "Đã hoàn thành" in by_number["3"].reason
    assert by_number["4"].action == "unfinished" and by_number["4"].status == "Đang thực hiện"
    assert by_number["2"].action != "drop"  # a group row with sub-tasks is never proposed for removal
    assert {c.rule for c in proposal.changes} == {"nam"}  # same unit: only the year moves


def test_the_new_draft(store, tracked):
    new = next_year.create_next_year(store, tracked.id)
    assert (new.year, new.status) == (2027, "draft")
    contents = [t.content for t in new.tasks]
    assert tracked.tasks[5].content not in contents  # task 3, done once, dropped as proposed
    assert len(new.tasks) == len(tracked.tasks) - 1
    assert [t.schedule for t in new.tasks if "2027" in t.schedule] and not any(
        "2026" in t.schedule for t in new.tasks)
    assert new.legal_bases[0] == ("Căn cứ kết quả thực hiện Kế hoạch số 18/KH-UBND ngày 13/01/2026 của "
                                  "UBND huyện Sông Mã về tuyên truyền công tác cải cách hành chính huyện "
                                  "Sông Mã năm 2026;")
    assert "năm 2027" in new.title and "2027" in new.opening
    assert new.template_ref["previous_plan"]["plan_id"] == tracked.id
    assert all(t.origin for t in new.tasks)  # the link to the template stays visible
    assert plans.get_plan(store, tracked.id).year == 2026  # the old plan is untouched


def test_the_officer_keeps_and_drops(store, tracked):
    new = next_year.create_next_year(store, tracked.id, include={"3"}, exclude={"old:0"})
    contents = [t.content for t in new.tasks]
    assert tracked.tasks[5].content in contents and tracked.tasks[0].content not in contents


def test_with_the_provinces_new_plan(store, tracked):
    proposal = next_year.propose(store, tracked.id, template_id="bac-kan-2024")
    new_items = [i for i in proposal.items if i.action == "new"]
    assert new_items and all(i.key.startswith("new:") for i in new_items)
    new = next_year.create_next_year(store, tracked.id, template_id="bac-kan-2024",
                                     exclude={new_items[0].key})
    assert new.template_id == "bac-kan-2024"
    assert new.legal_bases[0].startswith("Căn cứ Kế hoạch số …/KH-UBND ngày …/…/2024 của UBND tỉnh Bắc Kạn")
    assert "Căn cứ kết quả thực hiện Kế hoạch số 18/KH-UBND" in new.legal_bases[1]
    assert len(new.tasks) == len(tracked.tasks) - 1 + len(new_items) - 1
    added = new.tasks[len(tracked.tasks) - 1:]
    assert all("tỉnh Bắc Kạn" not in t.content for t in added if "của UBND tỉnh Bắc Kạn" not in t.content)


def test_bad_year(store, tracked):
    with pytest.raises(UserError) as err:
        next_year.create_next_year(store, tracked.id, 2026)
    assert err.value.code == "year_invalid" and "phải sau năm 2026" in err.value.message
    assert len(plans.list_plans(store)) == 1


def test_cli(capsys, data_dir):
    run_ok(capsys, "unit", "set", "--file", str(DATA / "unit_song_ma.json"))
    run_ok(capsys, "plan", "new", "--template", "song-ma-2022", "--year", "2026")
    run_ok(capsys, "task", "set", "1", "3", "--period", "2026-Q1", "--status", "done", "--date", "2026-03-10")
    out = run_ok(capsys, "plan", "next-year", "1", "--dry-run")
    assert "Kế hoạch năm 2027 từ kế hoạch 1 (theo tình trạng kỳ 2026-Q1):" in out and "Đề xuất bỏ" in out
    data = run_json(capsys, "plan", "next-year", "1", "--keep", "3")
    assert data["plan"] == 2 and data["year"] == 2027


def test_the_latest_of_several_tracked_periods_decides(store, tracked):
    """Tracked in Q1 and then for the half year: the H1 statuses decide (the dialog crashed on two
    periods: a method compared instead of the dates it returns)."""
    tracking.set_progress(store, tracked.id, "4", "2026-H1", status="done", done_on="2026-06-10")
    assert next_year.last_tracked_period(store, tracked).code == "2026-H1"
    proposal = next_year.propose(store, tracked.id)
    assert proposal.period == "2026-H1"
    assert {i.number: i for i in proposal.items}["4"].action == "drop"  # done by the half year
