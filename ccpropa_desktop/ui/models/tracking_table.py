"""The tasks of a plan in one reporting period, as the tracking page's table shows them.

Rows come from the services (`tracking.get_progress` for the period, `tracking.plan_status` for the
due/late state on the day the period is measured); `build_rows` joins them. Colours: quá hạn
red-ish, hoàn thành / đúng hạn green-ish, hoàn thành trễ hạn orange-ish, trong hạn with a date
in the period yellow-ish. `AttentionFilter` keeps only the rows that need attention now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ccpropa_desktop.domain.model import Plan, Task
from ccpropa_desktop.domain.periods import parse_period
from ccpropa_desktop.domain.report import vi_number
from ccpropa_desktop.domain.tracking import (
    DONE_LATE,
    DONE_STATE,
    LATE,
    NOT_DONE,
    ON_TIME,
    ON_TRACK,
    Progress,
    metric_items,
    metric_label,
)
from ccpropa_desktop.services.tracking import StatusRow
from ccpropa_desktop.ui.models.domain_labels import period_label, schedule_kind_text
from ccpropa_desktop.ui.models.keyed_table import Index, KeyedTableModel
from ccpropa_desktop.ui.widgets.period_picker import vi_date

COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("TrackingTable", "TT")),
    ("content", QT_TRANSLATE_NOOP("TrackingTable", "Nhiệm vụ")),
    ("lead", QT_TRANSLATE_NOOP("TrackingTable", "Chủ trì")),
    ("due", QT_TRANSLATE_NOOP("TrackingTable", "Hạn")),
    ("status", QT_TRANSLATE_NOOP("TrackingTable", "Trạng thái")),
    ("done_on", QT_TRANSLATE_NOOP("TrackingTable", "Ngày xong")),
    ("state", QT_TRANSLATE_NOOP("TrackingTable", "Tình hình")),
    ("metrics", QT_TRANSLATE_NOOP("TrackingTable", "Số liệu")),
)
COLUMN = {key: i for i, (key, _) in enumerate(COLUMNS)}

STATUS_TEXT = {
    "todo": QT_TRANSLATE_NOOP("TrackingTable", "Chưa triển khai"),
    "doing": QT_TRANSLATE_NOOP("TrackingTable", "Đang thực hiện"),
    "done": QT_TRANSLATE_NOOP("TrackingTable", "Hoàn thành"),
    "dropped": QT_TRANSLATE_NOOP("TrackingTable", "Không thực hiện"),
}
STATE_TEXT = {
    "trong hạn": QT_TRANSLATE_NOOP("TrackingTable", "trong hạn"),
    "quá hạn": QT_TRANSLATE_NOOP("TrackingTable", "quá hạn"),
    "đúng hạn": QT_TRANSLATE_NOOP("TrackingTable", "đúng hạn"),
    "hoàn thành": QT_TRANSLATE_NOOP("TrackingTable", "hoàn thành"),
    "hoàn thành trễ hạn": QT_TRANSLATE_NOOP("TrackingTable", "hoàn thành trễ hạn"),
    "không có hạn": QT_TRANSLATE_NOOP("TrackingTable", "không có hạn"),
    "không thực hiện": QT_TRANSLATE_NOOP("TrackingTable", "không thực hiện"),
}

METRIC_TEXT = {
    "tin_bai": QT_TRANSLATE_NOOP("TrackingTable", "Tin, bài"),
    "chuyen_muc": QT_TRANSLATE_NOOP("TrackingTable", "Chuyên mục"),
    "buoi_phat_thanh": QT_TRANSLATE_NOOP("TrackingTable", "Buổi phát thanh"),
    "hoi_nghi": QT_TRANSLATE_NOOP("TrackingTable", "Hội nghị"),
    "luot_nguoi": QT_TRANSLATE_NOOP("TrackingTable", "Lượt người"),
    "pano": QT_TRANSLATE_NOOP("TrackingTable", "Pano, băng rôn, khẩu hiệu"),
    "to_roi": QT_TRANSLATE_NOOP("TrackingTable", "Tờ rơi, tờ gấp"),
    "cuoc_thi": QT_TRANSLATE_NOOP("TrackingTable", "Cuộc thi"),
    "kinh_phi": QT_TRANSLATE_NOOP("TrackingTable", "Kinh phí (đồng)"),
}
"""domain.tracking.METRICS as people read them on screen (custom figures keep their own names)."""

LATE_COLOUR = QColor("#f6d0d0")
DONE_COLOUR = QColor("#d5ecd4")
DONE_LATE_COLOUR = QColor("#fbe3c4")
DUE_COLOUR = QColor("#fdf3c8")
DROPPED_COLOUR = QColor("#e6e6e6")
TEXT_COLOUR = QColor("#1a1a1a")
STATE_COLOURS = {LATE: LATE_COLOUR, ON_TIME: DONE_COLOUR, DONE_STATE: DONE_COLOUR,
                 DONE_LATE: DONE_LATE_COLOUR, NOT_DONE: DROPPED_COLOUR}


def tr(text: str) -> str:
    return QCoreApplication.translate("TrackingTable", text)


@dataclass
class TrackingRow:
    task: Task
    progress: Progress
    status: StatusRow
    has_children: bool
    due_in_period: list[dt.date]

    @property
    def needs_attention(self) -> bool:
        """Late, or not finished with a due date inside the period."""
        return self.status.state == LATE or (self.status.state == ON_TRACK and bool(self.due_in_period))

    @property
    def shows_group_status(self) -> bool:
        """A group row with nothing recorded on itself shows its sub-tasks' combined status."""
        return self.has_children and self.progress.empty


