"""The upper level's consolidated report (W7) → document model: a Báo cáo (Mẫu 1.4, spec §13.2)
with "Kính gửi", the reporting situation, summed results, prose sections left for the officer, and
two landscape appendices (by unit and by task, each with its figures). The figures of each unit by
kind are in the XLSX only: a 500-unit table of them would double the DOCX render time."""

from __future__ import annotations

import datetime as dt

from ccpropa_desktop.domain.aggregate import AggregateView, UnitRow, draft_prose
from ccpropa_desktop.domain.model import UnitProfile
from ccpropa_desktop.domain.periods import parse_period
from ccpropa_desktop.domain.text import fold

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
from .plan_document import Issue, issuer_full_name, recipient_lines, require_unit, signature_block

PLACEHOLDER = "…"
MONEY_KEYS = ("kinh_phi",)
STATUS_COLUMNS = (("done", "Hoàn thành"), ("doing", "Đang thực hiện"), ("todo", "Chưa triển khai"),
                  ("dropped", "Không thực hiện"))


def title_line(view: AggregateView) -> str:
    return (f"Tổng hợp kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính "
            f"{view.period_label}")


def figure(key: str, value: float | int) -> str:
    if key in MONEY_KEYS:
        return formats.money(round(value))
    return formats.decimal(value)


def rate(completion: dict) -> str:
    """"62,5%", or "—" when no task is left to count."""
    value = completion.get("rate")
    return "—" if value is None else formats.percent(value)


def _addressee(unit: UnitProfile, to: str | None) -> tuple[str, list[str]]:
    """Whom the report goes to (the first Nơi nhận that is not "Lưu…", unless given), and the
    other recipients."""
    items = [r for r in unit.recipients if r.strip()]
    if to:
        return to, [r for r in items if fold(r) != fold(to)]
    for index, item in enumerate(items):
        if not fold(item).startswith("luu"):
            return item, items[:index] + items[index + 1:]
    return "", items


def _units_table(view: AggregateView) -> TaskTable:
    columns = [Column("STT", 0.65, "center"), Column("Cơ quan, đơn vị", 2.6),
               Column("Ngày gửi", 1.35, "center"), Column("Số nhiệm vụ", 0.9, "center"),
               *[Column(label, 1.0, "center") for _, label in STATUS_COLUMNS],
               Column("Tỷ lệ hoàn thành", 1.0, "center"), Column("Kết quả, sản phẩm; ghi chú", 2.6)]
    rows = []
    for index, unit in enumerate(view.units, start=1):
        rows.append(_unit_row(view, index, unit))
    total = view.completion
    rows.append(["", "Tổng cộng", "", formats.decimal(total.get("tasks", 0)),
                 *[formats.decimal(total.get(k, 0)) for k, _ in STATUS_COLUMNS], rate(total),
                 _results_text(view, view.totals)])
    return TaskTable(columns=columns, rows=rows, bold_rows={len(rows) - 1})


def _sent(unit: UnitRow) -> str:
    if not unit.created_at:
        return ""
    return formats.short_date(dt.date.fromisoformat(unit.created_at[:10]))


def _unit_row(view: AggregateView, index: int, unit: UnitRow) -> list[str]:
    if not unit.reported:
        return [str(index), unit.name, "", "", "", "", "", "", "", "Chưa báo cáo"]
    c = unit.completion
    outside = view.expected and not unit.in_directory
    notes = [_results_text(view, unit.totals), "Ngoài danh sách đơn vị" if outside else ""]
    return [str(index), unit.name, _sent(unit), formats.decimal(c.get("tasks", 0)),
            *[formats.decimal(c.get(k, 0)) for k, _ in STATUS_COLUMNS], rate(c),
            "; ".join(n for n in notes if n)]


def _n(completion: dict, key: str) -> str:
    return formats.decimal(completion.get(key, 0))


