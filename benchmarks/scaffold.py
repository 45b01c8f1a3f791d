"""Shared by the benchmark scripts: a store with the Sông Mã unit and one issued plan of given tasks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ccpropa_desktop.domain.model import Task
from ccpropa_desktop.services import issuing, plans, unit
from ccpropa_desktop.services.session import open_store

ROOT = Path(__file__).resolve().parent.parent
UNIT_FILE = ROOT / "tests" / "data" / "unit_song_ma.json"


def store_with_issued_plan(folder: Path, tasks: list[Task]) -> tuple[Any, int]:
    """Open a store in `folder`, set the unit, make the Sông Mã 2022 plan with exactly `tasks`, issue it
    as 18 on 13/01/2022. Returns the open store (the caller closes it) and the plan id."""
    store = open_store(folder, daily_backup=False)
    try:
        unit.set_unit(store, unit.unit_from_dict(json.loads(UNIT_FILE.read_text(encoding="utf-8"))))
        plan = plans.create_plan(store, "song-ma-2022", 2022)
        old = [t.id for t in plans.get_plan(store, plan.id).tasks]
        store.save_outline(plan.id, "tasks", tasks, deleted=old)
        issuing.issue_plan(store, plan.id, "18", "2022-01-13")
    except BaseException:
        store.close()
        raise
    return store, plan.id
