"""The printed task sheets (issue 15, item 3): one PDF and one DOCX per agency of the worked example,
read back with pdfplumber and python-docx. Each sheet's tables hold exactly its tasks, schedules and
deadlines, and its reporting calendar; the layout is the ND30 attachment page (spec §10) with the
"(Trích Kế hoạch số …)" line, A4 portrait, ND30 margins and fonts, page numbers from page 2."""

from __future__ import annotations

import io

import docx
import pdfplumber
import pytest
from data.worked_example import load_worked_example

from ccpropa_desktop.documents import nd30 as N
from ccpropa_desktop.documents.sheet_document import build_sheet_document
from ccpropa_desktop.domain.sheets import Sheet, SheetSet, short_date
from ccpropa_desktop.services import sheets
from ccpropa_desktop.services.render import render_bytes
from ccpropa_desktop.services.session import memory_store

from .conftest import WATERMARK_MIN_SIZE, PdfDoc, base_font

EXTRACT = "(Trích Kế hoạch số 18/KH-UBND ngày 13 tháng 01 năm 2022 của Ủy ban nhân dân huyện Sông Mã)"
AGENCIES = ["UBND các xã, thị trấn", "Văn phòng HĐND và UBND huyện", "Trung tâm Truyền thông - Văn hóa huyện",
            "Phòng Văn hóa và Thông tin", "Bưu điện huyện", "Phòng Nội vụ"]
REPORT_HEADER = ["Kỳ báo cáo", "Số liệu tính từ ngày … đến ngày …", "Hạn gửi báo cáo", "Nhiệm vụ báo cáo"]


def squash(text: str | None) -> str:
    return " ".join((text or "").split())


@pytest.fixture(scope="module")
def rendered() -> tuple[SheetSet, dict[str, bytes], dict[str, bytes]]:
    store = memory_store()
    try:
        plan_id = load_worked_example(store)
        found = sheets.sheet_set(store, plan_id)
        names = [s.name for s in found.sheets]
        pdfs = {n: data for n, (_, data) in zip(names, sheets.render_sheets(found, "pdf"), strict=True)}
        docs = {n: data for n, (_, data) in zip(names, sheets.render_sheets(found, "docx"), strict=True)}
        draft = sheets.sheet_set(store, plan_id, draft=True)
        pdfs["(draft)"] = render_bytes(build_sheet_document(draft.sheets[0], draft), "pdf")
    finally:
        store.close()
    return found, pdfs, docs


def expected_tables(sheet: Sheet) -> list[list[list[str]]]:
    """The rows each table of the sheet must show, header first, in order."""
    tables = []
    for tasks, other in ((sheet.lead, "Cơ quan phối hợp"), (sheet.partner, "Cơ quan chủ trì"),
                         (sheet.common, "Vai trò")):
        if tasks:
            tables.append([["TT", "Nhiệm vụ", other, "Thời gian thực hiện", "Hạn"],
                           *[[t.number, t.content, t.others, t.schedule, t.due] for t in tasks]])
    rows = [[r.label, f"{short_date(r.window[0])} – {short_date(r.window[1])}", short_date(r.due),
             ", ".join(r.numbers)] for r in sheet.reports]
    tables.append([REPORT_HEADER, *rows])
    return tables


def pdf_tables(data: bytes) -> list[list[list[str]]]:
    """Every table of the PDF, a table continued on the next page (its header repeated) joined."""
    out: list[list[list[str]]] = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page_index, page in enumerate(pdf.pages):
            for t_index, table in enumerate(page.extract_tables()):
                rows = [[squash(c) for c in row] for row in table]
                if page_index and t_index == 0 and out and rows[0] == out[-1][0]:
                    out[-1] += rows[1:]  # the header row repeated on the new page
                else:
                    out.append(rows)
    return out


def test_one_sheet_per_agency(rendered):
    found, pdfs, _ = rendered
    assert [s.name for s in found.sheets] == AGENCIES
    assert [f"nhiem-vu-{s.file_stem}.pdf" for s in found.sheets] == [
        "nhiem-vu-ubnd-cac-xa-thi-tran.pdf", "nhiem-vu-van-phong-hdnd-va-ubnd-huyen.pdf",
        "nhiem-vu-trung-tam-truyen-thong-van-hoa-huyen.pdf", "nhiem-vu-phong-van-hoa-va-thong-tin.pdf",
        "nhiem-vu-buu-dien-huyen.pdf", "nhiem-vu-phong-noi-vu.pdf"]
    for sheet in found.sheets:
        pdf = PdfDoc(pdfs[sheet.name])
        text = squash(" ".join(pdf.page_text(i) for i in range(len(pdf.pages))))
        assert f"NHIỆM VỤ CỦA {sheet.name.upper()}" in text
        assert EXTRACT in text
        for other in AGENCIES:  # no other agency's sheet title
            if other != sheet.name:
                assert f"NHIỆM VỤ CỦA {other.upper()}" not in text


