"""The number and date of a report (a unit's Báo cáo, or the upper level's consolidated report), as
the văn thư gives them: "Số: 25/BC-UBND", "18/06/2026". Like the plan's issue dialog (ui/pages/issue.py)
without the form choice; the date is typed as everywhere (ui/widgets/date_field.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.ui.widgets.date_field import DateField


class ReportIssueDialog(QDialog):
    def __init__(self, title: str, suffix: str, note: str, number: str = "", date: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_issue_dialog")
        self.setWindowTitle(title)
        self.number = QLineEdit(number.lstrip("0") or number)
        self.number.setObjectName("issue_number")
        self.number.setValidator(QIntValidator(1, 99999, self.number))
        self.number.setPlaceholderText(self.tr("ví dụ 25"))
        self.number.setMaximumWidth(120)
        self.suffix = QLabel(suffix)
        self.date = DateField(optional=False)
        self.date.setObjectName("issue_date")
        self.date.set_value(date or dt.date.today())
        self.date.setMaximumWidth(260)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(self.suffix)
        number_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Số văn bản:"), number_row)
        form.addRow(self.tr("Ngày ban hành:"), self.date)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Ghi số và ngày"))
        self.ok_button.setObjectName("issue_ok")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.number.textChanged.connect(self._update_ok)
        self.date.edited.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update_ok()
        self.number.setFocus()
        layout.activate()  # size limits known before the window exists, not pushed to it afterwards

    def number_text(self) -> str:
        return self.number.text().strip()

    def issued_on(self) -> dt.date:
        day = self.date.value()
        assert day is not None  # OK is enabled only with a date
        return day

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.number.hasAcceptableInput() and self.date.value() is not None)
