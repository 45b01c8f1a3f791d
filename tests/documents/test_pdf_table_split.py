"""Long appendix tables across pages: one header row per page, every cell's text kept in order.

Regression: reportlab split the table between rows, then re-split the remainder on the same page
under a second header row; and a cell that was a bare flowable lost its text when a row broke.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pdfplumber
from conftest import song_ma_unit_dict

from ccpropa_desktop.documents import nd30 as N
from ccpropa_desktop.documents.plan_document import Issue, build_plan_document
from ccpropa_desktop.documents.render_pdf import render_pdf
from ccpropa_desktop.services import plans, unit


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _render(store, template: str, extra: str = ""):
    unit.set_unit(store, unit.unit_from_dict(song_ma_unit_dict()))
    plan = plans.get_plan(store, plans.create_plan(store, template, 2024, all_tasks=True).id)
    if extra:
        plan.tasks[1].content += " " + extra
    document = build_plan_document(plan, store.get_unit(), Issue("18", dt.date(2024, 1, 13)))
    table = document.parts[-1].blocks[-1]
    total = sum(c.weight for c in table.columns)
    left = N.MARGIN_LEFT + N.LANDSCAPE_TEXT_W * table.columns[0].weight / total
    right = left + N.LANDSCAPE_TEXT_W * table.columns[1].weight / total
    with pdfplumber.open(io.BytesIO(render_pdf(document))) as pdf:
        landscape = [p for p in pdf.pages if p.width > p.height]
        texts = [p.extract_text() or "" for p in landscape]
        # below the page-number line; page 1 still has the appendix title above the table
        column = [p.crop((left, N.MARGIN_TOP - 2, right, p.height)).extract_text() or "" for p in landscape]
    return table, texts, column


def test_each_appendix_page_has_exactly_one_header_row(store) -> None:
    _table, texts, _ = _render(store, "binh-dinh-2024", "Nội dung dài. " * 120)
    assert len(texts) >= 3
    for number, text in enumerate(texts, 1):
        assert squash(text).count(squash("Cơ quan chủ trì")) == 1, f"appendix page {number}"


def test_rows_broken_across_pages_keep_all_their_text_in_order(store) -> None:
    table, _, column = _render(store, "binh-dinh-2024", "Nội dung dài. " * 120)
    body = squash("".join(column).replace(table.columns[1].label, ""))
    expected = squash("".join(row[1] for row in table.rows))
    assert body.endswith(expected)  # all of it, in order, nothing between (no second header)
    assert body.count("Nộidungdài.") == 120
