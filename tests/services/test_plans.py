"""A plan built from a template (W3), the unit's agency mapping, and editing tasks and sections."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import song_ma_unit_dict

from ccpropa_desktop.domain.mapping import MappingRule
from ccpropa_desktop.domain.outline import section_numbers, task_numbers
from ccpropa_desktop.errors import NotFound, UserError
from ccpropa_desktop.services import editing, mappings, plans, unit
from ccpropa_desktop.services.session import memory_store
from ccpropa_desktop.services.templates import builtin_templates, flatten_sections


# -- helpers: read the store itself ---------------------------------------------------------------
def task_rows(store, plan_id: int) -> list[dict[str, Any]]:
    return list(store.db.query("select * from tasks where plan_id = ? order by position", [plan_id]))


def section_rows(store, plan_id: int) -> list[dict[str, Any]]:
    return list(store.db.query("select * from sections where plan_id = ? order by position", [plan_id]))


def plan_row(store, plan_id: int) -> dict[str, Any]:
    return next(store.db.query("select * from plans where id = ?", [plan_id]))


def numbered(store, plan_id: int, field: str = "content", width: int = 0) -> list[tuple[str, str]]:
    """[(number, field)] as stored: numbers derived from the stored order and depths."""
    rows = task_rows(store, plan_id)
    assert [r["position"] for r in rows] == list(range(len(rows)))
    numbers = task_numbers([r["depth"] for r in rows])
    return [(n, r[field][:width] if width else r[field]) for n, r in zip(numbers, rows, strict=True)]


def numbered_sections(store, plan_id: int) -> list[tuple[str, str]]:
    rows = section_rows(store, plan_id)
    assert [r["position"] for r in rows] == list(range(len(rows)))
    numbers = section_numbers([r["depth"] for r in rows])
    return [(n, r["title"]) for n, r in zip(numbers, rows, strict=True)]


def count(store, table: str) -> int:
    return store.db.execute(f"select count(*) from {table}").fetchone()[0]


def xa_unit_dict() -> dict[str, Any]:
    data = song_ma_unit_dict()
    data.update(level="xa", name_lines=["ỦY BAN NHÂN DÂN", "XÃ CHIỀNG KHƯƠNG"], place="Chiềng Khương",
                signer={"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Lường Văn Hoan"})
    return data


@pytest.fixture
def xa_store():
    s = memory_store()
    unit.set_unit(s, unit.unit_from_dict(xa_unit_dict()))
    yield s
    s.close()


def all_text(store, plan_id: int) -> str:
    rows = task_rows(store, plan_id)
    parts = [r[f] for r in rows for f in ("content", "form", "lead", "partners", "schedule", "product")]
    for s in section_rows(store, plan_id):
        parts += [s["title"], *json.loads(s["paragraphs"])]
    row = plan_row(store, plan_id)
    parts += [*json.loads(row["closing"]), row["title"], row["appendix_title"]]
    return "\n".join(parts)


# -- plan new ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("template_id", "origin_numbers", "plan_numbers", "citation"),
    [
        ("bac-kan-2024", [str(n) for n in range(1, 12)], [str(n) for n in range(1, 12)],
         "Căn cứ Kế hoạch số …/KH-UBND ngày …/…/2024 của UBND tỉnh Bắc Kạn về tuyên truyền công tác "
         "cải cách hành chính tỉnh Bắc Kạn năm 2024; UBND huyện Sông Mã xây dựng Kế hoạch"),
        ("binh-dinh-2024", ["1", "2", "3", "4", "5", "6", "7", "9"], [str(n) for n in range(1, 9)],
         "Căn cứ Quyết định số 854/QĐ-UBND ngày 14/03/2024 của UBND tỉnh Bình Định về việc ban hành Kế "
         "hoạch truyền thông cải cách hành chính trên địa bàn tỉnh năm 2024; UBND huyện Sông Mã xây dựng"),
        ("song-ma-2022", ["1", "2", "2.1", "2.2", "2.3", "3", "4", "5", "6"],
         ["1", "2", "2.1", "2.2", "2.3", "3", "4", "5", "6"],
         "Căn cứ Kế hoạch số 18/KH-UBND ngày 13/01/2022 của UBND huyện Sông Mã về tuyên truyền công tác "
         "cải cách hành chính huyện Sông Mã năm 2022; UBND huyện Sông Mã xây dựng Kế hoạch"),
    ],
)
def test_plan_new_for_a_huyen_unit(store, song_ma_unit, template_id, origin_numbers, plan_numbers,
                                   citation):
    # The template's wording as it is (re-voicing has its own tests in test_revoice.py).
    plan = plans.create_plan(store, template_id, "2024", keep_wording=True)
    doc = builtin_templates()[template_id]
    row = plan_row(store, plan.id)
    assert (row["template_id"], row["year"], row["status"]) == (template_id, 2024, "draft")
    # The Căn cứ cites the template's số, ngày and cơ quan.
    legal_bases = json.loads(row["legal_bases"])
    assert len(legal_bases) == 1
    # The opening ("UBND huyện … xây dựng Kế hoạch …, như sau:") is kept in its own column and
    # printed after the căn cứ: "Căn cứ …; UBND huyện … như sau:".
    assert f"{legal_bases[0]}; {row['opening']}".startswith(citation)
    assert row["opening"].endswith(", như sau:")
    ref = json.loads(row["template_ref"])
    assert (ref["id"], ref["number"], ref["date"], ref["issuer"]) == (
        template_id, doc["number"], doc["date"], doc["issuer"]["short_name"])
    # The proposed tasks, numbered anew, each with its reason and its template row.
    rows = task_rows(store, plan.id)
    assert [json.loads(r["origin"])["number"] for r in rows] == origin_numbers
    assert [n for n, _ in numbered(store, plan.id)] == plan_numbers
    assert all(r["reason"] for r in rows)
    by_number = {t["number"]: t for t in doc["appendix"]["tasks"]}
    for r in rows:
        origin = json.loads(r["origin"])
        assert origin["template"] == template_id
        assert origin["fields"]["content"] == by_number[origin["number"]]["content"]
        assert origin["baseline"]["lead"] == r["lead"]  # nothing changed by hand yet
    # The sections, in order, with their depths.
    flat = flatten_sections(doc["sections"])
    sections = section_rows(store, plan.id)
    assert [s["depth"] for s in sections] == [d for d, _ in flat]
    assert len(sections) == len(flat)
    assert plan.tasks[0].changed_fields() == []
    # The returned plan is what the store holds.
    assert [t.id for t in plan.tasks] == [r["id"] for r in rows]
    assert plan.template_ref["citation"] in legal_bases[0]


def test_plan_new_rewrites_agencies_bac_kan(store, song_ma_unit):
    plan = plans.create_plan(store, "bac-kan-2024", 2024)
    tasks = dict(numbered(store, plan.id, "lead"))
    partners = dict(numbered(store, plan.id, "partners"))
    assert tasks["2"].startswith("Phòng Nội vụ; ")
    assert partners["2"] == "Các cơ quan, đơn vị; UBND huyện; UBND các xã, thị trấn."
    assert tasks["5"] == "Các cơ quan, đơn vị; UBND huyện; UBND các xã, thị trấn"
    assert partners["5"] == "Văn phòng HĐND và UBND huyện"
    assert tasks["11"] == ("Văn phòng HĐND và UBND huyện; Phòng Nội vụ; "
                           "Trung tâm Truyền thông - Văn hóa huyện")
    assert partners["9"] == "Văn phòng HĐND và UBND huyện; Phòng Văn hóa và Thông tin; Phòng Nội vụ."
    text = all_text(store, plan.id)
    for gone in ("Sở Nội vụ", "UBND cấp xã", "UBND cấp huyện;", "Đài Phát thanh và Truyền hình tỉnh",
                 "Văn phòng UBND tỉnh"):
        assert gone not in text
    # Running text gets the same renaming, lower case where the source was.
    sections = {s["title"]: json.loads(s["paragraphs"]) for s in section_rows(store, plan.id)}
    assert sections["GIẢI PHÁP THỰC HIỆN"][0].startswith(
        "1. Nâng cao trách nhiệm của các cấp ủy đảng, lãnh đạo các đoàn thể, lãnh đạo các cơ quan, đơn vị, "
        "UBND huyện và UBND các xã, thị trấn; ")
    assert "(qua Phòng Nội vụ)" in json.loads(plan_row(store, plan.id)["closing"])[0]
    # The template text is kept beside the renamed text.
    origin = json.loads(task_rows(store, plan.id)[1]["origin"])
    assert origin["fields"]["partners"] == "Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã."


def test_plan_new_rewrites_place_variants_binh_dinh(store, song_ma_unit):
    plan = plans.create_plan(store, "binh-dinh-2024", 2024)
    leads = dict(numbered(store, plan.id, "lead"))
    assert leads["1"] == ("Phòng Nội vụ, Phòng Văn hóa và Thông tin, Báo Bình Định, "
                          "Trung tâm Truyền thông - Văn hóa huyện")
    assert leads["4"] == "Trung tâm Truyền thông - Văn hóa huyện"
    assert leads["7"] == "UBND huyện"  # "UBND các huyện, thị xã, thành phố"
    assert "Đài Phát thanh và Truyền hình Bình Định" not in all_text(store, plan.id)
    assert plan_row(store, plan.id)["title"] == "Truyền thông cải cách hành chính trên địa bàn huyện năm 2024"
    reasons = dict(numbered(store, plan.id, "reason"))
    assert reasons["1"] == "Mọi cơ quan, đơn vị được giao phối hợp: “Các cơ quan, đơn vị, địa phương”"
    assert reasons["6"] == "Cấp của đơn vị được giao chủ trì: “các huyện”"


@pytest.mark.parametrize(
    ("template_id", "expected"),
    [
        ("bac-kan-2024", [str(n) for n in range(1, 12)]),
        ("binh-dinh-2024", ["1", "2", "3", "4", "5", "6", "7", "9"]),
        ("song-ma-2022", ["1", "2", "2.1", "2.2", "2.3", "3", "4", "5", "6"]),
    ],
)
def test_proposal_for_a_huyen_unit(store, song_ma_unit, template_id, expected):
    proposals = plans.propose_tasks(store, template_id)
    assert [p.number for p in proposals if p.proposed] == expected
    assert len(proposals) == len(builtin_templates()[template_id]["appendix"]["tasks"])


@pytest.mark.parametrize(
    ("template_id", "expected"),
    [
        ("bac-kan-2024", [str(n) for n in range(1, 12)]),
        ("binh-dinh-2024", ["1", "2", "3", "4", "5"]),
        ("song-ma-2022", ["1", "2", "2.1", "2.3", "4", "5"]),
    ],
)
def test_proposal_for_a_xa_unit(xa_store, template_id, expected):
    assert [p.number for p in plans.propose_tasks(xa_store, template_id) if p.proposed] == expected


def test_plan_new_from_song_ma_for_a_xa_unit(xa_store):
    plan = plans.create_plan(xa_store, "song-ma-2022", 2024)
    rows = task_rows(xa_store, plan.id)
    assert [json.loads(r["origin"])["number"] for r in rows] == ["1", "2", "2.1", "2.3", "4", "5"]
    assert numbered(xa_store, plan.id, "lead") == [
        ("1", "Các bộ phận chuyên môn thuộc UBND xã; UBND xã"),
        ("2", ""),
        ("2.1", "Văn phòng HĐND và UBND xã; UBND xã"),
        ("2.2", "UBND xã"),
        ("3", "Công chức Văn hóa - Xã hội"),
        ("4", "Công chức Văn phòng - Thống kê"),
    ]
    assert rows[1]["reason"] == "Nhóm chứa nhiệm vụ con được đề xuất"
    assert rows[4]["partners"] == ("Văn phòng HĐND và UBND xã; Bưu điện văn hóa xã; "
                                   "các bộ phận chuyên môn thuộc UBND xã; UBND xã")
    row = plan_row(xa_store, plan.id)
    assert row["title"] == "Tuyên truyền công tác cải cách hành chính xã Chiềng Khương năm 2024"
    assert json.loads(row["legal_bases"])[0].startswith(
        "Căn cứ Kế hoạch số 18/KH-UBND ngày 13/01/2022 của UBND huyện Sông Mã")
    assert row["opening"].startswith("UBND xã Chiềng Khương xây dựng Kế hoạch")


def test_plan_new_with_chosen_tasks(store, song_ma_unit):
    plan = plans.create_plan(store, "song-ma-2022", 2024, task_numbers_wanted=["2.2", "5"])
    assert numbered(store, plan.id, "content", 20) == [
        ("1", "Duy trì, nâng cao ch"), ("2", "In, căng treo khẩu h")]  # 2.2 loses its group: top level


def test_plan_new_with_all_tasks(store, song_ma_unit):
    plan = plans.create_plan(store, "binh-dinh-2024", 2024, all_tasks=True)
    rows = task_rows(store, plan.id)
    assert len(rows) == 17
    assert [n for n, _ in numbered(store, plan.id)][4:11] == ["5", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6"]
    assert rows[5]["reason"] == "Người dùng chọn toàn bộ nhiệm vụ"
    assert rows[5]["lead"] == "Phòng Tư pháp"


@pytest.mark.parametrize(
    ("kwargs", "code", "field"),
    [
        ({"template_id": "bac-kan-2024", "year": "20x4"}, "year_invalid", "“20x4”"),
        ({"template_id": "bac-kan-2024", "year": 1999}, "year_invalid", "1999"),
        ({"template_id": "khong-co", "year": 2024}, "template_not_found", "khong-co"),
        ({"template_id": "song-ma-2022", "year": 2024, "task_numbers_wanted": ["1", "9.9"]},
         "task_not_found", "9.9"),
    ],
)
def test_plan_new_bad_input_writes_nothing(store, song_ma_unit, kwargs, code, field):
    with pytest.raises(UserError) as err:
        plans.create_plan(store, **kwargs)
    assert err.value.code == code
    assert field in err.value.message
    assert (count(store, "plans"), count(store, "tasks"), count(store, "sections")) == (0, 0, 0)


def test_plan_new_needs_a_unit(store):
    with pytest.raises(UserError) as err:
        plans.create_plan(store, "bac-kan-2024", 2024)
    assert err.value.code == "unit_missing"
    assert "ccpropa unit set" in err.value.message
    assert count(store, "plans") == 0


def test_plans_list_show_and_errors(store, song_ma_unit):
    first = plans.create_plan(store, "song-ma-2022", 2023)
    second = plans.create_plan(store, "bac-kan-2024", 2024)
    listed = plans.list_plans(store)
    assert [(p["id"], p["year"], p["task_count"]) for p in listed] == [
        (second.id, 2024, 11), (first.id, 2023, 9)]
    assert plans.get_plan(store, str(first.id)).tasks[2].number == "2.1"
    with pytest.raises(NotFound) as err:
        plans.get_plan(store, 999)
    assert "999" in err.value.message
    with pytest.raises(UserError) as err:
        plans.get_plan(store, "abc")
    assert err.value.code == "plan_id_invalid"


def test_edit_plan_fields(store, song_ma_unit):
    plan = plans.create_plan(store, "song-ma-2022", 2024)
    plans.edit_plan(store, plan.id, title="  Tuyên truyền  CCHC năm 2024 ", closing=["Kết.", " "])
    row = plan_row(store, plan.id)
    assert row["title"] == "Tuyên truyền CCHC năm 2024"
    assert json.loads(row["closing"]) == ["Kết."]
    with pytest.raises(UserError):
        plans.edit_plan(store, plan.id, title="  ")
    assert plan_row(store, plan.id)["title"] == "Tuyên truyền CCHC năm 2024"


# -- the unit's mapping -------------------------------------------------------------------------------
def mapping_rows(store, from_level="tinh", to_level="huyen") -> list[tuple[str, str]]:
    return [(r["source"], r["target"]) for r in store.db.query(
        "select source, target from mappings where from_level = ? and to_level = ? order by position, id",
        [from_level, to_level])]


def test_mapping_list_seeds_the_defaults_once(store):
    assert count(store, "mappings") == 0
    rules = mappings.get_rules(store, "tinh", "huyen")
    defaults = mappings.default_rules("tinh", "huyen")
    assert rules == defaults
    assert MappingRule("Sở Nội vụ", "Phòng Nội vụ") in rules
    assert MappingRule("UBND cấp xã", "UBND các xã, thị trấn") in rules
    assert mapping_rows(store) == [(r.source, r.target) for r in defaults]
    mappings.get_rules(store, "tinh", "huyen")
    assert count(store, "mappings") == len(defaults)
    assert count(store, "mapping_sets") == 1


def test_mapping_set_and_remove(store):
    mappings.set_rule(store, "tinh", "huyen", " Sở Nội vụ ", "Phòng Nội vụ và Lao động")
    rows = mapping_rows(store)
    assert ("Sở Nội vụ", "Phòng Nội vụ và Lao động") in rows
    assert ("Sở Nội vụ", "Phòng Nội vụ") not in rows
    n = len(rows)
    mappings.set_rule(store, "tinh", "huyen", "Sở Y tế", "Phòng Y tế")
    assert mapping_rows(store)[-1] == ("Sở Y tế", "Phòng Y tế")
    assert len(mapping_rows(store)) == n + 1
    mappings.remove_rule(store, "tinh", "huyen", "UBND cấp xã")
    assert "UBND cấp xã" not in [s for s, _ in mapping_rows(store)]
    # Removing does not bring the default back on the next read.
    assert "UBND cấp xã" not in [r.source for r in mappings.get_rules(store, "tinh", "huyen")]
    with pytest.raises(UserError) as err:
        mappings.remove_rule(store, "tinh", "huyen", "UBND cấp xã")
    assert err.value.code == "mapping_not_found"
    with pytest.raises(UserError) as err:
        mappings.set_rule(store, "tinh", "huyen", "  ", "X")
    assert err.value.code == "mapping_invalid"
    with pytest.raises(UserError) as err:
        mappings.get_rules(store, "tinh", "quan")
    assert err.value.code == "level_invalid" and "quan" in err.value.message
    assert len(mapping_rows(store)) == n  # +1 set, -1 removed


def test_mapping_errors_write_nothing(store):
    with pytest.raises(UserError) as err:
        mappings.remove_rule(store, "tinh", "huyen", "Sở Không Có")
    assert err.value.code == "mapping_not_found" and "“Sở Không Có”" in err.value.message
    with pytest.raises(UserError):
        mappings.set_rule(store, "tinh", "huyen", "", "Phòng Nội vụ")
    with pytest.raises(UserError):
        mappings.set_rule(store, "tinh", "phuong", "Sở Nội vụ", "Phòng Nội vụ")
    assert (count(store, "mappings"), count(store, "mapping_sets")) == (0, 0)
    # A good first edit seeds the defaults and applies the edit.
    mappings.remove_rule(store, "tinh", "huyen", "Tỉnh Đoàn")
    assert len(mapping_rows(store)) == len(mappings.default_rules("tinh", "huyen")) - 1


def test_edited_mapping_is_used_by_plan_new_and_stays_with_the_unit(store, song_ma_unit):
    mappings.set_rule(store, "tinh", "huyen", "Sở Nội vụ", "Phòng Nội vụ và Lao động")
    mappings.remove_rule(store, "tinh", "huyen", "UBND cấp xã")
    plan = plans.create_plan(store, "bac-kan-2024", 2024)
    partners = dict(numbered(store, plan.id, "partners"))
    assert dict(numbered(store, plan.id, "lead"))["2"].startswith("Phòng Nội vụ và Lao động; ")
    assert partners["2"] == "Các cơ quan, đơn vị; UBND huyện; UBND cấp xã."
    # Another unit's store keeps the defaults.
    other = memory_store()
    try:
        unit.set_unit(other, unit.unit_from_dict(song_ma_unit_dict()))
        assert MappingRule("Sở Nội vụ", "Phòng Nội vụ") in mappings.get_rules(other, "tinh", "huyen")
        other_plan = plans.create_plan(other, "bac-kan-2024", 2024)
        assert dict(numbered(other, other_plan.id, "partners"))["2"] == \
            "Các cơ quan, đơn vị; UBND huyện; UBND các xã, thị trấn."
    finally:
        other.close()


# -- editing tasks ------------------------------------------------------------------------------------
@pytest.fixture
def bac_kan_plan(store, song_ma_unit) -> int:
    """The template's wording kept, so "changed from the template" means changed by these tests."""
    return plans.create_plan(store, "bac-kan-2024", 2024, keep_wording=True).id


