"""Opening the store file: pragmas, migrations, backups, and errors a user can act on."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.paths import DB_FILENAME

from . import backups
from .migrations import migrations

BUSY_TIMEOUT_MS = 3000


def translate_sqlite_error(exc: sqlite3.Error, path: Path | str) -> UserError:
    """Map environment failures to Vietnamese messages; anything else is re-raised by the caller."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return UserError("db_locked", f"Tệp dữ liệu {path} đang bị một chương trình khác khóa. "
                         "Hãy đóng chương trình đó rồi thử lại.")
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return UserError("db_not_database", f"Tệp {path} không phải là tệp dữ liệu của ccpropa "
                         "hoặc đã bị hỏng. Hãy khôi phục từ bản sao lưu (ccpropa backup list).")
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return UserError("db_readonly", f"Không ghi được vào thư mục dữ liệu {Path(path).parent}: "
                         "thư mục chỉ đọc hoặc không có quyền ghi.")
    if "disk" in text and ("full" in text or "i/o" in text):
        return UserError("disk_full", f"Không ghi được tệp {path}: ổ đĩa đầy hoặc lỗi ổ đĩa.")
    return UserError("db_error", f"Lỗi tệp dữ liệu {path}: {exc}")


def configure(db: Database) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed edit survives a power cut, not only a crash (platform notes).
    db.execute("PRAGMA synchronous = FULL")


def open_memory() -> Database:
    db = Database(memory=True, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    return db


def open_database(folder: Path, *, daily_backup: bool = True) -> Database:
    """Open (creating if needed) the store in ``folder`` and bring its schema up to date."""
    path = folder / DB_FILENAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("data_dir", f"Không tạo được thư mục dữ liệu {folder}: {exc.strerror}.") from exc
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError("db_readonly", f"Tệp dữ liệu {path} chỉ đọc: không thể lưu thay đổi.")
    if not os.access(folder, os.W_OK):
        raise UserError("db_readonly", f"Không ghi được vào thư mục dữ liệu {folder}: "
                        "thư mục chỉ đọc hoặc không có quyền ghi.")
    try:
        # No sqlite-utils plugins: a plugin installed on the PC must not run code on our store, and
        # scanning entry points costs ~40 ms of every start-up.
        db = Database(path, execute_plugins=False)
        configure(db)
        existing = db.table_names()
        pending = migrations.pending(db)
        if pending and existing:
            backups.make_backup(db, folder, reason="truoc-nang-cap")
        migrations.apply(db)
        if daily_backup:
            backups.daily_backup(db, folder)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, path) from exc
    return db
