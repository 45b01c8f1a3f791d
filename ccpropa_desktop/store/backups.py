"""Automatic backups with the SQLite online backup API: daily rolling (last 14) and pre-migration."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from ccpropa_desktop.errors import NotFound, UserError

KEEP_DAILY = 14
BACKUP_DIR = "backups"


@dataclass(frozen=True)
class Backup:
    name: str
    path: Path
    size: int
    created: str


def backup_dir(folder: Path) -> Path:
    return folder / BACKUP_DIR


def _copy(source: sqlite3.Connection, target_path: Path) -> None:
    tmp = target_path.with_suffix(".tmp")
    target = sqlite3.connect(tmp)
    try:
        source.backup(target)
    finally:
        target.close()
    tmp.replace(target_path)


def make_backup(db: Database, folder: Path, reason: str = "thu-cong") -> Path:
    directory = backup_dir(folder)
    directory.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = directory / f"ccpropa-{stamp}-{reason}.sqlite3"
    n = 1
    while path.exists():
        n += 1
        path = directory / f"ccpropa-{stamp}-{reason}-{n}.sqlite3"
    _copy(db.conn, path)
    return path


def daily_backup(db: Database, folder: Path, today: dt.date | None = None) -> Path | None:
    """Once a day, copy the store to ``backups/ccpropa-daily-YYYYMMDD.sqlite3``; keep the last 14."""
    if not db.table_names():
        return None
    day = (today or dt.date.today()).strftime("%Y%m%d")
    directory = backup_dir(folder)
    path = directory / f"ccpropa-daily-{day}.sqlite3"
    if path.exists():
        return None
    directory.mkdir(parents=True, exist_ok=True)
    _copy(db.conn, path)
    dailies = sorted(directory.glob("ccpropa-daily-*.sqlite3"))
    for old in dailies[:-KEEP_DAILY]:
        old.unlink(missing_ok=True)
    return path


def list_backups(folder: Path) -> list[Backup]:
    directory = backup_dir(folder)
    if not directory.is_dir():
        return []
    out = []
    for path in sorted(directory.glob("ccpropa-*.sqlite3"), key=lambda p: p.stat().st_mtime):
        stat = path.stat()
        created = dt.datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds")
        out.append(Backup(path.name, path, stat.st_size, created))
    return out


def restore_backup(db: Database, folder: Path, name: str) -> Path:
    """Replace the store's content with a backup, after backing up the current state."""
    matches = [b for b in list_backups(folder) if b.name == name]
    if not matches:
        raise NotFound("backup_not_found", f"Không có bản sao lưu tên “{name}”. "
                       "Xem danh sách bằng: ccpropa backup list.")
    source_path = matches[0].path
    try:
        source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
        try:
            check = source.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                raise UserError("backup_corrupt", f"Bản sao lưu {name} bị hỏng: {check}.")
            safety = make_backup(db, folder, reason="truoc-khoi-phuc")
            source.backup(db.conn)
        finally:
            source.close()
    except sqlite3.DatabaseError as exc:
        raise UserError("backup_corrupt", f"Bản sao lưu {name} không đọc được: {exc}.") from exc
    return safety
