"""The small coloured dot that marks what differs from the template (tasks, sections)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

EDITED = "#d97706"  # amber: edited after it came from the template
ADDED = "#15803d"  # green: added by the unit, not in the template
CHANGED_CELL = "#fff4d6"  # the background of a cell that differs from the template


@cache
def dot(color: str) -> QIcon:
    """A 12-px filled circle; cached (a QPixmap needs the QApplication, so built on first use)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(color)))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def changed_cell_brush() -> QBrush:
    return QBrush(QColor(CHANGED_CELL))


@cache
def blank() -> QIcon:
    """Transparent, the dot's size: unmarked rows keep their text in line with marked ones."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)
