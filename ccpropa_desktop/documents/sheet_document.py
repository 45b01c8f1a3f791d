"""A task sheet (issue 15, item 3) → the document model: an extract of the issued plan, laid out as
an attachment page of ND30 (spec §10, Mẫu 2.1) with "Trích …" in place of "Kèm theo …".

No Quốc hiệu, number or signature: the sheet is not a new document but the part of the plan that
concerns one agency, and it says which plan it is taken from (docs/sheets-and-binder.md says why).
"""

from __future__ import annotations

from ccpropa_desktop.domain.agencies import GROUP
from ccpropa_desktop.domain.report import lower_first
from ccpropa_desktop.domain.sheets import Sheet, SheetReport, SheetSet, SheetTask, short_date

from .model import Block, Column, Document, Paragraph, Part, TaskTable, Title

ROMAN = ("I.", "II.", "III.", "IV.", "V.")
NOTHING = "Không có nhiệm vụ."


def _columns(other: str) -> list[Column]:
    return [Column("TT", 0.5, "center"), Column("Nhiệm vụ", 3.1), Column(other, 1.7),
            Column("Thời gian thực hiện", 1.35, "center"), Column("Hạn", 1.25, "center")]


def _table(tasks: list[SheetTask], other: str) -> TaskTable:
    rows = [[t.number, t.content, t.others, t.schedule, t.due] for t in tasks]
    return TaskTable(_columns(other), rows, {i for i, t in enumerate(tasks) if t.group})


def _report_table(reports: list[SheetReport]) -> TaskTable:
    columns = [Column("Kỳ báo cáo", 1.3), Column("Số liệu tính từ ngày … đến ngày …", 1.95, "center"),
               Column("Hạn gửi báo cáo", 1.1, "center"), Column("Nhiệm vụ báo cáo", 1.45)]
    rows = []
    for report in reports:
        start, end = report.window
        rows.append([report.label, f"{short_date(start)} – {short_date(end)}", short_date(report.due),
                     ", ".join(report.numbers) or "—"])
    return TaskTable(columns, rows)


def _summary(sheet: Sheet) -> str:
    parts = []
    if sheet.lead:
        parts.append(f"chủ trì {len(sheet.lead)} nhiệm vụ")
    if sheet.partner:
        parts.append(f"phối hợp {len(sheet.partner)} nhiệm vụ")
    if sheet.common:
        parts.append(f"cùng các cơ quan, đơn vị thực hiện {len(sheet.common)} nhiệm vụ giao chung")
    who = sheet.name
    if sheet.kind == GROUP:
        who += " (phiếu chung, gửi tới từng cơ quan, đơn vị trong nhóm)"
    return f"{who}: {'; '.join(parts) or 'không có nhiệm vụ'}."


def _reporting(sheet: Sheet, sheets: SheetSet) -> list[str]:
    first = sheet.reports[0] if sheet.reports else None
    day = first.due.day if first else 15
    unit_day = first.unit_due.day if first else 20
    if sheet.compiles:
        return [f"{sheet.name} tổng hợp kết quả của các cơ quan, đơn vị (gửi về trước ngày {day} của tháng "
                f"cuối kỳ), tham mưu {sheets.unit_name} báo cáo cấp trên trước ngày {unit_day} của tháng "
                "cuối kỳ, theo các kỳ dưới đây."]
    to = sheets.reports_to or sheets.unit_name
    return [f"{sheet.name} báo cáo kết quả thực hiện các nhiệm vụ trên về {to} theo các kỳ dưới đây, để "
            f"{sheets.unit_name} tổng hợp, báo cáo cấp trên trước ngày {unit_day} của tháng cuối kỳ.",
            "Nội dung báo cáo: tình hình, kết quả từng nhiệm vụ (hoàn thành, đang thực hiện, chưa triển "
            "khai, không thực hiện và lý do); số liệu (tin, bài; chuyên mục, buổi phát thanh; hội nghị, "
            "lượt người; pano, băng rôn, khẩu hiệu; tờ rơi; cuộc thi; kinh phí); tài liệu kiểm chứng "
            "(số, ký hiệu, ngày văn bản; đường dẫn tin, bài; hình ảnh, biên bản)."]


def build_sheet_document(sheet: Sheet, sheets: SheetSet) -> Document:
    """The sheet of one agency, portrait, one part."""
    title = Title(f"NHIỆM VỤ CỦA {sheet.name.upper()}",
                  [f"theo Kế hoạch {lower_first(sheets.plan_title)}"], note=sheets.extract_line)
    blocks: list[Block] = [title, Paragraph(_summary(sheet), "body")]
    number = iter(ROMAN)
    for heading, tasks, other in (("NHIỆM VỤ CHỦ TRÌ", sheet.lead, "Cơ quan phối hợp"),
                                  ("NHIỆM VỤ PHỐI HỢP", sheet.partner, "Cơ quan chủ trì")):
        blocks.append(Paragraph(f"{next(number)} {heading}", "heading1"))
        blocks.append(_table(tasks, other) if tasks else Paragraph(NOTHING, "body"))
    if sheet.common:
        blocks.append(Paragraph(f"{next(number)} NHIỆM VỤ GIAO CHUNG CHO CÁC CƠ QUAN, ĐƠN VỊ", "heading1"))
        blocks.append(_table(sheet.common, "Vai trò"))
    blocks.append(Paragraph(f"{next(number)} BÁO CÁO KẾT QUẢ THỰC HIỆN", "heading1"))
    blocks += [Paragraph(text, "body") for text in _reporting(sheet, sheets)]
    blocks.append(_report_table(sheet.reports))
    return Document(parts=[Part("portrait", blocks)], draft=sheets.draft,
                    title=f"Nhiệm vụ của {sheet.name} – Kế hoạch {lower_first(sheets.plan_title)}")


