"""The prose of a report, one text box per section the officer may rewrite, in print order.

Typing is saved after a short pause or when the box loses focus: `edit_requested(key, text)` (the
page calls `services.reports.edit_report`). One line is one paragraph (for Kính gửi and Nơi nhận,
one addressee). Emptying a box gives the section back to the drafted text. A badge says whether a
section is drafted, edited, or still a "[…]" prompt to write before issuing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.report import Report, ReportSection

SAVE_PAUSE_MS = 800
"""Typing stops this long → the section is saved."""
HEAD = ("kinh_gui", "mo_dau", "chi_dao", "kinh_phi")
TAIL = ("uu_diem", "han_che", "nguyen_nhan", "phuong_huong", "kien_nghi", "noi_nhan")
TODO_STYLE = "QPlainTextEdit { background: #fff6d6; }"


def print_order(report: Report) -> list[ReportSection]:
    sections = report.editable()
    keys = [*HEAD, *(c.summary.key for c in report.channels), *TAIL]
    return [sections[k] for k in keys if k in sections]


def section_text(section: ReportSection) -> str:
    return "\n".join(section.paragraphs)


class _SectionBox(QFrame):
    def __init__(self, section: ReportSection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = section.key
        # The headings are the printed report's own (Vietnamese in every UI language); the opening
        # paragraph has none in print, so the window names it in the UI language.
        title = self.tr("Đoạn mở đầu") if section.key == "mo_dau" else section.title
        self.title = QLabel(f"<b>{title}</b>")
        self.title.setWordWrap(True)
        self.badge = QLabel()
        self.badge.setObjectName(f"badge_{section.key}")
        self.reset = QPushButton(self.tr("Dùng lại bản tự soạn"))
        self.reset.setObjectName(f"reset_{section.key}")
        self.reset.setFlat(True)
        self.reset.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reset.setStyleSheet("QPushButton { color: #1f5fa8; text-decoration: underline; }")
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(f"section_{section.key}")
        self.edit.setTabChangesFocus(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_PAUSE_MS)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.badge)
        head.addWidget(self.reset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(head)
        layout.addWidget(self.edit)
        self.shown = ""
        self.show_section(section)

    def show_section(self, section: ReportSection, *, text: bool = True) -> None:
        if section.placeholder:
            self.badge.setText(self.tr("Cần soạn"))
            self.badge.setStyleSheet("color: #a61b1b; font-weight: bold;")
        elif section.edited:
            self.badge.setText(self.tr("Đã sửa"))
            self.badge.setStyleSheet("color: #1d6b2a;")
        else:
            self.badge.setText(self.tr("Tự soạn"))
            self.badge.setStyleSheet("color: #666;")
        self.reset.setVisible(section.edited)
        self.edit.setStyleSheet(TODO_STYLE if section.placeholder else "")
        if text:
            self.shown = section_text(section)
            self.edit.blockSignals(True)
            self.edit.setPlainText(self.shown)
            self.edit.blockSignals(False)
        self._fit_height()

    def _fit_height(self) -> None:
        lines = max(2, min(9, round(len(self.edit.toPlainText()) / 70) + self.edit.blockCount()))
        metrics = QFontMetrics(self.edit.font())
        self.edit.setFixedHeight(lines * metrics.lineSpacing() + 14)


class ReportSectionsEditor(QScrollArea):
    edit_requested = Signal(str, str)  # section key, text ("" gives the drafted text back)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_sections")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.boxes: dict[str, _SectionBox] = {}
        self._inner = QWidget()
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(0, 0, 8, 0)
        self._layout.addStretch(1)
        self.setWidget(self._inner)

    def editor(self, key: str) -> QPlainTextEdit:
        return self.boxes[key].edit

    def set_report(self, report: Report) -> None:
        """Show every section of a (re)drafted report; a box being typed in is saved first."""
        self.set_sections(print_order(report))

    def set_sections(self, sections: list[ReportSection]) -> None:
        """Show these sections, in this order (a unit's report, or the consolidated report's prose)."""
        self.flush()
        if [s.key for s in sections] != list(self.boxes):
            for box in self.boxes.values():
                box.deleteLater()
            self.boxes.clear()
            for section in sections:
                box = _SectionBox(section, self._inner)
                self._layout.insertWidget(self._layout.count() - 1, box)
                self.boxes[section.key] = box
                box.edit.textChanged.connect(box.timer.start)
                box.edit.textChanged.connect(box._fit_height)
                box.timer.timeout.connect(lambda k=section.key: self.save(k))
                box.reset.clicked.connect(lambda _=False, k=section.key: self._reset(k))
                box.edit.installEventFilter(self)
        else:
            for section in sections:
                self.boxes[section.key].show_section(section)

    def update_section(self, section: ReportSection) -> None:
        """After a save: the badge, and the text unless the officer is typing in it."""
        box = self.boxes.get(section.key)
        if box is None:
            return
        typing = box.edit.hasFocus() or box.timer.isActive()
        if typing:
            box.show_section(section, text=False)
            box.shown = box.edit.toPlainText()
        else:
            box.show_section(section)

    def save(self, key: str) -> None:
        box = self.boxes[key]
        box.timer.stop()
        text = box.edit.toPlainText()
        if text == box.shown:
            return
        box.shown = text
        self.edit_requested.emit(key, text)

    def flush(self) -> None:
        """Save every box with unsaved typing now."""
        for key, box in self.boxes.items():
            if box.timer.isActive():
                self.save(key)

    def pending(self) -> bool:
        return any(box.timer.isActive() for box in self.boxes.values())

    def _reset(self, key: str) -> None:
        box = self.boxes[key]
        box.timer.stop()
        box.shown = ""
        self.edit_requested.emit(key, "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            for key, box in self.boxes.items():
                if box.edit is watched:
                    self.save(key)
                    break
        return super().eventFilter(watched, event)


def prose_beside_preview(heading: str, sections: ReportSectionsEditor, preview: QWidget,
                         min_width: int, sizes: tuple[int, int]) -> QSplitter:
    """The prose under its heading on the left, the PDF preview on the right: the report page and the
    roll-up's report tab."""
    left = QWidget()
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 6, 0)
    title = QLabel(heading)
    title.setWordWrap(True)  # two lines at a larger font, not cut at the splitter
    left_layout.addWidget(title)
    left_layout.addWidget(sections, 1)
    left.setMinimumWidth(min_width)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(preview)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes(list(sizes))
    return splitter
