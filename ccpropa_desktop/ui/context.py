"""AppContext: the open store, the data folder, UI settings and app-wide signals.

Built once at start-up and handed to every page. Pages talk to each other only through its signals
(a plan was created, the unit changed), never by reaching into one another.

The window starts on a context whose store is not open yet (`start`): its first page reads a
`Peek` (store/peek.py, the standard library alone), and the store is opened in full right after
the first paint (ui/app.py), or at once by the first thing that touches `store` before then (a
click on another page, a save), so nothing ever waits on, or misses, that open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from ccpropa_desktop import paths
from ccpropa_desktop.store.peek import Peek, peek

if TYPE_CHECKING:
    from ccpropa_desktop.domain.model import UnitProfile
    from ccpropa_desktop.store import Store

UI_SETTINGS_FILE = "ui.ini"
"""UI-only preferences (language, last export folder, window geometry), an INI file in the data folder
so a backup of the folder carries it and Windows' registry is never touched."""


def _open_store(folder: Path) -> Store:
    from ccpropa_desktop.services.session import open_store

    return open_store(folder)


class AppContext(QObject):
    unit_changed = Signal()
    plans_changed = Signal()
    plan_opened = Signal(int)  # a page asks the shell to show this plan in the editor
    navigate = Signal(str)  # a page asks the shell to switch to the page with this key
    status_message = Signal(str)
    file_saved = Signal(object)  # a Path an export just wrote: the window offers to open it or its folder
    store_opened = Signal()  # the store of a context made by `start` was opened in full

    def __init__(self, store: Store | None, data_dir: Path, parent: QObject | None = None, *,
                 first_look: Peek | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._first_look = first_look if store is None else None
        self.data_dir = data_dir
        self.settings = QSettings(str(data_dir / UI_SETTINGS_FILE), QSettings.Format.IniFormat)
        self.current_plan_id: int | None = None
        self.requested_template_id: str | None = None  # "Lập kế hoạch từ mẫu này": the wizard's first choice

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> AppContext:
        """Raises `UserError` (a `StoreUnavailable` for a damaged store) when the store cannot open;
        the app then shows the recovery page (ui/recovery.py)."""
        folder = paths.data_dir(data_dir)
        return cls(_open_store(folder), folder)._listen()

    @classmethod
    def start(cls, data_dir: str | Path | None = None) -> AppContext:
        """The window's start: a context on the store's first look, its store not yet open; or, when
        no look can be taken (no store yet, a schema to migrate, a damaged file…), `open`."""
        folder = paths.data_dir(data_dir)
        look = peek(folder)
        if look is None:
            return cls.open(folder)
        return cls(None, folder, first_look=look)  # `_listen` once the store opens, after the first paint

    def _listen(self) -> AppContext:
        # Characters removed from what the officer typed or pasted (domain.text) are said in the status bar.
        from ccpropa_desktop.domain.text import removal_note, set_removal_listener

        set_removal_listener(lambda removed: self.status_message.emit(removal_note(removed)))
        return self

    @property
    def store(self) -> Store:
        """The open store; opened here, in full, when a context made by `start` has not opened it yet
        (raises `UserError` as `open` does)."""
        if self._store is None:
            self._store = _open_store(self.data_dir)
            self._first_look = None
            self._listen()
            self.store_opened.emit()
        return self._store

    @store.setter
    def store(self, store: Store) -> None:
        self._store = store
        self._first_look = None

    @property
    def store_open(self) -> bool:
        return self._store is not None

    def open_now(self) -> Store:
        """`store`, opened in full now if it is not yet (the deferred part of the window's start)."""
        return self.store

    def unit(self) -> UnitProfile | None:
        """The unit profile (None before the first one is saved), from the first look while the store
        is not open yet."""
        if self._first_look is not None:
            return self._first_look.unit()
        return self.store.get_unit()

    def has_unit(self) -> bool:
        if self._first_look is not None:
            return self._first_look.unit_row is not None
        return self.store.get_unit() is not None

    def list_plans(self) -> list[dict[str, Any]]:
        """`services.plans.list_plans`, from the first look while the store is not open yet."""
        if self._first_look is not None:
            return [dict(row) for row in self._first_look.plans]
        from ccpropa_desktop.services.plans import list_plans

        return list_plans(self.store)

    @property
    def read_only(self) -> str | None:
        """Why edits are refused (the store opened read-only), or None (also while not open yet:
        `store_opened` fires when it is)."""
        return self._store.read_only if self._store is not None else None

    def reopen(self) -> None:
        """Close the store and open it again (after a restore); pages read `ctx.store` afresh."""
        self.store.close()
        self.store = _open_store(self.data_dir)
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
        from ccpropa_desktop.domain.text import set_removal_listener

        set_removal_listener(None)
        self.settings.sync()
        self._first_look = None
        if self._store is not None:
            self._store.close()
