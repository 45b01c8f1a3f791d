"""Report → XLSX with openpyxl: the "Biểu tổng hợp" and the summed figures, for people who work on
the numbers in a spreadsheet.

Figures are written as numbers with a number format, never as text, so they sum and sort.
Excel's format codes always use "," for grouping and "." for decimals; the program shows them with
the separators of the reader's locale, so a Vietnamese Windows prints 1.234.567 and 12,5 (spec §14).
Print setup: A4 landscape, fit to one page wide, the table's header row repeated on every page.
"""

from __future__ import annotations

import datetime as dt
import io
from copy import copy

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ccpropa_desktop.domain.model import UnitProfile
from ccpropa_desktop.domain.report import SUMMARY_COLUMNS, Report, metric_label

from . import fonts
from .formats import printable

INTEGER = "#,##0"
DECIMAL = "#,##0.0#"
PERCENT = "0.0%"
FONT = fonts.DOCX_FONT
SIZE = 12
TEXT_WIDTHS = [6, 48, 24, 36, 18, 22]  # characters: STT, Nhiệm vụ, Chủ trì, Kết quả, Tiến độ, Ghi chú
METRIC_WIDTH = 13
RATE_LABEL = "Tỷ lệ hoàn thành = hoàn thành / (tổng số − không thực hiện)"
_THIN = Side(style="thin", color="000000")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def number_format(value: float) -> str:
    return INTEGER if float(value).is_integer() else DECIMAL


class Styler:
    """Applies a cell style through openpyxl's public attributes once per distinct style, then
    copies the resulting style indices to other cells: setting Font/Alignment/Border objects on
    every cell costs a hash of each object per cell (most of the time of a 300-row sheet)."""

    def __init__(self) -> None:
        self._cache: dict[tuple, object] = {}

    def __call__(self, cell, *, bold: bool = False, italic: bool = False, h: str = "left", v: str = "top",
                 wrap: bool = True, border: bool = True, fmt: str | None = None) -> None:
        key = (bold, italic, h, v, wrap, border, fmt)
        cached = self._cache.get(key)
        if cached is not None:
            cell._style = copy(cached)
            return
        cell.font = Font(name=FONT, size=SIZE, bold=bold, italic=italic)
        cell.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
        if border:
            cell.border = GRID
        if fmt:
            cell.number_format = fmt
        self._cache[key] = copy(cell._style)


def _text(value: str) -> str:
    return printable(value)


def _title_rows(ws: Worksheet, style: Styler, lines: list[tuple[str, bool, bool]], width: int) -> int:
    """Centred title lines merged across the table; returns the next free row."""
    row = 1
    for text, bold, italic in lines:
        style(ws.cell(row=row, column=1, value=_text(text)), bold=bold, italic=italic, h="center",
              v="center", border=False)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1
    return row + 1


def _print_setup(ws: Worksheet, header_row: int) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = 30 / 25.4  # inches: the ND30 default margins (spec §1)
    ws.page_margins.right = 15 / 25.4
    ws.page_margins.top = 20 / 25.4
    ws.page_margins.bottom = 20 / 25.4
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.freeze_panes = ws.cell(row=header_row + 1, column=1)


