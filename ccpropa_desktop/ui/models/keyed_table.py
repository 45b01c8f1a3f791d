"""The read-only table model the tracking and aggregate pages share: a list of row objects, a fixed
tuple of (key, header) columns whose headers are translated in the model's own context; subclasses
say what a row shows in each column (`data`, by `key(index)`)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class KeyedTableModel[Row](QAbstractTableModel):
    COLUMNS: tuple[tuple[str, str], ...] = ()
    """(key, header marked with QT_TRANSLATE_NOOP(CONTEXT, …)) of each column, in order."""
    CONTEXT = ""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def key(self, index: Index) -> str:
        return self.COLUMNS[index.column()][0]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
                   ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][1])
        return None
