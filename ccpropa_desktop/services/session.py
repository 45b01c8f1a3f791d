"""Opening the unit's store from a data folder."""

from __future__ import annotations

from pathlib import Path

from ccpropa_desktop import paths
from ccpropa_desktop.store import Store, open_database
from ccpropa_desktop.store.database import open_memory


def open_store(data_dir: str | Path | None = None, *, daily_backup: bool = True) -> Store:
    folder = paths.data_dir(data_dir)
    db = open_database(folder, daily_backup=daily_backup)
    return Store(db, name=str(folder / paths.DB_FILENAME), folder=folder)


def memory_store() -> Store:
    """A migrated in-memory store (tests, previews)."""
    return Store(open_memory())
