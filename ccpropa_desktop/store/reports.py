"""Reports in the store (W6): the officer's prose edits and a report's issue number and date.

Prose lives apart from anything computed: a redraft reads it and never writes it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .repository import Store


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def get_prose(store: Store, plan_id: int, period: str) -> dict[str, str]:
    """section key → the officer's text for this plan and period."""
    rows = store.db.execute("select section, text from report_prose where plan_id = ? and period = ?",
                            [plan_id, period]).fetchall()
    return {section: text for section, text in rows}


def latest_prose(store: Store, plan_id: int, sections: list[str], before: str | None = None
                 ) -> dict[str, str]:
    """The most recent text of each section in any period of the plan other than ``before``:
    what carries over to a new period (Kính gửi, Nơi nhận)."""
    out: dict[str, str] = {}
    for section in sections:
        row = store.db.execute(
            "select text from report_prose where plan_id = ? and section = ? and period != ? "
            "order by updated_at desc, rowid desc limit 1", [plan_id, section, before or ""]).fetchone()
        if row:
            out[section] = row[0]
    return out


def set_prose(store: Store, plan_id: int, period: str, section: str, text: str | None) -> None:
    """Store the officer's text; None removes it (the section goes back to the drafted text)."""
    with store.transaction():
        if text is None:
            store.db.execute("delete from report_prose where plan_id = ? and period = ? and section = ?",
                             [plan_id, period, section])
        else:
            store.db.execute(
                "insert into report_prose (plan_id, period, section, text, updated_at) "
                "values (?, ?, ?, ?, ?) "
                "on conflict (plan_id, period, section) do update set text = excluded.text, "
                "updated_at = excluded.updated_at", [plan_id, period, section, text, _now()])
        _touch(store, plan_id, period, {})


def _touch(store: Store, plan_id: int, period: str, fields: dict[str, Any]) -> None:
    now = _now()
    store.db.execute("insert into reports (plan_id, period, updated_at) values (?, ?, ?) "
                     "on conflict (plan_id, period) do update set updated_at = excluded.updated_at",
                     [plan_id, period, now])
    for key, value in fields.items():
        store.db.execute(f"update reports set {key} = ? where plan_id = ? and period = ?",
                         [value, plan_id, period])


def mark_drafted(store: Store, plan_id: int, period: str) -> None:
    with store.transaction():
        _touch(store, plan_id, period, {"drafted_at": _now()})


def set_issue(store: Store, plan_id: int, period: str, number: str, issued_on: dt.date) -> None:
    with store.transaction():
        _touch(store, plan_id, period, {"number": number, "issued_on": issued_on.isoformat()})


def get_report_meta(store: Store, plan_id: int, period: str) -> dict[str, Any] | None:
    row = store.db.execute("select number, issued_on, drafted_at, updated_at from reports "
                           "where plan_id = ? and period = ?", [plan_id, period]).fetchone()
    if row is None:
        return None
    return {"number": row[0] or "", "issued_on": row[1], "drafted_at": row[2], "updated_at": row[3]}


def list_reports(store: Store, plan_id: int) -> list[dict[str, Any]]:
    rows = store.db.execute("select period, number, issued_on, drafted_at, updated_at from reports "
                            "where plan_id = ? order by period", [plan_id]).fetchall()
    keys = ["period", "number", "issued_on", "drafted_at", "updated_at"]
    return [dict(zip(keys, r, strict=True)) for r in rows]
