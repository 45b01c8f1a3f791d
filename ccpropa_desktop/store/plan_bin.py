"""The plans' bin: a deleted plan keeps all its rows and issued versions until it is restored
(or, for a plan never issued, purged). Functions take a `Store`; writes are one transaction."""

from __future__ import annotations

from typing import Any

from .repository import Store, _now


def has_bin(store: Store) -> bool:
    """False for a store of an older schema opened read-only (it is never migrated then)."""
    return "deleted_at" in store.db["plans"].columns_dict


def deleted_at(store: Store, plan_id: int) -> str | None:
    if not has_bin(store):
        return None
    row = store.db.execute("select deleted_at from plans where id = ?", [plan_id]).fetchone()
    return row[0] if row else None


def move_to_bin(store: Store, plan_id: int) -> None:
    with store.transaction():
        store.db.execute("update plans set deleted_at = ? where id = ?", [_now(), plan_id])


def restore(store: Store, plan_id: int) -> None:
    with store.transaction():
        store.db.execute("update plans set deleted_at = null where id = ?", [plan_id])


def in_bin(store: Store) -> list[dict[str, Any]]:
    if not has_bin(store):
        return []
    rows = store.db.execute(
        "select p.id, p.title, p.year, p.deleted_at, "
        "(select count(*) from plan_versions v where v.plan_id = p.id) as versions "
        "from plans p where p.deleted_at is not null order by p.deleted_at desc").fetchall()
    return [dict(zip(["id", "title", "year", "deleted_at", "versions"], r, strict=True)) for r in rows]


def purge(store: Store, plan_id: int) -> None:
    """Delete a plan that was never issued, with everything that hangs on it."""
    with store.transaction():
        for table in ("tasks", "sections"):
            store.db.execute(f"delete from {table} where plan_id = ?", [plan_id])
        store.db.execute("delete from plans where id = ?", [plan_id])


def delete_template(store: Store, template_id: str) -> bool:
    with store.transaction():
        cursor = store.db.execute("delete from templates where id = ?", [template_id])
    return cursor.rowcount > 0
