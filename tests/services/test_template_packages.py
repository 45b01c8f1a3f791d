"""Plans flow down as data (issue 15): `plan publish` → `.ccpt` → `templates import`, losslessly,
and hostile or tampered packages refused with nothing imported."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from conftest import song_ma_unit_dict

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import importing, issuing, plans, templates, unit
from ccpropa_desktop.services import template_packages as tp
from ccpropa_desktop.services.session import open_store

STAMP = "2026-01-20T09:00:00+07:00"


@pytest.fixture
def published(tmp_path, data_dir):
    """The district's 2026 plan, issued and published; the path of its .ccpt."""
    store = open_store(tmp_path / "huyen")
    try:
        unit.set_unit(store, unit.unit_from_dict(song_ma_unit_dict()))
        plan = plans.create_plan(store, "bac-kan-2024", 2026)
        issuing.issue_plan(store, plan.id, "18", "2026-01-13", None)
        return tp.publish(store, plan.id, tmp_path / "ke-hoach-huyen.ccpt", created_at=STAMP), \
            plans.get_plan(store, plan.id)
    finally:
        store.close()


@pytest.fixture
def commune(store):
    data = song_ma_unit_dict() | {"name_lines": ["ỦY BAN NHÂN DÂN", "XÃ CHIỀNG KHƯƠNG"], "level": "xa",
                                  "place": "Chiềng Khương"}
    return unit.set_unit(store, unit.unit_from_dict(data))


def test_round_trip_field_for_field(store, commune, published):
    path, plan = published
    result = importing.import_template(store, path)
    doc = templates.get_template(store, result.template["id"])
    assert result.kind == "ccpt" and doc["source"] == "ke-hoach-huyen.ccpt"
    assert (doc["level"], doc["year"], doc["number"], doc["date"]) == (
        "huyen", 2026, "18/KH-UBND", "2026-01-13")
    assert doc["issuer"]["short_name"] == "UBND huyện Sông Mã" and doc["title"] == plan.title
    assert [t["content"] for t in doc["appendix"]["tasks"]] == [t.content for t in plan.tasks]
    assert [t["lead"] for t in doc["appendix"]["tasks"]] == [t.lead for t in plan.tasks]
    assert [t["number"] for t in doc["appendix"]["tasks"]] == [t.number for t in plan.tasks]
    flat = [s["title"] for _, s in templates.flatten_sections(doc["sections"])]
    assert flat == [s.title for s in plan.sections]
    assert doc["closing"] == plan.closing and importing.shape_errors(doc) == []


def test_a_plan_built_from_it_cites_it_exactly(store, commune, published):
    path, _ = published
    template_id = importing.import_template(store, path).template["id"]
    plan = plans.create_plan(store, template_id, 2026)
    assert plan.legal_bases[0].startswith(
        "Căn cứ Kế hoạch số 18/KH-UBND ngày 13/01/2026 của UBND huyện Sông Mã về tuyên truyền")
    assert plan.tasks and all("huyện Sông Mã" not in t.lead for t in plan.tasks)


def test_the_same_package_twice_is_a_duplicate(store, commune, published):
    path, _ = published
    importing.import_template(store, path)
    with pytest.raises(UserError) as err:
        importing.import_template(store, path)
    assert err.value.code == "template_duplicate"


def test_publishing_needs_an_issued_plan(store, song_ma_unit, tmp_path):
    plan = plans.create_plan(store, "bac-kan-2024", 2026)
    with pytest.raises(UserError) as err:
        tp.publish(store, plan.id, tmp_path / "x.ccpt")
    assert err.value.code == "plan_not_issued" and not (tmp_path / "x.ccpt").exists()


def rezip(path, change):
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    change(members)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    path.write_bytes(buffer.getvalue())


@pytest.mark.parametrize(("change", "code"), [
    (lambda m: m.__setitem__("template.json", m["template.json"].replace("Sông Mã".encode(), b"Song Ma", 1)),
     "checksum_mismatch"),
    (lambda m: m.__setitem__("../evil.txt", b"x"), "path_traversal"),
    (lambda m: m.pop("plan.pdf"), "missing_member"),
    (lambda m: m.__setitem__("manifest.json", json.dumps({"format": "khac"}).encode()),
     "not_template_package"),
    (lambda m: m.__setitem__("manifest.json", m["manifest.json"].replace(b'"1.0"', b'"9.0"', 1)),
     "newer_version"),
])
def test_tampered_and_hostile_packages_are_refused(store, commune, published, change, code):
    path, _ = published
    rezip(path, change)
    before = [t.id for t in templates.list_templates(store)]
    with pytest.raises(UserError) as err:
        importing.import_template(store, path)
    assert err.value.code == code and err.value.message
    assert [t.id for t in templates.list_templates(store)] == before


def test_not_a_zip(store, commune, tmp_path):
    path = tmp_path / "gia.ccpt"
    path.write_bytes(b"%PDF-1.4 not a package")
    with pytest.raises(UserError) as err:
        importing.import_template(store, path)
    assert err.value.code == "not_zip" and "gói kế hoạch mẫu .ccpt" in err.value.message


def test_a_version_number_too_large_for_sqlite_is_just_not_found(capsys, data_dir):
    """Found by the CLI fuzz test: a 40-digit --version overflowed SQLite's integer binding."""
    from cli.cli_run import run, run_ok
    from conftest import DATA

    run_ok(capsys, "unit", "set", "--file", str(DATA / "unit_song_ma.json"))
    run_ok(capsys, "plan", "new", "--template", "song-ma-2022", "--year", "2026")
    run_ok(capsys, "plan", "issue", "1", "--number", "5", "--date", "2026-01-10")
    huge = "9" * 40
    code, _, err = run(capsys, "plan", "render", "1", "--version", huge, "--out", str(data_dir / "x.pdf"))
    assert code == 2 and "không có phiên bản đã ban hành số" in err
    code, _, err = run(capsys, "plan", "publish", "1", "--version", huge, "--out", str(data_dir / "x.ccpt"))
    assert code == 2 and "không có phiên bản" in err
