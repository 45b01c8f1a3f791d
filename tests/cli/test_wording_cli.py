"""`plan new --dry-run / --keep-wording / --skip-rule`, `plan revoice`, `wording list|set|remove`."""

from __future__ import annotations

import pytest
from cli.cli_run import run, run_json, run_ok
from conftest import DATA

from ccpropa_desktop.services import plans, revoice
from ccpropa_desktop.services.session import open_store


@pytest.fixture
def unit_set(capsys, data_dir):
    run_ok(capsys, "unit", "set", "--file", str(DATA / "unit_song_ma.json"))
    return data_dir


def stored_plans(data_dir):
    store = open_store(data_dir)
    try:
        return [plans.get_plan(store, i) for i in sorted(p["id"] for p in plans.list_plans(store))]
    finally:
        store.close()


def test_dry_run_lists_changes_by_rule_and_saves_nothing(capsys, unit_set):
    out = run_ok(capsys, "plan", "new", "--template", "bac-kan-2024", "--year", "2026", "--dry-run")
    assert "Đề xuất viết lại:" in out
    assert "[ubnd] «UBND tỉnh»: 4 chỗ" in out
    assert "closing:0@48: …là Kế hoạch tuyên truyền công tác CCHC «tỉnh Bắc Kạn → huyện Sông Mã»" in out
    assert stored_plans(unit_set) == []
    data = run_json(capsys, "plan", "new", "--template", "bac-kan-2024", "--year", "2026", "--dry-run")
    assert {c["rule"] for c in data["changes"]} >= {"noi-ban-hanh", "nam", "ubnd", "dia-ban", "tu-cap"}


def test_new_applies_the_changes_unless_told_not_to(capsys, unit_set):
    assert run_ok(capsys, "plan", "new", "--template", "bac-kan-2024", "--year", "2026").strip() == "1"
    assert run_ok(capsys, "plan", "new", "--template", "bac-kan-2024", "--year", "2026",
                  "--keep-wording").strip() == "2"
    assert run_ok(capsys, "plan", "new", "--template", "bac-kan-2024", "--year", "2026",
                  "--skip-rule", "nam").strip() == "3"
    revoiced, kept, no_year = stored_plans(unit_set)
    assert "CCHC huyện Sông Mã năm 2026" in revoiced.closing[0]
    assert "CCHC tỉnh Bắc Kạn năm 2024" in kept.closing[0]
    assert "CCHC huyện Sông Mã năm 2024" in no_year.closing[0]


def test_revoice_a_stored_plan(capsys, unit_set):
    run_ok(capsys, "plan", "new", "--template", "bac-kan-2024", "--year", "2026", "--keep-wording")
    out = run_ok(capsys, "plan", "revoice", "1", "--dry-run")
    assert "[noi-ban-hanh]" in out and "tỉnh Bắc Kạn" in stored_plans(unit_set)[0].closing[0]
    out = run_ok(capsys, "plan", "revoice", "1", "--skip-rule", "tu-cap")
    assert out.strip().splitlines()[-1].startswith("Đã viết lại ")
    plan = stored_plans(unit_set)[0]
    assert "huyện Sông Mã năm 2026" in plan.closing[0]
    assert "của tỉnh" in " ".join(p for s in plan.sections for p in s.paragraphs)
    assert "Không có gì cần viết lại" not in run_ok(capsys, "plan", "revoice", "1", "--dry-run")


def test_wording_rules(capsys, unit_set):
    out = run_ok(capsys, "wording", "list")
    assert "Quy tắc viết lại lời văn: Tỉnh → Huyện" in out and "trên địa bàn {from_kind}" in out
    run_ok(capsys, "wording", "set", "toan", "toàn tỉnh", "cả huyện", "--label", "toàn tỉnh → cả huyện")
    run_ok(capsys, "wording", "set", "tu-cap", "--off")
    rules = {r["rule"]["id"]: r for r in run_json(capsys, "wording", "list")}
    assert rules["toan"]["source"] == "của đơn vị" and rules["toan"]["rule"]["replace"] == "cả huyện"
    assert rules["tu-cap"]["rule"]["find"] == ""
    store = open_store(unit_set)
    try:
        assert {r.id for r in revoice.unit_rules(store, "tinh", "huyen")} == {"toan", "tu-cap"}
    finally:
        store.close()
    run_ok(capsys, "wording", "remove", "tu-cap")
    code, out, _ = run(capsys, "wording", "remove", "tu-cap")
    assert code == 2 and "không có quy tắc riêng" in out


@pytest.mark.parametrize("argv", [
    ["wording", "set", "x", "--to", "quan"],
    ["wording", "set", "", "abc", "def"],
    ["wording", "set", "x"],
])
def test_bad_rules_are_refused(capsys, unit_set, argv):
    code, _, err = run(capsys, *argv)
    assert code == 2 and err.startswith("Lỗi: ")
    store = open_store(unit_set)
    try:
        assert revoice.unit_rules(store, "tinh", "huyen") == []
    finally:
        store.close()
