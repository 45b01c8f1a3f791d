"""The binder's index, "Danh mục tài liệu kiểm chứng" (issue 15, item 4) → the document model.

The unit's header (ô 1–2, without number and date: the index is a list kept with the documents, not
a document issued on its own), the name and the period, what the binder holds, then one row per
task: TT | Nhiệm vụ | Tình trạng, số liệu | Tài liệu kiểm chứng (TL-01 …), missing evidence written out.
"""

from __future__ import annotations

from ccpropa_desktop.domain.binder import NO_EVIDENCE, BinderIndex, BinderTask
from ccpropa_desktop.domain.model import UnitProfile
from ccpropa_desktop.domain.report import lower_first, short_content, vi_date
from ccpropa_desktop.domain.tracking import Status

from .model import Block, Column, Document, Header, Paragraph, Part, TaskTable, Title

COLUMNS = [Column("TT", 0.5, "center"), Column("Nhiệm vụ", 2.5), Column("Tình trạng, số liệu", 1.75),
           Column("Tài liệu kiểm chứng", 3.1)]


def _span(numbers: list[str]) -> str:
    return numbers[0] if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"


def status_cell(task: BinderTask) -> str:
    if task.group and not task.recorded:
        return f"Nhóm nhiệm vụ: xem {_span(task.children)}" if task.children else "Nhóm nhiệm vụ"
    lines = [task.status.label]
    if task.status is Status.DONE and task.done_on:
        lines[0] += f" ({vi_date(task.done_on)})"
    if task.status is Status.DROPPED and task.reason:
        lines[0] += f": {task.reason.rstrip('.')}"
    if task.figures:
        lines.append(task.figures)
    if task.derived_from:
        lines.append(f"(cộng từ {', '.join(task.derived_from)})")
    return "\n".join(lines)


def evidence_cell(task: BinderTask) -> str:
    if task.evidence:
        return "\n".join(e.printed for e in task.evidence)
    if task.missing:
        return NO_EVIDENCE
    if task.status is Status.DROPPED:
        return "Không thực hiện: không có tài liệu kiểm chứng"
    return f"Xem các nhiệm vụ {', '.join(task.children)}" if task.children else "—"


def _task_cell(task: BinderTask) -> str:
    text = short_content(task.content) or task.content.strip()
    return f"{text}\nChủ trì: {task.lead}" if task.lead.strip() else text


def _holds(index: BinderIndex) -> str:
    parts = [f"{d.label} (tệp {d.path})" for d in index.documents]
    files = index.file_count - len(index.missing_files)
    if files:
        parts.append(f"{files} tệp đính kèm, mỗi nhiệm vụ một thư mục nhiem-vu-<số nhiệm vụ>, tên tệp bắt "
                     "đầu bằng số thứ tự tài liệu (TL-…)")
    parts.append("manifest.json (dung lượng và mã kiểm tra SHA-256 của từng tệp)")
    return "Hồ sơ gồm: " + "; ".join(parts) + "."


def _counts(index: BinderIndex) -> list[str]:
    tasks = index.tasks
    groups = sum(1 for t in tasks if t.group)
    head = f"Tổng hợp: {len(tasks)} nhiệm vụ" + (f" ({groups} nhóm nhiệm vụ)" if groups else "")
    head += f"; {index.item_count} tài liệu kiểm chứng, trong đó {index.file_count} tệp đính kèm."
    out = [head]
    missing = index.missing_tasks
    if missing:
        out.append(f"Chưa có tài liệu kiểm chứng: {len(missing)} nhiệm vụ ({', '.join(missing)}).")
    else:
        out.append("Mọi nhiệm vụ đã triển khai đều có tài liệu kiểm chứng.")
    out += index.problems
    return out


def build_binder_index(index: BinderIndex, unit: UnitProfile) -> Document:
    start, end = index.window
    title = Title("DANH MỤC TÀI LIỆU KIỂM CHỨNG",
                  [f"Kết quả thực hiện Kế hoạch {lower_first(index.plan_title)}",
                   f"Kỳ báo cáo {index.period.label}"],
                  note=f"(Số liệu từ ngày {vi_date(start)} đến ngày {vi_date(end)})")
    blocks: list[Block] = [Header(unit.parent_lines, unit.name_lines, None, None), title,
                           Paragraph(_holds(index), "body"), *[Paragraph(t, "body") for t in _counts(index)]]
    if index.made_on:  # above the table, not alone on a last page
        blocks.append(Paragraph(f"Danh mục lập ngày {vi_date(index.made_on)} từ số liệu theo dõi thực hiện "
                                "kế hoạch.", "body"))
    rows = [[t.number, _task_cell(t), status_cell(t), evidence_cell(t)] for t in index.tasks]
    blocks.append(TaskTable(COLUMNS, rows, {i for i, t in enumerate(index.tasks) if t.group}))
    return Document(parts=[Part("portrait", blocks)], draft=False,
                    title=f"Danh mục tài liệu kiểm chứng {index.period.label}")
