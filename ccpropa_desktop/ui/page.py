"""The base of every page in the main window's stack."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ccpropa_desktop.ui.context import AppContext


class Page(QWidget):
    """A workflow screen. `refresh()` runs each time the page is shown, so it reads fresh data
    from the services; `is_ready()` tells `--screenshot` that background work has finished."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def refresh(self) -> None:
        """Reload what the page shows from the services."""

    def is_ready(self) -> bool:
        return True
