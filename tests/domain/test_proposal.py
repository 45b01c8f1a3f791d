"""Which template tasks concern a unit (brief W3): its level is named as lead or coordinator."""

from __future__ import annotations

import unicodedata

import pytest

from ccpropa_desktop.domain.proposal import ProposalRules, depth_of, propose
from ccpropa_desktop.services.mappings import proposal_rules
from ccpropa_desktop.services.templates import builtin_templates

RULES = ProposalRules(
    own={"huyen": ["cấp huyện", "các huyện", "UBND huyện"], "xa": ["cấp xã", "các xã"]},
    all_units=["các cơ quan, đơn vị, địa phương", "các cơ quan, đơn vị"],
    qualifiers=["có liên quan", "liên quan"],
)


def task(number: str, lead: str = "", partners: str = "") -> dict[str, str]:
    return {"number": number, "content": f"Nhiệm vụ {number}", "lead": lead, "partners": partners}


def proposed(tasks, level="huyen", template_level="tinh", rules=RULES, names=()):
    return [tasks[p.index]["number"] for p in propose(tasks, level, template_level, rules, names)
            if p.proposed]


def test_depth_of():
    assert [depth_of(n) for n in ("1", "5.", "5.1", "1.1.1", "", " 2.3 ")] == [0, 0, 1, 2, 0, 1]


def test_level_named_as_lead_or_partner():
    tasks = [task("1", lead="Sở Nội vụ; UBND cấp huyện"), task("2", lead="Sở Nội vụ"),
             task("3", lead="Sở Nội vụ", partners="UBND các huyện, thành phố")]
    result = propose(tasks, "huyen", "tinh", RULES)
    assert [p.proposed for p in result] == [True, False, True]
    assert result[0].reason == "Cấp của đơn vị được giao chủ trì: “cấp huyện”"
    assert result[1].reason == ""
    assert result[2].reason == "Cấp của đơn vị được giao phối hợp: “các huyện”"
    assert [p.index for p in result] == [0, 1, 2]


def test_lead_is_checked_before_partners():
    result = propose([task("1", lead="UBND cấp huyện", partners="Các cơ quan, đơn vị")], "huyen", "tinh",
                     RULES)
    assert "chủ trì" in result[0].reason


def test_matching_ignores_diacritics_and_case_but_needs_whole_words():
    assert proposed([task("1", lead="UBND CAP HUYEN")]) == ["1"]
    assert proposed([task("1", lead=" ubnd cấp huyện.")]) == ["1"]
    assert proposed([task("1", lead="UBND cấp huyệnx")]) == []
    assert proposed([task("1", lead="các huyệnlỵ")]) == []


def test_reason_quotes_the_cell_even_when_decomposed():
    cell = unicodedata.normalize("NFD", "Sở Nội vụ; Ủy ban nhân dân cấp huyện")
    result = propose([task("1", lead=cell)], "huyen", "tinh", RULES)
    assert result[0].reason == "Cấp của đơn vị được giao chủ trì: “cấp huyện”"


def test_all_units_phrase():
    result = propose([task("1", lead="Sở Nội vụ", partners="Các cơ quan, đơn vị, địa phương")],
                     "huyen", "tinh", RULES)
    assert result[0].proposed
    assert result[0].reason == "Mọi cơ quan, đơn vị được giao phối hợp: “Các cơ quan, đơn vị, địa phương”"


@pytest.mark.parametrize(
    "partners",
    [
        "Các cơ quan, đơn vị có liên quan",
        "Các cơ quan, đơn vị, liên quan",
        "Các cơ quan, đơn vị liên quan",
        "Tỉnh Đoàn; các cơ quan, đơn vị có liên quan",
        # The qualifier follows the longer phrase; its prefix "các cơ quan, đơn vị" must not count.
        "Các cơ quan, đơn vị, địa phương liên quan",
        "Các cơ quan, đơn vị, địa phương có liên quan",
    ],
)
def test_qualified_all_units_phrase_names_only_some(partners):
    assert proposed([task("1", lead="Sở Nội vụ", partners=partners)]) == []


