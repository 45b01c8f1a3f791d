"""Cell editors of the task table: standard Qt text editors, so input methods (Unikey telex) work.

- long text (content, form, product, note): a word-wrapping QPlainTextEdit at least four lines tall;
  Enter saves the cell, Shift+Enter starts a new line;
- lead and partners: the agency picker (a QLineEdit with the unit's directory as a checklist);
- schedule: a QLineEdit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ccpropa_desktop.ui.models.task_table import TaskTableModel
from ccpropa_desktop.ui.widgets.agency_picker import AgencyPicker

LONG_FIELDS = ("content", "form", "product", "note")
AGENCY_FIELDS = ("lead", "partners")
Index = QModelIndex | QPersistentModelIndex


class TaskDelegate(QStyledItemDelegate):
    def __init__(self, agencies: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._agencies = agencies  # read when an editor opens, so directory edits show at once

    @staticmethod
    def _field(index: Index) -> str:
        model = index.model()
        return model.field(index.column()) if isinstance(model, TaskTableModel) else ""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        # The marker dot sits beside the first line of TT, not in the middle of a tall row.
        option.decorationAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        field = self._field(index)
        editor: QWidget
        if field in AGENCY_FIELDS:
            editor = AgencyPicker(self._agencies(), parent)
        elif field in LONG_FIELDS:
            text = QPlainTextEdit(parent)
            text.setTabChangesFocus(True)
            text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            text.setToolTip(self.tr("Enter: lưu ô này · Shift+Enter: xuống dòng · Esc: bỏ sửa"))
            editor = text
        else:
            editor = QLineEdit(parent)
        editor.setObjectName(f"cell_editor_{field}")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        if isinstance(editor, QPlainTextEdit):
            index.model().setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)  # type: ignore[arg-type]

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, QPlainTextEdit):
            lines = editor.fontMetrics().lineSpacing() * 4 + 12
            rect.setHeight(max(rect.height(), lines))
            viewport = editor.parentWidget()
            if viewport is not None and rect.bottom() > viewport.height():
                rect.moveBottom(max(viewport.height(), rect.height()) - 1)
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (isinstance(editor, AgencyPicker) and editor.checklist.isVisible()
                and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and editor.enter_ticks():
                return True  # ticked the agency the arrows moved to; else Enter saves the cell below
            if event.key() == Qt.Key.Key_Escape:
                editor.checklist.hide()
                return True
        if (event.type() == QEvent.Type.KeyPress and isinstance(editor, QPlainTextEdit)
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        if (event.type() == QEvent.Type.FocusOut and isinstance(event, QFocusEvent)
                and event.reason() == Qt.FocusReason.PopupFocusReason):
            return False  # the agency checklist or a context menu opened: still editing
        return super().eventFilter(editor, event)
