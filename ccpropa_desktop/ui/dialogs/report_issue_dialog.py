"""The number and date of a report (a unit's Báo cáo, or the upper level's consolidated report): the
number-and-date dialog with the report's suffix ("/BC-UBND") and its note."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from ccpropa_desktop.ui.dialogs.number_date_dialog import NumberDateDialog


class ReportIssueDialog(NumberDateDialog):
    def __init__(self, title: str, suffix: str, note: str, number: str = "", date: dt.date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, note, self.tr("Ghi số và ngày"), self.tr("ví dụ 25"), number, date, parent)
        self.setObjectName("report_issue_dialog")
        self.suffix.setText(suffix)
