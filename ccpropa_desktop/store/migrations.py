"""Schema history. Never edit a released step: add a new one."""

from __future__ import annotations

import json
import re

from sqlite_utils import Database, Migrations

migrations = Migrations("ccpropa")


@migrations()
def m001_initial(db: Database) -> None:
    db["unit"].create(
        {
            "id": int, "name_lines": str, "parent_lines": str, "abbreviation": str, "level": str,
            "place": str, "signer": str, "recipients": str, "agencies": str, "short_name": str,
            "updated_at": str,
        },
        pk="id",
    )
    db["mapping_sets"].create({"from_level": str, "to_level": str}, pk=("from_level", "to_level"))
    db["mappings"].create(
        {"id": int, "from_level": str, "to_level": str, "source": str, "target": str, "position": int},
        pk="id",
    )
    db["mappings"].create_index(["from_level", "to_level", "source"], unique=True)
    db["templates"].create(
        {"id": str, "name": str, "level": str, "year": int, "data": str, "created_at": str}, pk="id"
    )
    db["plans"].create(
        {
            "id": int, "template_id": str, "year": int, "title": str, "form": str,
            "legal_bases": str, "closing": str, "appendix_title": str, "columns": str,
            "template_ref": str, "created_at": str, "updated_at": str,
        },
        pk="id",
    )
    db["sections"].create(
        {
            "id": int, "plan_id": int, "position": int, "depth": int, "title": str,
            "paragraphs": str, "origin": str,
        },
        pk="id",
        foreign_keys=[("plan_id", "plans", "id")],
    )
    db["tasks"].create(
        {
            "id": int, "plan_id": int, "position": int, "depth": int, "content": str, "form": str,
            "lead": str, "partners": str, "schedule": str, "product": str, "note": str,
            "reason": str, "origin": str,
        },
        pk="id",
        foreign_keys=[("plan_id", "plans", "id")],
    )
    db["sections"].create_index(["plan_id", "position"])
    db["tasks"].create_index(["plan_id", "position"])


@migrations()
def m002_plan_versions(db: Database) -> None:
    """Issued versions of a plan (W4): frozen snapshot + the hash of what was printed."""
    db["plans"].add_column("status", str, not_null_default="draft")
    db["plan_versions"].create(
        {
            "id": int, "plan_id": int, "version": int, "status": str, "number": str,
            "issued_on": str, "snapshot": str, "pdf_sha256": str, "created_at": str,
        },
        pk="id",
        foreign_keys=[("plan_id", "plans", "id")],
    )
    db["plan_versions"].create_index(["plan_id", "version"], unique=True)


@migrations()
def m003_tracking(db: Database) -> None:
    """Tracking (W5): one record per task and period, the files attached to it, due dates set by
    hand, and small unit settings (the reporting calendar). Deleting a task deletes its records."""
    db.execute("""
        create table progress (
            id integer primary key,
            plan_id integer not null references plans(id) on delete cascade,
            task_id integer not null references tasks(id) on delete cascade,
            period text not null,
            status text not null default 'todo',
            done_on text,
            reason text not null default '',
            metrics text not null default '{}',
            evidence text not null default '[]',
            updated_at text not null
        )""")
    db.execute("create unique index idx_progress_task_period on progress (task_id, period)")
    db.execute("create index idx_progress_plan_period on progress (plan_id, period)")
    db.execute("""
        create table progress_files (
            id integer primary key,
            progress_id integer not null references progress(id) on delete cascade,
            name text not null,
            sha256 text not null,
            size integer not null,
            added_at text not null
        )""")
    db.execute("create unique index idx_progress_files on progress_files (progress_id, sha256)")
    db.execute("create index idx_progress_files_sha on progress_files (sha256)")
    db.execute("""
        create table task_due (
            task_id integer primary key references tasks(id) on delete cascade,
            dates text not null,
            updated_at text not null
        )""")
    db.execute("create table settings (key text primary key, value text not null)")


@migrations()
def m004_reports(db: Database) -> None:
    """Reports (W6): the officer's prose per (plan, period, section), kept apart from the drafted
    text so a redraft never overwrites it; and a report's number and date once issued."""
    db.execute("""
        create table report_prose (
            plan_id integer not null references plans(id) on delete cascade,
            period text not null,
            section text not null,
            text text not null,
            updated_at text not null,
            primary key (plan_id, period, section)
        )""")
    db.execute("""
        create table reports (
            plan_id integer not null references plans(id) on delete cascade,
            period text not null,
            number text not null default '',
            issued_on text,
            drafted_at text,
            updated_at text not null,
            primary key (plan_id, period)
        )""")


@migrations()
def m005_aggregate(db: Database) -> None:
    """Report packages received by an upper level (W7). One row per distinct package (sha256);
    per (unit, period) exactly one row is current, older ones stay as history."""
    db["received_packages"].create(
        {
            "id": int, "sha256": str, "unit_key": str, "unit_name": str, "period": str,
            "created_at": str, "created_utc": str, "imported_at": str, "is_current": int,
            "superseded_by": int, "superseded_at": str, "file_name": str, "size": int,
            "manifest": str, "data": str, "report_pdf": bytes,
        },
        pk="id",
        not_null={"sha256", "unit_key", "period", "created_at", "is_current"},
    )
    db["received_packages"].create_index(["sha256"], unique=True)
    db["received_packages"].create_index(["period", "is_current"])
    db.execute("create unique index received_packages_current on received_packages (unit_key, period) "
               "where is_current = 1")


@migrations()
def m006_plan_parts(db: Database) -> None:
    """The document parts of a plan (issue 11): the opening paragraph, the appendix's "(Kèm theo …)"
    line, form B's first căn cứ and proposer, this plan's signer and Nơi nhận. Empty ('', '{}', '[]')
    or NULL means: derived when the document is printed (from the unit profile, resources/, the
    number and date), so plans made before this step print exactly as they did. Issued versions
    are snapshots in plan_versions and are not touched."""
    plans = db["plans"]
    plans.add_column("opening", str, not_null_default="")
    plans.add_column("appendix_note", str, not_null_default="")
    plans.add_column("power_basis", str)
    plans.add_column("proposer", str)
    plans.add_column("signer", str, not_null_default="{}")
    plans.add_column("recipients", str, not_null_default="[]")
    # "Căn cứ …; UBND huyện … xây dựng Kế hoạch …, như sau:" (how `plan new` wrote it) becomes the
    # căn cứ and the opening; a Kế hoạch prints them joined again, word for word. (A frozen copy of
    # domain.plan_parts.split_opening: this step must do tomorrow what it does today.)
    lead_in = re.compile(r"^\S.*\b(?:xây dựng|ban hành)\s+Kế hoạch\b.*như sau\s*:$", re.S)
    for plan_id, text in db.execute("select id, legal_bases from plans").fetchall():
        bases = json.loads(text or "[]")
        last = bases[-1].strip() if bases else ""
        cut = last.rfind("; ")
        if cut > 0 and last[:cut].strip() and lead_in.match(last[cut + 2:].strip()):
            db.execute("update plans set legal_bases = ?, opening = ? where id = ?",
                       [json.dumps([*bases[:-1], last[:cut].strip()], ensure_ascii=False),
                        last[cut + 2:].strip(), plan_id])


@migrations()
def m007_plan_bin(db: Database) -> None:
    """Deleting a plan moves it to the bin (issue 11): `deleted_at` set, every row and issued
    version kept, so it can be restored. NULL: a plan in use."""
    db["plans"].add_column("deleted_at", str)