def build_rows(plan: Plan, progress: dict[int, Progress], statuses: list[StatusRow], period: str
               ) -> list[TrackingRow]:
    span = parse_period(period).calendar_span()
    by_id = {s.task_id: s for s in statuses}
    tasks = plan.tasks
    rows = []
    for i, task in enumerate(tasks):
        assert task.id is not None
        status = by_id[task.id]
        children = i + 1 < len(tasks) and tasks[i + 1].depth > task.depth
        due = [d for d in status.due_dates if span[0] <= d <= span[1]]
        rows.append(TrackingRow(task, progress[task.id], status, children, due))
    return rows


def due_text(row: TrackingRow) -> str:
    dates = row.due_in_period
    if not dates:
        return "—"
    if len(dates) <= 2:
        return ", ".join(f"{d.day:02d}/{d.month:02d}" for d in dates)
    return tr("{0} lần").format(len(dates))


def figure_label(key: str) -> str:
    return tr(METRIC_TEXT[key]) if key in METRIC_TEXT else metric_label(key)


def metrics_text(metrics: dict[str, float]) -> str:
    return "; ".join(f"{figure_label(k)}: {vi_number(v)}" for k, v in metric_items(metrics))


def first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0]


class TrackingTableModel(KeyedTableModel[TrackingRow]):
    COLUMNS = COLUMNS
    CONTEXT = "TrackingTable"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    def row_of(self, task_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.task.id == task_id), -1)

    def text(self, row: TrackingRow, key: str) -> str:
        p = row.progress
        if key == "number":
            return row.task.number
        if key == "content":
            return first_line(row.task.content)
        if key == "lead":
            return first_line(row.task.lead)
        if key == "due":
            return due_text(row)
        if key == "status":
            value = row.status.status.value if row.shows_group_status else p.status.value
            return tr(STATUS_TEXT[value])
        if key == "done_on":
            day = row.status.done_on if row.shows_group_status else p.done_on
            return vi_date(day)
        if key == "state":
            return tr(STATE_TEXT.get(row.status.state, row.status.state))
        if key == "metrics":
            return metrics_text(p.metrics)
        return ""

    def tooltip(self, row: TrackingRow, key: str) -> str:
        p = row.progress
        if key in ("content", "number"):
            return row.task.content
        if key == "lead":
            return row.task.lead
        if key == "due":
            dates = ", ".join(vi_date(d) for d in row.status.due_dates) or tr("không đọc được hạn")
            return tr("Thời gian thực hiện: {0}\n{1}: {2}").format(row.task.schedule or "—",
                                                                   schedule_kind_text(row.status.schedule_kind),
                                                                   dates)
        if key == "status":
            if row.shows_group_status:
                return tr("Tính từ các nhiệm vụ con")
            if p.derived_from:
                sources = ", ".join(period_label(c) for c in p.derived_from)
                return tr("Chưa ghi riêng cho kỳ này: lấy từ {0}").format(sources)
            return p.reason
        if key == "metrics":
            return metrics_text(p.metrics)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.key(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, key) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self.colour(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and self.colour(row) is not None:
            return QBrush(TEXT_COLOUR)
        if role == Qt.ItemDataRole.FontRole:
            if key == "state" and row.status.state == LATE:
                return self._bold
            if key in ("status", "done_on") and (row.shows_group_status or row.progress.derived_from):
                return self._italic
            if row.has_children and key in ("number", "content"):
                return self._bold
        if role == Qt.ItemDataRole.UserRole:
            return row.task.id
        return None

    @staticmethod
    def colour(row: TrackingRow) -> QColor | None:
        state = row.status.state
        if state in STATE_COLOURS:
            return STATE_COLOURS[state]
        if state == ON_TRACK and row.due_in_period:
            return DUE_COLOUR
        return None


class AttentionFilter(QSortFilterProxyModel):
    """With `only_attention`, only the rows that are late or due in the period and not done."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_attention = False

    def set_only_attention(self, on: bool) -> None:
        self.beginFilterChange()
        self.only_attention = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.only_attention:
            return True
        model = self.sourceModel()
        assert isinstance(model, TrackingTableModel)
        return model.rows[source_row].needs_attention


def with_derived(progress: Progress, changes: dict[str, Any]) -> dict[str, Any]:
    """The changes to save for a period that has no record of its own yet, starting from what the
    table shows for it (`set_progress` merges into the period's own record only).

    A 6-month, 9-month or year record is cumulative: its first edit starts from the figures,
    evidence and status summed from its parts, so adding one figure does not reset the rest. A
    status carried over from an earlier period without figures is not copied with its date (that
    date lies in the earlier period); a carried-over "không thực hiện" keeps its reason."""
    if not progress.derived_from:
        return changes
    out: dict[str, Any] = {}
    combined = bool(progress.metrics or progress.evidence)
    if "status" not in changes and (combined or progress.status.value == "dropped"):
        out["status"] = progress.status.value
        if progress.status.value == "done" and progress.done_on:
            out["done_on"] = progress.done_on
        if progress.status.value == "dropped":
            out["reason"] = progress.reason
    if progress.metrics:
        out["metrics"] = {**progress.metrics, **changes.get("metrics", {})}
    if progress.evidence:
        out["evidence"] = [*progress.evidence, *changes.get("evidence", [])]
    return {**changes, **out}  # out already holds the changed figures and evidence