def test_a_qualified_phrase_does_not_hide_another_unqualified_one():
    partners = "Các cơ quan, đơn vị có liên quan; các cơ quan, đơn vị, địa phương"
    assert proposed([task("1", lead="Sở Nội vụ", partners=partners)]) == ["1"]


def test_the_units_own_name():
    tasks = [task("1", lead="Sở Nội vụ", partners="UBND huyện Sông Mã"), task("2", lead="Sở Nội vụ")]
    result = propose(tasks, "xa", "tinh", RULES, own_names=["UBND huyện Sông Mã"])
    assert result[0].reason == "Đơn vị được giao phối hợp: “UBND huyện Sông Mã”"
    assert not result[1].proposed


def test_same_level_proposes_everything():
    tasks = [task("1", lead="Phòng Nội vụ"), task("2")]
    result = propose(tasks, "huyen", "huyen", RULES)
    assert all(p.proposed for p in result)
    assert all(p.reason == "Kế hoạch mẫu cùng cấp với đơn vị: đề xuất mọi nhiệm vụ" for p in result)


def test_group_rows_follow_their_sub_rows():
    tasks = [
        task("1", lead="Sở Nội vụ"),
        task("2"), task("2.1", lead="Sở Nội vụ"), task("2.2", lead="UBND cấp huyện"),
        task("3"), task("3.1", lead="Sở Tư pháp"),
        task("4"), task("4.1"), task("4.1.1", partners="các huyện"),
    ]
    result = propose(tasks, "huyen", "tinh", RULES)
    assert [tasks[p.index]["number"] for p in result if p.proposed] == ["2", "2.2", "4", "4.1", "4.1.1"]
    assert result[1].reason == "Nhóm chứa nhiệm vụ con được đề xuất"
    assert result[6].reason == "Nhóm chứa nhiệm vụ con được đề xuất"


# -- the shipped rule file on the three built-in templates ----------------------------------------
EXPECTED = {
    # Every Bắc Kạn row names UBND cấp huyện (or "cấp huyện") as lead or coordinator.
    ("bac-kan-2024", "huyen"): ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"],
    # Every row also names UBND cấp xã (task 9: "UBND cấp huyện và cấp xã").
    ("bac-kan-2024", "xa"): ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"],
    # 1–4: "Các cơ quan, đơn vị, địa phương" coordinates; 5: leads. 5.1–5.6 name only Sở.
    # 6, 7: UBND các huyện…; 9: "các huyện, thị xã, thành phố". 8, 10, 11: only "có liên quan".
    ("binh-dinh-2024", "huyen"): ["1", "2", "3", "4", "5", "6", "7", "9"],
    # For a xã only the all-units rows 1–5 (6 says "Các cơ quan, đơn vị, địa phương liên quan").
    ("binh-dinh-2024", "xa"): ["1", "2", "3", "4", "5"],
    # Same level: everything.
    ("song-ma-2022", "huyen"): ["1", "2", "2.1", "2.2", "2.3", "3", "4", "5", "6"],
    # UBND các xã, thị trấn leads 1, 2.1, 2.3 and coordinates 4, 5; 2 is their group.
    ("song-ma-2022", "xa"): ["1", "2", "2.1", "2.3", "4", "5"],
}


@pytest.mark.parametrize(("template_id", "level"), sorted(EXPECTED))
def test_shipped_rules_on_builtin_templates(template_id, level):
    doc = builtin_templates()[template_id]
    rows = doc["appendix"]["tasks"]
    result = propose(rows, level, doc["level"], proposal_rules())
    assert [rows[p.index]["number"] for p in result if p.proposed] == EXPECTED[template_id, level]
    assert all(p.reason for p in result if p.proposed)
    assert not any(p.reason for p in result if not p.proposed)
