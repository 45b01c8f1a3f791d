"""Tracking records in SQLite (W5): progress per task and period, attached files, manual due dates,
unit settings. Functions take a `Store`; writes run inside the caller's `store.transaction()`."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from ccpropa_desktop.domain.tracking import Attachment, Progress, Status

from .repository import Store


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _progress(row: tuple[Any, ...], files: list[Attachment]) -> Progress:
    _id, task_id, period, status, done_on, reason, metrics, evidence, updated_at = row
    return Progress(
        task_id=task_id, period=period, status=Status(status),
        done_on=dt.date.fromisoformat(done_on) if done_on else None, reason=reason or "",
        metrics=json.loads(metrics or "{}"), evidence=json.loads(evidence or "[]"),
        attachments=files, updated_at=updated_at,
    )


_COLUMNS = "id, task_id, period, status, done_on, reason, metrics, evidence, updated_at"


def _files(store: Store, progress_ids: list[int]) -> dict[int, list[Attachment]]:
    out: dict[int, list[Attachment]] = {i: [] for i in progress_ids}
    for start in range(0, len(progress_ids), 500):
        chunk = progress_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for pid, name, sha, size in store.db.execute(
                f"select progress_id, name, sha256, size from progress_files where progress_id in ({marks}) "
                "order by id", chunk).fetchall():
            out[pid].append(Attachment(name, sha, size))
    return out


def _load(store: Store, where: str, params: list[Any]) -> list[Progress]:
    rows = store.db.execute(f"select {_COLUMNS} from progress where {where} order by id", params).fetchall()
    files = _files(store, [r[0] for r in rows])
    return [_progress(r, files[r[0]]) for r in rows]


def records_for_plan(store: Store, plan_id: int, periods: Iterable[str] | None = None
                     ) -> dict[int, dict[str, Progress]]:
    """task_id → period code → recorded Progress, for the given periods (all when None)."""
    if periods is None:
        found = _load(store, "plan_id = ?", [plan_id])
    else:
        codes = list(periods)
        marks = ",".join("?" * len(codes)) or "''"
        found = _load(store, f"plan_id = ? and period in ({marks})", [plan_id, *codes])
    out: dict[int, dict[str, Progress]] = {}
    for p in found:
        out.setdefault(p.task_id, {})[p.period] = p
    return out


def get_record(store: Store, task_id: int, period: str) -> Progress | None:
    found = _load(store, "task_id = ? and period = ?", [task_id, period])
    return found[0] if found else None


def save_record(store: Store, plan_id: int, progress: Progress) -> Progress:
    """Insert or replace the record of (task, period), with its files. Call inside a transaction."""
    now = _now()
    values = {
        "plan_id": plan_id, "task_id": progress.task_id, "period": progress.period,
        "status": progress.status.value,
        "done_on": progress.done_on.isoformat() if progress.done_on else None,
        "reason": progress.reason,
        "metrics": json.dumps(progress.metrics, ensure_ascii=False, sort_keys=True),
        "evidence": json.dumps(progress.evidence, ensure_ascii=False),
        "updated_at": now,
    }
    row = store.db.execute("select id from progress where task_id = ? and period = ?",
                           [progress.task_id, progress.period]).fetchone()
    if row:
        pid = row[0]
        sets = ", ".join(f"{k} = ?" for k in values)
        store.db.execute(f"update progress set {sets} where id = ?", [*values.values(), pid])
    else:
        marks = ", ".join("?" * len(values))
        pid = store.db.execute(f"insert into progress ({', '.join(values)}) values ({marks})",
                               list(values.values())).lastrowid
    store.db.execute("delete from progress_files where progress_id = ?", [pid])
    for file in progress.attachments:
        store.db.execute(
            "insert or ignore into progress_files (progress_id, name, sha256, size, added_at) "
            "values (?, ?, ?, ?, ?)", [pid, file.name, file.sha256, file.size, now])
    progress.updated_at = now
    return progress


def delete_record(store: Store, task_id: int, period: str) -> bool:
    return store.db.execute("delete from progress where task_id = ? and period = ?",
                            [task_id, period]).rowcount > 0


def file_in_use(store: Store, sha256: str) -> bool:
    row = store.db.execute("select 1 from progress_files where sha256 = ? limit 1", [sha256]).fetchone()
    return row is not None


# -- due dates set by hand ----------------------------------------------------------------------------
def manual_due(store: Store, plan_id: int) -> dict[int, list[dt.date]]:
    rows = store.db.execute(
        "select d.task_id, d.dates from task_due d join tasks t on t.id = d.task_id where t.plan_id = ?",
        [plan_id]).fetchall()
    return {task_id: [dt.date.fromisoformat(x) for x in json.loads(dates)] for task_id, dates in rows}


def set_manual_due(store: Store, task_id: int, dates: list[dt.date]) -> None:
    """Replace the task's hand-set due dates; an empty list goes back to the schedule text."""
    if not dates:
        store.db.execute("delete from task_due where task_id = ?", [task_id])
        return
    store.db.execute(
        "insert into task_due (task_id, dates, updated_at) values (?, ?, ?) on conflict(task_id) do "
        "update set dates = excluded.dates, updated_at = excluded.updated_at",
        [task_id, json.dumps([d.isoformat() for d in sorted(set(dates))]), _now()])


# -- settings ---------------------------------------------------------------------------------------
def get_setting(store: Store, key: str, default: Any = None) -> Any:
    row = store.db.execute("select value from settings where key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else default


def set_setting(store: Store, key: str, value: Any) -> None:
    store.db.execute(
        "insert into settings (key, value) values (?, ?) "
        "on conflict(key) do update set value = excluded.value",
        [key, json.dumps(value, ensure_ascii=False)])
