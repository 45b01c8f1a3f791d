"""AppContext: the open store, the data folder, UI settings and app-wide signals.

Built once at start-up and handed to every page. Pages talk to each other only through its signals
(a plan was created, the unit changed), never by reaching into one another.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from ccpropa_desktop import paths
from ccpropa_desktop.domain.text import removal_note, set_removal_listener
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.store import Store

UI_SETTINGS_FILE = "ui.ini"
"""UI-only preferences (language, last export folder, window geometry), an INI file in the data folder
so a backup of the folder carries it and Windows' registry is never touched."""


class AppContext(QObject):
    unit_changed = Signal()
    plans_changed = Signal()
    plan_opened = Signal(int)  # a page asks the shell to show this plan in the editor
    navigate = Signal(str)  # a page asks the shell to switch to the page with this key
    status_message = Signal(str)

    def __init__(self, store: Store, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.data_dir = data_dir
        self.settings = QSettings(str(data_dir / UI_SETTINGS_FILE), QSettings.Format.IniFormat)
        self.current_plan_id: int | None = None
        self.requested_template_id: str | None = None  # "Lập kế hoạch từ mẫu này": the wizard's first choice

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> AppContext:
        """Raises `UserError` (a `StoreUnavailable` for a damaged store) when the store cannot open;
        the app then shows the recovery page (ui/recovery.py)."""
        folder = paths.data_dir(data_dir)
        ctx = cls(open_store(folder), folder)
        # Characters removed from what the officer typed or pasted (domain.text) are said in the status bar.
        set_removal_listener(lambda removed: ctx.status_message.emit(removal_note(removed)))
        return ctx

    @property
    def read_only(self) -> str | None:
        """Why edits are refused (the store opened read-only), or None."""
        return self.store.read_only

    def reopen(self) -> None:
        """Close the store and open it again (after a restore); pages read `ctx.store` afresh."""
        self.store.close()
        self.store = open_store(self.data_dir)
        self.current_plan_id = None
        self.unit_changed.emit()
        self.plans_changed.emit()

    def open_plan(self, plan_id: int) -> None:
        self.current_plan_id = plan_id
        self.plan_opened.emit(plan_id)

    def setting(self, key: str, default: str = "") -> str:
        value = self.settings.value(key, default)
        return str(value) if value is not None else default

    def set_setting(self, key: str, value: str) -> None:
        self.settings.setValue(key, value)
        self.settings.sync()

    def close(self) -> None:
        set_removal_listener(None)
        self.settings.sync()
        self.store.close()