def _results_text(view: AggregateView, totals: dict[str, float | int]) -> str:
    parts = [f"{view.metric_labels.get(k, k)}: {figure(k, v)}" for k, v in totals.items() if v]
    return "; ".join(parts)


def _tasks_table(view: AggregateView) -> TaskTable:
    columns = [Column("TT", 0.55, "center"), Column("Nhiệm vụ", 3.6),
               Column("Số đơn vị thực hiện", 0.9, "center"),
               *[Column(label, 0.85, "center") for _, label in STATUS_COLUMNS],
               Column("Tỷ lệ hoàn thành", 0.9, "center"), Column("Kết quả, sản phẩm", 2.6)]
    rows = []
    for group in view.tasks:
        c = group.completion
        rows.append([group.number, group.content, formats.decimal(group.units),
                     *[formats.decimal(c.get(k, 0)) for k, _ in STATUS_COLUMNS], rate(c),
                     _results_text(view, group.totals)])
    return TaskTable(columns=columns, rows=rows)


def _body(view: AggregateView, issuer: str, on: dt.date, prose: dict[str, list[str]]) -> list[Block]:
    expected = len(view.expected)
    reported_expected = view.expected_reported
    missing = [u.name for u in view.missing]
    extra = [u.name for u in view.reported if not u.in_directory]
    c = view.completion
    blocks: list[Block] = [
        Paragraph(f"Trên cơ sở báo cáo của các cơ quan, đơn vị, {issuer} báo cáo tổng hợp kết quả thực hiện "
                  f"công tác thông tin, tuyên truyền cải cách hành chính {view.period_label} như sau:"),
        Paragraph("I. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ", "heading1"),
    ]
    if expected:
        blocks.append(Paragraph(
            f"Đến ngày {formats.short_date(on)}, đã nhận báo cáo của {reported_expected}/{expected} cơ quan, "
            f"đơn vị (đạt {formats.percent(reported_expected / expected)})."))
    else:
        blocks.append(Paragraph(f"Đến ngày {formats.short_date(on)}, đã nhận báo cáo của "
                                f"{len(view.reported)} cơ quan, đơn vị."))
    if missing:
        blocks.append(Paragraph(f"Các cơ quan, đơn vị chưa gửi báo cáo: {', '.join(missing)}."))
    elif expected:
        blocks.append(Paragraph("Tất cả các cơ quan, đơn vị đã gửi báo cáo."))
    if extra:
        blocks.append(Paragraph(f"Ngoài ra, đã nhận báo cáo của: {', '.join(extra)}."))
    blocks += [
        Paragraph("II. KẾT QUẢ THỰC HIỆN", "heading1"),
        Paragraph("1. Kết quả thực hiện nhiệm vụ", "heading2"),
        Paragraph(f"Tổng số nhiệm vụ của các cơ quan, đơn vị đã báo cáo: {_n(c, 'tasks')}; trong đó "
                  f"hoàn thành {_n(c, 'done')} nhiệm vụ (đạt {rate(c)}, không tính nhiệm vụ không thực "
                  f"hiện), đang thực hiện {_n(c, 'doing')}, chưa triển khai {_n(c, 'todo')}, không thực "
                  f"hiện {_n(c, 'dropped')}. Chi tiết theo đơn vị tại Phụ lục I, theo nhiệm vụ tại "
                  "Phụ lục II."),
        Paragraph("2. Sản phẩm tuyên truyền", "heading2"),
    ]
    figures = [(k, v) for k, v in view.totals.items() if v]
    if figures:
        for index, (key, value) in enumerate(figures):
            end = "." if index == len(figures) - 1 else ";"
            blocks.append(Paragraph(f"- {view.metric_labels.get(key, key)}: {figure(key, value)}{end}"))
        blocks.append(Paragraph("Chi tiết theo đơn vị tại Phụ lục I, theo nhiệm vụ tại Phụ lục II."))
    else:
        blocks.append(Paragraph("Các cơ quan, đơn vị chưa báo cáo số liệu sản phẩm tuyên truyền."))
    ranked = sorted((u for u in view.reported if u.completion.get("rate") is not None),
                    key=lambda u: u.completion.get("rate") or 0.0, reverse=True)
    if len(ranked) >= 2:
        best, worst = ranked[0], ranked[-1]
        blocks += [Paragraph("3. Kết quả theo cơ quan, đơn vị", "heading2"),
                   Paragraph(f"Đơn vị có tỷ lệ hoàn thành cao nhất: {best.name} ({rate(best.completion)}); "
                             f"thấp nhất: {worst.name} ({rate(worst.completion)}).")]
    def section(key: str) -> list[Block]:
        return [Paragraph(text) for text in prose.get(key) or [PLACEHOLDER]]

    blocks += [
        Paragraph("III. ĐÁNH GIÁ CHUNG", "heading1"),
        Paragraph("1. Ưu điểm", "heading2"), *section("uu_diem"),
        Paragraph("2. Tồn tại, hạn chế", "heading2"), *section("han_che"),
        Paragraph("3. Nguyên nhân", "heading2"), *section("nguyen_nhan"),
        Paragraph("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", "heading1"), *section("phuong_huong"),
        Paragraph("V. ĐỀ XUẤT, KIẾN NGHỊ", "heading1"), *section("kien_nghi"),
        Paragraph(f"Trên đây là báo cáo tổng hợp kết quả thực hiện công tác thông tin, tuyên truyền cải cách "
                  f"hành chính {view.period_label} của {issuer}./."),
    ]
    return blocks