def test_indent_and_outdent_renumber(store, bac_kan_plan):
    pid = bac_kan_plan
    before = numbered(store, pid, "content", 25)
    item = editing.restructure(store, pid, "tasks", "3", "indent")
    assert item.number == "2.1"
    after = numbered(store, pid, "content", 25)
    assert after[:4] == [("1", before[0][1]), ("2", before[1][1]), ("2.1", before[2][1]),
                         ("3", before[3][1])]
    assert after[-1] == ("10", before[-1][1])
    assert [r["depth"] for r in task_rows(store, pid)][:4] == [0, 0, 1, 0]
    # Indenting the next one makes it 2.2; then the group moves as a whole.
    assert editing.restructure(store, pid, "tasks", "3", "indent").number == "2.2"
    item = editing.restructure(store, pid, "tasks", "2.2", "outdent")
    assert item.number == "3"
    assert editing.restructure(store, pid, "tasks", "2.1", "outdent").number == "3"
    assert numbered(store, pid, "content", 25) == before


def test_task_add_edit_remove_move(store, bac_kan_plan):
    pid = bac_kan_plan
    original = numbered(store, pid, "content", 25)

    task = editing.add_task(store, pid, {"content": " Nhiệm vụ  mới ", "lead": "Phòng Nội vụ"})
    assert task.number == "12"
    rows = task_rows(store, pid)
    assert (rows[-1]["content"], rows[-1]["lead"], rows[-1]["depth"]) == ("Nhiệm vụ mới", "Phòng Nội vụ", 0)
    assert rows[-1]["origin"] is None

    child = editing.add_task(store, pid, {"content": "Nhiệm vụ con"}, after="2", as_child=True)
    assert child.number == "2.1"
    sibling = editing.add_task(store, pid, {"content": "Ngay sau 1"}, after="1")
    assert sibling.number == "2"
    assert numbered(store, pid, "content", 25)[:5] == [
        ("1", original[0][1]), ("2", "Ngay sau 1"), ("3", original[1][1]), ("3.1", "Nhiệm vụ con"),
        ("4", original[2][1])]

    edited = editing.edit_task(store, pid, "3.1", {"schedule": "Quý IV/2024", "note": "Mới", "lead": None})
    row = next(r for r in task_rows(store, pid) if r["id"] == edited.id)
    assert (row["content"], row["schedule"], row["note"]) == ("Nhiệm vụ con", "Quý IV/2024", "Mới")

    kept = editing.edit_task(store, pid, "1", {"content": "Nội dung đã sửa"})
    assert kept.changed_fields() == ["content"]
    assert task_rows(store, pid)[0]["content"] == "Nội dung đã sửa"

    removed = editing.remove(store, pid, "tasks", "3")
    assert removed == ["3", "3.1"]
    assert len(task_rows(store, pid)) == 12
    assert [c for _, c in numbered(store, pid, "content", 25)][1:3] == ["Ngay sau 1", original[2][1]]

    moved = editing.restructure(store, pid, "tasks", "2", "down")
    assert moved.number == "3"
    assert [c for _, c in numbered(store, pid, "content", 25)][1:3] == [original[2][1], "Ngay sau 1"]
    moved = editing.restructure(store, pid, "tasks", "3", "up")
    assert moved.number == "2"
    assert [c for _, c in numbered(store, pid, "content", 25)][1:3] == ["Ngay sau 1", original[2][1]]


