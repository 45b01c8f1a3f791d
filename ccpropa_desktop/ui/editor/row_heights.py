"""Row heights for the word-wrapped task table, measured directly with font metrics.

`QTableView.resizeRowsToContents` asks the delegate for every cell's size hint, and each hint asks
the Python model for about a dozen roles: half a second for 300 tasks. Measuring the text alone is
about six times faster (docs/benchmarks.md, "Editor"); one-line texts skip the wrap layout entirely.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from ccpropa_desktop.ui.models.task_table import NUMBER, TaskTableModel
from ccpropa_desktop.ui.widgets.mark_room import mark_room

H_PADDING = 8  # the style's text margins on both sides, and a little air
V_PADDING = 8
MAX_HEIGHT = 400  # a very long cell scrolls in its editor rather than filling the screen


@lru_cache(maxsize=8192)
def text_height(font_key: str, bold: bool, width: int, text: str) -> int:
    """Height of ``text`` wrapped at ``width`` px; cached, so reopening a plan measures nothing."""
    font = QFont()
    font.fromString(font_key)
    font.setBold(bold)
    metrics = QFontMetrics(font)
    if "\n" not in text and metrics.horizontalAdvance(text) <= width:
        return metrics.lineSpacing()
    return metrics.boundingRect(QRect(0, 0, max(width, 20), 100_000), int(Qt.TextFlag.TextWordWrap),
                                text).height()


def fit_rows(view: QTableView, model: TaskTableModel, rows: Iterable[int] | None = None) -> None:
    font_key = view.font().toString()
    line = QFontMetrics(view.font()).lineSpacing()
    # The style moves top-aligned text down by the marks' room (ui/widgets/text_fit.py): keep it below.
    padding = max(V_PADDING, 2 * mark_room(view.font()) + 2)
    columns = [(view.columnWidth(c) - H_PADDING, model.field(c)) for c in range(model.columnCount())
               if model.field(c) != NUMBER]
    for row in range(model.rowCount()) if rows is None else rows:
        task = model.task(row)
        group = model.is_group(row)
        height = line
        for width, field in columns:
            text = getattr(task, field)
            if text:
                height = max(height, text_height(font_key, group and field == "content", width, text))
        view.setRowHeight(row, min(height, MAX_HEIGHT) + padding)


def visible_rows(view: QTableView, extra: int = 10) -> range:
    """The rows on screen now (with their default heights), and a few more."""
    count = view.model().rowCount()
    first = max(view.rowAt(0), 0)
    last = view.rowAt(view.viewport().height())
    last = count - 1 if last < 0 else last
    return range(first, min(count, last + 1 + extra))
