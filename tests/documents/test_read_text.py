"""Text pasted from a PDF (issue 4, item 2): the damage repaired, seeds and PDF-like copies of them.

The PDF-like copies are made of each real seed (skipped on a plain clone, which has no raw seed plans:
conftest.SEEDS) and of the same plan written out from its built-in template (conftest.plan_text)."""

from __future__ import annotations

import sys

import pytest
from conftest import DATA, PLAN_SOURCES, SEED_FILES, plan_text, seed_text

from ccpropa_desktop.reading.assemble import assemble
from ccpropa_desktop.reading.model import RawParagraph, RawTable
from ccpropa_desktop.reading.read_text import cell_paragraphs, decode_bytes, join_lines, read_text

sys.path.insert(0, str(DATA))
import make_test_docx as make


def paragraphs(text: str) -> list[str]:
    return [b.text for b in read_text(text).blocks if isinstance(b, RawParagraph)]


def test_hard_breaks_and_blank_lines_between_lines_are_repaired():
    text = ("1. Mục đích\n\n- Tuyên truyền, phổ biến đến toàn thể cán bộ, công chức, viên\n\nchức và "
            "Nhân dân các văn bản của Trung ương.\n\n- Phát huy vai trò tích cực của các cơ quan.")
    assert paragraphs(text) == [
        "1. Mục đích",
        "- Tuyên truyền, phổ biến đến toàn thể cán bộ, công chức, viên chức và Nhân dân các văn bản "
        "của Trung ương.",
        "- Phát huy vai trò tích cực của các cơ quan."]


def test_hyphenation_at_the_margin_is_undone_and_dashes_inside_a_phrase_are_kept():
    assert join_lines(["Tổ chức các cuộc thi tìm hiểu về infor-", "mation và chính trị -", "xã hội."]) == \
        ["Tổ chức các cuộc thi tìm hiểu về information và chính trị - xã hội."]


def test_page_numbers_and_running_headers_are_dropped():
    header = "UBND huyện Sông Mã – Kế hoạch tuyên truyền CCHC năm 2022"
    body = []
    for page in range(1, 5):
        body += [f"- Nội dung số {page} của trang {page}.", "", f"- {page} -", header, f"Trang {page}/4"]
    assert paragraphs("\n".join(body)) == [f"- Nội dung số {p} của trang {p}." for p in range(1, 5)]


def test_markdown_html_and_stray_marks_are_removed():
    text = ("#### I. MỤC ĐÍCH, YÊU CẦU\n\nTrên đây là Kế hoạch (*qua Sở Nội vụ*) thực hiện./. *LSL*\n\n"
            "**TM. ỦY BAN NHÂN DÂN  \nCHỦ TỊCH**")
    assert paragraphs(text) == ["I. MỤC ĐÍCH, YÊU CẦU", "Trên đây là Kế hoạch (qua Sở Nội vụ) thực hiện./.",
                                "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_a_cell_with_html_blocks_or_inline_bullets_keeps_one_paragraph_each():
    assert cell_paragraphs("<p>Cụ thể:</p> <ul style=\"x\"> <li>- Nghị quyết số 76;</li> "
                           "<li>- Chỉ thị 26.</li></ul>") == \
        ["Cụ thể:", "- Nghị quyết số 76;", "- Chỉ thị 26."]
    assert cell_paragraphs("- Trên đài; truyền thanh; - Trên Cổng/Trang; - Tổ chức chính trị - xã hội.") == \
        ["- Trên đài; truyền thanh;", "- Trên Cổng/Trang;", "- Tổ chức chính trị - xã hội."]
    assert cell_paragraphs("- Ban hành Kế hoạch: quý II/2024 - Tổ chức cuộc thi: quý III/2024") == \
        ["- Ban hành Kế hoạch: quý II/2024", "- Tổ chức cuộc thi: quý III/2024"]


def test_tab_separated_rows_become_one_table_across_pages():
    raw = read_text(seed_text("bac-kan-2024"))
    tables = [b for b in raw.blocks if isinstance(b, RawTable)]
    assert len(tables) == 1
    assert sum(1 for row in tables[0].rows if row[0].text == "STT") == 4   # header repeated per page


def test_tab_separated_rows_with_the_header_repeated_per_page_import_as_one_table():
    lines = plan_text("bac-kan-2024").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("STT\t"))
    header, rows = lines[at], [line for line in lines[at + 1:] if line]
    assert len(rows) == 11
    for page in (9, 6, 3):          # a new page after every third row starts with the header again
        rows.insert(page, header)
    raw = read_text("\n".join([*lines[:at], header, *rows]) + "\n")
    tables = [b for b in raw.blocks if isinstance(b, RawTable)]
    assert len(tables) == 1 and len(tables[0].rows) == 15
    assert sum(1 for row in tables[0].rows if row[0].text == "STT") == 4
    assert make.differences(assemble(raw).doc, make.builtin("bac-kan-2024")) == []


