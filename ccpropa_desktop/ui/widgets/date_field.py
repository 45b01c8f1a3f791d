"""A QDateEdit (dd/MM/yyyy) that can be empty: "—" until the officer enters a date.

Nothing is filled in by itself (a completion date of "today" would be wrong: figures are often
entered weeks later). The empty state is the minimum date shown as "—"; on focus the field jumps
to a starting date so typing "10032022" works section by section, but that starting date counts
only once the officer changes it or presses Enter (`confirmed`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class OptionalDateEdit(QDateEdit):
    confirmed = Signal()  # the officer entered or accepted a date (Enter, calendar pick, leaving an edit)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setSpecialValueText("—")
        self.start = QDate.currentDate()
        self._touched = False
        self.dateChanged.connect(self._changed)
        self.editingFinished.connect(self._finished)
        self.calendarWidget().clicked.connect(lambda _day: self._confirm())

    def set_range(self, first: dt.date, last: dt.date, start: dt.date) -> None:
        """Dates from `first` to `last`; the day before `first` is the empty value; `start` is where
        typing begins."""
        self.blockSignals(True)
        self.setDateRange(to_qdate(first).addDays(-1), to_qdate(last))
        self.blockSignals(False)
        self.start = to_qdate(start)

    def set_value(self, day: dt.date | None) -> None:
        self.blockSignals(True)
        self.setDate(to_qdate(day) if day else self.minimumDate())
        self.blockSignals(False)
        self._touched = False

    def value(self) -> dt.date | None:
        return None if self.date() == self.minimumDate() else from_qdate(self.date())

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.value() is None and self.isEnabled():
            self.blockSignals(True)
            self.setDate(self.start)
            self.blockSignals(False)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self._touched and self.date() == self.start:
            self.set_value(None)  # only looked at: still empty

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._touched = True
        super().keyPressEvent(event)

    def _changed(self, _date: QDate) -> None:
        self._touched = True

    def _finished(self) -> None:
        if self._touched and self.value() is not None:
            self.confirmed.emit()

    def _confirm(self) -> None:
        self._touched = True
        self.confirmed.emit()
