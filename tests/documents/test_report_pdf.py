"""The Báo cáo PDF of the worked example (Sông Mã, 6 tháng đầu năm 2022) against spec §16.

The plan's ND30 checks (test_pdf_nd30) run unchanged on the report: page, margins, fonts, header,
Số/date, tên loại + trích yếu, body, headings, Nơi nhận, signature, page numbers, repeated table
header. Then what only a report has (§16.15, §9, §12, §13.2): "…/BC-…", "Kính gửi:" in the 41–85 %
band with several addressees' dashes under the colon, "- Như trên;" first, the "Biểu tổng hợp"
appendix in landscape, and figures matching the report data.

Two renders: ``report_issued`` (Số 25, 18/6/2022, one addressee) and ``report_draft`` (DỰ THẢO, two
addressees).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from data.worked_example import load_worked_example

from ccpropa_desktop.documents import nd30 as N
from ccpropa_desktop.documents.model import AppendixHeading
from ccpropa_desktop.documents.plan_document import Issue
from ccpropa_desktop.documents.report_document import build_report_document
from ccpropa_desktop.domain.report import SUMMARY_COLUMNS
from ccpropa_desktop.services import reports, unit
from ccpropa_desktop.services.session import memory_store

from .conftest import LEFT_CENTRE, RIGHT_SPLIT, DocxDoc, PdfDoc, Rendered, Seg
from .test_pdf_nd30 import joined, one_line, rule_below, signature_page, squash
from .test_pdf_nd30 import test_01_margins as check_01_margins
from .test_pdf_nd30 import test_01_page_size_orientation_and_parts as check_01_pages
from .test_pdf_nd30 import test_02_all_text_in_the_times_new_roman_family as check_02_family
from .test_pdf_nd30 import test_02_all_text_nfc as check_02_nfc
from .test_pdf_nd30 import test_02_fonts_embedded as check_02_embedded
from .test_pdf_nd30 import test_03_quoc_hieu_tieu_ngu_and_rule as check_03_quoc_hieu
from .test_pdf_nd30 import test_04_issuer_chu_quan_and_rule as check_04_issuer
from .test_pdf_nd30 import test_05_number_line as check_05_number
from .test_pdf_nd30 import test_06_date_line as check_06_date
from .test_pdf_nd30 import test_07_title_trich_yeu_and_rule as check_07_title
from .test_pdf_nd30 import test_08_body_paragraphs as check_08_body
from .test_pdf_nd30 import test_09_headings as check_09_headings
from .test_pdf_nd30 import test_10_noi_nhan as check_10_noi_nhan
from .test_pdf_nd30 import test_11_signature_block as check_11_signature
from .test_pdf_nd30 import test_12_page_numbers as check_12_page_numbers
from .test_pdf_nd30 import test_13_body_refers_to_the_appendix as check_13_refers
from .test_pdf_nd30 import test_13_table_header_repeated_on_every_page as check_13_header_repeats

TOL = 0.5
PERIOD = "2022-H1"
ONE = "Sở Nội vụ tỉnh Sơn La"
TWO = "Sở Nội vụ tỉnh Sơn La\nBan Chỉ đạo cải cách hành chính tỉnh Sơn La"
LANDSCAPE_CENTRE = N.MARGIN_LEFT + N.LANDSCAPE_TEXT_W / 2


def render_report(name: str, kinh_gui: str, issue: Issue) -> Rendered:
    """The worked example's H1 report through the service, plus the model it was built from."""
    store = memory_store()
    try:
        pid = load_worked_example(store)
        reports.edit_report(store, pid, PERIOD, "kinh_gui", kinh_gui)
        kwargs = dict(draft=True) if issue.draft else dict(draft=False, number=issue.number, date=issue.date)
        pdf = reports.render_report(store, pid, PERIOD, "pdf", **kwargs)
        docx = reports.render_report(store, pid, PERIOD, "docx", **kwargs)
        report = reports.report_data(store, pid, PERIOD)
        model = build_report_document(report, unit.get_unit(store), issue)
    finally:
        store.close()
    rendered = Rendered(name, model, PdfDoc(pdf), DocxDoc(docx), not issue.draft, "A")
    rendered.report = report  # type: ignore[attr-defined]
    return rendered


@pytest.fixture(scope="session")
def report_issued() -> Rendered:
    return render_report("report_issued", ONE, Issue("25", dt.date(2022, 6, 18)))


