"""Appendix tables (issue 11, item 7): no glyph crosses a cell's rules, and any text prints.

A row taller than a page is cut across pages inside the row; reportlab cuts a cell at the column's
full width while it measured the cell inside its padding, so the lines of a cut row ran over the
column rule (bold group rows and long words most of all) and a very long cell could not be cut at
all (LayoutError). Checked on the PDF itself: every character's x0/x1 against the vertical rules of
the cell it is drawn in, and every character against the horizontal rules.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

import pdfplumber
import pytest
from conftest import song_ma_unit_dict

from ccpropa_desktop.documents.model import AppendixHeading, Column, Document, Paragraph, Part, TaskTable
from ccpropa_desktop.documents.plan_document import Issue, build_plan_document
from ccpropa_desktop.documents.render_docx import render_docx
from ccpropa_desktop.documents.render_pdf import render_pdf
from ccpropa_desktop.services import plans, unit

from .conftest import DocxDoc

LONG_WORD = "Tuyêntruyềncảicáchhànhchínhtrênđịabànhuyện"  # wider than every narrow column below
GROUP = "TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH ĐỒNG BỘ WWW MMM TRÊN ĐỊA BÀN HUYỆN " * 60  # > 1 page, bold


def _rules(page: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The table's vertical and horizontal rules on a page (reportlab draws its grid as lines)."""
    lines = [*page.lines, *page.rects]
    vertical = [ln for ln in lines if abs(ln["x1"] - ln["x0"]) < 0.6 and ln["bottom"] - ln["top"] > 5]
    horizontal = [ln for ln in lines if abs(ln["bottom"] - ln["top"]) < 0.6 and ln["x1"] - ln["x0"] > 5]
    return vertical, horizontal


def crossings(data: bytes) -> list[str]:
    """Every character that reaches over a rule of the cell it is drawn in, as "page: char …"."""
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            vertical, horizontal = _rules(page)
            for c in page.chars:
                if not c["text"].strip():
                    continue
                middle, centre = (c["top"] + c["bottom"]) / 2, (c["x0"] + c["x1"]) / 2
                xs = sorted(v["x0"] for v in vertical if v["top"] <= middle <= v["bottom"])
                left = [x for x in xs if x <= centre]
                right = [x for x in xs if x >= centre]
                if left and right and (c["x0"] < left[-1] - 0.01 or c["x1"] > right[0] + 0.01):
                    out.append(f"p{number}: {c['text']!r} {c['x0']:.2f}–{c['x1']:.2f} between rules "
                               f"{left[-1]:.2f} and {right[0]:.2f} ({c['fontname']})")
                for h in horizontal:
                    if h["x0"] <= centre <= h["x1"] and c["top"] + 0.01 < h["top"] < c["bottom"] - 0.01:
                        out.append(f"p{number}: {c['text']!r} {c['top']:.2f}–{c['bottom']:.2f} over the "
                                   f"rule at {h['top']:.2f}")
    return out


def narrow_table() -> Document:
    """Bold group rows (one taller than a page), long words, narrow columns."""
    columns = [Column("TT", 0.4, "center"), Column("Nội dung", 2.2), Column("Hình thức", 0.9),
               Column("Thờigianthựchiện", 0.55, "center"), Column("Ghi chú", 0.5)]
    rows = [
        ["1", GROUP, f"{LONG_WORD} {LONG_WORD}", f"Quý I/2024 {LONG_WORD}", "WWWWWWWWWW MMMMMMMM"],
        ["1.1", f"Nội dung {LONG_WORD} {LONG_WORD.upper()} tiếp tục " * 3, LONG_WORD, "Quý II", "W" * 30],
        ["2", f"ĐỒNG BỘ HÓA {LONG_WORD.upper()} " * 40, "x", LONG_WORD, "ĐỒNGĐỒNGĐỒNG"],
        ["2.1", "Nhiệm vụ ngắn", "", "", ""],
    ]
    table = TaskTable(columns, rows, bold_rows={0, 2})
    heading = AppendixHeading("Phụ lục", "NHIỆM VỤ", "(Kèm theo Kế hoạch)")
    return Document([Part("portrait", [Paragraph("Kế hoạch.")]), Part("landscape", [heading, table])])


