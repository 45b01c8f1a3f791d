"""Backups and recovery (store/backups.py copies, store/salvage.py salvages).

Listing, restoring and salvaging take the data folder, not an open store, so they work whatever
state the store is in: damaged, empty, made by a newer version, or not there at all. Creating a
backup needs the store open (it copies the live store, checked first).
"""

from __future__ import annotations

from pathlib import Path

from ccpropa_desktop import paths
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store, files
from ccpropa_desktop.store import backups as raw
from ccpropa_desktop.store import salvage as raw_salvage

Backup = raw.Backup
BackupInfo = raw.BackupInfo
Restored = raw.Restored
SalvageReport = raw_salvage.SalvageReport
KINDS = raw.KINDS


def folder_of(where: Store | str | Path | None) -> Path:
    """The data folder of a store, or the folder given (`--data-dir`, else the default)."""
    if isinstance(where, Store):
        if where.folder is None:
            raise UserError("no_folder", "Kho dữ liệu trong bộ nhớ không có bản sao lưu.")
        return where.folder
    return paths.data_dir(where)


def list_backups(where: Store | str | Path | None) -> list[raw.Backup]:
    """Oldest first; reads the folder only."""
    return raw.list_backups(folder_of(where))


def describe_backups(where: Store | str | Path | None) -> list[raw.BackupInfo]:
    """Each backup with what it holds (plans, last edit) and whether it reads whole; oldest first."""
    return raw.describe_backups(folder_of(where))


def create_backup(store: Store) -> Path:
    """A checked copy of the open store (refused, with the way to recover, when it is damaged)."""
    return raw.make_backup(store.db, folder_of(store))


def restore_backup(where: Store | str | Path | None, name: str) -> raw.Restored:
    """Restore ``name``. With an open ``Store`` the caller must close it first and open it again after
    (the window does); the command line passes the folder."""
    return raw.restore_backup(folder_of(where), name)


def salvage(where: Store | str | Path | None) -> raw_salvage.SalvageReport:
    """Copy what can be read of a damaged store into a new backup (then `restore_backup` it)."""
    return raw_salvage.salvage(folder_of(where))


def start_afresh(where: Store | str | Path | None) -> Path | None:
    """Set the store file aside (into ``hong/``, never deleted) so the next open starts an empty store;
    for a store with nothing to restore or salvage. Returns where the file went."""
    folder = folder_of(where)
    path = folder / paths.DB_FILENAME
    problem = files.writable_problem(folder, path)
    if problem:
        raise UserError("restore_readonly", f"Không làm được: {problem}.")
    try:
        return files.set_aside(path)
    except OSError as exc:
        raise UserError("set_aside_failed", f"Không chuyển được tệp {path} sang thư mục «hong»: "
                        f"{files.os_reason(exc)}.") from exc


def summary_line(report: raw_salvage.SalvageReport) -> str:
    """One sentence on what a salvage saved."""
    lost = [t.label for t in report.tables if not t.complete or t.dropped]
    head = (f"Đã cứu dữ liệu vào bản sao lưu {report.backup.name}: {report.plans} kế hoạch.")
    if not lost:
        return head + " Mọi bảng đều đọc được hết."
    return head + " Một phần bị mất ở: " + ", ".join(lost) + "."
