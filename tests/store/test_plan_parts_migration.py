"""Migration m006_plan_parts (issue 11, item 3): a store of the schema before it, holding a plan and
two versions issued by the code before it (tests/data/legacy_versions.json: form A and form B), is
migrated on open; the plan keeps its data and reads with its opening apart from the căn cứ; each
issued version still prints exactly the document it printed (`plan render --version N`)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA
from sqlite_utils import Database

from ccpropa_desktop.cli.main import main
from ccpropa_desktop.documents import model as doc_model
from ccpropa_desktop.documents.plan_document import Issue, build_plan_document
from ccpropa_desktop.domain.model import plan_from_dict, unit_profile_from_dict
from ccpropa_desktop.paths import DB_FILENAME
from ccpropa_desktop.services import issuing, plans
from ccpropa_desktop.services.render import render_bytes
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.store import Store
from ccpropa_desktop.store.migrations import migrations

LEGACY = json.loads((DATA / "legacy_versions.json").read_text(encoding="utf-8"))


def legacy_document(dump: list[dict[str, Any]]) -> doc_model.Document:
    """The document model the old code built, from its dump (make_legacy_versions.py)."""
    parts = []
    for part in dump:
        blocks = []
        for block in part["blocks"]:
            cls, fields = getattr(doc_model, block["type"]), dict(block["fields"])
            if cls is doc_model.TaskTable:
                fields["columns"] = [doc_model.Column(**c) for c in fields["columns"]]
                fields["bold_rows"] = set(fields["bold_rows"])
            blocks.append(cls(**fields))
        parts.append(doc_model.Part(part["orientation"], blocks))
    first = LEGACY["versions"][0]["snapshot"]["plan"]
    # layout 1: the layout rules of that code (documents.model.LAYOUT)
    return doc_model.Document(parts=parts, draft=False, title=f"Kế hoạch {first['title']}", layout=1)


def make_old_store(folder: Path) -> dict[int, bytes]:
    """The schema before m006 with the legacy plan and its versions; returns each version's PDF as
    the old document model prints it today."""
    folder.mkdir(parents=True, exist_ok=True)
    db = Database(folder / DB_FILENAME)
    migrations.apply(db, stop_before="m006_plan_parts")
    assert "opening" not in db["plans"].columns_dict
    first = LEGACY["versions"][0]["snapshot"]
    Store(db).save_unit(unit_profile_from_dict(first["unit"]))
    plan = first["plan"]
    db["plans"].insert({
        "id": plan["id"], "template_id": plan["template_id"], "year": plan["year"], "title": plan["title"],
        "form": "B", "legal_bases": json.dumps(plan["legal_bases"], ensure_ascii=False),
        "closing": json.dumps(plan["closing"], ensure_ascii=False), "appendix_title": plan["appendix_title"],
        "columns": json.dumps(plan["columns"], ensure_ascii=False),
        "template_ref": json.dumps(plan["template_ref"], ensure_ascii=False),
        "created_at": plan["created_at"], "updated_at": plan["updated_at"], "status": "issued",
    })
    for position, task in enumerate(plan["tasks"]):
        db["tasks"].insert({"id": task["id"], "plan_id": plan["id"], "position": position,
                            "depth": task["depth"], "reason": task["reason"],
                            "origin": json.dumps(task["origin"], ensure_ascii=False),
                            **{k: task[k] for k in ("content", "form", "lead", "partners", "schedule",
                                                    "product", "note")}})
    pdfs = {}
    for version in LEGACY["versions"]:
        pdfs[version["version"]] = render_bytes(legacy_document(version["document"]), "pdf")
        db["plan_versions"].insert({
            "plan_id": plan["id"], "version": version["version"], "status": "issued",
            "number": version["number"], "issued_on": version["issued_on"],
            "snapshot": json.dumps(version["snapshot"], ensure_ascii=False),
            "pdf_sha256": hashlib.sha256(pdfs[version["version"]]).hexdigest(),
            "created_at": "2022-03-14T09:00:00",
        })
    db.close()
    return pdfs


def test_the_fixture_is_of_the_old_shape():
    forms = [v["snapshot"]["form"] for v in LEGACY["versions"]]
    assert forms == ["A", "B"]
    for version in LEGACY["versions"]:
        assert "opening" not in version["snapshot"]["plan"] and "signer" not in version["snapshot"]["plan"]
        assert version["snapshot"]["plan"]["legal_bases"][0].endswith(", như sau:")


@pytest.mark.parametrize("version", LEGACY["versions"], ids=lambda v: f"form-{v['snapshot']['form']}")
def test_an_old_snapshot_builds_the_same_document(version):
    assert issuing._document(version["snapshot"]) == legacy_document(version["document"])


def test_migrated_store_keeps_the_plan_and_reprints_old_versions_byte_for_byte(data_dir, tmp_path, capsys):
    pdfs = make_old_store(data_dir)
    store = open_store(data_dir, daily_backup=False)
    try:
        assert "m006_plan_parts" in [m.name for m in migrations.applied(store.db)]
        assert migrations.pending(store.db) == []
        row = next(store.db.query("select * from plans where id = 1"))
        added = (row["appendix_note"], row["signer"], row["recipients"])
        assert added == ("", "{}", "[]")
        assert row["power_basis"] is None and row["proposer"] is None
        # The one căn cứ line `plan new` wrote is stored as the căn cứ and the opening.
        legacy_line = LEGACY["versions"][0]["snapshot"]["plan"]["legal_bases"][0]
        cut = legacy_line.index("; UBND huyện")
        assert json.loads(row["legal_bases"]) == [legacy_line[:cut]]
        assert row["opening"] == legacy_line[cut + 2:]
        plan = plans.get_plan(store, 1)
        assert (plan.legal_bases, plan.opening) == ([legacy_line[:cut]], legacy_line[cut + 2:])
        # The current draft of form A prints the căn cứ paragraph as before.
        current = build_plan_document(plan, store.get_unit(), Issue(None, None, draft=True), form="A")
        basis = [b.text for b in current.parts[0].blocks if getattr(b, "style", "") == "basis"]
        assert basis == [legacy_line]
    finally:
        store.close()
    for number, expected in pdfs.items():
        out = tmp_path / f"v{number}.pdf"
        assert main(["plan", "render", "1", "--version", str(number), "--out", str(out), "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["sha256_ok"] is True
        assert out.read_bytes() == expected
    # The old schema was backed up before the upgrade.
    (backup,) = sorted((data_dir / "backups").glob("ccpropa-*-truoc-nang-cap.sqlite3"))
    conn = sqlite3.connect(backup)
    try:
        assert "opening" not in {r[1] for r in conn.execute("pragma table_info(plans)")}
    finally:
        conn.close()


def test_a_new_form_b_snapshot_keeps_the_defaults_of_its_day(data_dir, tmp_path, capsys, monkeypatch):
    """Issuing stores the căn cứ thẩm quyền and proposer as resources/ gave them; a later change of
    the data file does not change the issued version."""
    from ccpropa_desktop.documents import decision_data

    assert main(["unit", "set", "--file", str(DATA / "unit_song_ma.json")]) == 0
    assert main(["plan", "new", "--template", "song-ma-2022", "--year", "2026"]) == 0
    assert main(["plan", "issue", "1", "--number", "3", "--date", "2026-01-10", "--form", "B"]) == 0
    capsys.readouterr()
    store = open_store(data_dir, daily_backup=False)
    try:
        snapshot = store.get_version(1, 1)["snapshot"]
    finally:
        store.close()
    assert snapshot["plan"]["power_basis"] == "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
    assert snapshot["plan"]["proposer"] == "Trưởng phòng Nội vụ"
    monkeypatch.setattr(decision_data, "power_basis", lambda *_a: "Căn cứ luật khác")
    monkeypatch.setattr(decision_data, "proposer", lambda *_a: "ai đó")
    out = tmp_path / "v1.pdf"
    assert main(["plan", "render", "1", "--version", "1", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sha256_ok"] is True
    document = issuing._document(snapshot)
    texts = [b.text for b in document.parts[0].blocks if getattr(b, "style", "") == "basis"]
    assert texts[0] == "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;"
    assert texts[-1] == "Theo đề nghị của Trưởng phòng Nội vụ."
    assert plan_from_dict(snapshot["plan"]).power_basis == texts[0][:-1]
