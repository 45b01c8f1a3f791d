"""The appendix as a table: TT (derived, read-only) and the plan's printed columns.

A thin adapter over `services.plans.get_plan` results. `setData` does not write: it emits
`edit_requested(task id, field, text)`, and the editing session saves through the services (as an
undoable command) and hands the saved task back with `update_task`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from ccpropa_desktop.domain.model import TASK_FIELD_LABELS, TASK_FIELDS, Plan, Task
from ccpropa_desktop.domain.text import nfc
from ccpropa_desktop.ui.models import markers

NUMBER = "number"
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def plan_columns(plan: Plan) -> list[tuple[str, str]]:
    """(field, header) of the columns the plan prints, in print order; TT first."""
    columns = [(c["key"], c.get("label") or TASK_FIELD_LABELS.get(c["key"], c["key"]))
               for c in plan.columns if c.get("key") in TASK_FIELDS]
    if not columns:
        columns = [(f, TASK_FIELD_LABELS[f]) for f in ("content", "lead", "partners", "schedule")]
    return [(NUMBER, "TT"), *columns]


class TaskTableModel(QAbstractTableModel):
    edit_requested = Signal(int, str, str)  # task id, field, new text

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks: list[Task] = []
        self._columns: list[tuple[str, str]] = [(NUMBER, "TT")]
        self._has_children: set[int] = set()
        self._bold = QFont()
        self._bold.setBold(True)

    # -- filling ---------------------------------------------------------------------------------
    def set_plan(self, plan: Plan) -> None:
        self.beginResetModel()
        self._tasks = list(plan.tasks)
        self._columns = plan_columns(plan)
        self._has_children = {t.id for t, nxt in zip(self._tasks, self._tasks[1:], strict=False)
                              if nxt.depth > t.depth and t.id is not None}
        self.endResetModel()

    def update_task(self, task: Task) -> None:
        """One task's fields were saved; show the saved values (numbers do not change)."""
        row = self.row_of(task.id)
        if row < 0:
            return
        task.number = task.number or self._tasks[row].number
        self._tasks[row] = task
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    # -- lookups ---------------------------------------------------------------------------------
    def task(self, row: int) -> Task:
        return self._tasks[row]

    def is_group(self, row: int) -> bool:
        """The task has sub-tasks (shown in bold)."""
        return self._tasks[row].id in self._has_children

    def tasks(self) -> list[Task]:
        return list(self._tasks)

    def row_of(self, task_id: int | None) -> int:
        for row, task in enumerate(self._tasks):
            if task.id == task_id:
                return row
        return -1

    def field(self, column: int) -> str:
        return self._columns[column][0]

    def column_of(self, field: str) -> int:
        return next((i for i, (key, _) in enumerate(self._columns) if key == field), -1)

    # -- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._tasks)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][1]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.field(index.column()) != NUMBER:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self._tasks[index.row()]
        field = self.field(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return task.number if field == NUMBER else getattr(task, field)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if task.id in self._has_children and field in (NUMBER, "content") else None
        if field == NUMBER:
            return self._number_data(task, role)
        if role == Qt.ItemDataRole.BackgroundRole and task.origin and field in task.changed_fields():
            return markers.changed_cell_brush()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(task, field)
        return None

    def _number_data(self, task: Task, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole:
            if not task.origin:
                return markers.dot(markers.ADDED)
            return markers.dot(markers.EDITED) if task.changed_fields() else markers.blank()
        if role == Qt.ItemDataRole.ToolTipRole:
            if not task.origin:
                return self.tr("Nhiệm vụ thêm mới, không có trong kế hoạch mẫu")
            changed = task.changed_fields()
            if changed:
                names = ", ".join(self._label(f) for f in changed)
                return self.tr("Đã sửa so với kế hoạch mẫu: {0}").format(names)
            return self.tr("Giữ nguyên như kế hoạch mẫu (nhiệm vụ {0} của mẫu)").format(
                task.origin.get("number", ""))
        return None

    def _cell_tooltip(self, task: Task, field: str) -> str | None:
        text = getattr(task, field)
        if task.origin and field in task.changed_fields():
            original = task.origin.get("baseline", {}).get(field, "") or self.tr("(trống)")
            return self.tr("Đã sửa so với kế hoạch mẫu. Bản gốc: {0}").format(original)
        return text or None

    def _label(self, field: str) -> str:
        return next((label for key, label in self._columns if key == field), TASK_FIELD_LABELS[field])

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = self.field(index.column())
        task = self._tasks[index.row()]
        text = nfc(str(value or "")).replace("\u2028", "\n").replace("\u2029", "\n")
        if field == NUMBER or task.id is None or text == getattr(task, field):
            return False
        self.edit_requested.emit(task.id, field, text)
        return True
