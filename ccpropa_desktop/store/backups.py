"""Backups with the SQLite online backup API: daily rolling (last 14), before each migration, on demand,
before each restore. Listing and restoring work on the folder alone, without opening the store.

Every copy is checked: the store first (`PRAGMA integrity_check`: a damaged store is never copied, so
it never pushes a good backup out of the 14), then the copy itself, which is written beside its final
name and renamed into place only when whole. A copy is a self-contained file (rollback journal, no
-wal), and a backup is only ever read `immutable`, so nothing appears beside it in ``backups/``.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from ccpropa_desktop.errors import NotFound, StoreUnavailable, UserError
from ccpropa_desktop.paths import DB_FILENAME

from . import files
from .problems import damaged, translate_sqlite_error
from .versions import migrate, newer_reason

KEEP_DAILY = 14
BACKUP_DIR = "backups"

KINDS = {
    "daily": "tự động hằng ngày",
    "thu-cong": "thủ công",
    "truoc-nang-cap": "trước khi nâng cấp",
    "truoc-khoi-phuc": "trước khi khôi phục",
    "cuu-du-lieu": "cứu từ tệp hỏng",
}
"""What made a backup, from the reason in its file name."""

LAST_EDIT_COLUMNS = (("plans", "updated_at"), ("unit", "updated_at"), ("progress", "updated_at"),
                     ("report_prose", "updated_at"), ("reports", "updated_at"), ("task_due", "updated_at"),
                     ("received_packages", "imported_at"))


@dataclass(frozen=True)
class Backup:
    name: str
    path: Path
    size: int
    created: str

    @property
    def kind(self) -> str:
        return next((key for key in KINDS if f"-{key}" in self.name), "")


@dataclass(frozen=True)
class BackupInfo:
    """A backup and what it holds, read without changing it."""

    backup: Backup
    ok: bool
    problem: str = ""
    plans: int | None = None
    last_edit: str | None = None

    @property
    def name(self) -> str:
        return self.backup.name

    def to_dict(self) -> dict[str, object]:
        b = self.backup
        return {"name": b.name, "size": b.size, "created": b.created, "kind": b.kind,
                "kind_label": KINDS.get(b.kind, ""), "ok": self.ok, "problem": self.problem,
                "plans": self.plans, "last_edit": self.last_edit}


@dataclass(frozen=True)
class Restored:
    name: str
    safety: str | None
    """The backup of the state just replaced (a store that could still be copied)."""
    set_aside: Path | None
    """Where the damaged store was moved (one that could not be copied)."""


def backup_dir(folder: Path) -> Path:
    return folder / BACKUP_DIR


# -- checking ---------------------------------------------------------------------------------------
def integrity_problem(conn: sqlite3.Connection, *, quick: bool = False) -> str | None:
    """None when SQLite finds the file whole, else what it found (the first problem)."""
    try:
        result = conn.execute("PRAGMA quick_check(1)" if quick else "PRAGMA integrity_check(1)").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if result == "ok" else str(result)


def check_source(conn: sqlite3.Connection, path: Path | str) -> None:
    """Refuse to copy a damaged store (its copy would push a good backup out)."""
    problem = integrity_problem(conn)
    if problem:
        error = damaged(path, f"kiểm tra toàn vẹn: {problem}")
        raise StoreUnavailable(error.code, f"{error.message} Không sao lưu tệp hỏng, để các bản sao lưu tốt "
                               "không bị thay bằng bản hỏng.", path=path, damaged=True,
                               problem=error.params["problem"])


def _write_failed(exc: BaseException, target: Path) -> UserError:
    if files.is_disk_full(exc):
        return UserError("disk_full", f"Không ghi được bản sao lưu {target.name}: ổ đĩa đầy. Không có tệp "
                         "nào ghi dở; hãy giải phóng dung lượng ổ đĩa rồi thử lại.")
    problem = files.writable_problem(target.parent)
    if problem:
        return UserError("backup_failed", f"Không ghi được bản sao lưu vào {target.parent}: {problem}.")
    if isinstance(exc, sqlite3.Error):
        return translate_sqlite_error(exc, target)
    return UserError("backup_failed", f"Không ghi được bản sao lưu vào {target.parent}: "
                     f"{files.os_reason(exc)}.")


def copy_database(source: sqlite3.Connection, target_path: Path) -> None:
    """``source`` into a new self-contained file at ``target_path``, whole or not at all."""
    tmp = files.temp_path(target_path)
    files.remove_with_sidecars(tmp)
    try:
        with closing(sqlite3.connect(tmp)) as target:
            source.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            problem = integrity_problem(target, quick=True)
            if problem:
                raise UserError("backup_failed", f"Bản sao vừa ghi {target_path.name} không đọc lại được "
                                f"({problem}); đã bỏ bản đó.")
        os.replace(tmp, target_path)
    except UserError:
        raise
    except (OSError, sqlite3.Error) as exc:
        raise _write_failed(exc, target_path) from exc
    finally:
        files.remove_with_sidecars(tmp)


def _new_name(directory: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = directory / f"ccpropa-{stamp}-{reason}.sqlite3"
    n = 1
    while path.exists():
        n += 1
        path = directory / f"ccpropa-{stamp}-{reason}-{n}.sqlite3"
    return path


def _directory(folder: Path) -> Path:
    directory = backup_dir(folder)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_failed(exc, directory / "x") from exc
    return directory


def make_backup(db: Database, folder: Path, reason: str = "thu-cong") -> Path:
    """A checked copy of the open store into ``backups/``."""
    check_source(db.conn, folder / DB_FILENAME)
    path = _new_name(_directory(folder), reason)
    copy_database(db.conn, path)
    return path


def daily_backup(db: Database, folder: Path, today: dt.date | None = None) -> Path | None:
    """Once a day, copy the store to ``backups/ccpropa-daily-YYYYMMDD.sqlite3``; keep the last 14.
    The oldest go only once the new copy is whole."""
    if not db.table_names():
        return None
    day = (today or dt.date.today()).strftime("%Y%m%d")
    directory = backup_dir(folder)
    path = directory / f"ccpropa-daily-{day}.sqlite3"
    if path.exists():
        return None
    check_source(db.conn, folder / DB_FILENAME)
    copy_database(db.conn, _directory(folder) / path.name)
    dailies = sorted(directory.glob("ccpropa-daily-*.sqlite3"))
    for old in dailies[:-KEEP_DAILY]:
        old.unlink(missing_ok=True)
    return path


# -- reading backups --------------------------------------------------------------------------------
def _tidy(directory: Path) -> None:
    """Earlier versions opened backups in a way that left an empty -wal and a -shm beside them."""
    for side in directory.glob("ccpropa-*.sqlite3-shm"):
        wal = side.with_name(side.name[:-4] + "-wal")
        if not wal.exists() or wal.stat().st_size == 0:
            with suppress(OSError):
                wal.unlink(missing_ok=True)
                side.unlink()
    for wal in directory.glob("ccpropa-*.sqlite3-wal"):
        if wal.stat().st_size == 0:
            with suppress(OSError):
                wal.unlink()


def list_backups(folder: Path) -> list[Backup]:
    """The backups, oldest first. Reads the folder only."""
    directory = backup_dir(folder)
    if not directory.is_dir():
        return []
    _tidy(directory)
    out = []
    for path in directory.glob("ccpropa-*.sqlite3"):
        try:
            stat = path.stat()
        except OSError:
            continue
        created = dt.datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds")
        out.append(Backup(path.name, path, stat.st_size, created))
    return sorted(out, key=lambda b: (b.path.stat().st_mtime, b.name))


def find_backup(folder: Path, name: str) -> Backup:
    matches = [b for b in list_backups(folder) if b.name == name.strip()]
    if not matches:
        raise NotFound("backup_not_found", f"Không có bản sao lưu tên “{name}”. "
                       "Xem danh sách bằng: ccpropa backup list.")
    return matches[0]


@contextmanager
def read_backup(path: Path) -> Iterator[Database]:
    """A backup opened so that nothing is written to it or beside it."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        yield Database(conn, execute_plugins=False)
    finally:
        conn.close()


