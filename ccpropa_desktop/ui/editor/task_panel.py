"""The appendix: a toolbar and the task table, edited in place (see delegate.py for the cell editors)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain import outline
from ccpropa_desktop.domain.model import TASK_FIELD_LABELS, TASK_FIELDS, Plan, Task
from ccpropa_desktop.ui.editor.confirm import confirm_remove, shorten
from ccpropa_desktop.ui.editor.delegate import TaskDelegate
from ccpropa_desktop.ui.editor.original_dialog import OriginalDialog
from ccpropa_desktop.ui.editor.outline_actions import OutlineActions
from ccpropa_desktop.ui.editor.row_heights import fit_rows, visible_rows
from ccpropa_desktop.ui.editor.session import EditorSession
from ccpropa_desktop.ui.models.task_table import NUMBER, TaskTableModel

WIDTHS = {NUMBER: 72, "lead": 200, "partners": 220, "schedule": 130, "form": 150, "product": 150,
          "note": 130}
"""Starting column widths in pixels at 100 % scale; the content column takes the rest."""
ROW_BATCH = 40


class TaskPanel(QWidget):
    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = TaskTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("task_table")
        self.view.setModel(self.model)
        self.delegate = TaskDelegate(self._agencies, self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft
                                                         | Qt.AlignmentFlag.AlignVCenter)

        self.actions = OutlineActions(self, self.view, {
            "add": self.tr("Thêm nhiệm vụ"), "add_child": self.tr("Thêm nhiệm vụ con"),
            "remove": self.tr("Xóa"), "up": self.tr("Lên"), "down": self.tr("Xuống"),
            "indent": self.tr("Lùi vào"), "outdent": self.tr("Lùi ra"),
        })
        self.actions.actions["original"] = self._original_action()
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("task_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions.fill(self.toolbar, ["add", "add_child", "remove", "|", "up", "down", "indent",
                                         "outdent", "|", "original"])
        hint = QLabel(self.tr("Bấm đúp hoặc gõ vào ô để sửa; Enter lưu ô, Shift+Enter xuống dòng. "
                              "Chấm cam: đã sửa so với kế hoạch mẫu; chấm xanh: nhiệm vụ thêm mới."))
        hint.setObjectName("task_hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)  # coalesces the resize signals of one pass
        self._fitted_widths: tuple[int, ...] = ()
        self._fit_on_show = False
        self._rows_timer.timeout.connect(self.fit_all_rows)
        self._rest: list[int] = []  # rows still to measure after the visible ones
        self._rest_timer = QTimer(self)
        self._rest_timer.setInterval(0)
        self._rest_timer.timeout.connect(self._fit_some)
        self.view.horizontalHeader().sectionResized.connect(lambda *_: self._rows_timer.start())

        self.model.edit_requested.connect(self._edit_requested)
        self.view.selectionModel().currentChanged.connect(lambda *_: self.update_actions())
        self.view.doubleClicked.connect(self._double_clicked)
        self.actions.connect_to(self.add, self.remove, self.restructure)
        session.opened.connect(self.show_plan)
        session.outline_changed.connect(self._outline_changed)
        session.task_saved.connect(self._task_saved)
        session.flush_requested.connect(self.finish_editing)

    def _original_action(self) -> QAction:
        action = QAction(self.tr("Xem bản gốc"), self)
        action.setObjectName("action_original")
        action.setShortcut(QKeySequence("Ctrl+Shift+G"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(self.tr("So sánh nhiệm vụ đang chọn với kế hoạch mẫu (Ctrl+Shift+G)"))
        action.triggered.connect(self.show_original)
        self.view.addAction(action)
        return action

    # -- showing ---------------------------------------------------------------------------------
    def show_plan(self, plan: Plan, focus: int | None = None) -> None:
        current = self.current_task()
        column = max(self.view.currentIndex().column(), 1)
        self.model.set_plan(plan)
        self._fitted_widths = ()
        header = self.view.horizontalHeader()
        for col in range(self.model.columnCount()):
            field = self.model.field(col)
            if field == "content":
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                self.view.setColumnWidth(col, WIDTHS.get(field, 140))
        keep = focus if focus is not None else (current.id if current else None)
        row = self.model.row_of(keep)
        if row < 0 and self.model.rowCount():
            row = 0
        index = self.model.index(row, min(column, self.model.columnCount() - 1))
        if row >= 0:
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        self.fit_all_rows()  # the rows now on screen first
        if row >= 0:
            self.view.scrollTo(index)
        self.update_actions()

    def fit_all_rows(self) -> None:
        """Rows on screen at once; the others in small batches while the window stays responsive.
        Heights depend on column widths, so nothing is measured before the table is laid out."""
        if not self.view.isVisible():
            self._fit_on_show = True
            return
        if self.view.viewport().width() < 200:  # shown but not laid out yet: lay out now
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            if self.view.viewport().width() < 200:
                self._rows_timer.start()
                return
        widths = tuple(self.view.columnWidth(c) for c in range(self.model.columnCount()))
        if widths == self._fitted_widths:
            return  # a resize signal for widths already measured
        self._fitted_widths = widths
        shown = visible_rows(self.view)
        fit_rows(self.view, self.model, shown)
        self._rest = [r for r in range(self.model.rowCount()) if r not in shown]
        if self._rest:
            self._rest_timer.start()

    def _fit_some(self) -> None:
        batch, self._rest = self._rest[:ROW_BATCH], self._rest[ROW_BATCH:]
        fit_rows(self.view, self.model, [r for r in batch if r < self.model.rowCount()])
        if not self._rest:
            self._rest_timer.stop()

    def rows_fitted(self) -> bool:
        return not self._rest and not self._rows_timer.isActive() and not self._fit_on_show

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_on_show:
            self._fit_on_show = False
            self._rows_timer.start()

    def _outline_changed(self, kind: str, plan: Plan, focus: int | None) -> None:
        if kind == "tasks":
            self.show_plan(plan, focus)
            self.view.setFocus()

    def _task_saved(self, task: Task) -> None:
        self.model.update_task(task)
        row = self.model.row_of(task.id)
        if row >= 0:
            fit_rows(self.view, self.model, [row])
            index = self.model.index(row, max(self.view.currentIndex().column(), 1))
            if self.view.currentIndex().row() != row:
                self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def current_task(self) -> Task | None:
        index = self.view.currentIndex()
        return self.model.task(index.row()) if index.isValid() else None

    def update_actions(self) -> None:
        tasks = self.model.tasks()
        index = self.view.currentIndex()
        self.actions.update([t.depth for t in tasks], index.row() if index.isValid() else -1,
                            outline.MAX_TASK_DEPTH, editable=self.session.plan_id is not None)
        self.actions["original"].setEnabled(index.isValid())

    # -- editing ---------------------------------------------------------------------------------
    def _agencies(self) -> list[str]:
        profile = self.session.ctx.store.get_unit() if self.session.plan_id else None
        return list(profile.agencies) if profile else []

    def _edit_requested(self, task_id: int, field: str, value: str) -> None:
        label = self.model.headerData(self.model.column_of(field), Qt.Orientation.Horizontal)
        row = self.model.row_of(task_id)
        number = self.model.task(row).number if row >= 0 else ""
        text = self.tr("Sửa «{0}» của nhiệm vụ {1}").format(label, number)
        self.session.edit_task(task_id, {field: value}, text)

    def finish_editing(self) -> None:
        """Save a cell still being typed into (before undo, a toolbar action, leaving the page)."""
        index = self.view.currentIndex()
        editor = self.view.indexWidget(index) if index.isValid() else None
        if editor is not None:
            self.delegate.commitData.emit(editor)
            self.delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.field(index.column()) == NUMBER:
            self.show_original()

    def add(self, *, as_child: bool) -> None:
        current = self.current_task()
        new_id = self.session.add("tasks", current.id if current else None, as_child=as_child)
        if new_id is not None:
            index = self.model.index(self.model.row_of(new_id), self.model.column_of("content"))
            self.view.edit(index)
            editor = self.view.indexWidget(index)
            if isinstance(editor, QPlainTextEdit | QLineEdit):
                editor.selectAll()  # "Nhiệm vụ mới" is replaced by what the officer types

    def restructure(self, action: str) -> None:
        current = self.current_task()
        if current is not None and current.id is not None:
            self.session.restructure("tasks", current.id, action)

    def remove(self) -> None:
        current = self.current_task()
        if current is None or current.id is None:
            return
        tasks = self.model.tasks()
        row = self.model.row_of(current.id)
        children = outline.subtree_end(tasks, row) - row - 1
        name = f"{current.number} «{shorten(current.content)}»"
        if confirm_remove(self, "tasks", name, children):
            self.session.remove("tasks", current.id)

    def show_original(self) -> None:
        task = self.current_task()
        if task is None:
            return
        fields = [self.model.field(c) for c in range(1, self.model.columnCount())]
        fields += [f for f in TASK_FIELDS if f not in fields and (getattr(task, f) or (
            task.origin and task.origin.get("baseline", {}).get(f)))]
        labels = {f: str(self.model.headerData(self.model.column_of(f), Qt.Orientation.Horizontal))
                  if self.model.column_of(f) >= 0 else TASK_FIELD_LABELS[f] for f in fields}
        dialog = OriginalDialog.for_task(task, fields, labels, self)
        if dialog.exec() == OriginalDialog.RESTORE and task.id is not None and task.origin:
            baseline = task.origin.get("baseline", {})
            self.session.edit_task(task.id, {f: baseline.get(f, "") for f in task.changed_fields()},
                                   self.tr("Dùng lại bản gốc cho nhiệm vụ {0}").format(task.number))
