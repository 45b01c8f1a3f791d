"""The side panel of the tracking page: what was done for one task in the chosen period.

Every field is saved as soon as it is complete, through `save_requested(changes)` (the keyword
arguments of `services.tracking.set_progress`); the page saves and hands the stored row back with
`set_row`. "Hoàn thành" waits for its date and "Không thực hiện" for its reason: until then the
panel says what is missing and saves nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.periods import PeriodRules, parse_period
from ccpropa_desktop.domain.tracking import METRICS, Status
from ccpropa_desktop.ui.models.tracking_table import STATUS_TEXT, TrackingRow, figure_label
from ccpropa_desktop.ui.widgets.date_field import OptionalDateEdit

MAX_FIGURE = 1e15


def _size_text(size: int) -> str:
    locale = QLocale()
    if size >= 1024 * 1024:
        return locale.toString(size / 1048576, "f", 1) + " MB"
    return locale.toString(max(1, round(size / 1024))) + " KB"


class ProgressPanel(QWidget):
    save_requested = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_panel")
        self.row: TrackingRow | None = None
        self.heading = QLabel()
        self.heading.setObjectName("panel_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLabel()
        self.note.setObjectName("panel_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")

        self.status = QComboBox()
        self.status.setObjectName("status_combo")
        for status in Status:
            self.status.addItem(self.tr(STATUS_TEXT[status.value]), status.value)
        self.date = OptionalDateEdit()
        self.date.setObjectName("done_date")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("bắt buộc khi không thực hiện"))
        self.message = QLabel()
        self.message.setObjectName("panel_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a61b1b;")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Trạng thái:"), self.status)
        form.addRow(self.tr("Ngày hoàn thành:"), self.date)
        form.addRow(self.tr("Lý do:"), self.reason)

        self.figures_box = QGroupBox(self.tr("Số liệu trong kỳ (cộng dồn)"))
        self.figures_form = QFormLayout(self.figures_box)
        self.figures: dict[str, QDoubleSpinBox] = {}
        for key in METRICS:
            self._add_figure(key)

        self.evidence = QListWidget()
        self.evidence.setObjectName("evidence_list")
        self.evidence.setMaximumHeight(90)
        self.evidence.setWordWrap(True)
        self.evidence_input = QLineEdit()
        self.evidence_input.setObjectName("evidence_input")
        self.evidence_input.setPlaceholderText(self.tr("Công văn số …, đường dẫn … rồi Enter"))
        self.add_evidence = QPushButton(self.tr("Thêm"))
        self.add_evidence.setObjectName("add_evidence")
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.evidence_input, 1)
        evidence_row.addWidget(self.add_evidence)
        evidence_box = QGroupBox(self.tr("Minh chứng"))
        evidence_layout = QVBoxLayout(evidence_box)
        evidence_layout.addWidget(self.evidence)
        evidence_layout.addLayout(evidence_row)

        self.files = QListWidget()
        self.files.setObjectName("attachments_list")
        self.files.setMaximumHeight(70)
        self.attach_button = QPushButton(self.tr("Đính kèm tệp…"))
        self.attach_button.setObjectName("attach_files")
        files_box = QGroupBox(self.tr("Tệp đính kèm"))
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self.files)
        files_layout.addWidget(self.attach_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.figures_box)
        layout.addWidget(evidence_box)
        layout.addWidget(files_box)
        layout.addStretch(1)

        self.status.activated.connect(self._status_chosen)
        self.date.confirmed.connect(self._date_entered)
        self.reason.editingFinished.connect(self._reason_entered)
        self.evidence_input.returnPressed.connect(self._add_evidence)
        self.add_evidence.clicked.connect(self._add_evidence)
        self.attach_button.clicked.connect(self._attach)
        self.setEnabled(False)

    def _add_figure(self, key: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setObjectName(f"figure_{key}")
        spin.setDecimals(0 if key in METRICS else 2)
        spin.setRange(0, MAX_FIGURE)
        spin.setGroupSeparatorShown(True)
        spin.setSpecialValueText("—")
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(96)
        spin.setKeyboardTracking(False)
        spin.editingFinished.connect(lambda k=key: self._figure_entered(k))
        self.figures_form.addRow(figure_label(key) + ":", spin)
        self.figures[key] = spin
        return spin

    # -- showing ---------------------------------------------------------------------------------
    def set_row(self, row: TrackingRow | None, period: str, today: dt.date,
                rules: PeriodRules | None = None) -> None:
        self.row = row
        self.setEnabled(row is not None)
        self.message.hide()
        if row is None:
            self.heading.setText(self.tr("Chọn một nhiệm vụ trong bảng để ghi kết quả."))
            self.note.setText("")
            return
        p = row.progress
        self.heading.setText(self.tr("Nhiệm vụ {0}: {1}").format(row.task.number, row.task.content.strip()))
        if p.derived_from:
            self.note.setText(self.tr("Kỳ này chưa ghi riêng: đang hiện kết quả lấy từ {0}. Khi sửa, kỳ "
                                      "này được ghi, bắt đầu từ các số liệu đó.").format(
                                          ", ".join(parse_period(c).label for c in p.derived_from)))
        elif row.shows_group_status:
            self.note.setText(self.tr("Nhiệm vụ có các nhiệm vụ con: trạng thái trong bảng tính từ chúng."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        target = parse_period(period)
        first, end = target.window(rules or PeriodRules())
        last = max(end, target.end_of_period())
        self.date.set_range(first, last, min(last, today))
        self.status.setCurrentIndex(self.status.findData(p.status.value))
        self.date.set_value(p.done_on)
        self.reason.setText(p.reason)
        self._enable_for(p.status.value)
        for key in p.metrics:
            if key not in self.figures:
                self._add_figure(key)
        for key, spin in self.figures.items():
            spin.blockSignals(True)
            spin.setValue(float(p.metrics.get(key, 0)))
            spin.blockSignals(False)
        self.evidence.clear()
        self.evidence.addItems(p.evidence)
        self.files.clear()
        for item in p.attachments:
            self.files.addItem(f"{item.name} ({_size_text(item.size)})")

    def _enable_for(self, status: str) -> None:
        self.date.setEnabled(status == Status.DONE.value)
        self.reason.setEnabled(status == Status.DROPPED.value)

    def chosen_status(self) -> str:
        return str(self.status.currentData())

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- saving ----------------------------------------------------------------------------------
    def _request(self, **changes: Any) -> None:
        self._say("")
        self.save_requested.emit(changes)

    def _status_chosen(self, _index: int) -> None:
        if self.row is None:
            return
        status = self.chosen_status()
        self._enable_for(status)
        if status == Status.DONE.value:
            day = self.date.value()
            if day is None:
                self._say(self.tr("Nhập ngày hoàn thành (rồi Enter) để lưu trạng thái «Hoàn thành»."))
                self.date.setFocus()
                return
            self._request(status=status, done_on=day)
        elif status == Status.DROPPED.value:
            reason = self.reason.text().strip()
            if not reason:
                self._say(self.tr("Trạng thái «Không thực hiện» cần lý do: nhập lý do để lưu."))
                self.reason.setFocus()
                return
            self._request(status=status, reason=reason)
        elif status != self.row.progress.status.value or self.row.progress.derived_from:
            self._request(status=status)

    def _date_entered(self) -> None:
        day = self.date.value()
        if self.row is None or self.chosen_status() != Status.DONE.value or day is None:
            return
        p = self.row.progress
        if p.status is Status.DONE and p.done_on == day and not p.derived_from:
            return
        self._request(status=Status.DONE.value, done_on=day)

    def _reason_entered(self) -> None:
        if self.row is None or self.chosen_status() != Status.DROPPED.value:
            return
        reason = self.reason.text().strip()
        if not reason:
            self._say(self.tr("Trạng thái «Không thực hiện» cần lý do: nhập lý do để lưu."))
            return
        p = self.row.progress
        if p.status is Status.DROPPED and p.reason == reason and not p.derived_from:
            return
        self._request(status=Status.DROPPED.value, reason=reason)

    def _figure_entered(self, key: str) -> None:
        if self.row is None:
            return
        value = self.figures[key].value()
        stored = self.row.progress.metrics.get(key)
        new = value if value > 0 else None
        if new == stored or (new is None and stored is None):
            return
        self._request(metrics={key: new})

    def _add_evidence(self) -> None:
        text = self.evidence_input.text().strip()
        if self.row is None or not text:
            return
        self.evidence_input.clear()
        self._request(evidence=[text])

    def _attach(self) -> None:
        if self.row is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp đính kèm"), "",
                                                self.tr("Mọi tệp (*)"))
        if paths:
            self._request(attach=paths)
