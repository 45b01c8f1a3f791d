"""What a page shows while there is nothing to work on yet: why, and a button to the page where the
officer makes it. Texts come translated from the page (its own translation context)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ccpropa_desktop.ui.context import AppContext


class EmptyState(QFrame):
    """A wrapped guidance text and a «Đến trang …» button that emits `ctx.navigate(target)`."""

    def __init__(self, ctx: AppContext, name: str, text: str, button_text: str, target: str,
                 button_name: str = "go_to_plans", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.button = QPushButton(button_text)
        self.button.setObjectName(button_name)
        self.button.clicked.connect(lambda: ctx.navigate.emit(target))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
