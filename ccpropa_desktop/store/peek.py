"""A first look at the store with the standard library alone, for the window's first page.

The window paints its first page (the plans, or the unit profile on a first run) from this look and
opens the store in full (sqlite-utils, the health check, migrations, the daily backup:
store/database.py) right after that paint, or at once when anything needs the store before then.
The full open's imports are most of a start-up, so this keeps them off the first paint.

A look is taken only when what it reads is what the full open would show: the store file exists
and its schema is exactly this code's (`SCHEMA`: no migration pending, none unknown). Anything else
(no store yet, an older or a newer schema, a damaged, locked or read-only file) gives None, and the
caller opens the store in full first, as before. It never writes (``query_only``) and its connection
is closed before it returns.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ccpropa_desktop.paths import DB_FILENAME

if TYPE_CHECKING:
    from ccpropa_desktop.domain.model import UnitProfile

SCHEMA = ("m001_initial", "m002_plan_versions", "m003_tracking", "m004_reports", "m005_aggregate",
          "m006_plan_parts", "m007_plan_bin")
"""The migrations of store/migrations.py, in order (tests/ui/test_startup.py holds them equal: add a
new migration's name here too)."""

UNIT_COLUMNS = ("name_lines", "parent_lines", "abbreviation", "level", "place", "signer", "recipients",
                "agencies", "short_name")
PLAN_KEYS = ("id", "title", "year", "template_id", "status", "updated_at", "task_count")
PLAN_LIST = ("select p.id, p.title, p.year, p.template_id, p.status, p.updated_at, "
             "(select count(*) from tasks t where t.plan_id = p.id) as task_count "
             "from plans p where p.deleted_at is null order by p.year desc, p.id desc")
"""`Store.list_plans` of a store with this schema (the same rows, in the same order)."""
DRAFTING_UNIT_KEY = "unit.drafting_unit"  # repository.DRAFTING_UNIT_KEY


class Peek:
    """What the first page shows: the unit's row (None before the first profile), the JSON of its
    drafting unit (None when not set) and the plans. (A plain class: a dataclass costs a start-up
    import and the generated code's compile.)"""

    __slots__ = ("drafting_unit_json", "plans", "unit_row")

    def __init__(self, unit_row: dict[str, Any] | None, drafting_unit_json: str | None,
                 plans: list[dict[str, Any]]) -> None:
        self.unit_row = unit_row
        self.drafting_unit_json = drafting_unit_json
        self.plans = plans

    def unit(self) -> UnitProfile | None:
        """`Store.get_unit` from the row read."""
        if self.unit_row is None:
            return None
        import json

        from ccpropa_desktop.domain.model import Signer, UnitProfile

        row = self.unit_row

        def load(key: str, default: Any) -> Any:
            return json.loads(row[key]) if row[key] else default

        return UnitProfile(name_lines=load("name_lines", []), parent_lines=load("parent_lines", []),
                           abbreviation=row["abbreviation"], level=row["level"], place=row["place"],
                           signer=Signer(**load("signer", {})), recipients=load("recipients", []),
                           agencies=load("agencies", []), short_name=row["short_name"] or "",
                           drafting_unit=json.loads(self.drafting_unit_json) if self.drafting_unit_json
                           else "")


def peek(folder: Path) -> Peek | None:
    """The look described above, or None when the store must be opened in full first."""
    path = folder / DB_FILENAME
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        # mode=rw: never creates the file; query_only: never writes. Closing as the last connection
        # removes the -wal and -shm it made (a read-only connection would leave them behind).
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=3.0)
    except (OSError, sqlite3.Error):
        return None
    try:
        conn.execute("PRAGMA query_only = 1")
        applied = tuple(name for (name,) in conn.execute(
            "select name from _sqlite_migrations where migration_set = 'ccpropa' order by rowid"))
        if applied != SCHEMA:
            return None
        conn.row_factory = sqlite3.Row
        unit = conn.execute(f"select {', '.join(UNIT_COLUMNS)} from unit where id = 1").fetchone()
        extra = conn.execute("select value from settings where key = ?", [DRAFTING_UNIT_KEY]).fetchone()
        plans = [dict(zip(PLAN_KEYS, row, strict=True)) for row in conn.execute(PLAN_LIST)]
        return Peek(dict(unit) if unit is not None else None, extra[0] if extra else None, plans)
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()
