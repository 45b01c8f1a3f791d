"""Received report packages (W7): one row per distinct package, one current per (unit, period).

The decision about which package is current is the domain's (`domain.aggregate.decide`); this
module keeps it consistent inside one transaction per package.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ccpropa_desktop.domain.aggregate import created_order, decide

from .repository import Store


@dataclass
class Incoming:
    """A verified package, ready to be stored."""

    sha256: str
    unit_key: str
    unit_name: str
    period: str
    created_at: str
    file_name: str
    size: int
    manifest: str  # manifest.json and data.json as received (checked against their sha256)
    data: str
    report_pdf: bytes | None  # None when the original file is kept beside the store


@dataclass
class StoredPackage:
    """A row as listings need it (without the PDF)."""

    id: int
    sha256: str
    unit_key: str
    unit_name: str
    period: str
    created_at: str
    imported_at: str
    is_current: bool
    superseded_by: int | None
    file_name: str
    size: int


_LIST_COLUMNS = ("id, sha256, unit_key, unit_name, period, created_at, imported_at, is_current, "
                 "superseded_by, file_name, size")


def _row(r: tuple[Any, ...]) -> StoredPackage:
    return StoredPackage(id=r[0], sha256=r[1], unit_key=r[2], unit_name=r[3], period=r[4],
                         created_at=r[5], imported_at=r[6], is_current=bool(r[7]), superseded_by=r[8],
                         file_name=r[9] or "", size=r[10] or 0)


@contextlib.contextmanager
def bulk(store: Store) -> Iterator[None]:
    """Many packages in a row. Each is still its own transaction, but in WAL mode with
    synchronous=NORMAL a commit is not fsynced one by one (6 ms each on the build machine, the
    whole budget for 500 packages); at the end a FULL checkpoint puts everything on disk before
    the import reports. A process crash loses nothing; a power cut in the middle may lose the
    last packages, which are still in their files and import again."""
    store.db.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        store.db.execute("PRAGMA synchronous = FULL")
        store.db.execute("PRAGMA wal_checkpoint(FULL)")


def get(store: Store, package_id: int) -> StoredPackage | None:
    row = store.db.execute(f"select {_LIST_COLUMNS} from received_packages where id = ?",
                           [package_id]).fetchone()
    return _row(row) if row else None


def by_sha256(store: Store, sha256: str) -> StoredPackage | None:
    row = store.db.execute(f"select {_LIST_COLUMNS} from received_packages where sha256 = ?",
                           [sha256]).fetchone()
    return _row(row) if row else None


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def receive(store: Store, pkg: Incoming) -> tuple[str, StoredPackage | None]:
    """Store one package in one transaction. Returns the outcome ("imported", "replaced", "older"
    or "duplicate") and, for a duplicate, the copy already kept."""
    db = store.db
    with store.transaction():
        same = db.execute(f"select {_LIST_COLUMNS} from received_packages where sha256 = ?",
                          [pkg.sha256]).fetchone()
        if same is not None:
            return "duplicate", _row(same)
        current = db.execute(
            "select id, created_at from received_packages where unit_key = ? and period = ? "
            "and is_current = 1", [pkg.unit_key, pkg.period]).fetchone()
        outcome = decide(current[1] if current else None, pkg.created_at)
        now = _now()
        if outcome == "replaced":
            db.execute("update received_packages set is_current = 0 where id = ?", [current[0]])
        row = {
            "sha256": pkg.sha256, "unit_key": pkg.unit_key, "unit_name": pkg.unit_name,
            "period": pkg.period, "created_at": pkg.created_at,
            "created_utc": created_order(pkg.created_at).astimezone(dt.UTC).isoformat(),
            "imported_at": now, "is_current": 0 if outcome == "older" else 1,
            "superseded_by": current[0] if outcome == "older" else None,
            "superseded_at": now if outcome == "older" else None,
            "file_name": pkg.file_name, "size": pkg.size,
            "manifest": pkg.manifest, "data": pkg.data, "report_pdf": pkg.report_pdf,
        }
        # Plain SQL: sqlite-utils' insert() inspects the table on every call (a third of the time).
        new_id = db.execute(f"insert into received_packages ({', '.join(row)}) "
                            f"values ({', '.join('?' * len(row))})", list(row.values())).lastrowid
        if outcome == "replaced":
            db.execute("update received_packages set superseded_by = ?, superseded_at = ? where id = ?",
                       [new_id, now, current[0]])
    return outcome, None


def current_data(store: Store, period: str) -> Iterator[tuple[StoredPackage, dict[str, Any]]]:
    """The current package of each unit for a period, with its data.json, one at a time."""
    cursor = store.db.execute(
        f"select {_LIST_COLUMNS}, data from received_packages where period = ? and is_current = 1 "
        "order by unit_key", [period])
    for r in cursor:
        yield _row(r[:-1]), json.loads(r[-1])


def history(store: Store, period: str | None = None) -> list[StoredPackage]:
    """Every package received (current and superseded), newest import first."""
    where, params = ("where period = ?", [period]) if period else ("", [])
    rows = store.db.execute(f"select {_LIST_COLUMNS} from received_packages {where} "
                            "order by period, unit_key, created_utc desc, id desc", params).fetchall()
    return [_row(r) for r in rows]


def report_pdf(store: Store, package_id: int) -> bytes | None:
    row = store.db.execute("select report_pdf from received_packages where id = ?", [package_id]).fetchone()
    return bytes(row[0]) if row and row[0] is not None else None


def periods(store: Store) -> list[str]:
    return [r[0] for r in store.db.execute(
        "select distinct period from received_packages order by period").fetchall()]
