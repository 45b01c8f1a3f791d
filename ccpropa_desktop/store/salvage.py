"""Salvage: what SQLite can still read of a damaged store, table by table, into a new store.

The damaged file is never written: it is copied (with its -wal, which holds the latest commits) into
a temporary folder and read there. Each table is read in rowid order up to the first unreadable page,
then from its end backwards down to that point, so one broken page costs the rows on that page only.
Rows whose parent was lost (a task whose plan is gone) are dropped, so the new store is consistent.
The result is a new, checked backup ``backups/ccpropa-…-cuu-du-lieu.sqlite3``, listed and restored
like any other; the report says, per table, how many rows were saved and whether any were lost.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from ccpropa_desktop import __version__
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.paths import DB_FILENAME

from . import backups, files
from .versions import APP_VERSION_KEY, migrate

TABLE_LABELS = {
    "unit": "hồ sơ đơn vị", "settings": "cài đặt", "mapping_sets": "bộ đổi tên cơ quan",
    "mappings": "quy tắc đổi tên cơ quan", "templates": "kế hoạch mẫu đã nhập", "plans": "kế hoạch",
    "sections": "mục nội dung", "tasks": "nhiệm vụ", "plan_versions": "phiên bản đã ban hành",
    "progress": "kết quả theo dõi", "progress_files": "tệp đính kèm", "task_due": "hạn đặt tay",
    "report_prose": "lời văn báo cáo", "reports": "báo cáo", "received_packages": "gói báo cáo đã nhận",
}
"""What each table holds, for the report (a table not named here is reported by its name)."""

SKIPPED = {"_sqlite_migrations"}
"""The new store has its own record of migrations."""


@dataclass
class TableReport:
    table: str
    saved: int = 0
    complete: bool = True
    dropped: int = 0
    """Rows read but left out: their parent row was lost, or they repeated a unique key."""
    error: str = ""

    @property
    def label(self) -> str:
        return TABLE_LABELS.get(self.table, self.table)

    def to_dict(self) -> dict[str, object]:
        return {"table": self.table, "label": self.label, "saved": self.saved, "complete": self.complete,
                "dropped": self.dropped, "error": self.error}


@dataclass
class SalvageReport:
    backup: backups.Backup
    tables: list[TableReport] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return all(t.complete and not t.dropped for t in self.tables)

    @property
    def plans(self) -> int:
        return next((t.saved for t in self.tables if t.table == "plans"), 0)

    def to_dict(self) -> dict[str, object]:
        return {"name": self.backup.name, "complete": self.complete, "plans": self.plans,
                "tables": [t.to_dict() for t in self.tables]}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"pragma table_info({_quote(table)})")]


def _read(conn: sqlite3.Connection, table: str, columns: list[str]) -> tuple[list[tuple], bool, str]:
    """(rows, read to the end without error, the first error)."""
    select = f"select rowid, {', '.join(_quote(c) for c in columns)} from {_quote(table)}"
    rows: list[tuple] = []
    try:
        for row in conn.execute(f"{select} order by rowid"):
            rows.append(row)
        return rows, True, ""
    except sqlite3.DatabaseError as exc:
        error = str(exc)
    last = rows[-1][0] if rows else None
    tail: list[tuple] = []
    try:
        after = "where rowid > ?" if last is not None else ""
        for row in conn.execute(f"{select} {after} order by rowid desc", [last] if last is not None else []):
            tail.append(row)
    except sqlite3.DatabaseError:
        pass
    return rows + tail[::-1], False, error


def _copy_damaged(path: Path, work: Path) -> Path:
    copy = work / DB_FILENAME
    shutil.copyfile(path, copy)
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
    return copy


def salvage(folder: Path) -> SalvageReport:
    """Read what can be read of ``folder``'s store into a new backup; see the module docstring."""
    path = folder / DB_FILENAME
    if not path.is_file():
        raise UserError("salvage_nothing", f"Không có tệp dữ liệu {path} để cứu.")
    if path.stat().st_size == 0:
        raise UserError("salvage_nothing", f"Tệp dữ liệu {path} rỗng (0 byte): không còn gì để cứu. Hãy "
                        "khôi phục một bản sao lưu (ccpropa backup list).")
    directory = backups.backup_dir(folder)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError("salvage_failed", f"Không tạo được thư mục sao lưu {directory}: "
                        f"{files.os_reason(exc)}.") from exc
    final = backups._new_name(directory, "cuu-du-lieu")
    tmp = files.temp_path(final)
    files.remove_with_sidecars(tmp)
    try:
        with tempfile.TemporaryDirectory(prefix="ccpropa-cuu-") as work:
            source_path = _copy_damaged(path, Path(work))
            with closing(sqlite3.connect(source_path)) as source:
                # Tolerate a schema that points past the end of a truncated file (nothing is written:
                # this is a copy, and only read).
                source.execute("PRAGMA writable_schema = 1")
                try:
                    names = [r[0] for r in source.execute(
                        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")]
                except sqlite3.DatabaseError as exc:
                    raise UserError("salvage_nothing", f"SQLite không đọc được danh mục bảng của tệp {path} "
                                    f"({exc}): không cứu được gì. Hãy khôi phục một bản sao lưu "
                                    "(ccpropa backup list).") from exc
                report = _fill(source, names, tmp)
        os.replace(tmp, final)
    except UserError:
        raise
    except (OSError, sqlite3.Error) as exc:
        if files.is_disk_full(exc):
            raise UserError("disk_full", "Không cứu được dữ liệu: ổ đĩa đầy. Không có tệp nào ghi dở; hãy "
                            "giải phóng dung lượng ổ đĩa rồi thử lại.") from exc
        raise UserError("salvage_failed", f"Không cứu được dữ liệu: {exc}.") from exc
    finally:
        files.remove_with_sidecars(tmp)
    stat = final.stat()
    report.backup = backups.Backup(final.name, final, stat.st_size, "")
    return report


def _fill(source: sqlite3.Connection, names: list[str], tmp: Path) -> SalvageReport:
    report = SalvageReport(backups.Backup("", tmp, 0, ""))
    db = Database(sqlite3.connect(tmp), execute_plugins=False)
    try:
        db.execute("PRAGMA foreign_keys = ON")
        migrate(db)
        db.execute("PRAGMA foreign_keys = OFF")
        target_tables = [t for t in db.table_names() if t not in SKIPPED]
        by_table: dict[str, TableReport] = {}
        with db.atomic():
            # The source's own note of the version that upgraded it is taken as is; this store's
            # note is written again at the end.
            db.execute("delete from settings where key = ?", [APP_VERSION_KEY])
            for table in target_tables:
                if table not in names:
                    continue
                entry = TableReport(table)
                by_table[table] = entry
                report.tables.append(entry)
                try:
                    wanted = set(_columns(db.conn, table))
                    columns = [c for c in _columns(source, table) if c in wanted]
                except sqlite3.DatabaseError as exc:
                    entry.complete, entry.error = False, str(exc)
                    continue
                rows, entry.complete, entry.error = _read(source, table, columns)
                marks = ", ".join("?" * (len(columns) + 1))
                insert = (f"insert or ignore into {_quote(table)} (rowid, "
                          f"{', '.join(_quote(c) for c in columns)}) values ({marks})")
                before = db.execute(f"select count(*) from {_quote(table)}").fetchone()[0]
                for row in rows:
                    db.execute(insert, list(row))
                after = db.execute(f"select count(*) from {_quote(table)}").fetchone()[0]
                entry.saved = after - before
                entry.dropped = len(rows) - entry.saved
            _drop_orphans(db, by_table)
            db.execute("insert into settings (key, value) values (?, ?) on conflict(key) do update set "
                       "value = excluded.value", [APP_VERSION_KEY, json.dumps(__version__)])
        db.execute("PRAGMA foreign_keys = ON")
        problem = backups.integrity_problem(db.conn)
        if problem:
            raise UserError("salvage_failed", f"Bản cứu được không đọc lại được ({problem}).")
        db.execute("PRAGMA journal_mode = DELETE")
    finally:
        db.close()
    return report


def _drop_orphans(db: Database, by_table: dict[str, TableReport]) -> None:
    """Delete rows whose parent is missing, until none is left (a lost plan takes its tasks, a lost
    task its tracking records)."""
    for _ in range(20):
        orphans = {(r[0], r[1]) for r in db.execute("PRAGMA foreign_key_check").fetchall()}
        if not orphans:
            return
        for table, rowid in sorted(orphans):
            db.execute(f"delete from {_quote(table)} where rowid = ?", [rowid])
            entry = by_table.get(table)
            if entry is not None:
                entry.saved -= 1
                entry.dropped += 1
