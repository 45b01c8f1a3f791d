"""Units × reporting status for one period, as the aggregate page's table shows them.

Rows are `domain.aggregate.UnitRow`s from `services.aggregate.aggregate_view`: the units that
reported first, then those of the list of expected units (đơn vị cấp dưới) that have not (red-ish).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ccpropa_desktop.domain.aggregate import UnitRow
from ccpropa_desktop.domain.report import vi_percent
from ccpropa_desktop.ui.models.keyed_table import Index, KeyedTableModel

COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("AggregateUnits", "Đơn vị")),
    ("state", QT_TRANSLATE_NOOP("AggregateUnits", "Tình trạng")),
    ("sent", QT_TRANSLATE_NOOP("AggregateUnits", "Ngày gửi")),
    ("done", QT_TRANSLATE_NOOP("AggregateUnits", "Hoàn thành")),
    ("dropped", QT_TRANSLATE_NOOP("AggregateUnits", "Không TH")),
    ("rate", QT_TRANSLATE_NOOP("AggregateUnits", "Tỷ lệ hoàn thành")),
)
COLUMN = {key: i for i, (key, _) in enumerate(COLUMNS)}
MISSING_COLOUR = QColor("#f6d0d0")
TEXT_COLOUR = QColor("#1a1a1a")


def tr(text: str) -> str:
    return QCoreApplication.translate("AggregateUnits", text)


def sent_date(created_at: str) -> str:
    """"2022-06-18T10:00:00+07:00" → "18/06/2022" (the day the unit made the package)."""
    try:
        day = dt.datetime.fromisoformat(created_at.replace("Z", "+00:00")).date()
    except ValueError:
        return created_at[:10]
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def rate_text(completion: dict[str, Any]) -> str:
    rate = completion.get("rate")
    return "—" if rate is None else vi_percent(rate)


class AggregateUnitsModel(KeyedTableModel[UnitRow]):
    COLUMNS = COLUMNS
    CONTEXT = "AggregateUnits"
    has_list = True  # False while there is no list of expected units: nobody is "outside" it

    def set_units(self, units: list[UnitRow], has_list: bool) -> None:
        self.has_list = has_list
        self.set_rows(units)

    def text(self, unit: UnitRow, key: str) -> str:
        c = unit.completion
        if key == "name":
            return unit.name
        if key == "state":
            if not unit.reported:
                return tr("Chưa báo cáo")
            if unit.in_directory or not self.has_list:
                return tr("Đã báo cáo")
            return tr("Đã báo cáo (ngoài danh sách)")
        if not unit.reported:
            return ""
        if key == "sent":
            return sent_date(unit.created_at)
        if key == "done":
            return f"{c.get('done', 0)}/{c.get('tasks', 0)}"
        if key == "dropped":
            return str(c.get("dropped", 0))
        if key == "rate":
            return rate_text(c)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self.rows[index.row()]
        key = self.key(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(unit, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "name" and unit.reported:
                return tr("Kế hoạch: {0} {1}").format(unit.plan_number, unit.plan_title).strip()
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("done", "dropped", "rate", "sent"):
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.BackgroundRole and not unit.reported:
            return QBrush(MISSING_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and not unit.reported:
            return QBrush(TEXT_COLOUR)
        return None
