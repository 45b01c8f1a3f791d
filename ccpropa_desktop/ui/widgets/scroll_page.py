"""A page that scrolls, rather than draw its parts over each other, when the window is smaller than
what it holds (a larger font, 125 % on a 1366×768 screen).

A scroll area that resizes its widget gives it the height its layout asks for at its width
(`heightForWidth`), which counts what the parts would like, not what they need: a table that shares
the page's height by stretch (size policy Ignored) asks for nothing, so its box was squeezed under its
minimum and the box below drawn over it. Here each box holds, as its minimum height, what its layout
needs at its width (updated as it is resized), and `ScrollContent` asks for at least its layout's
minimum.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget


class ScrollContent(QWidget):
    """The scrolled widget: never less tall than its layout's minimum at its width."""

    def heightForWidth(self, width: int) -> int:
        own = super().heightForWidth(width)
        layout = self.layout()
        return own if layout is None else max(own, layout.totalMinimumHeightForWidth(width))


class _KeepsMinimum(QObject):
    """Holds a box's minimum height at what its layout needs at the box's width."""

    def __init__(self, box: QWidget) -> None:
        super().__init__(box)
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            layout = watched.layout()
            if layout is not None:
                needed = layout.totalMinimumHeightForWidth(watched.width())
                if needed != watched.minimumHeight():
                    watched.setMinimumHeight(needed)
        return False


def scroll_page(page: QWidget, layout: QLayout, name: str) -> QScrollArea:
    """Put `layout` (the page's parts) into a frameless scroll area that fills `page`."""
    content = ScrollContent()
    content.setLayout(layout)
    for box in content.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if box.layout() is not None:
            _KeepsMinimum(box)
    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
