"""A line of agencies ("Phòng Nội vụ; Phòng Tư pháp") typed freely or ticked from the unit's directory.

It is a plain QLineEdit, so typing (also through an input method such as Unikey telex), Enter,
Escape and losing focus behave as in any cell editor. The ▾ button at its end opens the directory as
a checklist; ticking adds the agency to the line, unticking removes it; names not in the directory
stay as typed. The checklist is a child widget floating over the window, not a popup window, so
the line keeps the keyboard focus and a cell editor stays open while ticking.

Enter in the open checklist ticks the agency the arrows moved to (`enter_ticks`); otherwise (after a
click, or a second Enter) it saves the line as it stands, ticks and all: Enter never unticks the
agency just ticked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QStyle, QWidget

from ccpropa_desktop.domain.text import clean_line, nfc

SEPARATOR = "; "


def split_agencies(text: str) -> list[str]:
    return [part for part in (clean_line(p) for p in nfc(text).split(";")) if part]


def join_agencies(parts: Sequence[str]) -> str:
    return SEPARATOR.join(parts)


class _Checklist(QListWidget):
    """The directory as a checklist floating over the window under the line. It never takes focus
    (the line keeps it, so a cell editor stays open); a click ticks or unticks."""

    toggled = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("agency_checklist")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.itemClicked.connect(lambda item: self.toggled.emit(item.text()))
        self.hide()


class AgencyPicker(QLineEdit):
    """Free text plus the directory. `multiple=False` makes a pick replace the line instead."""

    def __init__(self, agencies: Sequence[str], parent: QWidget | None = None, *,
                 multiple: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("agency_picker")
        self.agencies = list(dict.fromkeys(a for a in agencies if a))
        self.multiple = multiple
        self.navigated = False  # the arrows moved in the open checklist since the last tick
        self.checklist = _Checklist(self.window())
        self.checklist.toggled.connect(self.toggle)
        self.destroyed.connect(self.checklist.deleteLater)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.open_action = QAction(icon, self.tr("Chọn từ danh bạ cơ quan của đơn vị (Alt+↓)"), self)
        self.open_action.triggered.connect(self.toggle_checklist)
        self.addAction(self.open_action, QLineEdit.ActionPosition.TrailingPosition)
        self.setPlaceholderText(self.tr("Gõ tên cơ quan, ngăn cách bằng dấu ;  hoặc bấm ▾ để chọn"))
        self.setToolTip(self.tr("Gõ tự do, hoặc bấm ▾ (Alt+↓) để tích chọn từ danh bạ cơ quan; "
                                "↑↓ rồi Enter để tích bằng bàn phím; Enter lần nữa để lưu"))

    def selected(self) -> list[str]:
        return split_agencies(self.text())

    def toggle(self, agency: str) -> None:
        """Add the agency to the line, or take it out if it is there already."""
        self.navigated = False
        parts = self.selected()
        if not self.multiple:
            parts = [agency]
            self.checklist.hide()
        elif agency in parts:
            parts.remove(agency)
        else:
            parts.append(agency)
        self.setText(join_agencies(parts))
        self._sync_checks()

    def toggle_current(self) -> None:
        item = self.checklist.currentItem()
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.toggle(item.text())

    def enter_ticks(self) -> bool:
        """Enter in the open checklist: True when it ticked (or unticked) the agency the arrows moved
        to; False when it should save the line instead (the checklist is then closed)."""
        if self.checklist.isVisible() and self.navigated:
            self.toggle_current()
            return True
        self.checklist.hide()
        return False

    def toggle_checklist(self) -> None:
        if self.checklist.isVisible():
            self.checklist.hide()
        else:
            self.show_checklist()

    def show_checklist(self) -> None:
        self.checklist.clear()
        chosen = set(self.selected())
        extra = [p for p in self.selected() if p not in self.agencies]
        for name in [*self.agencies, *extra]:
            item = QListWidgetItem(name, self.checklist)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
        if not self.checklist.count():
            QListWidgetItem(self.tr("(Danh bạ cơ quan trống: nhập ở trang Hồ sơ đơn vị)"),
                            self.checklist).setFlags(Qt.ItemFlag.NoItemFlags)
        self.navigated = False
        self._place()
        self.checklist.setCurrentRow(0)
        self.checklist.show()
        self.checklist.raise_()

    def _place(self) -> None:
        """Under the line if it fits in the window, else above it."""
        window = self.checklist.parentWidget() or self.window()
        rows = min(self.checklist.count(), 12)
        height = self.checklist.sizeHintForRow(0) * rows + 2 * self.checklist.frameWidth() + 4
        width = max(self.width(), self.checklist.sizeHintForColumn(0) + 40)
        below = self.mapTo(window, QPoint(0, self.height()))
        if below.y() + height > window.height():
            below = self.mapTo(window, QPoint(0, 0)) - QPoint(0, height)
        below.setX(max(0, min(below.x(), window.width() - width)))
        below.setY(max(0, below.y()))
        self.checklist.setGeometry(below.x(), below.y(), width, min(height, window.height()))

    def _sync_checks(self) -> None:
        chosen = set(self.selected())
        for row in range(self.checklist.count()):
            item = self.checklist.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                checked = item.text() in chosen
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Alt+Down opens the checklist as it opens a combo box; while it is open the arrows move in
        # it (Enter and Escape: see the task table's delegate). Every other key is the line edit's.
        key = event.key()
        if key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.toggle_checklist()
            return
        if self.checklist.isVisible() and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            row = max(0, min(self.checklist.currentRow() + step, self.checklist.count() - 1))
            self.checklist.setCurrentRow(row)
            self.navigated = True
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.checklist.hide()
        super().hideEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.checklist.hide()
        super().focusOutEvent(event)
