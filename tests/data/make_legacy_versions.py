"""Issued versions made by the code before plan-level document parts (issue 11, item 3), kept as
test data: the snapshots as the store held them, and the document model each one rendered to.

tests/store/test_plan_parts_migration.py loads them into a store of the old schema, migrates it and
checks that ``plan render --version N`` still prints exactly that document. The file was made once,
at commit cfba5e5 (before migration m006_plan_parts); running this script on later code makes
snapshots of the new shape, which is not what the test is for.

    .venv/bin/python tests/data/make_legacy_versions.py tests/data/legacy_versions.json
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from ccpropa_desktop.documents.model import Document
from ccpropa_desktop.services import editing, issuing, plans, unit
from ccpropa_desktop.services.session import open_store

HERE = Path(__file__).resolve().parent


def dump_document(document: Document) -> list[dict[str, Any]]:
    parts = []
    for part in document.parts:
        blocks = []
        for block in part.blocks:
            fields = {f.name: getattr(block, f.name) for f in dataclasses.fields(block)}
            fields = json.loads(json.dumps(fields, default=lambda v: sorted(v) if isinstance(v, set)
                                           else dataclasses.asdict(v)))
            blocks.append({"type": type(block).__name__, "fields": fields})
        parts.append({"orientation": part.orientation, "blocks": blocks})
    return parts


def main(out: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder), daily_backup=False)
        try:
            profile = unit.unit_from_dict(json.loads((HERE / "unit_song_ma.json").read_text("utf-8")))
            unit.set_unit(store, profile)
            plan = plans.create_plan(store, "song-ma-2022", 2022, task_numbers_wanted=["1", "2", "2.1"])
            while len(plans.get_plan(store, plan.id).sections) > 3:  # a short body is enough
                editing.remove(store, plan.id, "sections", "II")
            versions = []
            for number, date, form in (("18", "2022-01-13", "A"), ("25", "2022-03-14", "B")):
                plans.edit_plan(store, plan.id, form=form)
                issuing.issue_plan(store, plan.id, number, date)
            for row in store.list_versions(plan.id):
                stored = store.get_version(plan.id, row["version"])
                assert stored is not None
                versions.append({"version": row["version"], "number": stored["number"],
                                 "issued_on": stored["issued_on"], "snapshot": stored["snapshot"],
                                 "document": dump_document(issuing._document(stored["snapshot"]))})
        finally:
            store.close()
    data = {"made_at": "cfba5e5", "made_on": dt.date.today().isoformat(), "versions": versions}
    Path(out).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