def test_move_takes_sub_tasks_along(store, song_ma_unit):
    pid = plans.create_plan(store, "song-ma-2022", 2024).id
    editing.restructure(store, pid, "tasks", "2", "up")
    assert numbered(store, pid, "content", 12) == [
        ("1", "Tuyên truyền"), ("1.1", "Nâng cao chấ"), ("1.2", "Duy trì, nân"), ("1.3", "Tuyên truyền"),
        ("2", "Tuyên truyền"), ("3", "Tổ chức tọa "), ("4", "Tuyên truyền"), ("5", "In, căng tre"),
        ("6", "Tham dự các ")]
    assert task_rows(store, pid)[4]["content"].startswith("Tuyên truyền các nội dung CCHC trong nội bộ")
    removed = editing.remove(store, pid, "tasks", "1")
    assert removed == ["1", "1.1", "1.2", "1.3"]
    assert len(task_rows(store, pid)) == 5


@pytest.mark.parametrize(
    ("action", "number", "code"),
    [
        ("indent", "1", "cannot_restructure"),
        ("outdent", "1", "cannot_restructure"),
        ("up", "1", "cannot_restructure"),
        ("down", "11", "cannot_restructure"),
        ("indent", "99", "task_not_found"),
        ("sideways", "2", "action_invalid"),
    ],
)
def test_impossible_task_operations_change_nothing(store, bac_kan_plan, action, number, code):
    before = task_rows(store, bac_kan_plan)
    with pytest.raises(UserError) as err:
        editing.restructure(store, bac_kan_plan, "tasks", number, action)
    assert err.value.code == code
    assert task_rows(store, bac_kan_plan) == before


