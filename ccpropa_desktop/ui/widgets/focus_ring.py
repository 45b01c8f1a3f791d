"""A visible focus (issue 12, item 6): a 3 px ring in the highlight colour around the widget that has
the keyboard focus, whatever the style. Windows' own styles hide focus cues until the keyboard is
used, and then draw a faint dotted line; an officer tabbing through a form must see where he is.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen, QRegion
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

WIDTH = 3
RINGED = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit,
          QPlainTextEdit, QTabBar)


class FocusRing(QFocusFrame):
    """QFocusFrame does the placing: it follows the widget, stays out of layouts and splitters. Two
    things are undone after each of its updates: it stacks itself *under* the widget and masks out
    all but the 2 px around it (the style's SH_FocusFrame_AboveWidget / _Mask, made for macOS), which
    a parent's edge then clips away. The ring lies over the widget's own edge instead; clicks go
    through it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)

    def follow(self, widget: QWidget) -> None:
        self.setWidget(widget)
        self.show()
        self._over()

    def _over(self) -> None:
        outer = QRegion(self.rect())
        self.setMask(outer.subtracted(QRegion(self.rect().adjusted(5, 5, -5, -5))))
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handled = super().eventFilter(watched, event)
        if watched is self.widget() and self.isVisible():
            self._over()
        return handled

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = 2.0  # the frame is 2 px larger than the widget each side: centred on the widget's edge
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 3, 3)


class FocusTracker:
    """Moves a ring (one per window, a child of it) to each widget of the kinds in RINGED that takes
    the focus."""

    def __init__(self, app: QApplication) -> None:
        self.rings: dict[int, FocusRing] = {}
        self.widget: QWidget | None = None
        app.focusChanged.connect(self._moved)

    def ring_of(self, window: QWidget) -> FocusRing:
        # A window's ring goes with the window (a child of it); a ring found gone is made anew. No slot on
        # the window's `destroyed`: Python code run during a widget's destruction can crash the process.
        ring = self.rings.get(id(window))
        if ring is None or not shiboken6.isValid(ring):  # (QFocusFrame re-parents itself: not a test)
            self.rings = {k: r for k, r in self.rings.items() if shiboken6.isValid(r)}
            ring = FocusRing(window)
            ring.setObjectName("focus_ring")
            self.rings[id(window)] = ring
        return ring

    def _moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and shiboken6.isValid(old):
            ring = self.rings.get(id(old.window()))
            if ring is not None and shiboken6.isValid(ring):
                ring.setWidget(None)
                ring.hide()
        self.widget = None
        if new is None or not isinstance(new, RINGED) or new.isWindow():
            return
        ring = self.ring_of(new.window())
        ring.follow(new)
        self.widget = new


_tracker: FocusTracker | None = None


def install(app: QApplication) -> FocusTracker:
    """Once per application."""
    global _tracker
    if _tracker is None:
        _tracker = FocusTracker(app)
    return _tracker
