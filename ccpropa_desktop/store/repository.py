"""Reads and writes of domain objects. Each public write is one transaction."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ccpropa_desktop.domain.mapping import MappingRule
from ccpropa_desktop.domain.model import (
    TASK_FIELDS,
    Plan,
    Section,
    Signer,
    Task,
    UnitProfile,
    signer_from_dict,
)
from ccpropa_desktop.domain.plan_parts import split_opening
from ccpropa_desktop.errors import NotFound, UserError

from .problems import translate_sqlite_error

if TYPE_CHECKING:
    from sqlite_utils import Database  # the connection's type only: importing it costs ≈ 60 ms

DRAFTING_UNIT_KEY = "unit.drafting_unit"
"""Where `UnitProfile.drafting_unit` is kept: a row of `settings` (a key/value table every store has
since m003), so the profile gained the field without a schema step; a store without the row reads ""."""


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _load(text: str | None, default: Any) -> Any:
    if not text:
        return default
    return json.loads(text)


class Store:
    """The store of one unit: its profile, mappings, imported templates and plans."""

    def __init__(self, db: Database, name: str = "", folder: Path | None = None,
                 read_only: str | None = None) -> None:
        self.db = db
        self.name = name or "bộ nhớ"
        self.folder = folder  # the data folder; None for an in-memory store
        self.read_only = read_only  # why edits are refused (store/database.py), None when writable

    # -- transactions -------------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing; refused on a read-only store; environment failures (a full disk, a damaged
        page) become a Vietnamese ``UserError``."""
        self.require_writable()
        try:
            with self.db.atomic():
                yield
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as exc:
            raise translate_sqlite_error(exc, self.name) from exc

    def require_writable(self) -> None:
        """Refuse an edit, with the reason, when the store is open read-only."""
        if self.read_only:
            raise UserError("read_only", f"Không lưu được thay đổi: {self.read_only}. Kho dữ liệu đang mở ở "
                            "chế độ chỉ đọc; vẫn xem, in và xuất được.", reason=self.read_only)

    def close(self) -> None:
        self.db.close()

    # -- unit profile -------------------------------------------------------------------------
    def get_unit(self) -> UnitProfile | None:
        rows = list(self.db["unit"].rows_where("id = 1"))
        if not rows:
            return None
        row = rows[0]
        return UnitProfile(
            name_lines=_load(row["name_lines"], []),
            parent_lines=_load(row["parent_lines"], []),
            abbreviation=row["abbreviation"],
            level=row["level"],
            place=row["place"],
            signer=Signer(**_load(row["signer"], {})),
            recipients=_load(row["recipients"], []),
            agencies=_load(row["agencies"], []),
            short_name=row["short_name"] or "",
            drafting_unit=self._unit_extra(DRAFTING_UNIT_KEY, ""),
        )

    def _unit_extra(self, key: str, default: Any) -> Any:
        row = self.db.execute("select value from settings where key = ?", [key]).fetchone()
        return _load(row[0], default) if row else default

    def save_unit(self, unit: UnitProfile) -> None:
        with self.transaction():
            self.db["unit"].upsert(
                {
                    "id": 1,
                    "name_lines": _dump(unit.name_lines),
                    "parent_lines": _dump(unit.parent_lines),
                    "abbreviation": unit.abbreviation,
                    "level": unit.level,
                    "place": unit.place,
                    "signer": _dump(unit.signer.__dict__),
                    "recipients": _dump(unit.recipients),
                    "agencies": _dump(unit.agencies),
                    "short_name": unit.short_name,
                    "updated_at": _now(),
                },
                pk="id",
            )
            self.db.execute("insert into settings (key, value) values (?, ?) "
                            "on conflict(key) do update set value = excluded.value",
                            [DRAFTING_UNIT_KEY, _dump(unit.drafting_unit)])

    # -- agency mappings ----------------------------------------------------------------------
    def mapping_seeded(self, from_level: str, to_level: str) -> bool:
        return bool(list(self.db["mapping_sets"].rows_where(
            "from_level = ? and to_level = ?", [from_level, to_level])))

    def seed_mapping(self, from_level: str, to_level: str, rules: Sequence[MappingRule]) -> None:
        with self.transaction():
            if self.mapping_seeded(from_level, to_level):
                return
            self.db["mapping_sets"].insert({"from_level": from_level, "to_level": to_level})
            for position, rule in enumerate(rules):
                self.db["mappings"].insert({
                    "from_level": from_level, "to_level": to_level, "source": rule.source,
                    "target": rule.target, "position": position,
                })

    def mapping_rules(self, from_level: str, to_level: str) -> list[MappingRule]:
        rows = self.db["mappings"].rows_where(
            "from_level = ? and to_level = ?", [from_level, to_level], order_by="position, id")
        return [MappingRule(r["source"], r["target"]) for r in rows]

    def set_mapping(self, from_level: str, to_level: str, source: str, target: str) -> None:
        with self.transaction():
            existing = list(self.db["mappings"].rows_where(
                "from_level = ? and to_level = ? and source = ?", [from_level, to_level, source]))
            if existing:
                self.db["mappings"].update(existing[0]["id"], {"target": target})
                return
            position = self.db.execute(
                "select coalesce(max(position), -1) + 1 from mappings where from_level = ? "
                "and to_level = ?", [from_level, to_level]).fetchone()[0]
            self.db["mappings"].insert({
                "from_level": from_level, "to_level": to_level, "source": source,
                "target": target, "position": position,
            })

    def remove_mapping(self, from_level: str, to_level: str, source: str) -> bool:
        with self.transaction():
            cursor = self.db.execute(
                "delete from mappings where from_level = ? and to_level = ? and source = ?",
                [from_level, to_level, source])
            return cursor.rowcount > 0

    # -- imported templates -------------------------------------------------------------------
    def list_template_docs(self) -> list[dict[str, Any]]:
        return [json.loads(r["data"]) for r in self.db["templates"].rows_where(order_by="id")]

    def get_template_doc(self, template_id: str) -> dict[str, Any] | None:
        rows = list(self.db["templates"].rows_where("id = ?", [template_id]))
        return json.loads(rows[0]["data"]) if rows else None

    def save_template_doc(self, doc: dict[str, Any]) -> None:
        with self.transaction():
            self.db["templates"].upsert({
                "id": doc["id"], "name": doc.get("name", ""), "level": doc.get("level", ""),
                "year": doc.get("year", 0), "data": _dump(doc), "created_at": _now(),
            }, pk="id")

    # -- plans --------------------------------------------------------------------------------
    def create_plan(self, plan: Plan) -> int:
        # The opening is kept apart from the căn cứ (domain.plan_parts), also when it comes in one line.
        bases, opening = (plan.legal_bases, plan.opening) if plan.opening else split_opening(plan.legal_bases)
        with self.transaction():
            now = _now()
            plan_id = self.db["plans"].insert({
                "template_id": plan.template_id, "year": plan.year, "title": plan.title,
                "form": plan.form, "legal_bases": _dump(bases),
                "closing": _dump(plan.closing), "appendix_title": plan.appendix_title,
                "columns": _dump(plan.columns), "template_ref": _dump(plan.template_ref),
                "created_at": now, "updated_at": now, "status": "draft",
                "opening": opening, "appendix_note": plan.appendix_note,
                "power_basis": plan.power_basis, "proposer": plan.proposer,
                "signer": _dump(asdict(plan.signer)), "recipients": _dump(plan.recipients),
            }).last_pk
            self._insert_sections(plan_id, plan.sections, 0)
            self._insert_tasks(plan_id, plan.tasks, 0)
        return int(plan_id)

    def _insert_sections(self, plan_id: int, sections: Sequence[Section], start: int) -> list[int]:
        ids = []
        for offset, s in enumerate(sections):
            ids.append(self.db["sections"].insert({
                "plan_id": plan_id, "position": start + offset, "depth": s.depth, "title": s.title,
                "paragraphs": _dump(s.paragraphs), "origin": _dump(s.origin) if s.origin else None,
            }).last_pk)
        return ids

    def _insert_tasks(self, plan_id: int, tasks: Sequence[Task], start: int) -> list[int]:
        rows = []
        for offset, t in enumerate(tasks):
            row = {"plan_id": plan_id, "position": start + offset, "depth": t.depth,
                   "reason": t.reason, "origin": _dump(t.origin) if t.origin else None}
            row.update(t.fields())
            rows.append(row)
        ids = []
        for row in rows:
            ids.append(self.db["tasks"].insert(row).last_pk)
        return ids


    def list_plans(self) -> list[dict[str, Any]]:
        # Plans in the bin are not listed (store.plan_bin); an older schema read-only has no bin.
        live = "where p.deleted_at is null" if "deleted_at" in self.db["plans"].columns_dict else ""
        rows = self.db.execute(
            "select p.id, p.title, p.year, p.template_id, p.status, p.updated_at, "
            "(select count(*) from tasks t where t.plan_id = p.id) as task_count "
            f"from plans p {live} order by p.year desc, p.id desc").fetchall()
        keys = ["id", "title", "year", "template_id", "status", "updated_at", "task_count"]
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def get_plan(self, plan_id: int, *, with_content: bool = True) -> Plan:
        rows = list(self.db["plans"].rows_where("id = ?", [plan_id]))
        if not rows:
            raise NotFound("plan_not_found", f"Không có kế hoạch mã {plan_id}. "
                           "Xem danh sách bằng: ccpropa plan list.")
        row = rows[0]
        plan = Plan(
            id=row["id"], title=row["title"], year=row["year"], template_id=row["template_id"],
            legal_bases=_load(row["legal_bases"], []), closing=_load(row["closing"], []),
            appendix_title=row["appendix_title"], columns=_load(row["columns"], []),
            form=row["form"], status=row.get("status") or "draft",
            created_at=row["created_at"], updated_at=row["updated_at"],
            template_ref=_load(row["template_ref"], {}),
            opening=row.get("opening") or "", appendix_note=row.get("appendix_note") or "",
            power_basis=row.get("power_basis"), proposer=row.get("proposer"),
            signer=signer_from_dict(_load(row.get("signer"), {})),
            recipients=_load(row.get("recipients"), []),
        )
        if with_content:
            plan.sections = self.get_sections(plan_id)
            plan.tasks = self.get_tasks(plan_id)
        return plan

    def get_tasks(self, plan_id: int) -> list[Task]:
        cols = ", ".join(TASK_FIELDS)
        rows = self.db.execute(
            f"select id, depth, reason, origin, {cols} from tasks where plan_id = ? "
            "order by position", [plan_id]).fetchall()
        tasks = []
        for r in rows:
            fields = dict(zip(TASK_FIELDS, r[4:], strict=True))
            tasks.append(Task(id=r[0], depth=r[1], reason=r[2] or "", origin=_load(r[3], None),
                              **{k: v or "" for k, v in fields.items()}))
        return tasks

    def get_sections(self, plan_id: int) -> list[Section]:
        rows = self.db.execute(
            "select id, depth, title, paragraphs, origin from sections where plan_id = ? "
            "order by position", [plan_id]).fetchall()
        return [Section(id=r[0], depth=r[1], title=r[2], paragraphs=_load(r[3], []),
                        origin=_load(r[4], None)) for r in rows]

    def update_plan_fields(self, plan_id: int, fields: dict[str, Any]) -> None:
        """One transaction; lists, dicts and dataclasses (a Signer) are stored as JSON."""
        encoded = {k: (_dump(asdict(v)) if is_dataclass(v) and not isinstance(v, type) else
                       _dump(v) if isinstance(v, list | dict) else v) for k, v in fields.items()}
        encoded["updated_at"] = _now()
        encoded["status"] = "draft"
        with self.transaction():
            self.db["plans"].update(plan_id, encoded)

    def touch(self, plan_id: int) -> None:
        """Mark an edit: an issued plan becomes a new draft (the issued version stays frozen)."""
        self.db["plans"].update(plan_id, {"updated_at": _now(), "status": "draft"})

    def save_outline(self, plan_id: int, kind: str, items: Sequence[Task | Section],
                     updated: Sequence[Task | Section] = (), deleted: Sequence[int] = ()) -> None:
        """Persist a restructured task list or section list in one transaction.

        ``items`` is the full new order (positions and depths are rewritten), ``updated`` the items
        whose fields changed, ``deleted`` ids to drop, and items without an id are inserted.
        """
        table = "tasks" if kind == "tasks" else "sections"
        with self.transaction():
            if deleted:
                marks = ",".join("?" * len(deleted))
                self.db.execute(f"delete from {table} where plan_id = ? and id in ({marks})",
                                [plan_id, *deleted])
            for position, item in enumerate(items):
                if item.id is None:
                    if isinstance(item, Task):
                        item.id = self._insert_tasks(plan_id, [item], position)[0]
                    else:
                        item.id = self._insert_sections(plan_id, [item], position)[0]
                else:
                    self.db.execute(f"update {table} set position = ?, depth = ? where id = ?",
                                    [position, item.depth, item.id])
            for item in updated:
                if isinstance(item, Task):
                    self.db["tasks"].update(item.id, item.fields())
                else:
                    self.db["sections"].update(item.id, {
                        "title": item.title, "paragraphs": _dump(item.paragraphs)})
            self.touch(plan_id)

    def restore_outline(self, plan_id: int, kind: str, order: Sequence[tuple[int, int]],
                        items: Sequence[Task | Section] = ()) -> None:
        """Undo support, one transaction: re-insert ``items`` with their own ids, then set every
        item's position and depth from ``order`` [(id, depth), …]. Refuses an id still in use."""
        table = "tasks" if kind == "tasks" else "sections"
        with self.transaction():
            ids = [item.id for item in items]
            if ids:
                marks = ",".join("?" * len(ids))
                taken = self.db.execute(f"select id from {table} where id in ({marks})", ids).fetchall()
                if taken:
                    raise UserError("restore_conflict", "Không khôi phục được: mã đã được dùng lại "
                                    f"({', '.join(str(r[0]) for r in taken)}).")
            for item in items:
                row: dict[str, Any] = {"id": item.id, "plan_id": plan_id, "position": 0, "depth": item.depth,
                                       "origin": _dump(item.origin) if item.origin else None}
                if isinstance(item, Task):
                    row.update(item.fields(), reason=item.reason)
                else:
                    row.update(title=item.title, paragraphs=_dump(item.paragraphs))
                self.db[table].insert(row)
            for position, (item_id, depth) in enumerate(order):
                self.db.execute(f"update {table} set position = ?, depth = ? where id = ? and plan_id = ?",
                                [position, depth, item_id, plan_id])
            self.touch(plan_id)

    # -- issued versions ----------------------------------------------------------------------
    def plan_status(self, plan_id: int) -> str:
        row = self.db.execute("select status from plans where id = ?", [plan_id]).fetchone()
        return row[0] if row else ""

    def add_version(self, plan_id: int, number: str, issued_on: str, snapshot: dict[str, Any],
                    pdf_sha256: str) -> int:
        with self.transaction():
            version = self.db.execute(
                "select coalesce(max(version), 0) + 1 from plan_versions where plan_id = ?",
                [plan_id]).fetchone()[0]
            self.db["plan_versions"].insert({
                "plan_id": plan_id, "version": version, "status": "issued", "number": number,
                "issued_on": issued_on, "snapshot": _dump(snapshot), "pdf_sha256": pdf_sha256,
                "created_at": _now(),
            })
            self.db.execute("update plans set status = 'issued' where id = ?", [plan_id])
        return int(version)

    def list_versions(self, plan_id: int) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "select version, status, number, issued_on, pdf_sha256, created_at from plan_versions "
            "where plan_id = ? order by version", [plan_id]).fetchall()
        keys = ["version", "status", "number", "issued_on", "pdf_sha256", "created_at"]
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def get_version(self, plan_id: int, version: int) -> dict[str, Any] | None:
        if not 0 < version < 2**63:  # no such version; SQLite cannot even bind a larger number
            return None
        row = self.db.execute(
            "select version, number, issued_on, snapshot, pdf_sha256 from plan_versions "
            "where plan_id = ? and version = ?", [plan_id, version]).fetchone()
        if row is None:
            return None
        return {"version": row[0], "number": row[1], "issued_on": row[2],
                "snapshot": json.loads(row[3]), "pdf_sha256": row[4]}
