"""Re-voicing (issue 11): a plan built from another issuer's template speaks in the unit's voice,
and citations of other documents, periods and dates are never changed."""

from __future__ import annotations

import io
import re

import pdfplumber
import pytest
from conftest import song_ma_unit_dict

from ccpropa_desktop.domain.revoice import Revoicer, RevoiceRule, Voice, protected_spans
from ccpropa_desktop.services import plans, render, revoice, templates, unit

TEMPLATES = ("bac-kan-2024", "binh-dinh-2024", "song-ma-2022")


def commune_dict() -> dict:
    return song_ma_unit_dict() | {"name_lines": ["ỦY BAN NHÂN DÂN", "XÃ CHIỀNG KHƯƠNG"], "level": "xa",
                                  "place": "Chiềng Khương"}


@pytest.fixture(params=["huyen", "xa"])
def any_unit(request, store):
    data = song_ma_unit_dict() if request.param == "huyen" else commune_dict()
    return unit.set_unit(store, unit.unit_from_dict(data))


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return " ".join((page.extract_text() or "").replace("\n", " ") for page in pdf.pages)


def outside_citations(text: str, needle: str) -> list[str]:
    """Each occurrence of `needle` that no citation, period or date covers, with its context."""
    spans = protected_spans(text)
    hits = []
    for m in re.finditer(re.escape(needle), text):
        if not any(s <= m.start() and m.end() <= e for s, e in spans):
            hits.append(text[max(0, m.start() - 60):m.end() + 30])
    return hits


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_the_printed_plan_speaks_for_the_unit(store, any_unit, template_id):
    doc = templates.get_template(store, template_id)
    plan = plans.create_plan(store, template_id, 2026)
    text = pdf_text(render.render_plan(store, plan.id, "pdf", draft=True))
    source = revoice.template_voice(doc)
    body = text[text.index("như sau:"):]  # after the Căn cứ, which cites the template itself
    if source.area and source.level != any_unit.level:
        assert outside_citations(body, source.area) == []
    assert outside_citations(body, str(doc["year"])) == []
    closing = " ".join(plan.closing)
    template_closing = " ".join(doc.get("closing", []))
    assert (str(doc["year"]) in template_closing) == ("2026" in closing)  # the year moved, or was never there
    assert str(doc["year"]) not in closing
    if source.level != any_unit.level and source.area:
        assert source.area not in closing


def test_closing_and_appendix_title_name_the_district(store, song_ma_unit):
    plan = plans.create_plan(store, "bac-kan-2024", 2026)
    closing = "Trên đây là Kế hoạch tuyên truyền công tác CCHC huyện Sông Mã năm 2026"
    assert plan.closing[0].startswith(closing)
    assert "UBND huyện (qua Phòng Nội vụ)" in plan.closing[0]
    assert "2024" not in plan.appendix_title
    paragraphs = " ".join(p for s in plan.sections for p in s.paragraphs)
    assert "trên địa bàn huyện" in paragraphs and "trên địa bàn tỉnh" not in paragraphs
    assert "Ban Tuyên giáo Huyện ủy" in paragraphs
    leads = " ".join(t.lead for t in plan.tasks)
    assert "cấp tỉnh" not in leads


def test_citations_and_periods_are_never_touched(store, song_ma_unit):
    plan = plans.create_plan(store, "bac-kan-2024", 2026)
    contents = " ".join(t.content for t in plan.tasks)
    assert "Quyết định số 1814/QĐ-UBND ngày 30/9/2021 của UBND tỉnh Bắc Kạn" in contents
    assert "Ban Chấp hành Đảng bộ tỉnh về CCHC, giai đoạn 2021-2025" in contents
    kept = plans.create_plan(store, "bac-kan-2024", 2026, keep_wording=True)
    assert plan.legal_bases == kept.legal_bases  # the Căn cứ cites the template as it is
    assert "của UBND tỉnh Bắc Kạn" in plan.legal_bases[0]


def test_a_commune_from_the_district_template(store):
    unit.set_unit(store, unit.unit_from_dict(commune_dict()))
    plan = plans.create_plan(store, "song-ma-2022", 2026)
    text = " ".join([*plan.closing, *(p for s in plan.sections for p in s.paragraphs)])
    assert outside_citations(text, "huyện Sông Mã") == []
    assert "của UBND huyện Sông Mã về việc giao dự toán" in text  # a citation keeps its issuer
    assert "CCHC năm 2026 của UBND xã." in text
    assert outside_citations(text, "2022") == []


def test_unticked_rule_and_single_change_are_kept(store, song_ma_unit):
    draft, engine = plans.draft_plan(store, "bac-kan-2024", 2026)
    changes = revoice.plan_changes(draft, engine)
    one_year = next(c for c in changes if c.rule == "nam")
    plan = plans.create_plan(store, "bac-kan-2024", 2026, skip_rules={"tu-cap"}, skip_changes={one_year.id})
    texts = dict(revoice.plan_texts(plan))
    assert "của tỉnh" in " ".join(texts.values())
    assert "2024" in texts[one_year.where]  # the one occurrence unticked
    others = [c for c in changes if c.rule == "nam" and c.where != one_year.where]
    assert others and all("2024" not in texts[c.where] for c in others)
    paragraphs = " ".join(p for s in plan.sections for p in s.paragraphs)
    assert "trên địa bàn tỉnh" not in paragraphs  # the other rules still applied


def test_keep_wording_applies_none(store, song_ma_unit):
    plan = plans.create_plan(store, "bac-kan-2024", 2026, keep_wording=True)
    assert "CCHC tỉnh Bắc Kạn năm 2024" in plan.closing[0]


