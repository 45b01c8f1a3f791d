"""Report → document model: a Báo cáo in the form of Mẫu 1.4 (spec §13.2, §9, §12).

Header with "Số: …/BC-<issuer>", "BÁO CÁO" + trích yếu, "Kính gửi:" (sent upward), the §13.2
outline, signature with Nơi nhận starting "- Như trên;", then the "Biểu tổng hợp" as a landscape
Phụ lục with its header row repeated on every page.
"""

from __future__ import annotations

from ccpropa_desktop.domain.model import UnitProfile
from ccpropa_desktop.domain.report import APPENDIX_HEAD, SUMMARY_COLUMNS, Report
from ccpropa_desktop.domain.text import nfc

from . import formats
from .model import (
    AppendixHeading,
    Block,
    Column,
    Document,
    Header,
    KinhGui,
    Paragraph,
    Part,
    TaskTable,
    Title,
)
from .plan_document import Issue, recipient_lines, require_unit, signature_block

TYPE_ABBR = "BC"
SUMMARY_WEIGHTS = [0.7, 3.4, 1.9, 2.8, 1.5, 1.5]
SUMMARY_ALIGN = ["center", "left", "left", "left", "center", "left"]


def kinh_gui_lines(addressees: list[str]) -> list[str]:
    """One addressee: "Sở Nội vụ tỉnh Sơn La." on the "Kính gửi:" line; several: "- A;" … "- B."
    one per line (ND30 II.9.d)."""
    items = [nfc(a).strip().lstrip("-").strip().rstrip(";.").strip() for a in addressees]
    items = [i for i in items if i]
    if len(items) == 1:
        return [f"{items[0]}."]
    return [f"- {item}{'.' if n == len(items) - 1 else ';'}" for n, item in enumerate(items)]


def summary_table(report: Report) -> TaskTable:
    columns = [Column(label, weight, align)  # type: ignore[arg-type]
               for label, weight, align in zip(SUMMARY_COLUMNS, SUMMARY_WEIGHTS, SUMMARY_ALIGN, strict=True)]
    rows = [row.cells() for row in report.rows]
    bold = {i for i, row in enumerate(report.rows) if row.group or row.total}
    return TaskTable(columns=columns, rows=rows, bold_rows=bold)


def build_report_document(report: Report, unit: UnitProfile | None, issue: Issue) -> Document:
    """``issue.draft``: blank number and day, DỰ THẢO box; otherwise ``issue.number``/``issue.date``."""
    unit = require_unit(unit)
    number = None if issue.draft else issue.number
    date = None if issue.draft else issue.date
    year = date.year if date else report.period.year
    number_line = formats.number_line(number, TYPE_ABBR, unit.abbreviation)
    date_line = formats.header_date(unit.place, date, year)
    header = Header(unit.parent_lines, unit.name_lines, number_line, date_line, draft=issue.draft)
    blocks: list[Block] = [header, Title("BÁO CÁO", report.title_lines)]
    if report.kinh_gui.paragraphs:
        blocks.append(KinhGui(kinh_gui_lines(report.kinh_gui.paragraphs)))
    blocks += [Paragraph(text, style) for style, text in report.outline()]  # type: ignore[arg-type]
    signature = signature_block(unit, recipient_lines(report.noi_nhan.paragraphs,
                                                      drafting_unit=unit.drafting_unit))
    signature.keep_with_previous = True  # never a page holding only the signature
    blocks.append(signature)
    parts = [Part("portrait", blocks)]
    ref_number = f"{formats.document_number(number).strip() or '…'}/{TYPE_ABBR}-{unit.abbreviation}"
    ref_date = formats.long_date(date) if date else f"ngày … tháng … năm {year}"
    attached = f"(Kèm theo Báo cáo số {ref_number} {ref_date} của {report.issuer})"
    title = f"{APPENDIX_HEAD.upper()}\n{report.period.label.upper()}"  # break before the period
    parts.append(Part("landscape", [AppendixHeading("Phụ lục", title, attached),
                                    summary_table(report)]))
    return Document(parts=parts, draft=issue.draft, title=f"Báo cáo {report.title}")
