"""Which schema a store has, and which version of the program it needs.

The known migrations are read from the list in migrations.py at every call, so a migration added
there is known at once. A store with a migration not in the list was made by a newer version: it
is opened read-only (store/database.py) and the message names the version it needs, which every
version records in `settings` when it brings the schema up to date."""

from __future__ import annotations

import contextlib
import json
import sqlite3

from sqlite_utils import Database

from ccpropa_desktop import __version__

from .migrations import migrations

APP_VERSION_KEY = "store.app_version"


def known_migrations() -> list[str]:
    """The names of every migration this code has, in order."""
    return [m.name for m in migrations.pending(Database(memory=True, execute_plugins=False))]


def applied_migrations(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def unknown_migrations(db: Database) -> list[str]:
    """Migrations the store has that this code does not know."""
    known = set(known_migrations())
    return [name for name in applied_migrations(db) if name not in known]


def needed_version(db: Database) -> str:
    """The version that last upgraded the store's schema ("" when it did not say)."""
    with contextlib.suppress(sqlite3.Error, ValueError):
        row = db.execute("select value from settings where key = ?", [APP_VERSION_KEY]).fetchone()
        if row and row[0]:
            return str(json.loads(row[0]))
    return ""


def newer_reason(db: Database) -> str | None:
    """Why a newer store is read-only here (a Vietnamese clause), or None for a store this code knows."""
    unknown = unknown_migrations(db)
    if not unknown:
        return None
    version = needed_version(db)
    needs = (f"cần ccpropa {version} trở lên" if version else
             f"cần phiên bản có bước nâng cấp «{unknown[-1]}»")
    return (f"tệp dữ liệu do phiên bản mới hơn của ccpropa tạo ({needs}; máy này đang chạy ccpropa "
            f"{__version__}); hãy cài phiên bản mới hơn để sửa")


def record_version(db: Database) -> None:
    with db.atomic():
        db.execute("insert into settings (key, value) values (?, ?) on conflict(key) do update set "
                   "value = excluded.value", [APP_VERSION_KEY, json.dumps(__version__)])


def migrate(db: Database) -> bool:
    """Apply the pending migrations and note the version that did it; True when there were some."""
    if not migrations.pending(db):
        return False
    migrations.apply(db)
    record_version(db)
    return True