@pytest.fixture(scope="session")
def report_draft() -> Rendered:
    return render_report("report_draft", TWO, Issue(None, None, draft=True))


@pytest.fixture(params=["report_issued", "report_draft"])
def report(request: pytest.FixtureRequest) -> Rendered:
    return request.getfixturevalue(request.param)


# -- the plan's ND30 checks, on the report --------------------------------------------------------
@pytest.mark.parametrize("check", [
    check_01_pages, check_01_margins, check_02_family, check_02_embedded, check_02_nfc, check_03_quoc_hieu,
    check_04_issuer, check_05_number, check_06_date, check_07_title, check_08_body, check_09_headings,
    check_10_noi_nhan, check_11_signature, check_12_page_numbers, check_13_refers, check_13_header_repeats,
], ids=lambda f: f.__name__.removeprefix("test_"))
def test_nd30_checklist(report: Rendered, check) -> None:
    check(report)


# -- §16.15 and §12: the report's own items --------------------------------------------------------
def test_bc_number_and_date(report_issued: Rendered, report_draft: Rendered) -> None:
    assert report_issued.pdf.one(r"^Số:", 0).text == "Số: 25/BC-UBND"
    assert report_issued.pdf.one(r", ngày ", 0).text == "Sông Mã, ngày 18 tháng 6 năm 2022"
    assert re.fullmatch(r"Số: +/BC-UBND", report_draft.pdf.one(r"^Số:", 0).text)
    assert re.fullmatch(r"Sông Mã, ngày +tháng +năm 2022", report_draft.pdf.one(r", ngày", 0).text)


def test_ten_loai_and_trich_yeu(report: Rendered) -> None:
    kind = one_line(report, "BÁO CÁO", 0)
    lines = [s for s in report.pdf.body_segs(0) if kind.baseline < s.baseline and s.bold and s.size == 14]
    assert joined(lines[:2]) == ("Kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính "
                                 "6 tháng đầu năm 2022")
    assert lines[1].text == "6 tháng đầu năm 2022"  # the period on a line of its own


def _kinh_gui(r: Rendered) -> list[Seg]:
    start = r.pdf.one(r"^Kính gửi:", 0)
    segs = r.pdf.body_segs(0)
    first_body = next(s for s in segs if s.baseline > start.baseline and abs(s.x0 - N.MARGIN_LEFT -
                                                                              N.BODY_INDENT) <= TOL)
    return [s for s in segs if start.baseline <= s.baseline < first_body.baseline]


def test_kinh_gui_one_addressee(report_issued: Rendered) -> None:
    (line,) = _kinh_gui(report_issued)
    assert line.text == "Kính gửi: Sở Nội vụ tỉnh Sơn La."
    assert line.regular and line.sizes == {14.0}
    rule = rule_below(report_issued, 0, one_line(report_issued, "6 tháng đầu năm 2022", 0),
                      N.MARGIN_LEFT + N.TEXT_W / 2)
    assert line.top > rule["top"]  # below the trích yếu and its rule (ô 9a under 5a)
    band = (line.x0 - N.MARGIN_LEFT) / N.TEXT_W, (line.x1 - N.MARGIN_LEFT) / N.TEXT_W
    assert band[0] >= 0.41 - 0.01 and band[1] <= 0.85 + 0.01, band  # centre-right (spec §2)
    assert (band[0] + band[1]) / 2 == pytest.approx(0.63, abs=0.01)  # centred in the band


def test_kinh_gui_several_addressees_dashes_under_the_colon(report_draft: Rendered) -> None:
    label, *items = _kinh_gui(report_draft)
    assert label.text == "Kính gửi:" and label.regular and label.sizes == {14.0}
    assert [s.text for s in items] == ["- Sở Nội vụ tỉnh Sơn La;",
                                       "- Ban Chỉ đạo cải cách hành chính tỉnh Sơn La."]
    colon = next(c for c in label.chars if c["text"] == ":")
    for s in items:
        assert s.x0 == pytest.approx(colon["x0"], abs=TOL), s  # aligned under the colon (ND30 II.9.d)
        assert s.regular and s.sizes == {14.0}
    # wider than the 41–85 % band: the block ends where the band ends (spec §2)
    assert (max(s.x1 for s in items) - N.MARGIN_LEFT) / N.TEXT_W == pytest.approx(0.85, abs=0.01)
    assert label.x0 > N.MARGIN_LEFT


