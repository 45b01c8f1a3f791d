"""The Báo cáo DOCX of the worked example against spec §16, read from the XML.

The plan's DOCX checks (test_docx_nd30) run unchanged on the report, including "same text in the
same order as the PDF"; then the report's own items: "…/BC-…", "Kính gửi:" with the same indents as
the PDF, "- Như trên;" first, the landscape "Biểu tổng hợp" with its repeated header row, and the
signature kept with the last body paragraph.
"""

from __future__ import annotations

import re

import pytest
from docx.oxml.ns import qn

from ccpropa_desktop.documents import fonts
from ccpropa_desktop.documents import nd30 as N
from ccpropa_desktop.documents.model import AppendixHeading
from ccpropa_desktop.domain.report import SUMMARY_COLUMNS

from .conftest import Rendered
from .test_docx_nd30 import (
    _number_and_date,
    cell,
    is_bold,
    is_italic,
    is_regular,
    signature_table,
    tables_in,
    top_paras,
)
from .test_docx_nd30 import test_01_sections_page_size_orientation_margins as check_01_sections
from .test_docx_nd30 import test_02_all_text_nfc as check_02_nfc
from .test_docx_nd30 import test_02_language_vietnamese_and_black as check_02_language
from .test_docx_nd30 import test_02_no_caps_effect as check_02_no_caps
from .test_docx_nd30 import test_02_runs_name_times_new_roman_in_all_four_slots as check_02_fonts
from .test_docx_nd30 import test_03_header_table_columns as check_03_columns
from .test_docx_nd30 import test_03_quoc_hieu_tieu_ngu_and_rule as check_03_quoc_hieu
from .test_docx_nd30 import test_04_issuer_chu_quan_and_rule as check_04_issuer
from .test_docx_nd30 import test_05_number_and_date_share_a_baseline as check_05_baseline
from .test_docx_nd30 import test_05_number_line as check_05_number
from .test_docx_nd30 import test_06_date_line as check_06_date
from .test_docx_nd30 import test_07_title_trich_yeu_and_rule as check_07_title
from .test_docx_nd30 import test_08_body_paragraphs as check_08_body
from .test_docx_nd30 import test_09_headings as check_09_headings
from .test_docx_nd30 import test_10_noi_nhan as check_10_noi_nhan
from .test_docx_nd30 import test_11_signature_block as check_11_signature
from .test_docx_nd30 import test_12_page_numbers_from_page_2_restarting_per_section as check_12_numbers
from .test_docx_nd30 import test_13_appendix_rule_clear_of_the_table as check_13_rule_clear
from .test_docx_nd30 import test_13_table_cells as check_13_cells
from .test_docx_nd30 import test_13_table_header_row_repeats as check_13_header_repeats
from .test_docx_nd30 import test_properties_in_schema_order as check_schema_order
from .test_docx_nd30 import test_same_text_in_the_same_order_as_the_pdf as check_same_text
from .test_report_pdf import report, report_draft, report_issued  # noqa: F401 (fixtures)


@pytest.mark.parametrize("check", [
    check_01_sections, check_02_fonts, check_02_language, check_02_no_caps, check_02_nfc, check_03_columns,
    check_03_quoc_hieu, check_04_issuer, check_05_number, check_05_baseline, check_06_date, check_07_title,
    check_08_body, check_09_headings, check_10_noi_nhan, check_11_signature, check_12_numbers,
    check_13_rule_clear, check_13_header_repeats, check_13_cells, check_schema_order, check_same_text,
], ids=lambda f: f.__name__.removeprefix("test_"))
def test_nd30_checklist(report: Rendered, check) -> None:  # noqa: F811
    check(report)


def test_bc_number_and_date(report_issued: Rendered, report_draft: Rendered) -> None:  # noqa: F811
    so, date = _number_and_date(report_issued)
    assert so.text == "Số: 25/BC-UBND" and date.text == "Sông Mã, ngày 18 tháng 6 năm 2022"
    so, date = _number_and_date(report_draft)
    assert re.fullmatch(r"Số: +/BC-UBND", so.text)
    assert re.fullmatch(r"Sông Mã, ngày +tháng +năm 2022", date.text)


def _kinh_gui(r: Rendered) -> list:
    paras = top_paras(r, 0)
    start = next(i for i, p in enumerate(paras) if p.text.startswith("Kính gửi:"))
    end = next(i for i, p in enumerate(paras) if p.text.startswith("Thực hiện Kế hoạch"))
    return paras[start:end]


