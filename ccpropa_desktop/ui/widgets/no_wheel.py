"""The mouse wheel never changes a value the officer has not clicked into.

Qt's combo and spin boxes take the wheel even without the keyboard focus: scrolling a panel with the
mouse over one of them changes its value (and a page that saves at once saves it). Installed on such
a box, `NoWheelUnlessFocused` hands the wheel on to the scroll area behind it until the box has focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class NoWheelUnlessFocused(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return super().eventFilter(watched, event)


def guard_wheel(*widgets: QWidget) -> NoWheelUnlessFocused:
    """Install the filter on `widgets` (kept alive by the first one); returns it."""
    guard = NoWheelUnlessFocused(widgets[0])
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(guard)
    return guard
