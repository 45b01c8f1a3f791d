"""Document parts of a plan (issue 11, item 3): the opening apart from the căn cứ, the checks of
`plan_parts.set_parts` (all or nothing), the defaults of resources/documents/decision.json by level
and date, and how each part is printed: form A's căn cứ + opening, form B's Quyết định căn cứ (the
law that gives the power, the template, "Theo đề nghị của …"), signer, Nơi nhận, "(Kèm theo …)"."""

from __future__ import annotations

import datetime as dt
import io
import json

import docx
import pdfplumber
import pytest

from ccpropa_desktop.documents import decision_data
from ccpropa_desktop.documents.model import Paragraph, Signature
from ccpropa_desktop.documents.plan_document import AppendixHeading, Issue, build_plan_document
from ccpropa_desktop.domain.model import Signer
from ccpropa_desktop.domain.plan_parts import authority_problem, form_a_bases, split_opening
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import plan_parts, plans, render, unit

LINE = ("Căn cứ Kế hoạch số 18/KH-UBND ngày 13/01/2022 của UBND huyện Sông Mã về tuyên truyền năm 2022; "
        "UBND huyện Sông Mã xây dựng Kế hoạch tuyên truyền năm 2024, như sau:")


def plan_row(store, plan_id: int) -> dict:
    return next(store.db.query("select * from plans where id = ?", [plan_id]))


def bases_of(document) -> list[str]:
    return [b.text for b in document.parts[0].blocks if isinstance(b, Paragraph) and b.style == "basis"]


def signature_of(document) -> Signature:
    return next(b for b in document.parts[0].blocks if isinstance(b, Signature))


@pytest.fixture
def plan(store, song_ma_unit):
    return plans.create_plan(store, "song-ma-2022", 2024)


# -- the opening --------------------------------------------------------------------------------------
def test_split_opening_takes_the_lead_in_off_the_last_line():
    head, opening = LINE.split("; UBND")
    assert split_opening(["Căn cứ A", LINE]) == (["Căn cứ A", head], "UBND" + opening)
    assert form_a_bases(["Căn cứ A", head], "UBND" + opening) == ["Căn cứ A", LINE]  # prints as before
    seed = "Căn cứ Quyết định số 5307/QĐ-UBND, UBND huyện Sông Mã xây dựng Kế hoạch, như sau:"
    assert split_opening([seed]) == ([seed], "")  # another shape: kept whole, printed as written
    assert split_opening(["Căn cứ A; Căn cứ B"]) == (["Căn cứ A; Căn cứ B"], "")
    assert split_opening([]) == ([], "")
    alone = "UBND huyện xây dựng Kế hoạch như sau:"
    assert form_a_bases([], alone) == [alone]


def test_a_new_plan_stores_its_opening_apart(store, plan):
    """`plan new` writes "Căn cứ <template>; UBND huyện … xây dựng Kế hoạch …, như sau:" in one
    line; the store keeps the two apart, and a Kế hoạch prints them as that one line again."""
    row = plan_row(store, plan.id)
    assert json.loads(row["legal_bases"]) == plan.legal_bases and len(plan.legal_bases) == 1
    assert row["opening"] == plan.opening
    assert plan.opening.startswith("UBND huyện Sông Mã xây dựng Kế hoạch")
    assert plan.opening.endswith("như sau:") and not plan.legal_bases[0].endswith("như sau:")
    document = build_plan_document(plan, unit.get_unit(store), Issue(draft=True))
    assert bases_of(document) == [f"{plan.legal_bases[0]}; {plan.opening}"]


def test_a_plan_stored_in_one_line_reads_apart(store, plan):
    """A row whose last căn cứ carries the opening (written by an older step) reads the same way."""
    store.db.execute("update plans set legal_bases = ?, opening = '' where id = ?",
                     [json.dumps([f"{plan.legal_bases[0]}; {plan.opening}"], ensure_ascii=False), plan.id])
    again = plans.get_plan(store, plan.id)
    assert (again.legal_bases, again.opening) == (plan.legal_bases, plan.opening)
    plan_parts.set_parts(store, plan.id, {"closing": ["Kết."]})
    assert plan_row(store, plan.id)["opening"] == ""  # not written: still read apart
    plan_parts.set_parts(store, plan.id, {"appendix_note": "(Kèm theo X)", "opening": plan.opening})
    row = plan_row(store, plan.id)  # written with the opening: both stored apart, nothing doubled
    assert (json.loads(row["legal_bases"]), row["opening"]) == (plan.legal_bases, plan.opening)


