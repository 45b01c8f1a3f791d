"""Undo support in services.editing: items named by id, outlines put back exactly, removed rows
returning with their own ids (tracking data is keyed by task id)."""

from __future__ import annotations

import json

import pytest

from ccpropa_desktop.domain.outline import task_numbers
from ccpropa_desktop.errors import NotFound, UserError
from ccpropa_desktop.services import editing, plans


@pytest.fixture
def plan(store, song_ma_unit):
    return plans.create_plan(store, "song-ma-2022", 2022)


def rows(store, plan_id: int, table: str = "tasks") -> list[dict]:
    return list(store.db.query(f"select * from {table} where plan_id = ? order by position", [plan_id]))


def outline_of(store, plan_id: int) -> list[tuple[str, int, str]]:
    """[(number, id, content)] as stored."""
    stored = rows(store, plan_id)
    assert [r["position"] for r in stored] == list(range(len(stored)))
    numbers = task_numbers([r["depth"] for r in stored])
    return [(n, r["id"], r["content"][:20]) for n, r in zip(numbers, stored, strict=True)]


def order(plan_or_items) -> list[tuple[int, int]]:
    items = plan_or_items.tasks if hasattr(plan_or_items, "tasks") else plan_or_items
    return [(t.id, t.depth) for t in items]


def test_ref_of_names_tasks_by_number_and_sections_by_path(store, plan):
    assert editing.ref_of(plan, "tasks", plan.tasks[3].id) == "2.2"
    paths = [editing.ref_of(plan, "sections", s.id) for s in plan.sections]
    assert len(set(paths)) == len(paths)  # "1." repeats under I. and II.; paths do not
    second_one = next(i for i, s in enumerate(plan.sections) if s.number == "1." and i > 1)
    ref = paths[second_one]
    assert ref.endswith(".1") and not ref.startswith("I.")
    edited = editing.edit_section(store, plan.id, ref, title="Mục đã sửa")
    assert edited.id == plan.sections[second_one].id
    with pytest.raises(NotFound):
        editing.ref_of(plan, "tasks", 999_999)


def test_undoing_a_remove_brings_back_the_same_ids_fields_and_places(store, plan):
    before = outline_of(store, plan.id)
    editing.edit_task(store, plan.id, "2.1", {"note": "ghi chú riêng"})
    stored_before = rows(store, plan.id)
    group = plans.get_plan(store, plan.id).tasks[1:5]  # 2 with 2.1, 2.2, 2.3
    snapshot = order(plans.get_plan(store, plan.id))
    removed = editing.remove(store, plan.id, "tasks", "2")
    assert removed == ["2", "2.1", "2.2", "2.3"]
    assert len(rows(store, plan.id)) == len(before) - 4

    editing.restore(store, plan.id, "tasks", snapshot, group)

    assert outline_of(store, plan.id) == before
    after = {r["id"]: r for r in rows(store, plan.id)}
    for old in stored_before:
        new = after[old["id"]]
        for key in ("content", "lead", "partners", "schedule", "depth", "position", "reason", "origin"):
            assert new[key] == old[key], key
    assert after[group[1].id]["note"] == "ghi chú riêng"
    assert json.loads(after[group[0].id]["origin"])["number"] == "2"
    assert plans.get_plan(store, plan.id).tasks[1].changed_fields() == []


def test_restore_undoes_an_outdent_that_indent_cannot(store, plan):
    before = outline_of(store, plan.id)
    snapshot = order(plan)
    editing.restructure(store, plan.id, "tasks", "2.2", "outdent")  # 2.3 becomes 3.1
    assert [n for n, _, _ in outline_of(store, plan.id)][:6] == ["1", "2", "2.1", "3", "3.1", "4"]
    editing.restore(store, plan.id, "tasks", snapshot)
    assert outline_of(store, plan.id) == before


def test_restore_of_sections_puts_back_a_removed_heading_with_its_paragraphs(store, plan):
    before = rows(store, plan.id, "sections")
    snapshot = [(s.id, s.depth) for s in plan.sections]
    gone = plan.sections[0:3]
    editing.remove(store, plan.id, "sections", "I")
    editing.restore(store, plan.id, "sections", snapshot, gone)
    assert rows(store, plan.id, "sections") == before


@pytest.mark.parametrize("case", ["missing", "extra", "duplicate", "still_there", "bad_depth"])
def test_restore_refuses_a_stale_snapshot_and_changes_nothing(store, plan, case):
    snapshot = order(plan)
    returning = []
    if case == "missing":
        snapshot = snapshot[:-1]
    elif case == "extra":
        snapshot.append((999_999, 0))
    elif case == "duplicate":
        snapshot[1] = snapshot[0]
    elif case == "still_there":
        returning = [plan.tasks[0]]
    else:
        snapshot[0] = (snapshot[0][0], 1)
    before = rows(store, plan.id)
    with pytest.raises(UserError) as err:
        editing.restore(store, plan.id, "tasks", snapshot, returning)
    assert err.value.code in ("restore_conflict", "restore_invalid")
    assert "Không hoàn tác được" in err.value.message
    assert rows(store, plan.id) == before


def test_restore_refuses_an_id_taken_by_another_plan(store, plan):
    other = plans.create_plan(store, "song-ma-2022", 2023)
    intruder = other.tasks[0]
    snapshot = [*order(plan), (intruder.id, 0)]
    with pytest.raises(UserError) as err:
        store.restore_outline(plan.id, "tasks", snapshot, [intruder])
    assert err.value.code == "restore_conflict"
    assert len(rows(store, plan.id)) == len(plan.tasks)
    assert len(rows(store, other.id)) == len(other.tasks)


def test_section_changes_compare_with_the_template(store, plan):
    section = plan.sections[1]
    assert editing.section_changes(section) == []
    edited = editing.edit_section(store, plan.id, editing.ref_of(plan, "sections", section.id),
                                  paragraphs=[*section.paragraphs, "Đoạn thêm"])
    assert editing.section_changes(edited) == ["paragraphs"]
    added = editing.add_section(store, plan.id, "Mục mới")
    assert editing.section_changes(added) == ["title", "paragraphs"]


def test_restore_marks_an_issued_plan_as_a_draft_again(store, plan):
    store.db.execute("update plans set status = 'issued' where id = ?", [plan.id])
    editing.restore(store, plan.id, "tasks", order(plan))
    assert store.plan_status(plan.id) == "draft"
