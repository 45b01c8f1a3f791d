"""The worked example of issue 6: the Sông Mã 2022 plan tracked through quý I and 6 tháng 2022.

Use from a test (pytest puts tests/ on sys.path):

    from data.worked_example import load_worked_example, worked_example_data
    plan_id = load_worked_example(store)

`store` may be the in-memory `store` fixture (attachments are then skipped) or a store with a folder
(`session.open_store(tmp_path)`), which also gets the tọa đàm minutes attached to task 3 in H1.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from ccpropa_desktop.services import issuing, plans, tracking, unit
from ccpropa_desktop.store import Store

DATA = Path(__file__).resolve().parent
TRACKING_FILE = DATA / "song_ma_2022_tracking.json"


def worked_example_data() -> dict[str, Any]:
    """The fixture as data, including its "expected" figures and states."""
    return json.loads(TRACKING_FILE.read_text(encoding="utf-8"))


def load_worked_example(store: Store) -> int:
    """Unit Sông Mã, `plan new --template song-ma-2022 --year 2022`, issued as 18 on 13/01/2022, then
    the quý I and 6 tháng records of song_ma_2022_tracking.json. Returns the plan id."""
    data = worked_example_data()
    profile = unit.unit_from_dict(json.loads((DATA / data["unit_file"]).read_text(encoding="utf-8")))
    unit.set_unit(store, profile)
    plan = plans.create_plan(store, data["template"], data["year"])
    issuing.issue_plan(store, plan.id, data["issue"]["number"], data["issue"]["date"])
    for number, dates in data["due"].items():
        tracking.set_due_dates(store, plan.id, number, dates)
    with tempfile.TemporaryDirectory() as tmp:
        for record in data["records"]:
            files = []
            if store.folder is not None:
                for item in record.get("attach", []):
                    path = Path(tmp) / item["name"]
                    path.write_text(item["text"], encoding="utf-8")
                    files.append(path)
            tracking.set_progress(
                store, plan.id, record["task"], record["period"], status=record.get("status"),
                done_on=record.get("date"), reason=record.get("reason"), metrics=record.get("metrics"),
                evidence=record.get("evidence"), attach=files)
    return plan.id
