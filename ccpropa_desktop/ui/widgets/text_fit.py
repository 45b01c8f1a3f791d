"""Room for Vietnamese marks: rows, headers and labels tall enough that "Ủy" never reads "Uy".

A font's ascent and descent do not hold every Vietnamese letter: the marks over capitals ("Ủ",
"Ề", "Ỗ") rise above the ascent (2–3 px at 9 pt in DejaVu Sans), and Qt clips an item's text to
the item's rect. Qt's own row heights are ascent+descent per line, so the marks were cut in
every list, tree and table whose rows Qt sized.

- `mark_room(font)`, `row_height(font, lines)`, `fit_label(widget)`: the measure and the sizes that
  need no style (ui/widgets/mark_room.py, which the first page uses before this module is imported);
- `RoomForMarks`: the application's style, the current style with that room added to every item
  view row and header section Qt sizes (CT_ItemViewItem, CT_HeaderSection), and the text of
  top-aligned items moved down by it; and a wrapped tree item sized at the width it is painted at.
  Installed once by `install()`: after the first paint when the window starts (ui/app.py), as
  this module creates QStyle's and Qt's enums (≈ 20 ms).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from ccpropa_desktop.ui.widgets.mark_room import STYLED, fit_label, mark_room, room_of, row_height

__all__ = ["RoomForMarks", "fit_label", "install", "keep_readable", "mark_room", "row_height"]

def _tree_text_width(tree: QTreeView, index: QModelIndex | QPersistentModelIndex) -> int:
    """The width a tree item's text wraps at when painted: its column less the indentation. (Qt
    sizes a wrapped tree row at the whole column's width, so the last word of a deep item was cut.)"""
    width = tree.columnWidth(index.column())
    if index.column() == tree.treePosition() or (tree.treePosition() < 0 and index.column() == 0):
        depth = 1 if tree.rootIsDecorated() else 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width -= depth * tree.indentation()
    return max(width, 1)


class RoomForMarks(QProxyStyle):
    """The current style, with room for the marks in item views and headers (module docstring)."""

    def sizeFromContents(self, kind: QStyle.ContentsType, option: QStyleOption | None, size: QSize,
                         widget: QWidget | None = None) -> QSize:
        if (kind == QStyle.ContentsType.CT_ItemViewItem and isinstance(widget, QTreeView)
                and isinstance(option, QStyleOptionViewItem)
                and option.features & QStyleOptionViewItem.ViewItemFeature.WrapText
                and option.index.isValid()):
            option = QStyleOptionViewItem(option)  # (Qt passes a rect 0 px tall: not wrapped at all)
            option.rect = QRect(0, 0, _tree_text_width(widget, option.index),
                                max(option.rect.height(), 1))
        result = super().sizeFromContents(kind, option, size, widget)
        if option is not None and (kind == QStyle.ContentsType.CT_HeaderSection or (
                kind == QStyle.ContentsType.CT_ItemViewItem and getattr(option, "text", ""))):
            result.setHeight(result.height() + 2 * room_of(option.fontMetrics))
        return result

    def subElementRect(self, element: QStyle.SubElement, option: QStyleOption | None,
                       widget: QWidget | None = None) -> QRect:
        rect = super().subElementRect(element, option, widget)
        if (element == QStyle.SubElement.SE_ItemViewItemText and isinstance(option, QStyleOptionViewItem)
                and option.displayAlignment & Qt.AlignmentFlag.AlignTop):
            rect.setTop(rect.top() + room_of(option.fontMetrics))  # the marks of the first line
        return rect


class _ColumnFloor(QObject):
    """Keeps a stretched column readable (`keep_readable`)."""

    def __init__(self, view: QTableView, column: int, floor: int) -> None:
        super().__init__(view)
        self.view, self.column, self.floor = view, column, floor
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(self._resized)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, index: int, _old: int, _new: int) -> None:
        if index != self.column:
            self.fit()

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        others = sum(header.sectionSize(i) for i in range(header.count())
                     if i != self.column and not header.isSectionHidden(i))
        stretch, fixed = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Interactive
        if self.view.viewport().width() - others >= self.floor:
            if header.sectionResizeMode(self.column) != stretch:
                header.setSectionResizeMode(self.column, stretch)
        else:
            if header.sectionResizeMode(self.column) != fixed:
                header.setSectionResizeMode(self.column, fixed)
            if header.sectionSize(self.column) != self.floor:
                header.resizeSection(self.column, self.floor)


def keep_readable(view: QTableView, column: int, chars: int = 16) -> None:
    """The stretched `column` of `view` is never narrower than `chars` average characters: where the
    other columns (sized to their contents) leave less, it keeps that width and the view scrolls
    sideways (a unit's name 34 px wide at 12 pt, 19 px at 125 %, broke in the middle of its words)."""
    _ColumnFloor(view, column, view.fontMetrics().averageCharWidth() * chars + 8)


def install(app: QApplication | None = None) -> None:
    """Make the application's style a `RoomForMarks` over the current one (once)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    if not isinstance(app, QApplication) or isinstance(app.style(), RoomForMarks):
        return
    base = app.style()
    app.setStyle(RoomForMarks(base.name()))
    app.setProperty(STYLED, True)