def _pdf_x(r: Rendered, text: str) -> float:
    return r.pdf.one(f"^{re.escape(text)}$", 0).x0


def test_kinh_gui_one_addressee_as_in_the_pdf(report_issued: Rendered) -> None:  # noqa: F811
    (p,) = _kinh_gui(report_issued)
    assert p.text == "Kính gửi: Sở Nội vụ tỉnh Sơn La."
    assert is_regular(p) and p.sizes == {14.0} and p.jc in (None, "left", "start")
    start = p.left + (p.first_line or 0) - _hanging(p)  # twips from the text area's left edge
    assert N.MARGIN_LEFT + start / 20 == pytest.approx(_pdf_x(report_issued, p.text), abs=1)
    assert _hanging(p) == round(fonts.width("Kính gửi: ", 14) * 20)  # a wrapped name hangs under itself


def _hanging(p) -> int:
    ind = p.ppr.find(qn("w:ind"))
    value = ind.get(qn("w:hanging")) if ind is not None else None
    return int(value) if value else 0


def test_kinh_gui_several_addressees_as_in_the_pdf(report_draft: Rendered) -> None:  # noqa: F811
    label, *items = _kinh_gui(report_draft)
    assert label.text == "Kính gửi:"
    assert [p.text for p in items] == ["- Sở Nội vụ tỉnh Sơn La;",
                                       "- Ban Chỉ đạo cải cách hành chính tỉnh Sơn La."]
    colon = N.MARGIN_LEFT + label.left / 20 + fonts.width("Kính gửi", 14)
    for p in items:
        assert is_regular(p) and p.sizes == {14.0}
        dash = N.MARGIN_LEFT + (p.left - _hanging(p)) / 20
        assert dash == pytest.approx(colon, abs=0.5)  # the dash under the colon
        assert dash == pytest.approx(_pdf_x(report_draft, p.text), abs=1)


def test_noi_nhan_first_item_is_nhu_tren(report: Rendered) -> None:  # noqa: F811
    left = cell(report, signature_table(report, 0), 0, 0)
    assert left[0].text == "Nơi nhận:" and is_bold(left[0]) and is_italic(left[0])
    assert left[1].text == "- Như trên;" and left[1].sizes == {11.0}
    assert left[-1].text == "- Lưu: VT, NV, 100b."


def test_signature_kept_with_the_last_body_paragraph(report: Rendered) -> None:  # noqa: F811
    table = signature_table(report, 0)
    before = table.getprevious()
    closing = before.getprevious()
    assert "".join(t.text for t in closing.iter(qn("w:t"))).endswith("Sông Mã./.")
    for el in (closing, before):
        assert el.find(qn("w:pPr")).find(qn("w:keepNext")) is not None


def test_appendix_heading_and_table(report: Rendered) -> None:  # noqa: F811
    k = len(report.model.parts) - 1
    heading = report.model.parts[k].blocks[0]
    assert isinstance(heading, AppendixHeading)
    label, title, attached = top_paras(report, k)[:3]
    assert label.text == "Phụ lục" and is_bold(label) and label.jc == "center"
    assert title.text == ("BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH\n"
                          "6 THÁNG ĐẦU NĂM 2022") and is_bold(title)
    assert attached.text == heading.attached_line and is_italic(attached)
    assert attached.text.startswith("(Kèm theo Báo cáo số " + ("25/BC-UBND ngày 18 tháng 6 năm 2022"
                                                               if report.issued else "…/BC-UBND"))
    (table,) = tables_in(report, k)
    header = [cell(report, table, 0, c)[0].text for c in range(len(SUMMARY_COLUMNS))]
    assert header == SUMMARY_COLUMNS
    rows = report.report.rows  # type: ignore[attr-defined]
    assert len(table.findall(qn("w:tr"))) == len(rows) + 1
    total = [p.text for p in cell(report, table, len(rows), 1)]
    assert total == ["Tổng cộng"] and is_bold(cell(report, table, len(rows), 1)[0])
    figures = "\n".join(p.text for p in cell(report, table, len(rows), 3))
    assert "47 tin, bài" in figures and "kinh phí 48.500.000 đồng" in figures


def test_draft_box_only_on_the_draft(report_issued: Rendered, report_draft: Rendered) -> None:  # noqa: F811
    assert not report_issued.docx.find(r"^DỰ THẢO$")
    (box,) = report_draft.docx.find(r"^DỰ THẢO$")
    assert box.borders == {"top", "left", "bottom", "right"}
