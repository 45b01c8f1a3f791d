"""The side panel of the tracking page: what was done for one task in the chosen period.

Every field is saved as soon as it is complete, through `save_requested(changes)` (the keyword
arguments of `services.tracking.set_progress`); the page saves and hands the stored row back with
`set_row`. "Hoàn thành" waits for its date and "Không thực hiện" for its reason: until then the
panel says what is missing and saves nothing.

It fits a 1366×768 screen for a typical task: the heading is two lines at most (the whole task in
its tooltip), so the status box below it never moves with the length of the task; the figures sit
in two columns. A figure is a plain line edit ("—" while empty): typing into it keeps what is typed,
and the mouse wheel changes nothing. Evidence lines and attached files open with the system viewer
(`open_requested`) and can be removed (`remove_requested`); the page offers «Hoàn tác» after that.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent, QTextLayout
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.periods import PeriodRules, parse_period
from ccpropa_desktop.domain.report import vi_number
from ccpropa_desktop.domain.tracking import METRICS, Attachment, Status
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services.tracking import parse_number
from ccpropa_desktop.ui.models.domain_labels import period_label
from ccpropa_desktop.ui.models.tracking_table import STATUS_TEXT, TrackingRow, figure_label
from ccpropa_desktop.ui.models.tracking_table import tr as table_tr
from ccpropa_desktop.ui.widgets.date_field import DateField
from ccpropa_desktop.ui.widgets.no_wheel import guard_wheel

HEADING_LINES = 2
FIGURE_COLUMNS = 2
_URL = re.compile(r"(https?://\S+|www\.\S+)", re.IGNORECASE)


def _size_text(size: int) -> str:
    locale = QLocale()
    if size >= 1024 * 1024:
        return locale.toString(size / 1048576, "f", 1) + " MB"
    return locale.toString(max(1, round(size / 1024))) + " KB"


def evidence_target(line: str) -> QUrl | None:
    """What an evidence line points at, if anything can be opened: a web address in it, or the path
    of a file or folder that exists on this computer. "Công văn số 45/UBND" points at nothing."""
    found = _URL.search(line)
    if found:
        address = found.group(1).rstrip(").,;")
        return QUrl(address if "://" in address else f"https://{address}")
    text = line.strip().strip('"')
    if text.lower().startswith("file://"):
        url = QUrl(text)
        return url if url.isLocalFile() and Path(url.toLocalFile()).exists() else None
    try:
        path = Path(text).expanduser()
        return QUrl.fromLocalFile(str(path)) if path.is_absolute() and path.exists() else None
    except (OSError, ValueError):
        return None


class ElidedLabel(QLabel):
    """Plain text on at most `lines` lines, the rest elided "…"; the whole text in the tooltip. Its
    height is fixed, so what is below it stays where it is."""

    def __init__(self, lines: int = HEADING_LINES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.full = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * lines + 4)

    def set_full_text(self, text: str) -> None:
        self.full = text
        self.setToolTip(text if text else "")
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(40, self.contentsRect().width())
        text = " ".join(self.full.split())
        layout = QTextLayout(text, self.font())
        layout.beginLayout()
        starts = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        if len(starts) <= self.lines:
            self.setText(text)
            return
        cut = starts[self.lines - 1]
        rest = QFontMetrics(self.font()).elidedText(text[cut:], Qt.TextElideMode.ElideRight, width)
        self.setText(text[:cut] + rest)


class FigureField(QLineEdit):
    """One figure: empty ("—") or a number written the Vietnamese way (1.500, 12,5)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"figure_{key}")
        self.setPlaceholderText("—")
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setMaxLength(24)
        self.setMinimumWidth(QFontMetrics(self.font()).horizontalAdvance("000.000.000") + 14)

    def set_number(self, value: float | None) -> None:
        self.setText(vi_number(value) if value else "")

    def number(self) -> float | None:
        """The number typed (None when empty); UserError when the text is not a number."""
        text = self.text().strip()
        return parse_number(text, figure_label(self.key)) if text else None