def test_legacy_bytes_are_decoded_and_converted():
    tcvn3 = "KÕ ho¹ch tuyªn truyÒn c¶i c¸ch hµnh chÝnh".encode("latin-1")
    assert read_text(decode_bytes(tcvn3)).blocks[0].text == "Kế hoạch tuyên truyền cải cách hành chính"
    vni = "Keá hoaïch tuyeân truyeàn caûi caùch haønh chính".encode("cp1252")
    raw = read_text(decode_bytes(vni))
    assert (raw.blocks[0].text, raw.encoding) == ("Kế hoạch tuyên truyền cải cách hành chính", "vni")
    cp1258 = "Kê\u0301 hoa\u0323ch tuyên truyê\u0300n".encode("cp1258")   # Windows-1258: base + tone mark
    assert read_text(decode_bytes(cp1258)).blocks[0].text == "Kế hoạch tuyên truyền"


@pytest.mark.parametrize("source", PLAN_SOURCES)
@pytest.mark.parametrize("template_id", sorted(SEED_FILES))
def test_a_pdf_like_copy_at_78_columns_imports_exactly(template_id, source):
    text = make.pdf_like(plan_text(template_id, source), width=78)
    assert "-\n" in text and "- 2 -" in text      # hyphenated words and page numbers are in the copy
    assert make.differences(assemble(read_text(text)).doc, make.builtin(template_id)) == []


@pytest.mark.parametrize("source", PLAN_SOURCES)
@pytest.mark.parametrize("width", [66, 70, 84, 90, 100])
@pytest.mark.parametrize("template_id", sorted(SEED_FILES))
def test_pdf_like_copies_at_other_widths_import_within_the_tolerance(template_id, width, source):
    text = make.pdf_like(plan_text(template_id, source), width=width)
    assert make.differences(assemble(read_text(text)).doc, make.builtin(template_id), loose=True) == []


def test_cells_spilled_one_per_line_become_rows_and_ambiguous_rows_are_flagged():
    expected = make.builtin("song-ma-2022")
    lines = ["Phụ lục", "", "TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
    for task in expected["appendix"]["tasks"]:
        lines += [task["number"], *(task[k] for k in ("content", "lead", "partners", "schedule") if task[k])]
    raw = read_text("\n".join(lines))
    table = next(b for b in raw.blocks if isinstance(b, RawTable))
    assert [c.text for c in table.rows[0]] == lines[2:7]
    rows = {row[0].text: [c.text for c in row[1:]] for row in table.rows[1:]}
    assert rows["2.2"] == ["Duy trì, nâng cao chất lượng chuyên mục \"Cải cách hành chính\" trên sóng phát "
                           "thanh, truyền hình huyện", "Trung tâm Truyền thông - Văn hóa huyện",
                           "Các cơ quan, đơn vị có liên quan", "Một tuần một lần"]
    # Row 1 has an empty partners cell and row 2 three empty cells: the lines cannot tell which.
    flagged = {table.rows[i][0].text for i in table.uncertain_rows}
    assert flagged == {"1", "2"}
