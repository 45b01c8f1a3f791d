"""Opening the unit's store from a data folder.

A store may open read-only (a read-only folder, a full disk, a store made by a newer version):
`Store.read_only` says why, and every edit is refused with that reason. Whoever wants to tell the
officer (the command line prints a note once) registers with `set_open_listener`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ccpropa_desktop import paths
from ccpropa_desktop.store import Store
from ccpropa_desktop.store.database import READ_ONLY_NOTE, open_memory, open_store_file

OpenListener = Callable[[Store, list[str]], None]
_listeners: list[OpenListener] = []


def set_open_listener(listener: OpenListener | None) -> None:
    """Called with each store opened and its notes (sentences to show); None stops it."""
    _listeners.clear()
    if listener is not None:
        _listeners.append(listener)


def open_store(data_dir: str | Path | None = None, *, daily_backup: bool = True) -> Store:
    folder = paths.data_dir(data_dir)
    opened = open_store_file(folder, daily_backup=daily_backup)
    store = Store(opened.db, name=str(opened.path), folder=folder, read_only=opened.read_only)
    notes = ([READ_ONLY_NOTE.format(opened.read_only)] if opened.read_only else []) + [
        note[:1].upper() + note[1:] + "." for note in opened.notes]
    for listener in _listeners:
        listener(store, notes)
    return store


def read_only_note(store: Store) -> str:
    """The sentence a banner shows for a read-only store ("" when it is writable)."""
    return READ_ONLY_NOTE.format(store.read_only) if store.read_only else ""


def memory_store() -> Store:
    """A migrated in-memory store (tests, previews)."""
    return Store(open_memory())