def test_the_check_sees_a_character_over_a_rule(monkeypatch) -> None:
    """The check itself: cells whose long word is left unbroken run over their rule."""
    from ccpropa_desktop.documents import pdf_cells

    wrap = pdf_cells.wrap_lines
    monkeypatch.setattr(pdf_cells, "wrap_lines", lambda text, font, size, width:
                        [text] if text == LONG_WORD else wrap(text, font, size, width))
    assert crossings(render_pdf(narrow_table()))


def test_no_glyph_crosses_a_cell_rule() -> None:
    data = render_pdf(narrow_table())
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len(pdf.pages) >= 3  # the bold group row runs over a page: it was cut inside the row
    assert crossings(data) == []


@pytest.mark.parametrize("template", ["bac-kan-2024", "binh-dinh-2024", "song-ma-2022"])
def test_builtin_templates_stay_inside_their_cells(store, template) -> None:
    """Bắc Kạn's first task is taller than a page: its lines ran 1–3 pt over the rule."""
    unit.set_unit(store, unit.unit_from_dict(song_ma_unit_dict()))
    plan = plans.get_plan(store, plans.create_plan(store, template, 2024, all_tasks=True).id)
    document = build_plan_document(plan, store.get_unit(), Issue("18", dt.date(2024, 1, 13)))
    assert crossings(render_pdf(document)) == []


# -- any text the store accepts prints ---------------------------------------------------------
WORDS = [f"từ{i}" for i in range(5000)]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def long_task() -> dict[str, Any]:
    """Bắc Kạn 2024 (five columns) with a 5,000-word first task and a 900-letter word in the second."""
    from ccpropa_desktop.services.session import memory_store

    store = memory_store()
    try:
        unit.set_unit(store, unit.unit_from_dict(song_ma_unit_dict()))
        plan = plans.get_plan(store, plans.create_plan(store, "bac-kan-2024", 2024, all_tasks=True).id)
        profile = store.get_unit()
    finally:
        store.close()
    plan.tasks[0].content = " ".join(WORDS)
    plan.tasks[1].form = LONG_WORD * 20
    document = build_plan_document(plan, profile, Issue("18", dt.date(2024, 1, 13)))
    table = document.parts[-1].blocks[-1]
    assert isinstance(table, TaskTable)
    return {"table": table, "pdf": render_pdf(document), "docx": render_docx(document)}


def _column_text(data: bytes, table: TaskTable, column: int) -> str:
    """The text of one column on every appendix page (below the page number), squashed."""
    from ccpropa_desktop.documents import nd30 as N

    total = sum(c.weight for c in table.columns)
    left = N.MARGIN_LEFT + N.LANDSCAPE_TEXT_W * sum(c.weight for c in table.columns[:column]) / total
    right = left + N.LANDSCAPE_TEXT_W * table.columns[column].weight / total
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [p for p in pdf.pages if p.width > p.height]
        text = "".join(p.crop((left, N.MARGIN_TOP - 2, right, p.height)).extract_text() or "" for p in pages)
    return _squash(text.replace(table.columns[column].label, ""))


def test_a_5000_word_task_splits_across_pdf_pages(long_task: dict[str, Any]) -> None:
    data, table = long_task["pdf"], long_task["table"]
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        assert len([p for p in pdf.pages if p.width > p.height]) >= 8
    content = _column_text(data, table, 1)
    assert _squash(" ".join(WORDS)) in content  # every word, in order, nothing between
    assert _squash(LONG_WORD * 20) in _column_text(data, table, 2)  # cut inside the word, kept whole
    assert crossings(data) == []


def test_a_5000_word_task_in_the_docx(long_task: dict[str, Any]) -> None:
    docx = DocxDoc(long_task["docx"])
    (table,) = [t for s, t in docx.tables if s == 1]
    assert " ".join(p.text for p in docx.cell_paras(table, 1, 1)).split() == WORDS
    assert "".join(p.text for p in docx.cell_paras(table, 2, 2)) == LONG_WORD * 20