def test_noi_nhan_starts_with_nhu_tren(report: Rendered) -> None:
    page = signature_page(report, 0)
    nn = report.pdf.one(r"^Nơi nhận:$", page)
    items = [s.text for s in report.pdf.body_segs(page) if s.baseline > nn.baseline and s.x1 <= RIGHT_SPLIT]
    assert items[0] == "- Như trên;"
    assert items[-1] == "- Lưu: VT, NV, 100b."
    assert "- Sở Nội vụ tỉnh;" not in items  # the addressee is "Như trên"


def test_signature_shares_its_page_with_the_closing_line(report: Rendered) -> None:
    page = signature_page(report, 0)
    closing = report.pdf.find(r"Sông Mã\./\.$")
    assert closing and closing[-1].page == page


def test_appendix_heading_landscape(report: Rendered) -> None:
    k = len(report.model.parts) - 1
    heading = report.model.parts[k].blocks[0]
    assert isinstance(heading, AppendixHeading)
    page = report.pdf.part_starts[k]
    assert report.pdf.landscape(page)
    label = one_line(report, "Phụ lục", page)
    assert label.bold and label.sizes == {14.0}
    assert label.centre == pytest.approx(LANDSCAPE_CENTRE, abs=1)
    title = [one_line(report, t, page) for t in heading.title.split("\n")]
    assert [s.text for s in title] == [
        "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH", "6 THÁNG ĐẦU NĂM 2022"]
    for s in title:
        assert s.bold and 13 <= s.size <= 14 and s.centre == pytest.approx(LANDSCAPE_CENTRE, abs=1)
    rule = rule_below(report, page, title[-1], LANDSCAPE_CENTRE, within=60)
    attached = [s for s in report.pdf.body_segs(page) if title[-1].baseline < s.baseline < rule["top"]]
    expected = ("(Kèm theo Báo cáo số 25/BC-UBND ngày 18 tháng 6 năm 2022 của Ủy ban nhân dân huyện Sông Mã)"
                if report.issued else
                "(Kèm theo Báo cáo số …/BC-UBND ngày … tháng … năm 2022 của Ủy ban nhân dân huyện Sông Mã)")
    assert joined(attached) == expected == heading.attached_line
    for s in attached:
        assert s.italic and 13 <= s.size <= 14
    widest = max(s.width for s in attached)
    assert widest / 3 - 1 <= rule["x1"] - rule["x0"] <= widest / 2 + 1


def test_appendix_table_columns_rows_and_figures(report: Rendered) -> None:
    k = len(report.model.parts) - 1
    pages = report.pdf.part_pages(k)
    assert len(pages) >= 2 and all(report.pdf.landscape(i) for i in pages)
    assert [c.label for c in report.table.columns] == SUMMARY_COLUMNS
    text = squash(" ".join(report.pdf.page_text(i) for i in pages))
    rows = report.report.rows  # type: ignore[attr-defined]
    cursor = 0
    for row in rows:  # every row's task, in plan order
        found = text.find(squash(row.task), cursor)
        assert found >= 0, row.task
        cursor = found
    for figure in ("47tin,bài", "1.215lượtngười", "kinhphí48.500.000đồng", "Hoànthành2/7(28,6%)"):
        assert figure in text
    total = report.pdf.one(r"^Tổng cộng$")
    assert total.bold and total.page == pages[-1]


def test_draft_mark_only_on_the_draft(report_issued: Rendered, report_draft: Rendered) -> None:
    chars = "".join(c["text"] for c in report_issued.pdf.all_chars())
    assert "DỰ THẢO" not in chars and not report_issued.pdf.pages[0].rects
    box = report_draft.pdf.one(r"^DỰ THẢO$", 0)
    assert box.bold and box.centre == pytest.approx(LEFT_CENTRE, abs=1)
    for page in report_draft.pdf.pages:
        assert squash("".join(c["text"] for c in page.chars if c["size"] > 50)) == "DỰTHẢO"


def test_body_says_what_the_report_data_says(report: Rendered) -> None:
    body = squash(" ".join(report.pdf.page_text(i) for i in report.pdf.part_pages(0)))
    for needle in ("Thực hiện Kế hoạch số 18/KH-UBND ngày 13/01/2022 của Ủy ban nhân dân huyện Sông Mã",
                   "Tỷ lệ hoàn thành: 28,6% (2/7 nhiệm vụ",
                   "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2022",
                   "(Chi tiết tại Phụ lục kèm theo)"):
        assert squash(needle) in body, needle