def inspect(backup: Backup) -> BackupInfo:
    """How many plans a backup holds, its last edit, and whether SQLite reads it whole (quick check)."""
    if backup.size == 0:
        return BackupInfo(backup, False, "tệp rỗng (0 byte)")
    try:
        with read_backup(backup.path) as db:
            problem = integrity_problem(db.conn, quick=True)
            if problem:
                return BackupInfo(backup, False, f"hỏng: {problem}")
            tables = set(db.table_names())
            plans = db.execute("select count(*) from plans").fetchone()[0] if "plans" in tables else 0
            edits = [db.execute(f"select max({column}) from {table}").fetchone()[0]
                     for table, column in LAST_EDIT_COLUMNS if table in tables
                     and column in {c.name for c in db[table].columns}]
            last = max((e for e in edits if e), default=None)
            newer = newer_reason(db)
            return BackupInfo(backup, True, newer or "", plans, last)
    except sqlite3.Error as exc:
        return BackupInfo(backup, False, f"không đọc được: {exc}")


def describe_backups(folder: Path) -> list[BackupInfo]:
    return [inspect(b) for b in list_backups(folder)]


# -- restoring --------------------------------------------------------------------------------------
def _current_state(path: Path) -> str:
    """"missing", "healthy" or "damaged" (a store that SQLite cannot read whole)."""
    if path.is_dir():
        raise StoreUnavailable("db_is_folder", f"Không khôi phục được: {path} là một thư mục, không phải "
                               "tệp dữ liệu. Hãy đổi tên hoặc chuyển thư mục đó đi rồi thử lại.", path=path)
    if not path.exists():
        return "missing"
    if path.stat().st_size == 0:
        return "damaged"
    try:
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("PRAGMA busy_timeout = 3000")
            return "damaged" if integrity_problem(conn, quick=True) else "healthy"
    except sqlite3.DatabaseError as exc:
        error = translate_sqlite_error(exc, path)
        if error.code == "db_damaged":
            return "damaged"
        raise error from exc