class ProgressPanel(QWidget):
    save_requested = Signal(dict)
    remove_requested = Signal(str, object)  # "evidence" and the line, or "attachment" and the Attachment
    open_requested = Signal(str, object)  # the same, to open with the system viewer
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress_panel")
        self.row: TrackingRow | None = None
        self.attachments: list[Attachment] = []
        self._figure_problem = ""  # the figure whose text is not a number (its message is shown)
        self.heading = ElidedLabel(HEADING_LINES)
        self.heading.setObjectName("panel_heading")
        self.note = QLabel()
        self.note.setObjectName("panel_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        self.note.hide()

        self.status = QComboBox()
        self.status.setObjectName("status_combo")
        guard_wheel(self.status)  # the wheel scrolls the panel, it does not change the status
        for status in Status:
            self.status.addItem(table_tr(STATUS_TEXT[status.value]), status.value)  # marked in its context
        self.date = DateField()
        self.date.setObjectName("done_date")
        self.date.edit.setObjectName("done_date_edit")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("bắt buộc khi không thực hiện"))
        self.message = QLabel()
        self.message.setObjectName("panel_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a61b1b;")
        self.message.hide()
        form = QFormLayout()
        form.setVerticalSpacing(4)
        form.addRow(self.tr("Trạng thái:"), self.status)
        form.addRow(self.tr("Ngày hoàn thành:"), self.date)
        form.addRow(self.tr("Lý do:"), self.reason)

        self.figures_box = QGroupBox(self.tr("Số liệu trong kỳ (cộng dồn)"))
        self.figures_grid = QGridLayout(self.figures_box)
        self.figures_grid.setContentsMargins(6, 4, 6, 4)
        self.figures_grid.setHorizontalSpacing(8)
        self.figures_grid.setVerticalSpacing(0)
        self.figures: dict[str, FigureField] = {}
        for key in METRICS:
            self._add_figure(key)

        self.evidence = QListWidget()
        self.evidence.setObjectName("evidence_list")
        self.evidence.setWordWrap(True)
        self.evidence.setFixedHeight(QFontMetrics(self.font()).lineSpacing() * 3 + 10)
        self.evidence_input = QLineEdit()
        self.evidence_input.setObjectName("evidence_input")
        self.evidence_input.setPlaceholderText(self.tr("Công văn số …, đường dẫn … rồi Enter"))
        self.add_evidence = QPushButton(self.tr("Thêm"))
        self.add_evidence.setObjectName("add_evidence")
        self.open_evidence = QPushButton(self.tr("Mở"))
        self.open_evidence.setObjectName("open_evidence")
        self.open_evidence.setToolTip(self.tr("Mở đường dẫn hoặc tệp ghi trong dòng minh chứng đang chọn"))
        self.remove_evidence = QPushButton(self.tr("Xóa"))
        self.remove_evidence.setObjectName("remove_evidence")
        self.remove_evidence.setToolTip(self.tr("Xóa dòng minh chứng đang chọn (hoàn tác được)"))
        evidence_box = QGroupBox(self.tr("Minh chứng"))
        evidence_layout = QGridLayout(evidence_box)
        evidence_layout.setContentsMargins(6, 4, 6, 4)
        evidence_layout.setVerticalSpacing(4)
        evidence_layout.addWidget(self.evidence, 0, 0, 2, 1)
        evidence_layout.addWidget(self.open_evidence, 0, 1)
        evidence_layout.addWidget(self.remove_evidence, 1, 1, Qt.AlignmentFlag.AlignTop)
        evidence_layout.addWidget(self.evidence_input, 2, 0)
        evidence_layout.addWidget(self.add_evidence, 2, 1)

        self.files = QListWidget()
        self.files.setObjectName("attachments_list")
        self.attach_button = QPushButton(self.tr("Đính kèm…"))
        self.attach_button.setObjectName("attach_files")
        self.attach_button.setToolTip(self.tr("Chép một hay nhiều tệp vào thư mục dữ liệu, kèm nhiệm vụ này"))
        self.open_file = QPushButton(self.tr("Mở"))
        self.open_file.setObjectName("open_attachment")
        self.open_file.setToolTip(self.tr("Mở tệp đính kèm đang chọn bằng chương trình của máy"))
        self.remove_file = QPushButton(self.tr("Gỡ"))
        self.remove_file.setObjectName("remove_attachment")
        self.remove_file.setToolTip(self.tr("Gỡ tệp đính kèm đang chọn khỏi nhiệm vụ (hoàn tác được)"))
        buttons_height = sum(b.sizeHint().height() for b in (self.attach_button, self.open_file,
                                                              self.remove_file)) + 8
        self.files.setFixedHeight(buttons_height)
        files_box = QGroupBox(self.tr("Tệp đính kèm"))
        files_layout = QGridLayout(files_box)
        files_layout.setContentsMargins(6, 4, 6, 4)
        files_layout.setVerticalSpacing(4)
        files_layout.addWidget(self.files, 0, 0, 3, 1)
        files_layout.addWidget(self.attach_button, 0, 1)
        files_layout.addWidget(self.open_file, 1, 1)
        files_layout.addWidget(self.remove_file, 2, 1)

        self.undo_label = QLabel()
        self.undo_label.setObjectName("undo_label")
        self.undo_label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Hoàn tác"))
        self.undo_button.setObjectName("undo_remove")
        self.undo_bar = QWidget()
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        layout.addWidget(self.figures_box)
        layout.addWidget(evidence_box)
        layout.addWidget(files_box)
        layout.addWidget(self.undo_bar)
        layout.addStretch(1)

        self.status.activated.connect(self._status_chosen)
        self.date.confirmed.connect(self._date_entered)
        self.reason.editingFinished.connect(self._reason_entered)
        self.evidence_input.returnPressed.connect(self._add_evidence)
        self.add_evidence.clicked.connect(self._add_evidence)
        self.attach_button.clicked.connect(self._attach)
        self.open_evidence.clicked.connect(self._open_evidence)
        self.remove_evidence.clicked.connect(self._remove_evidence)
        self.evidence.itemDoubleClicked.connect(lambda _item: self._open_evidence())
        self.evidence.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.open_file.clicked.connect(self._open_file)
        self.remove_file.clicked.connect(self._remove_file)
        self.files.itemDoubleClicked.connect(lambda _item: self._open_file())
        self.files.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.undo_button.clicked.connect(self.undo_requested.emit)
        self.setEnabled(False)
        self._update_buttons()

    def _add_figure(self, key: str) -> FigureField:
        field = FigureField(key)
        field.editingFinished.connect(lambda k=key: self._figure_entered(k))
        label = QLabel(figure_label(key))
        label.setBuddy(field)
        label.setToolTip(figure_label(key))
        index = len(self.figures)
        row, column = divmod(index, FIGURE_COLUMNS)
        self.figures_grid.addWidget(label, 2 * row, column)
        self.figures_grid.addWidget(field, 2 * row + 1, column)
        self.figures_grid.setRowMinimumHeight(2 * row + 1, field.sizeHint().height() + 3)
        self.figures[key] = field
        return field

    # -- showing ---------------------------------------------------------------------------------
    def set_row(self, row: TrackingRow | None, period: str, today: dt.date,
                rules: PeriodRules | None = None) -> None:
        if row is None or self.row is None or row.task.id != self.row.task.id:
            self.hide_undo()
        self.row = row
        self.setEnabled(row is not None)
        self.message.hide()
        self._figure_problem = ""
        if row is None:
            self.heading.set_full_text(self.tr("Chọn một nhiệm vụ trong bảng để ghi kết quả."))
            self.note.setText("")
            self.note.hide()
            return
        p = row.progress
        self.heading.set_full_text(self.tr("Nhiệm vụ {0}: {1}").format(row.task.number,
                                                                      row.task.content.strip()))
        if p.derived_from:
            self.note.setText(self.tr("Kỳ này chưa ghi riêng: đang hiện kết quả lấy từ {0}. Khi sửa, kỳ "
                                      "này được ghi, bắt đầu từ các số liệu đó.").format(
                                          ", ".join(period_label(c) for c in p.derived_from)))
        elif row.shows_group_status:
            self.note.setText(self.tr("Nhiệm vụ có các nhiệm vụ con: trạng thái trong bảng tính từ chúng."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        target = parse_period(period)
        first, end = target.window(rules or PeriodRules())
        self.date.set_range(first, max(end, target.end_of_period()))
        self.status.setCurrentIndex(self.status.findData(p.status.value))
        self.date.set_value(p.done_on)
        self.reason.setText(p.reason)
        self._enable_for(p.status.value)
        for key in p.metrics:
            if key not in self.figures:
                self._add_figure(key)
        for key, field in self.figures.items():
            field.set_number(p.metrics.get(key))
        self.evidence.clear()
        for line in p.evidence:
            item = QListWidgetItem(line, self.evidence)
            item.setToolTip(line)
        self.files.clear()
        self.attachments = list(p.attachments)
        for attachment in p.attachments:
            item = QListWidgetItem(f"{attachment.name} ({_size_text(attachment.size)})", self.files)
            item.setToolTip(attachment.name)
        self._update_buttons()

    def _enable_for(self, status: str) -> None:
        self.date.setEnabled(status == Status.DONE.value)
        self.reason.setEnabled(status == Status.DROPPED.value)

    def _update_buttons(self) -> None:
        line = self.evidence.currentItem()
        self.remove_evidence.setEnabled(line is not None)
        self.open_evidence.setEnabled(line is not None and evidence_target(line.text()) is not None)
        chosen = self.files.currentRow() >= 0
        self.open_file.setEnabled(chosen)
        self.remove_file.setEnabled(chosen)

    def chosen_status(self) -> str:
        return str(self.status.currentData())

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_undo(self, text: str) -> None:
        self.undo_label.setText(text)
        self.undo_bar.show()

    def hide_undo(self) -> None:
        self.undo_bar.hide()

    # -- saving ----------------------------------------------------------------------------------
    def _request(self, **changes: Any) -> None:
        self.say("")
        self.save_requested.emit(changes)

    def _status_chosen(self, _index: int) -> None:
        if self.row is None:
            return
        status = self.chosen_status()
        self._enable_for(status)
        if status == Status.DONE.value:
            day = self.date.value()
            if day is None:
                self.say(self.tr("Nhập ngày hoàn thành (rồi Enter) để lưu trạng thái «Hoàn thành»."))
                self.date.setFocus()
                return
            self._request(status=status, done_on=day)
        elif status == Status.DROPPED.value:
            reason = self.reason.text().strip()
            if not reason:
                self.say(self.tr("Trạng thái «Không thực hiện» cần lý do: nhập lý do để lưu."))
                self.reason.setFocus()
                return
            self._request(status=status, reason=reason)
        elif status != self.row.progress.status.value or self.row.progress.derived_from:
            self._request(status=status)

    def _date_entered(self) -> None:
        day = self.date.value()
        if self.row is None or self.chosen_status() != Status.DONE.value:
            return
        if day is None:
            stored = self.row.progress.done_on
            if stored is not None and self.row.progress.status is Status.DONE:
                self.date.set_value(stored)  # emptied: a completed task keeps its date
                self.say(self.tr("«Hoàn thành» cần ngày hoàn thành: vẫn giữ ngày đã ghi."))
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
            self.say(self.tr("Trạng thái «Không thực hiện» cần lý do: nhập lý do để lưu."))
            return
        p = self.row.progress
        if p.status is Status.DROPPED and p.reason == reason and not p.derived_from:
            return
        self._request(status=Status.DROPPED.value, reason=reason)

    def _figure_entered(self, key: str) -> None:
        if self.row is None:
            return
        field = self.figures[key]
        stored = self.row.progress.metrics.get(key)
        try:
            value = field.number()
        except UserError as exc:
            self._figure_problem = key
            self.say(exc.message)  # nothing is saved; the field keeps what was typed, to correct it
            return
        if self._figure_problem == key:
            self._figure_problem = ""
            self.say("")
        new = value if value else None
        if new == stored or (new is None and stored is None):
            field.set_number(stored)  # "1500" shows as 1.500; an emptied zero stays empty
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

    # -- opening and removing --------------------------------------------------------------------
    def _open_evidence(self) -> None:
        item = self.evidence.currentItem()
        if self.row is None or item is None:
            return
        if evidence_target(item.text()) is None:
            self.say(self.tr("Dòng minh chứng này không ghi đường dẫn hay tệp nào có trên máy: không có gì "
                             "để mở."))
            return
        self.open_requested.emit("evidence", item.text())

    def _remove_evidence(self) -> None:
        item = self.evidence.currentItem()
        if self.row is not None and item is not None:
            self.remove_requested.emit("evidence", item.text())

    def _chosen_file(self) -> Attachment | None:
        row = self.files.currentRow()
        return self.attachments[row] if 0 <= row < len(self.attachments) else None

    def _open_file(self) -> None:
        chosen = self._chosen_file()
        if self.row is not None and chosen is not None:
            self.open_requested.emit("attachment", chosen)

    def _remove_file(self) -> None:
        chosen = self._chosen_file()
        if self.row is not None and chosen is not None:
            self.remove_requested.emit("attachment", chosen)