def test_revoiced_text_is_marked_as_changed_from_the_template(store, song_ma_unit):
    plan = plans.create_plan(store, "bac-kan-2024", 2026)
    lead = next(t for t in plan.tasks if "cấp huyện" in t.lead and "chính trị - xã hội" in t.lead)
    assert "lead" in lead.changed_fields()
    assert "cấp tỉnh" in lead.origin["fields"]["lead"]  # "Xem bản gốc" shows the template's words


def test_the_units_own_rule_wins_and_off_switches_a_builtin_off(store, song_ma_unit):
    revoice.set_rule(store, "tinh", "huyen", "ubnd", "UBND tỉnh", "Ủy ban nhân dân huyện")
    revoice.set_rule(store, "tinh", "huyen", "tu-cap", off=True)
    sources = {r.id: src for r, src in revoice.rules_for(store, "tinh", "huyen")}
    assert sources["ubnd"] == "của đơn vị" and sources["dia-ban"] == "có sẵn"
    plan = plans.create_plan(store, "bac-kan-2024", 2026)
    assert "phản ánh đến Ủy ban nhân dân huyện (qua Phòng Nội vụ)" in plan.closing[0]
    assert "của tỉnh" in " ".join(p for s in plan.sections for p in s.paragraphs)
    assert revoice.remove_rule(store, "tinh", "huyen", "tu-cap")
    assert not revoice.remove_rule(store, "tinh", "huyen", "tu-cap")


def test_revoicing_a_stored_plan_once(store, song_ma_unit):
    plan = plans.create_plan(store, "bac-kan-2024", 2026, keep_wording=True)
    changes, _ = revoice.revoice_plan(store, plan.id, dry_run=True)
    assert changes and "tỉnh Bắc Kạn" in plans.get_plan(store, plan.id).closing[0]
    changes, after = revoice.revoice_plan(store, plan.id)
    assert "huyện Sông Mã năm 2026" in after.closing[0]
    assert plans.get_plan(store, plan.id).closing == after.closing
    assert revoice.revoice_plan(store, plan.id)[0] == []  # nothing left to say differently


def test_engine_cases() -> None:
    rules = revoice.default_rules("tinh", "huyen")
    engine = Revoicer(rules, Voice("tinh", "tỉnh", "Bắc Kạn", 2024), Voice("huyen", "huyện", "Sông Mã", 2026))
    assert engine.apply("Trên địa bàn tỉnh Bắc Kạn năm 2024.") == "Trên địa bàn huyện Sông Mã năm 2026."
    assert engine.apply("Trên địa bàn tỉnh, năm 2023.") == "Trên địa bàn huyện, năm 2025."
    cited = "Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND tỉnh Bắc Kạn về CCHC năm 2024"
    assert engine.apply(cited) == cited
    assert engine.apply("giai đoạn 2021-2025 của tỉnh") == "giai đoạn 2021-2025 của huyện"
    assert engine.apply("Nghị định số 73/2023/NĐ-CP") == "Nghị định số 73/2023/NĐ-CP"
    quoted = ("theo “Chỉ thị số 03/CT-UBND ngày 22/01/2024 của Chủ tịch UBND tỉnh về nhiệm vụ, giải pháp "
              "năm 2024” của tỉnh")
    assert engine.apply(quoted) == quoted.replace("của tỉnh", "của huyện")
    same = Revoicer(revoice.default_rules("tinh", "tinh"), Voice("tinh", "tỉnh", "Bắc Kạn", 2024),
                    Voice("tinh", "tỉnh", "Bắc Kạn", 2024))
    assert same.empty


def test_a_rule_with_an_unknown_placeholder_never_matches() -> None:
    rule = RevoiceRule("x", "x", "{nothing}", "y")
    assert Revoicer([rule], Voice("tinh", "tỉnh", "A", 2024), Voice("huyen", "huyện", "B", 2025)).empty


def test_no_plan_without_a_word(store):
    """A Sở's plan from the district template proposes nothing: said plainly, nothing created."""
    from ccpropa_desktop.errors import UserError

    unit.set_unit(store, unit.unit_from_dict(song_ma_unit_dict() | {
        "name_lines": ["SỞ NỘI VỤ"], "parent_lines": ["UBND TỈNH SƠN LA"], "level": "so", "place": "Sơn La"}))
    proposals = plans.propose_tasks(store, "song-ma-2022")
    if any(p.proposed for p in proposals):
        pytest.skip("the proposal rule now proposes tasks of this template for a Sở")
    with pytest.raises(UserError) as err:
        plans.create_plan(store, "song-ma-2022", 2026)
    assert err.value.code == "no_tasks_proposed" and "--tasks" in err.value.message
    assert plans.list_plans(store) == []
    chosen = plans.create_plan(store, "song-ma-2022", 2026, task_numbers_wanted=["1"])
    assert len(chosen.tasks) == 1 and plans.plan_warnings(chosen) == []


def test_a_pointer_to_a_missing_appendix_is_flagged(store, song_ma_unit):
    from ccpropa_desktop.services import editing

    plan = plans.create_plan(store, "bac-kan-2024", 2026)
    editing.edit_section(store, plan.id, plan.sections[0].number,
                         paragraphs=["Chi tiết nhiệm vụ tại Phụ lục kèm theo."])
    assert plans.plan_warnings(plans.get_plan(store, plan.id)) == []  # it has tasks
    for task in reversed(plans.get_plan(store, plan.id).tasks):
        if task.depth == 0:
            editing.remove(store, plan.id, "tasks", task.number)
    warnings = plans.plan_warnings(plans.get_plan(store, plan.id))
    assert warnings[0].startswith("Mục «I. MỤC ĐÍCH, YÊU CẦU» nhắc tới Phụ lục")
    assert "Chi tiết nhiệm vụ tại Phụ lục kèm theo." in warnings[0]