def test_saving_any_part_stores_the_bases_and_opening_apart(store, plan):
    opening = plan.opening
    plan_parts.set_parts(store, plan.id, {"closing": ["Kết."]})
    assert plan_row(store, plan.id)["opening"] == opening
    plan_parts.set_parts(store, plan.id, {"legal_bases": [*plan.legal_bases, "Căn cứ B"]})
    row = plan_row(store, plan.id)
    assert json.loads(row["legal_bases"]) == [*plan.legal_bases, "Căn cứ B"] and row["opening"] == opening
    document = build_plan_document(plans.get_plan(store, plan.id), unit.get_unit(store), Issue(draft=True))
    assert bases_of(document) == [plan.legal_bases[0], f"Căn cứ B; {opening}"]


# -- checks: all or nothing ---------------------------------------------------------------------------
@pytest.mark.parametrize(("values", "code", "says"), [
    ({"form": "C"}, "form_invalid", "Hình thức ban hành"),
    ({"title": " "}, "title_invalid", "Trích yếu không được để trống"),
    ({"appendix_title": ""}, "appendix_title_invalid", "Tên phụ lục"),
    ({"signer": {"authority": "T/M UBND"}}, "authority_invalid", "TM., KT., Q., TL. hoặc TUQ."),
    ({"signer": {"authority": "TM. ỦY BAN NHÂN DÂN\nK/T CHỦ TỊCH"}}, "authority_invalid", "K/T CHỦ TỊCH"),
    ({"signer": {"who": "x"}}, "part_invalid", "Người ký"),
    ({"recipients": "Sở Nội vụ"}, "part_invalid", "danh sách"),
    ({"legal_bases": [1, 2]}, "part_invalid", "danh sách"),
    ({"nothing": "x"}, "part_invalid", "Không có phần"),
])
def test_a_bad_value_changes_nothing(store, plan, values, code, says):
    before = plan_row(store, plan.id)
    with pytest.raises(UserError) as err:
        plan_parts.set_parts(store, plan.id, {"title": "Trích yếu mới", **values})
    assert err.value.code == code and says in err.value.message
    assert plan_row(store, plan.id) == before


def test_values_are_cleaned_as_stored(store, plan):
    saved = plan_parts.set_parts(store, plan.id, {
        "title": " Tuyên  truyền\nCCHC ",
        "signer": Signer("tm. ủy ban nhân dân\n kt. chủ tịch", "phó chủ tịch", ""),
        "proposer": "Xét đề nghị của Trưởng phòng Nội vụ.", "power_basis": " ",
        "appendix_note": "Kèm theo X",
        "recipients": ["Sở Nội vụ", "  ", "Lưu: VT"], "form": "b"})
    assert saved.title == "Tuyên truyền CCHC" and saved.form == "B"
    assert saved.signer == Signer("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "")
    assert (saved.proposer, saved.power_basis) == ("Trưởng phòng Nội vụ", None)
    assert saved.appendix_note == "(Kèm theo X)"
    assert saved.recipients == ["Sở Nội vụ", "Lưu: VT"]
    assert authority_problem("TUQ. CHỦ TỊCH") is None and authority_problem("Q. GIÁM ĐỐC") is None


# -- defaults by level and date -----------------------------------------------------------------------
@pytest.mark.parametrize(("day", "law"), [
    (dt.date(2022, 1, 13), "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Sửa đổi"),
    (dt.date(2025, 2, 28), "ngày 19 tháng 6 năm 2015"),
    (dt.date(2025, 3, 1), "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025"),
    (dt.date(2025, 6, 16), "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15"),
    (dt.date(2026, 1, 5), "số 72/2025/QH15"),
])
def test_the_law_in_force_on_the_day(day, law):
    for level in ("huyen", "tinh", "xa"):
        assert law in decision_data.power_basis(level, day)
    assert "Sở Nội vụ" in decision_data.power_basis("so", day, "Sở Nội vụ")


def test_proposer_by_level_and_draft_day():
    assert decision_data.proposer("huyen") == "Trưởng phòng Nội vụ"
    assert decision_data.proposer("tinh") == "Giám đốc Sở Nội vụ"
    assert decision_data.proposer("so") == "Chánh Văn phòng Sở"
    today = dt.date(2025, 12, 2)
    assert decision_data.draft_day(2026, today) == dt.date(2026, 1, 1)
    assert decision_data.draft_day(2025, today) == today
    assert decision_data.draft_day(2022, today) == dt.date(2022, 12, 31)


def test_defaults_tell_what_empty_parts_print(store, plan):
    defaults = plan_parts.defaults(store, plan)
    assert defaults["signer"] == unit.get_unit(store).signer
    assert defaults["recipients"] == unit.get_unit(store).recipients
    assert defaults["proposer"] == "Trưởng phòng Nội vụ"
    assert "ngày 19 tháng 6 năm 2015" in defaults["power_basis"]  # a 2024 plan
    assert defaults["appendix_note"] == ("(Kèm theo Kế hoạch số …/KH-UBND ngày … tháng … năm 2024 của Ủy ban "
                                         "nhân dân huyện Sông Mã)")
    assert defaults["data_file"].endswith("decision.json")


# -- printing -----------------------------------------------------------------------------------------
def test_form_b_cites_the_law_then_the_template_then_the_proposer(store, plan):
    document = build_plan_document(plan, unit.get_unit(store), Issue("25", dt.date(2024, 3, 14)), form="B")
    bases = bases_of(document)
    assert bases[0] == ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Sửa đổi, "
                        "bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa "
                        "phương ngày 22 tháng 11 năm 2019;")
    assert bases[1] == f"{plan.legal_bases[0]};"
    assert bases[2] == "Theo đề nghị của Trưởng phòng Nội vụ."
    assert not any("như sau" in b for b in bases)
    later = build_plan_document(plan, unit.get_unit(store), Issue("3", dt.date(2026, 1, 10)), form="B")
    assert bases_of(later)[0] == "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;"


