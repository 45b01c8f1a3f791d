"""The number and date of a document as the văn thư gives them ("Số: 25/BC-UBND", "18/06/2026"): the
base of the plan's issue dialog (ui/pages/issue.py, which adds the form A/B) and the reports' one.
The date is typed as everywhere (ui/widgets/date_field.py); OK is enabled only with both."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.ui.widgets.date_field import DateField


def tr(text: str) -> str:
    return QCoreApplication.translate("NumberDateDialog", text)


class NumberDateDialog(QDialog):
    def __init__(self, title: str, note: str, ok_text: str, example: str, number: str = "",
                 date: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.number = QLineEdit(number.lstrip("0") or number)
        self.number.setObjectName("issue_number")
        self.number.setValidator(QIntValidator(1, 99999, self.number))
        self.number.setPlaceholderText(example)
        self.number.setMaximumWidth(120)
        self.suffix = QLabel()
        self.date = DateField(optional=False)  # 10/01/2026, 10/1/2026 or 2026-01-10, and what it understood
        self.date.setObjectName("issue_date")
        self.date.set_value(date or dt.date.today())
        self.date.setMaximumWidth(260)
        number_row = QHBoxLayout()
        number_row.addWidget(self.number)
        number_row.addWidget(self.suffix)
        number_row.addStretch(1)
        self.form_layout = QFormLayout()
        self.form_layout.addRow(tr("Số văn bản:"), number_row)
        self.form_layout.addRow(tr("Ngày ban hành:"), self.date)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.ok_button.setObjectName("issue_ok")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.number.textChanged.connect(self._update_ok)
        self.date.edited.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form_layout)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update_ok()
        self.number.setFocus()
        self.settle()

    def add_row(self, label: str, row: QWidget | QLayout) -> None:
        """A row under the number and the date (the plan's form A/B)."""
        self.form_layout.addRow(label, row)
        self.settle()

    def settle(self) -> None:
        layout = self.layout()
        if layout is not None:
            layout.activate()  # size limits known before the window exists, not pushed to it afterwards

    def number_text(self) -> str:
        return self.number.text().strip()

    def issued_on(self) -> dt.date:
        day = self.date.value()
        assert day is not None  # OK is enabled only with a date
        return day

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.number.hasAcceptableInput() and self.date.value() is not None)
