"""The one field in which a date is typed, everywhere in the window.

A plain line edit: "10/01/2026", "10/1/2026" and "2026-01-10" (also "10.01.2026", "10012026") are
read by `domain.dates.parse_day`, and the line under the field says which date it understood
("Đã hiểu: 10 tháng 1 năm 2026") or why it understood none. The text is never rewritten while the
officer types, and never turned into another date: a text that names no date (or one outside the
allowed range) stays as typed, in red, and counts as no date. Once confirmed (Enter, leaving the
field, a day picked in the calendar) a valid date is shown as 10/01/2026.

An optional field may be empty ("—" as its placeholder): nothing is filled in by itself (a
completion date of "today" would be wrong: figures are often entered weeks later).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.dates import parse_day, short_text, split_day
from ccpropa_desktop.errors import UserError

OK_STYLE = "color: #1d6b2a;"
BAD_STYLE = "color: #a61b1b;"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def spoken(day: dt.date) -> str:
    """The date in words, unambiguous and short enough for the line under the field at 12 pt:
    "10 tháng 1 năm 2026"; in English "10 January 2026" (a QLocale format, translated)."""
    words = QCoreApplication.translate("DateField", "d 'tháng' M 'năm' yyyy")
    return QLocale().toString(to_qdate(day), words)


class _DateEdit(QLineEdit):
    """The line itself: Enter confirms; losing focus confirms what was typed."""

    entered = Signal()
    left = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.left.emit()


class DateField(QWidget):
    """`value()` is the date typed (None while empty or not understood); `confirmed` fires when the
    officer has entered a date different from the one shown before; `edited` on every keystroke."""

    confirmed = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        super().__init__(parent)
        self.optional = optional
        self.first: dt.date | None = None
        self.last: dt.date | None = None
        self._shown: dt.date | None = None  # the date last set or confirmed
        self.edit = _DateEdit()
        self.edit.setPlaceholderText("—" if optional else self.tr("ngày/tháng/năm"))
        self.edit.setToolTip(self.tr("Gõ ngày/tháng/năm, ví dụ 10/01/2026, 10/1/2026 hoặc 2026-01-10"))
        self.edit.setMaxLength(20)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 40)
        self.calendar_action = QAction(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                       self.tr("Chọn ngày trên lịch"), self)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.edit.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.understood = QLabel()
        self.understood.setObjectName("date_understood")
        small = self.understood.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        self.understood.setFont(small)
        self.understood.setWordWrap(True)
        self.calendar: QCalendarWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.understood)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(lambda _text: self._explain())
        self.edit.textEdited.connect(lambda _text: self.edited.emit())
        self.edit.entered.connect(self.confirm)
        self.edit.left.connect(self.confirm)
        self._explain()

    # -- value -----------------------------------------------------------------------------------
    def set_range(self, first: dt.date | None, last: dt.date | None) -> None:
        """Dates from `first` to `last` (both inclusive) are accepted; others are said to be outside."""
        self.first, self.last = first, last
        self._explain()

    def set_value(self, day: dt.date | None) -> None:
        """Show `day` (None: empty), without emitting anything."""
        self._shown = day
        self.edit.setText(short_text(day) if day else "")
        self._explain()

    def text(self) -> str:
        return self.edit.text()

    def problem(self) -> str:
        """Why the text is no acceptable date ("" when it is one, or empty and optional)."""
        text = self.edit.text().strip()
        if not text:
            return "" if self.optional else self.tr("Cần nhập ngày, ví dụ 10/01/2026.")
        parts = split_day(text)
        if parts is None:
            return self.tr("Chưa hiểu “{0}”: gõ ngày/tháng/năm, ví dụ 10/01/2026.").format(text)
        try:
            day = parse_day(text)
        except UserError:
            d, m, y = parts
            if not 1 <= m <= 12:
                return self.tr("Không có tháng {0}: tháng từ 1 đến 12 (gõ ngày/tháng/năm).").format(m)
            return self.tr("Tháng {0} năm {1} không có ngày {2}.").format(m, y, d)
        if (self.first and day < self.first) or (self.last and day > self.last):
            low = short_text(self.first) if self.first else "…"
            high = short_text(self.last) if self.last else "…"
            return self.tr("Ngày {0} nằm ngoài khoảng cho phép ({1} – {2}).").format(
                short_text(day), low, high)
        return ""

    def value(self) -> dt.date | None:
        """The date typed, if it is one and in range; None otherwise."""
        text = self.edit.text().strip()
        if not text or self.problem():
            return None
        return parse_day(text)

    def is_acceptable(self) -> bool:
        return not self.problem()

    # -- typing ----------------------------------------------------------------------------------
    def _explain(self) -> None:
        problem = self.problem()
        day = self.value()
        if problem:
            self.understood.setText(problem)
            self.understood.setStyleSheet(BAD_STYLE)
        elif day is not None:
            self.understood.setText(self.tr("Đã hiểu: {0}").format(spoken(day)))
            self.understood.setStyleSheet(OK_STYLE)
        else:
            self.understood.setText(self.tr("Chưa có ngày"))
            self.understood.setStyleSheet("color: #666;")

    def confirm(self) -> None:
        """Enter or leaving the field: a valid new date is shown as dd/mm/yyyy and `confirmed` fires."""
        if self.problem():
            return
        day = self.value()
        if day is not None:
            self.edit.setText(short_text(day))
        if day != self._shown:
            self._shown = day
            self._explain()
            self.confirmed.emit()

    # -- calendar --------------------------------------------------------------------------------
    def show_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setObjectName("date_calendar")
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
        if self.first:
            self.calendar.setMinimumDate(to_qdate(self.first))
        if self.last:
            self.calendar.setMaximumDate(to_qdate(self.last))
        day = self.value() or self._shown or min(dt.date.today(), self.last or dt.date.today())
        self.calendar.setSelectedDate(to_qdate(day))
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()

    def _picked(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setText(short_text(from_qdate(day)))
        self._explain()
        self.edited.emit()
        self.confirm()
        self.edit.setFocus()