def test_task_errors_name_the_number_and_field(store, bac_kan_plan):
    before = task_rows(store, bac_kan_plan)
    with pytest.raises(NotFound) as err:
        editing.edit_task(store, bac_kan_plan, "12", {"content": "x"})
    assert "“12”" in err.value.message and "1, 2, 3" in err.value.message
    with pytest.raises(UserError) as err:
        editing.edit_task(store, bac_kan_plan, "1", {"colour": "x"})
    assert err.value.code == "field_invalid" and "colour" in err.value.message
    with pytest.raises(UserError) as err:
        editing.add_task(store, bac_kan_plan, {"content": "  "})
    assert err.value.code == "task_invalid"
    with pytest.raises(NotFound):
        editing.remove(store, bac_kan_plan, "tasks", "0")
    with pytest.raises(NotFound):
        editing.add_task(store, 4242, {"content": "x"})
    assert task_rows(store, bac_kan_plan) == before


def test_add_child_below_the_last_level_is_refused(store, bac_kan_plan):
    editing.add_task(store, bac_kan_plan, {"content": "a"}, after="1", as_child=True)
    editing.add_task(store, bac_kan_plan, {"content": "b"}, after="1.1", as_child=True)
    assert [n for n, _ in numbered(store, bac_kan_plan)][:3] == ["1", "1.1", "1.1.1"]
    with pytest.raises(UserError) as err:
        editing.add_task(store, bac_kan_plan, {"content": "c"}, after="1.1.1", as_child=True)
    assert err.value.code == "too_deep"
    assert len(task_rows(store, bac_kan_plan)) == 13


