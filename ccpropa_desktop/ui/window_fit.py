"""The first window fits the screen's available area (issue 12, item 6): on a 1366×768 laptop with
the taskbar at the bottom, the window's title bar, its whole body and its status bar (the only save
feedback) are all on screen. A geometry saved on another monitor is pulled back the same way."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1366, 768)
FRAME_GUESS = QMargins(8, 31, 8, 8)
"""Title bar and borders of a Windows 10/11 window at 100 %, until the window exists and knows its own."""


def fitted(available: QRect, frame: QMargins, preferred: QSize = PREFERRED,
           minimum: QSize | None = None) -> QRect:
    """The client rectangle (the window without its frame) of the preferred size, shrunk so that
    frame and all fit in `available`, never below `minimum`, centred in `available`."""
    room = available.marginsRemoved(frame)
    minimum = minimum or QSize(0, 0)
    width = max(minimum.width(), min(preferred.width(), room.width()))
    height = max(minimum.height(), min(preferred.height(), room.height()))
    left = room.left() + max(0, (room.width() - width) // 2)
    top = room.top() + max(0, (room.height() - height) // 2)
    return QRect(left, top, width, height)


def frame_of(window: QWidget) -> QMargins:
    """The window's own frame once it is shown, else the guess."""
    outer, inner = window.frameGeometry(), window.geometry()
    frame = QMargins(inner.left() - outer.left(), inner.top() - outer.top(),
                     outer.right() - inner.right(), outer.bottom() - inner.bottom())
    if window.isVisible() and (frame.top() > 0 or frame.left() > 0):
        return frame
    return FRAME_GUESS


def fit_to_screen(window: QWidget, preferred: QSize = PREFERRED) -> QRect:
    """Size and place `window` inside its screen's available area; returns the client rectangle."""
    screen = window.screen()
    if screen is None:
        window.resize(preferred)
        return QRect(window.pos(), preferred)
    rect = fitted(screen.availableGeometry(), frame_of(window), preferred, window.minimumSize())
    window.setGeometry(rect)
    return rect


def keep_on_screen(window: QWidget) -> None:
    """After restoring a saved geometry: if the window no longer fits its screen (saved on a bigger
    monitor, or a monitor since unplugged), fit it again."""
    screen = window.screen()
    if screen is None:
        return
    outer = window.geometry().marginsAdded(frame_of(window))
    if not screen.availableGeometry().contains(outer):
        fit_to_screen(window, window.size())
