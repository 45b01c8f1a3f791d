"""Which plan a page works on: the plan opened last (ctx.current_plan_id), else the most recent one.

A combo box of the unit's plans ("2022 — Tuyên truyền …"); choosing one makes it the current plan
for every page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter, QWidget

from ccpropa_desktop.services import plans
from ccpropa_desktop.ui.context import AppContext


class PlanChoice(QComboBox):
    plan_chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("plan_choice")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.activated.connect(self._chosen)

    def reload(self) -> int | None:
        """Refill from the store; returns the plan to show (None: there is no plan)."""
        rows = plans.list_plans(self.ctx.store)
        ids = [row["id"] for row in rows]
        self.blockSignals(True)
        self.clear()
        for row in rows:
            self.addItem(self.tr("{0} — {1}").format(row["year"], row["title"]), row["id"])
            self.setItemData(self.count() - 1, row["title"], Qt.ItemDataRole.ToolTipRole)
        chosen = self.ctx.current_plan_id if self.ctx.current_plan_id in ids else (ids[0] if ids else None)
        if chosen is not None:
            self.setCurrentIndex(ids.index(chosen))
        self.blockSignals(False)
        return chosen

    def paintEvent(self, _event: QPaintEvent) -> None:
        """The current plan's name ends in "…" where the box is too narrow for it (Qt cuts it mid-word);
        the whole name is in the list and the tooltip."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight,
                                                           room - 4)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def plan_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def _chosen(self, index: int) -> None:
        plan_id = self.itemData(index)
        if plan_id is not None:
            self.ctx.current_plan_id = int(plan_id)
            self.plan_chosen.emit(int(plan_id))