def _summary_sheet(ws: Worksheet, style: Styler, report: Report, attached: str) -> None:
    metrics = list(report.metric_labels)
    headers = [*SUMMARY_COLUMNS, *(metric_label(k, report.metric_labels) for k in metrics)]
    titles = [("Phụ lục", True, False), (report.appendix_title.upper(), True, False), (attached, False, True)]
    header_row = _title_rows(ws, style, titles, len(headers))
    for col, label in enumerate(headers, start=1):
        style(ws.cell(row=header_row, column=col, value=_text(label)), bold=True, h="center", v="center")
    for offset, row in enumerate(report.rows, start=1):
        r = header_row + offset
        bold = row.group or row.total
        for col, value in enumerate(row.cells(), start=1):
            cell = ws.cell(row=r, column=col, value=_text(value) if value else None)
            style(cell, bold=bold and col in (1, 2), h="center" if col in (1, 5) else "left")
        for col, key in enumerate(metrics, start=len(SUMMARY_COLUMNS) + 1):
            value = row.metrics.get(key)
            cell = ws.cell(row=r, column=col, value=value if value else None)
            style(cell, bold=row.total, h="right", wrap=False, fmt=number_format(value) if value else None)
    for col, width in enumerate([*TEXT_WIDTHS, *([METRIC_WIDTH] * len(metrics))], start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    _print_setup(ws, header_row)


def _figures_sheet(ws: Worksheet, style: Styler, report: Report) -> None:
    """Channels × figures, then the completion counts and rate."""
    metrics = list(report.metric_labels)
    headers = ["STT", "Kênh tuyên truyền", "Số nhiệm vụ", "Hoàn thành",
               *(metric_label(k, report.metric_labels) for k in metrics)]
    header_row = _title_rows(ws, style, [(f"SỐ LIỆU TỔNG HỢP {report.period.label.upper()}", True, False),
                                  (report.issuer, False, True)], len(headers))
    for col, label in enumerate(headers, start=1):
        style(ws.cell(row=header_row, column=col, value=label), bold=True, h="center", v="center")
    rows: list[tuple[object, str, int, int, dict[str, float], bool]] = [
        (i, c.title, c.completion.total, c.completion.done, c.totals, False)
        for i, c in enumerate(report.channels, start=1)]
    rows.append(("", "Tổng cộng", report.completion.total, report.completion.done, report.totals, True))
    r = header_row
    for number, title, total, done, sums, bold in rows:
        r += 1
        values: list[object] = [number, title, total, done, *(sums.get(k) or None for k in metrics)]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            if isinstance(value, int | float) and col > 2:
                style(cell, bold=bold, h="right", wrap=False, fmt=number_format(value))
            else:
                style(cell, bold=bold, h="center" if col == 1 else "left")
    c = report.completion
    r += 2
    for label, value, fmt in (("Tổng số nhiệm vụ", c.total, INTEGER), ("Hoàn thành", c.done, INTEGER),
                              ("Đang thực hiện", c.doing, INTEGER), ("Chưa triển khai", c.todo, INTEGER),
                              ("Không thực hiện", c.dropped, INTEGER),
                              (RATE_LABEL, c.rate, PERCENT)):
        style(ws.cell(row=r, column=2, value=label), bold=fmt == PERCENT, border=False)
        style(ws.cell(row=r, column=3, value=value), bold=fmt == PERCENT, h="right", wrap=False, border=False,
              fmt=fmt)
        r += 1
    for col, width in enumerate([6, 52, 12, 12, *([METRIC_WIDTH] * len(metrics))], start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    _print_setup(ws, header_row)


def render_xlsx(report: Report, unit: UnitProfile, *, number: str | None = None,
                date: dt.date | None = None) -> bytes:
    """The workbook: "Biểu tổng hợp" (the appendix table, figures in their own numeric columns) and
    "Số liệu" (figures by channel, completion). Reproducible: fixed document times."""
    ref_number = f"{number or '…'}/BC-{unit.abbreviation}"
    ref_date = date.strftime("%d/%m/%Y") if date else f"…/…/{report.period.year}"
    attached = f"(Kèm theo Báo cáo số {ref_number} ngày {ref_date} của {report.issuer})"
    wb = Workbook()
    summary = wb.active
    summary.title = "Biểu tổng hợp"
    style = Styler()
    _summary_sheet(summary, style, report, attached)
    _figures_sheet(wb.create_sheet("Số liệu"), style, report)
    stamp = dt.datetime(report.period.year, 1, 1)
    wb.properties.creator = "ccpropa-desktop"
    wb.properties.title = f"Báo cáo {report.title}"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