def test_the_plans_own_signer_recipients_and_appendix_line(store, plan):
    plan = plan_parts.set_parts(store, plan.id, {
        "signer": Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình"),
        "recipients": ["Sở Nội vụ tỉnh", "Lưu: VT, NV"], "appendix_note": "(Kèm theo Kế hoạch số 05)"})
    document = build_plan_document(plan, unit.get_unit(store), Issue("5", dt.date(2024, 2, 9)))
    signature = signature_of(document)
    assert signature.authority_lines == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert signature.name == "Nguyễn Văn Bình"
    assert signature.recipients[0] == "- Sở Nội vụ tỉnh;" and signature.recipients[-1] == "- Lưu: VT, NV."
    assert len(signature.recipients) == 2
    heading = next(b for p in document.parts for b in p.blocks if isinstance(b, AppendixHeading))
    assert heading.attached_line == "(Kèm theo Kế hoạch số 05)"
    # Only the name set: the rest from the unit profile.
    plan = plan_parts.set_parts(store, plan.id, {"signer": Signer(name="Lò Văn Minh"), "recipients": []})
    signature = signature_of(build_plan_document(plan, unit.get_unit(store), Issue(draft=True)))
    assert signature.authority_lines == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert signature.name == "Lò Văn Minh"
    assert any("TT Huyện ủy" in r for r in signature.recipients)
    # A Quyết định signed by a deputy: "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH", the head's authority line.
    plan = plan_parts.set_parts(store, plan.id, {"signer": Signer("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Bình")})
    decision = build_plan_document(plan, unit.get_unit(store), Issue(draft=True), form="B")
    assert signature_of(decision).authority_lines == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert decision.parts[0].blocks[1].after == ["CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN SÔNG MÃ"]


def squash(text: str) -> str:
    return " ".join(text.split())


def test_form_b_basis_in_the_pdf_and_the_docx(store, plan):
    plan_parts.set_parts(store, plan.id, {"form": "B"})
    pdf = render.render_plan(store, plan.id, "pdf", number="25", date=dt.date(2024, 3, 14), form="B")
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        first = squash(document.pages[0].extract_text())
    law = first.index("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015")
    template = first.index("Căn cứ Kế hoạch số 18/KH-UBND")
    proposer = first.index("Theo đề nghị của Trưởng phòng Nội vụ.")
    assert law < template < proposer < first.index("QUYẾT ĐỊNH:")
    assert "như sau" not in first[:first.index("QUYẾT ĐỊNH:")]
    data = render.render_plan(store, plan.id, "docx", number="25", date=dt.date(2024, 3, 14), form="B")
    paragraphs = [p for p in docx.Document(io.BytesIO(data)).paragraphs if p.text.strip()]
    texts = [p.text for p in paragraphs]
    start = next(i for i, t in enumerate(texts) if t.startswith("Căn cứ Luật Tổ chức chính quyền"))
    assert texts[start + 1].startswith("Căn cứ Kế hoạch số 18/KH-UBND")
    assert texts[start + 2] == "Theo đề nghị của Trưởng phòng Nội vụ."
    assert texts[start + 3] == "QUYẾT ĐỊNH:"
    assert all(r.italic for r in paragraphs[start + 2].runs)  # styled as the căn cứ
