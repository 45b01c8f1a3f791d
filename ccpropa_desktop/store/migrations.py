"""Schema history. Never edit a released step: add a new one."""

from __future__ import annotations

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


# m003_tracking: progress per task and period, attachments (issue 6, tracking). Added below.

# m004_reports: report prose and drafts (issue 6, reports). Added below it.

# m005_aggregate: packages received by an upper level, their history (issue 6, aggregate). Added below it.
