"""Choosing a reporting period of one year: "Quý I", "6 tháng đầu năm", "Quý III", "9 tháng", "Cả năm".

Shared by the tracking, reports and aggregate pages. Which period a page opens on is
`opening_period`: the report due now when the plan is of this year (an officer in May works on the
6-month report), else the one chosen last time for that plan, else the whole year (a past plan) or
quý I (a future one). The choice per plan is kept in the UI settings, so tracking and reports agree.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ccpropa_desktop.domain.periods import KINDS, Period, PeriodRules, parse_period, report_period_on
from ccpropa_desktop.errors import UserError

KIND_LABELS = {
    "Q1": QT_TRANSLATE_NOOP("PeriodPicker", "Quý I"),
    "H1": QT_TRANSLATE_NOOP("PeriodPicker", "6 tháng đầu năm"),
    "Q3": QT_TRANSLATE_NOOP("PeriodPicker", "Quý III"),
    "9M": QT_TRANSLATE_NOOP("PeriodPicker", "9 tháng"),
    "Y": QT_TRANSLATE_NOOP("PeriodPicker", "Cả năm"),
}


def period_setting_key(plan_id: int) -> str:
    return f"period/plan-{plan_id}"


def opening_period(year: int, today: dt.date, remembered: str = "",
                   rules: PeriodRules | None = None) -> str:
    """The period code a page opens on for a plan of `year` (see the module docstring)."""
    if year == today.year:
        return report_period_on(today, rules or PeriodRules()).code
    try:
        if remembered and parse_period(remembered).year == year:
            return parse_period(remembered).code
    except UserError:
        pass
    return Period(year, "Y" if year < today.year else "Q1").code


def as_of(period: str, today: dt.date) -> dt.date:
    """The day a period's due/late states are measured on: today while the period runs, its calendar
    end once it is over (a past quý I shows what was late on 31/3)."""
    return min(today, parse_period(period).end_of_period())


def vi_date(day: dt.date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


class PeriodPicker(QComboBox):
    """The five periods of one year; `period_chosen(code)` when the officer picks one."""

    period_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("period_picker")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year = 0
        self.activated.connect(lambda i: self.period_chosen.emit(str(self.itemData(i))))

    def set_year(self, year: int, code: str | None = None) -> None:
        """Fill with the periods of `year` and select `code` (without emitting period_chosen)."""
        self.blockSignals(True)
        if year != self.year or self.count() != len(KINDS):
            self.clear()
            for kind in KINDS:
                label = QCoreApplication.translate("PeriodPicker", KIND_LABELS[kind])
                self.addItem(f"{label} {year}", Period(year, kind).code)
            self.year = year
        if code is not None:
            index = self.findData(code)
            if index >= 0:
                self.setCurrentIndex(index)
        self.blockSignals(False)

    def period(self) -> str:
        return str(self.currentData() or "")

    def select(self, code: str) -> None:
        """Choose `code` as if the officer had (emits period_chosen when it changes)."""
        index = self.findData(code)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)
            self.period_chosen.emit(code)
