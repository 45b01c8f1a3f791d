"""Backups (store/backups.py does the copying); restore re-applies migrations to older copies."""

from __future__ import annotations

from pathlib import Path

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store
from ccpropa_desktop.store import backups as raw
from ccpropa_desktop.store.migrations import migrations


def _folder(store: Store) -> Path:
    if store.folder is None:
        raise UserError("no_folder", "Kho dữ liệu trong bộ nhớ không có bản sao lưu.")
    return store.folder


def list_backups(store: Store) -> list[raw.Backup]:
    return raw.list_backups(_folder(store))


def create_backup(store: Store) -> Path:
    return raw.make_backup(store.db, _folder(store))


def restore_backup(store: Store, name: str) -> Path:
    safety = raw.restore_backup(store.db, _folder(store), name)
    migrations.apply(store.db)
    return safety