def _open_checked(backup: Backup) -> sqlite3.Connection:
    conn = sqlite3.connect(backup.path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        problem = integrity_problem(conn) if backup.size else "tệp rỗng (0 byte)"
        if problem:
            raise UserError("backup_corrupt", f"Bản sao lưu {backup.name} bị hỏng ({problem}); hãy chọn "
                            "bản khác.")
        newer = newer_reason(Database(conn, execute_plugins=False))
        if newer:
            raise UserError("backup_newer", f"Bản sao lưu {backup.name} không khôi phục được ở đây: {newer}.")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise UserError("backup_corrupt", f"Bản sao lưu {backup.name} không đọc được: {exc}.") from exc
    except BaseException:
        conn.close()
        raise
    return conn


def restore_backup(folder: Path, name: str) -> Restored:
    """Put backup ``name`` in place of the store, whatever state the store is in.

    A store that SQLite still reads whole is first backed up ("trước khi khôi phục") and then
    overwritten in one transaction (a kill leaves it as it was). A damaged, empty or missing store is
    replaced by a checked copy of the backup, renamed into place; the damaged file is kept aside in
    ``hong/``, never deleted. Older backups are brought up to the current schema."""
    backup = find_backup(folder, name)
    path = folder / DB_FILENAME
    problem = files.writable_problem(folder, path)
    if problem:
        raise UserError("restore_readonly", f"Không khôi phục được: {problem}.")
    with closing(_open_checked(backup)) as source:
        if _current_state(path) == "healthy":
            try:
                return _restore_in_place(folder, path, source, backup.name)
            except StoreUnavailable as exc:
                if not exc.damaged:
                    raise
        return _restore_by_swap(folder, path, source, backup.name)


def _restore_in_place(folder: Path, path: Path, source: sqlite3.Connection, name: str) -> Restored:
    from .database import configure

    db = Database(path, execute_plugins=False)
    try:
        configure(db)
        safety = make_backup(db, folder, reason="truoc-khoi-phuc")
        try:
            source.backup(db.conn)
            migrate(db)
        except sqlite3.Error as exc:
            raise _write_failed(exc, path) from exc
    finally:
        db.close()
    return Restored(name, safety.name, None)


def _restore_by_swap(folder: Path, path: Path, source: sqlite3.Connection, name: str) -> Restored:
    tmp = files.temp_path(path)
    files.remove_with_sidecars(tmp)
    try:
        db = Database(sqlite3.connect(tmp), execute_plugins=False)
        try:
            source.backup(db.conn)
            db.execute("PRAGMA journal_mode = DELETE")
            db.execute("PRAGMA foreign_keys = ON")
            migrate(db)
            problem = integrity_problem(db.conn, quick=True)
            if problem:
                raise UserError("restore_failed", f"Bản khôi phục không đọc lại được ({problem}); tệp dữ "
                                "liệu chưa bị thay.")
        finally:
            db.close()
        aside = files.set_aside(path, keep=True)
        os.replace(tmp, path)
    except UserError:
        raise
    except (OSError, sqlite3.Error) as exc:
        if files.is_disk_full(exc):
            raise UserError("disk_full", "Không khôi phục được: ổ đĩa đầy. Tệp dữ liệu chưa bị thay; hãy "
                            "giải phóng dung lượng ổ đĩa rồi thử lại.") from exc
        raise _write_failed(exc, path) from exc
    finally:
        files.remove_with_sidecars(tmp)
    return Restored(name, None, aside)