# -- editing sections ---------------------------------------------------------------------------------
def test_section_editing(store, bac_kan_plan):
    pid = bac_kan_plan
    assert numbered_sections(store, pid) == [
        ("I.", "MỤC ĐÍCH, YÊU CẦU"), ("1.", "Mục đích"), ("2.", "Yêu cầu"),
        ("II.", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"), ("III.", "GIẢI PHÁP THỰC HIỆN"),
        ("IV.", "KINH PHÍ THỰC HIỆN"), ("V.", "TỔ CHỨC THỰC HIỆN")]

    added = editing.add_section(store, pid, "Chế độ báo cáo", ["Định kỳ hằng quý.", "  "])
    assert added.number == "VI."
    row = section_rows(store, pid)[-1]
    assert (row["title"], json.loads(row["paragraphs"]), row["depth"]) == (
        "Chế độ báo cáo", ["Định kỳ hằng quý."], 0)

    child = editing.add_section(store, pid, "Nội dung", after="II.", as_child=True)
    assert child.number == "1."
    assert numbered_sections(store, pid)[3:6] == [
        ("II.", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"), ("1.", "Nội dung"), ("III.", "GIẢI PHÁP THỰC HIỆN")]

    # "1." is the first one (under I.); the full path names the one under II.
    edited = editing.edit_section(store, pid, "II.1", title="Nội dung tuyên truyền",
                                  paragraphs=["- Đoạn một", "- Đoạn hai"])
    assert edited.number == "1."
    row = section_rows(store, pid)[4]
    assert (row["title"], json.loads(row["paragraphs"])) == (
        "Nội dung tuyên truyền", ["- Đoạn một", "- Đoạn hai"])
    assert section_rows(store, pid)[1]["title"] == "Mục đích"

    moved = editing.restructure(store, pid, "sections", "VI", "up")
    assert moved.number == "V."
    assert [t for _, t in numbered_sections(store, pid)][-2:] == ["Chế độ báo cáo", "TỔ CHỨC THỰC HIỆN"]

    indented = editing.restructure(store, pid, "sections", "III.", "indent")
    assert indented.number == "2."
    assert numbered_sections(store, pid)[3:7] == [
        ("II.", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"), ("1.", "Nội dung tuyên truyền"),
        ("2.", "GIẢI PHÁP THỰC HIỆN"), ("III.", "KINH PHÍ THỰC HIỆN")]
    assert editing.restructure(store, pid, "sections", "II.2", "outdent").number == "III."

    removed = editing.remove(store, pid, "sections", "I")
    assert removed == ["I.", "1.", "2."]
    assert [t for _, t in numbered_sections(store, pid)] == [
        "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", "Nội dung tuyên truyền", "GIẢI PHÁP THỰC HIỆN",
        "KINH PHÍ THỰC HIỆN", "Chế độ báo cáo", "TỔ CHỨC THỰC HIỆN"]


def test_section_errors_change_nothing(store, bac_kan_plan):
    before = section_rows(store, bac_kan_plan)
    with pytest.raises(NotFound) as err:
        editing.edit_section(store, bac_kan_plan, "VII", title="x")
    assert "VII" in err.value.message and "I.2" in err.value.message
    with pytest.raises(UserError) as err:
        editing.edit_section(store, bac_kan_plan, "I", title=" ")
    assert err.value.code == "section_invalid"
    with pytest.raises(UserError) as err:
        editing.restructure(store, bac_kan_plan, "sections", "I.1", "indent")
    assert err.value.code == "cannot_restructure"
    with pytest.raises(UserError) as err:
        editing.add_section(store, bac_kan_plan, "")
    assert err.value.code == "section_invalid"
    assert section_rows(store, bac_kan_plan) == before


@pytest.mark.parametrize(("lines", "short"), [
    (["ỦY BAN NHÂN DÂN", "HUYỆN SÔNG MÃ"], "UBND huyện Sông Mã"),
    (["ỦY BAN NHÂN DÂN", "THỊ TRẤN SÔNG MÃ"], "UBND thị trấn Sông Mã"),
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ QUY NHƠN"], "UBND thành phố Quy Nhơn"),
    (["ỦY BAN NHÂN DÂN", "XÃ CHIỀNG KHƯƠNG"], "UBND xã Chiềng Khương"),
])
def test_short_name_keeps_the_unit_kind_lower_case(lines, short):
    assert unit.derive_short_name(lines) == short


@pytest.mark.parametrize(("lines", "short"), [
    (["SỞ NỘI VỤ"], "Sở Nội vụ"),
    (["SỞ KẾ HOẠCH VÀ ĐẦU TƯ"], "Sở Kế hoạch và Đầu tư"),
    (["SỞ TÀI NGUYÊN", "VÀ MÔI TRƯỜNG"], "Sở Tài nguyên và Môi trường"),
    (["PHÒNG TÀI CHÍNH - KẾ HOẠCH"], "Phòng Tài chính - Kế hoạch"),
    (["VĂN PHÒNG HĐND VÀ UBND"], "Văn phòng HĐND và UBND"),
    (["SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], "Sở Thông tin và Truyền thông"),
])
def test_short_name_of_an_agency_capitalises_kind_and_fields(lines, short):
    assert unit.derive_short_name(lines) == short
