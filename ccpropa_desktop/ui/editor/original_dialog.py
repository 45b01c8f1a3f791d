"""«Xem bản gốc»: the template's text beside the plan's, field by field; differences tinted.

"Bản gốc" is the template's row after the unit's agency renaming (what `plan new` put in the plan),
so a renamed agency is not shown as an edit; the template's own wording is named below it when the
renaming changed it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.model import Section, Task
from ccpropa_desktop.ui.models import markers


def tr(text: str) -> str:
    return QCoreApplication.translate("OriginalDialog", text)


class OriginalDialog(QDialog):
    RESTORE = 2  # exec() result when the officer asks to take the original back

    def __init__(self, title: str, intro: str, rows: Sequence[tuple[str, str, str, str]],
                 parent: QWidget | None = None, *, can_restore: bool = False) -> None:
        """``rows``: (label, original, current, template wording if the renaming changed it)."""
        super().__init__(parent)
        self.setObjectName("original_dialog")
        self.setWindowTitle(title)
        self.resize(980, 560)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.addWidget(self._header(self.tr("Bản gốc (kế hoạch mẫu)")), 0, 1)
        grid.addWidget(self._header(self.tr("Hiện tại (kế hoạch của đơn vị)")), 0, 2)
        self.changed_labels: list[str] = []
        for r, (label, original, current, wording) in enumerate(rows, start=1):
            changed = original != current
            if changed:
                self.changed_labels.append(label)
            name = QLabel(f"<b>{label}</b>" + (self.tr("<br>(đã sửa)") if changed else ""))
            name.setAlignment(Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, r, 0)
            note = self.tr("\n\nTrong kế hoạch mẫu ghi: {0}").format(wording) if wording != original else ""
            grid.addWidget(self._cell(original + note, changed, f"original_{r}"), r, 1)
            grid.addWidget(self._cell(current, changed, f"current_{r}"), r, 2)
        grid.setRowStretch(len(rows) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        buttons = QDialogButtonBox()
        if can_restore and self.changed_labels:
            back = buttons.addButton(self.tr("Dùng lại bản gốc"), QDialogButtonBox.ButtonRole.ActionRole)
            back.setObjectName("restore_original")
            back.clicked.connect(lambda: self.done(self.RESTORE))
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _header(text: str) -> QLabel:
        label = QLabel(f"<b>{text}</b>")
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _cell(self, text: str, changed: bool, name: str) -> QLabel:
        label = QLabel(text or self.tr("(trống)"))
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setMargin(6)
        if changed:
            label.setStyleSheet(f"background: {markers.CHANGED_CELL};")
        return label

    # -- builders --------------------------------------------------------------------------------
    @classmethod
    def for_task(cls, task: Task, fields: Sequence[str], labels: dict[str, str],
                 parent: QWidget | None = None) -> OriginalDialog:
        title = tr("Nhiệm vụ {0}: bản gốc và hiện tại").format(task.number)
        if not task.origin:
            intro = tr("Nhiệm vụ này do đơn vị thêm, không có trong kế hoạch mẫu.")
            rows = [(labels[f], "", getattr(task, f), "") for f in fields]
            return cls(title, intro, rows, parent)
        baseline = task.origin.get("baseline", {})
        wording = task.origin.get("fields", {})
        intro = tr("Nhiệm vụ {0} của kế hoạch mẫu «{1}», sau khi đổi tên cơ quan cho đơn vị. "
                              "Ô tô màu là chỗ đã sửa.").format(task.origin.get("number", ""),
                                                                task.origin.get("template", ""))
        rows = [(labels[f], baseline.get(f, ""), getattr(task, f), wording.get(f, baseline.get(f, "")))
                for f in fields]
        return cls(title, intro, rows, parent, can_restore=True)

    @classmethod
    def for_section(cls, section: Section, label: str, parent: QWidget | None = None) -> OriginalDialog:
        title = tr("Mục {0}: bản gốc và hiện tại").format(label)
        heading = tr("Tiêu đề")
        body = tr("Nội dung")
        current = [(heading, section.title), (body, "\n\n".join(section.paragraphs))]
        if not section.origin:
            intro = tr("Mục này do đơn vị thêm, không có trong kế hoạch mẫu.")
            return cls(title, intro, [(name, "", text, "") for name, text in current], parent)
        baseline = section.origin.get("baseline", {})
        original = [baseline.get("title", ""), "\n\n".join(baseline.get("paragraphs", []))]
        wording = [section.origin.get("title", original[0]),
                   "\n\n".join(section.origin.get("paragraphs", [])) or original[1]]
        intro = tr("Mục của kế hoạch mẫu «{0}», sau khi đổi tên cơ quan cho đơn vị. "
                              "Ô tô màu là chỗ đã sửa.").format(section.origin.get("template", ""))
        rows = [(name, orig, text, word) for (name, text), orig, word in zip(current, original, wording,
                                                                              strict=True)]
        return cls(title, intro, rows, parent, can_restore=True)