def build_aggregate_document(view: AggregateView, unit: UnitProfile | None, issue: Issue, *,
                             to: str | None = None, on: dt.date | None = None,
                             prose: dict[str, list[str]] | None = None) -> Document:
    """`prose`: the paragraphs of Ưu điểm, Tồn tại, Nguyên nhân, Phương hướng and Đề xuất (section
    key → paragraphs, as `domain.aggregate.prose_sections` gives them); drafted from the figures
    when None."""
    unit = require_unit(unit)
    if prose is None:
        prose = draft_prose(view)
    period = parse_period(view.period)
    number = None if issue.draft else issue.number
    date = None if issue.draft else issue.date
    # The yearly report is dated in its own year; earlier ones too (the window ends on the 14th).
    header = Header(unit.parent_lines, unit.name_lines, formats.number_line(number, "BC", unit.abbreviation),
                    formats.header_date(unit.place, date, period.year), draft=issue.draft)
    addressee, others = _addressee(unit, to)
    issuer = issuer_full_name(unit)
    blocks: list[Block] = [header, Title("BÁO CÁO", [title_line(view)])]
    if addressee:  # one addressee: on the "Kính gửi:" line, ending with "." (ND30 II.9.d)
        blocks.append(KinhGui([addressee.strip().rstrip(";.,") + "."]))
    blocks += _body(view, issuer, on or date or dt.date.today(), prose)
    signature = signature_block(unit, recipient_lines(others, first="Như trên",
                                                      drafting_unit=unit.drafting_unit))
    signature.keep_with_previous = True  # on the page of the last body line (§8)
    blocks.append(signature)
    ref_number = f"{formats.document_number(number).strip() or '…'}/BC-{unit.abbreviation}"
    ref_date = formats.long_date(date) if date else f"ngày … tháng … năm {period.year}"
    attached = f"(Kèm theo Báo cáo số {ref_number} {ref_date} của {issuer})"
    parts = [Part("portrait", blocks)]
    for label, title, table in (
            ("Phụ lục I", f"BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN THEO CƠ QUAN, ĐƠN VỊ {view.period_label.upper()}",
             _units_table(view)),
            ("Phụ lục II", f"BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN THEO NHIỆM VỤ {view.period_label.upper()}",
             _tasks_table(view))):
        if table.rows:
            parts.append(Part("landscape", [AppendixHeading(label, title, attached), table]))
    return Document(parts=parts, draft=issue.draft, title=f"Báo cáo {title_line(view)}")
