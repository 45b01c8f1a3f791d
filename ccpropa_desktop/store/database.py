"""Opening the store file: pragmas, a health check, migrations, backups, and errors a user can act on.

A store opens in one of three ways:

- **read-write**, the usual;
- **read-only**, when the folder or the file cannot be written, the disk is full, or the store was
  made by a newer version of the program (it has a migration this code does not know). Lists,
  previews, printing and exports work; every edit is refused with the reason (`Store.read_only`);
- **not at all** (`StoreUnavailable`), when the file is damaged, empty, not a database, a folder or
  locked. The message says how to recover; `ccpropa backup list|restore|salvage` and the window's
  recovery page work without opening it (store/backups.py, store/salvage.py).

Every open runs `PRAGMA quick_check`; every backup a full `integrity_check` first (store/backups.py).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from ccpropa_desktop.errors import StoreUnavailable, UserError
from ccpropa_desktop.paths import APP_NAME, DB_FILENAME

from . import backups, files
from .migrations import migrations
from .problems import RECOVERY_HINT, damaged, translate_sqlite_error, user_error_for
from .versions import known_migrations, migrate, newer_reason, record_version, unknown_migrations

__all__ = ["RECOVERY_HINT", "OpenedStore", "configure", "connect_read_only", "create_store", "damaged",
           "known_migrations", "migrate", "newer_reason", "open_database", "open_memory", "open_store_file",
           "record_version", "translate_sqlite_error", "unknown_migrations", "user_error_for"]

BUSY_TIMEOUT_MS = 3000

READ_ONLY_NOTE = ("Kho dữ liệu đang mở ở chế độ chỉ đọc: {0}. Vẫn xem, in và xuất được; mọi thay đổi "
                  "bị từ chối.")


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


# -- opening ----------------------------------------------------------------------------------------
@dataclass
class OpenedStore:
    db: Database
    path: Path
    read_only: str | None = None
    """Why edits are refused (a Vietnamese clause), or None when the store is writable."""
    notes: list[str] = field(default_factory=list)
    """Things the officer should know (a daily backup that could not be made)."""


def _uri(path: Path, *, immutable: bool) -> str:
    return path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def connect_read_only(path: Path) -> Database:
    """A connection that cannot write. With a -wal beside the file (recent commits not yet in the
    main file) SQLite must read it, which needs the -shm; without one, `immutable` reads the file
    alone and creates nothing beside it (a read-only folder, a full disk)."""
    wal = path.with_name(path.name + "-wal")
    attempts = [False, True] if wal.exists() and wal.stat().st_size > 0 else [True]
    error: sqlite3.Error | None = None
    for immutable in attempts:
        conn = sqlite3.connect(_uri(path, immutable=immutable), uri=True)
        try:
            db = Database(conn, execute_plugins=False)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.execute("PRAGMA query_only = 1")
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("select count(*) from sqlite_master").fetchone()
            return db
        except sqlite3.Error as exc:
            conn.close()
            error = exc
    assert error is not None
    raise error


def _connect_read_write(path: Path) -> Database:
    db = Database(path, execute_plugins=False)
    try:
        configure(db)
    except BaseException:
        db.close()
        raise
    return db


CHECK_CACHE_ENV = "CCPROPA_CACHE_DIR"
"""Where the fingerprints of checked stores are kept: this variable, else the user cache folder
(platformdirs: ``%LOCALAPPDATA%\\ccpropa-desktop\\Cache`` on Windows, ``~/.cache/ccpropa-desktop``)."""


def _check_marker(path: Path) -> Path | None:
    """The file holding the fingerprint (size, modification time, inode of the store and of its -wal)
    of ``path`` the last time it passed `quick_check`. An open whose file has not changed since skips
    the check, so a run of commands that only read (``plan list``, ``task list``, renders) pays it once,
    not each time (≈ 130 ms for a 73 MB store, most of such a command). Any write, by this program or
    another, changes the fingerprint, so the next open checks again; the daily backup checks in full.
    Kept outside the data folder, which therefore never changes by being read."""
    try:
        base = os.environ.get(CHECK_CACHE_ENV)
        if not base:
            from platformdirs import PlatformDirs

            base = PlatformDirs(APP_NAME, appauthor=False).user_cache_dir
        key = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:32]
    except Exception:  # no cache folder to be had: check every time
        return None
    return Path(base) / "kiem-tra" / key


def _fingerprint(path: Path) -> str:
    parts = [str(path.resolve())]
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            st = candidate.stat()
        except OSError:
            st = None
        # An empty -wal holds nothing (each connection makes one anew): the same as none.
        parts.append(f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}" if st and st.st_size else "-")
    return "|".join(parts)


def check_health(db: Database, path: Path) -> None:
    """`PRAGMA quick_check`: the b-trees and pages are whole (skipped when the file has not changed
    since it last passed, see `_check_marker`)."""
    marker = _check_marker(path)
    before = _fingerprint(path)
    if marker is not None:
        try:
            if marker.read_text(encoding="utf-8") == before:
                return
        except (OSError, UnicodeDecodeError):
            pass
    try:
        result = db.execute("PRAGMA quick_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise translate_sqlite_error(exc, path) from exc
    if result != "ok":
        raise damaged(path, f"kiểm tra toàn vẹn: {result}")
    if marker is not None and _fingerprint(path) == before:  # nothing wrote meanwhile
        tmp = files.temp_path(marker)
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(before, encoding="utf-8")
            os.replace(tmp, marker)
        except OSError:
            files.remove_with_sidecars(tmp)  # no cache to write to: the next open checks again


def _prepare_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise UserError("data_dir", f"Thư mục dữ liệu {folder} là một tệp, không phải thư mục. Hãy chọn "
                        "thư mục khác (--data-dir).")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("data_dir", f"Không tạo được thư mục dữ liệu {folder}: "
                        f"{files.os_reason(exc)}.") from exc


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise StoreUnavailable("db_is_folder", f"{path} là một thư mục, không phải tệp dữ liệu. Hãy đổi "
                               "tên hoặc chuyển thư mục đó đi chỗ khác rồi mở lại.", path=path,
                               problem=f"{path} là một thư mục, không phải tệp dữ liệu.")
    if path.exists() and path.stat().st_size == 0:
        problem = (f"Tệp dữ liệu {path} rỗng (0 byte): nội dung đã mất, có thể do máy tắt đột ngột "
                   "hoặc ổ đĩa đầy khi đang ghi.")
        raise StoreUnavailable(
            "db_empty", f"{problem} {RECOVERY_HINT} Nếu thư mục này chưa từng có dữ liệu, hãy đổi tên "
            "tệp rỗng đó rồi mở lại để bắt đầu kho mới.", path=path, damaged=True, problem=problem)


def create_store(folder: Path) -> None:
    """A new store, built beside the final name and moved into place whole: an interruption leaves
    no half-made (or 0-byte) store, only a temp file the next open sweeps away."""
    path = folder / DB_FILENAME
    tmp = files.temp_path(path)
    files.remove_with_sidecars(tmp)
    try:
        db = Database(tmp, execute_plugins=False)
        try:
            db.execute("PRAGMA foreign_keys = ON")
            migrations.apply(db)
            record_version(db)
            db.execute("PRAGMA journal_mode = WAL")
        finally:
            db.close()
        try:
            os.link(tmp, path)  # fails if another process created the store meanwhile: theirs stays
        except FileExistsError:
            pass
        except OSError:
            if not path.exists():
                os.replace(tmp, path)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, path) from exc
    except OSError as exc:
        if files.is_disk_full(exc):
            raise UserError("disk_full", f"Không tạo được tệp dữ liệu mới trong {folder}: "
                            "ổ đĩa đầy.") from exc
        raise UserError("data_dir", f"Không tạo được tệp dữ liệu mới trong {folder}: "
                        f"{files.os_reason(exc)}.") from exc
    finally:
        files.remove_with_sidecars(tmp)


def open_store_file(folder: Path, *, daily_backup: bool = True) -> OpenedStore:
    """Open (creating if needed) the store in ``folder``: see the module docstring."""
    path = folder / DB_FILENAME
    _prepare_folder(folder)
    _check_file(path)
    files.sweep([folder, backups.backup_dir(folder)])
    if not path.exists():
        problem = files.writable_problem(folder) or files.free_space_problem(folder)
        if problem:
            raise UserError("data_dir_readonly", f"Chưa có dữ liệu trong {folder} và không tạo được tệp "
                            f"dữ liệu mới: {problem}. Hãy chọn thư mục khác (--data-dir).")
        create_store(folder)
    read_only = files.writable_problem(folder, path) or files.free_space_problem(folder)
    try:
        db: Database | None = None
        if read_only is None:
            try:
                db = _connect_read_write(path)
            except sqlite3.Error as exc:
                error = translate_sqlite_error(exc, path)
                if error.code not in ("disk_full", "disk_io", "db_readonly", "db_cantopen"):
                    raise error from exc
                read_only = (files.free_space_problem(folder) or files.writable_problem(folder, path)
                             or "không ghi được vào tệp dữ liệu")
        if db is None:
            db = connect_read_only(path)
    except sqlite3.Error as exc:
        raise translate_sqlite_error(exc, path) from exc
    opened = OpenedStore(db, path, read_only)
    try:
        _finish_open(opened, folder, daily_backup)
    except sqlite3.Error as exc:
        db.close()
        raise translate_sqlite_error(exc, path) from exc
    except BaseException:
        db.close()
        raise
    return opened


def _finish_open(opened: OpenedStore, folder: Path, daily_backup: bool) -> None:
    db, path = opened.db, opened.path
    check_health(db, path)
    newer = newer_reason(db)
    if newer:
        opened.read_only = newer
    if opened.read_only is not None:
        db.execute("PRAGMA query_only = 1")
        if migrations.pending(db) and not newer:
            if "plans" not in db.table_names():
                raise damaged(path, "không có bảng dữ liệu nào")
            # An older store on a read-only folder: read through the old schema as far as it goes.
            opened.notes.append("tệp dữ liệu có cấu trúc cũ; cần mở ở thư mục ghi được để nâng cấp")
        return
    if migrations.pending(db) and db.table_names():
        backups.make_backup(db, folder, reason="truoc-nang-cap")
    migrate(db)
    if daily_backup:
        try:
            backups.daily_backup(db, folder)
        except UserError as exc:
            if exc.code == "disk_full":
                opened.read_only = files.free_space_problem(folder) or "ổ đĩa đầy"
                db.execute("PRAGMA query_only = 1")
            elif isinstance(exc, StoreUnavailable):
                raise
            else:
                opened.notes.append(f"chưa sao lưu hằng ngày được: {exc.message}")


def open_database(folder: Path, *, daily_backup: bool = True) -> Database:
    """`open_store_file`, the connection only."""
    return open_store_file(folder, daily_backup=daily_backup).db