@pytest.mark.parametrize("name", AGENCIES)
def test_pdf_tables_hold_the_tasks_and_deadlines(rendered, name):
    found, pdfs, _ = rendered
    sheet = next(s for s in found.sheets if s.name == name)
    want = [[[squash(c) for c in row] for row in table] for table in expected_tables(sheet)]
    assert pdf_tables(pdfs[name]) == want


@pytest.mark.parametrize("name", AGENCIES)
def test_docx_cells_hold_the_tasks_and_deadlines(rendered, name):
    found, _, docs = rendered
    sheet = next(s for s in found.sheets if s.name == name)
    document = docx.Document(io.BytesIO(docs[name]))
    got = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    assert got == expected_tables(sheet)
    texts = [p.text for p in document.paragraphs]
    assert f"NHIỆM VỤ CỦA {name.upper()}" in texts and EXTRACT in texts


def test_the_deadlines_are_the_plans(rendered):
    """Spot checks against the plan itself, not the sheet data: what an officer reads."""
    _, pdfs, docs = rendered
    vhtt = pdf_tables(pdfs["Phòng Văn hóa và Thông tin"])
    lead = {row[0]: row for row in vhtt[0][1:]}
    assert lead["3"][3:] == ["Quý II, III năm 2022", "30/09/2022"]
    assert lead["4"][3:] == ["Trong năm 2022", "30/06/2022"]  # the hand-set due date
    calendar = {row[0]: row[1:] for row in vhtt[-1][1:]}
    assert calendar == {"Quý I năm 2022": ["15/12/2021 – 14/03/2022", "15/03/2022", "1, 4"],
                        "6 tháng đầu năm 2022": ["15/12/2021 – 14/06/2022", "15/06/2022", "1, 3, 4"],
                        "Quý III năm 2022": ["15/06/2022 – 14/09/2022", "15/09/2022", "1, 3"],
                        "Năm 2022": ["15/12/2021 – 14/12/2022", "15/12/2022", "1, 3, 4"]}
    text = squash(PdfDoc(pdfs["Phòng Văn hóa và Thông tin"]).page_text(0))
    assert "báo cáo kết quả thực hiện các nhiệm vụ trên về Phòng Nội vụ" in text
    nv = squash(" ".join(PdfDoc(pdfs["Phòng Nội vụ"]).page_text(i)
                         for i in range(len(PdfDoc(pdfs["Phòng Nội vụ"]).pages))))
    assert "Phòng Nội vụ tổng hợp kết quả của các cơ quan, đơn vị" in nv
    xa = docx.Document(io.BytesIO(docs["UBND các xã, thị trấn"]))
    assert xa.tables[0].rows[3].cells[4].text == "Cuối mỗi tháng (12 lần, đến 31/12/2022)"


@pytest.mark.parametrize("name", AGENCIES)
def test_nd30_attachment_layout(rendered, name):
    _, pdfs, _ = rendered
    pdf = PdfDoc(pdfs[name])
    for index, page in enumerate(pdf.pages):
        assert (round(page.width, 2), round(page.height, 2)) == (595.28, 841.89)  # A4 portrait
        for seg in pdf.body_segs(index):
            assert seg.x0 >= N.MARGIN_LEFT - 0.5 and seg.x1 <= page.width - N.MARGIN_RIGHT + 0.5, seg
            assert seg.bottom <= page.height - N.MARGIN_BOTTOM + 1, seg
        assert {base_font(c["fontname"]).split("-")[0] for c in page.chars} == {"LiberationSerif"}
    assert pdf.number_segs(0) == []  # no number on page 1
    for index in range(1, len(pdf.pages)):
        assert [s.text for s in pdf.number_segs(index)] == [str(index + 1)]
    assert not pdf.find(N.QUOC_HIEU)  # an extract: no Quốc hiệu, no number, no signature
    title = pdf.one(r"^NHIỆM VỤ CỦA ", 0)
    assert title.bold and title.size == N.TITLE_SIZE
    assert abs(title.centre - (N.MARGIN_LEFT + N.TEXT_W / 2)) < 1.5
    note = pdf.one(r"^\(Trích Kế hoạch số 18/KH-UBND", 0)
    assert note.italic and note.size == N.TITLE_SIZE


def test_a_draft_sheet_says_so(rendered):
    _, pdfs, _ = rendered
    with pdfplumber.open(io.BytesIO(pdfs["(draft)"])) as pdf:
        big = "".join(c["text"] for c in pdf.pages[0].chars if c["size"] > WATERMARK_MIN_SIZE)
        text = squash(pdf.pages[0].extract_text())
    assert big == "DỰ THẢO"
    assert "(Trích dự thảo Kế hoạch của Ủy ban nhân dân huyện Sông Mã, chưa ban hành)" in text
    with pdfplumber.open(io.BytesIO(pdfs["Phòng Nội vụ"])) as pdf:
        assert not [c for c in pdf.pages[0].chars if c["size"] > WATERMARK_MIN_SIZE]
