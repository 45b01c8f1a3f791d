"""The consolidated report's tables as an XLSX workbook (openpyxl): by unit, by task, figures.

Numbers are stored as numbers (so the upper level can keep computing) with number formats; Excel
shows the separators of the reader's locale, which on a Vietnamese Windows is 1.234,5. Each sheet
prints on A4 landscape, fitted to the page width, with its header row repeated.
"""

from __future__ import annotations

import io
from copy import copy

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ccpropa_desktop.domain.aggregate import AggregateView
from ccpropa_desktop.domain.model import UnitProfile

from .aggregate_document import STATUS_COLUMNS, title_line
from .formats import printable

FONT = "Times New Roman"
HEADER_ROW = 4
INTEGER = "#,##0"
DECIMAL = "#,##0.##"
PERCENT = "0.0%"
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _number_format(value: object, percent: bool) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "General"
    if percent:
        return PERCENT
    return INTEGER if float(value).is_integer() else DECIMAL


class _Styles:
    """One styled cell per combination, copied onto the others: openpyxl hashes every style object
    assigned to a cell, which for a 500-row sheet costs seconds."""

    def __init__(self, ws: Worksheet) -> None:
        self.ws = ws
        self.cache: dict[tuple[bool, bool, bool, str], object] = {}

    def apply(self, cell, *, bold: bool, header: bool, center: bool, number_format: str) -> None:
        key = (bold, header, center, number_format)
        style = self.cache.get(key)
        if style is None:
            cell.border = _BORDER
            cell.font = Font(name=FONT, bold=bold, size=12)
            cell.alignment = Alignment(wrap_text=True, vertical="center" if header else "top",
                                       horizontal="center" if center else None)
            cell.number_format = number_format
            self.cache[key] = copy(cell._style)
        else:
            cell._style = copy(style)


def _sheet(ws: Worksheet, title: str, unit: UnitProfile, headers: list[tuple[str, float]],
           rows: list[list[object]], bold_last: bool = False, percent_column: int | None = None) -> None:
    ws.append([printable(" ".join(unit.name_lines))])
    ws.append([printable(title)])
    header_row = HEADER_ROW  # rows 1–2 the titles, row 3 blank
    for column, (label, _) in enumerate(headers, start=1):
        ws.cell(header_row, column, label)
    for row in rows:
        ws.append([printable(v) if isinstance(v, str) else v for v in row])
    ws["A1"].font = Font(name=FONT, bold=True, size=12)
    ws["A2"].font = Font(name=FONT, bold=True, size=14)
    for index, (_, width) in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    styles = _Styles(ws)
    last = ws.max_row
    for r, cells in enumerate(ws.iter_rows(min_row=header_row, max_row=last, max_col=len(headers)),
                              start=header_row):
        header = r == header_row
        for c, cell in enumerate(cells, start=1):
            styles.apply(cell, bold=header or (bold_last and r == last), header=header,
                         center=header or c == 1,
                         number_format=_number_format(cell.value, c == percent_column and not header))
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True


def render_aggregate_xlsx(view: AggregateView, unit: UnitProfile) -> bytes:
    wb = Workbook()
    title = title_line(view)

    ws = wb.active
    ws.title = "Theo đơn vị"
    headers = [("STT", 6), ("Cơ quan, đơn vị", 36), ("Ngày gửi", 12), ("Số nhiệm vụ", 10),
               *[(label, 12) for _, label in STATUS_COLUMNS], ("Tỷ lệ hoàn thành", 11), ("Ghi chú", 22)]
    rows: list[list[object]] = []
    for index, u in enumerate(view.units, start=1):
        if not u.reported:
            rows.append([index, u.name, None, None, None, None, None, None, None, "Chưa báo cáo"])
            continue
        c = u.completion
        rows.append([index, u.name, u.created_at[:10], c.get("tasks", 0),
                     *[c.get(k, 0) for k, _ in STATUS_COLUMNS], c.get("rate"),
                     "" if u.in_directory else "Ngoài danh sách đơn vị"])
    total = view.completion
    rows.append([None, "Tổng cộng", None, total.get("tasks", 0),
                 *[total.get(k, 0) for k, _ in STATUS_COLUMNS], total.get("rate"),
                 f"{len(view.reported)} đơn vị đã báo cáo"])
    _sheet(ws, f"{title} — theo cơ quan, đơn vị", unit, headers, rows, bold_last=True, percent_column=9)

    ws = wb.create_sheet("Theo nhiệm vụ")
    headers = [("TT", 7), ("Nhiệm vụ", 60), ("Số đơn vị thực hiện", 11),
               *[(label, 12) for _, label in STATUS_COLUMNS], ("Tỷ lệ hoàn thành", 11)]
    keys = list(view.totals)
    headers += [(view.metric_labels.get(k, k), 13) for k in keys]
    rows = []
    for g in view.tasks:
        c = g.completion
        rows.append([g.number, g.content, g.units, *[c.get(k, 0) for k, _ in STATUS_COLUMNS],
                     c.get("rate"), *[g.totals.get(k, 0) for k in keys]])
    _sheet(ws, f"{title} — theo nhiệm vụ", unit, headers, rows, percent_column=8)

    ws = wb.create_sheet("Số liệu theo đơn vị")
    headers = [("STT", 6), ("Cơ quan, đơn vị", 36), *[(view.metric_labels.get(k, k), 14) for k in keys]]
    rows = [[i, u.name, *[u.totals.get(k, 0) for k in keys]] for i, u in enumerate(view.reported, start=1)]
    rows.append([None, "Tổng cộng", *[view.totals[k] for k in keys]])
    _sheet(ws, f"{title} — số liệu sản phẩm", unit, headers, rows, bold_last=True)

    wb.properties.title = title
    wb.properties.creator = "ccpropa-desktop"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
