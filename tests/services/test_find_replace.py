"""Find and replace across the whole plan: whole words, with or without diacritics, one transaction."""

from __future__ import annotations

import pytest
from cli.cli_run import run, run_json, run_ok
from conftest import DATA

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import find_replace, plans
from ccpropa_desktop.services.find_replace import Options, find_in_text


def test_whole_words_by_default_and_diacritics_on_request() -> None:
    text = "Tỉnh ủy, tỉnh, tinh thần, tĩnh lặng; của tỉnh."
    assert [text[s:e] for s, e in find_in_text(text, "tỉnh", Options())] == ["Tỉnh", "tỉnh", "tỉnh"]
    folded = [text[s:e] for s, e in find_in_text(text, "tinh", Options(ignore_diacritics=True))]
    assert folded == ["Tỉnh", "tỉnh", "tinh", "tĩnh", "tỉnh"]
    assert [s for s, _ in find_in_text(text, "tỉnh", Options(match_case=True))] == [9, text.rindex("tỉnh")]
    name = "Phòng Nội vụ huyện"
    assert [name[s:e] for s, e in find_in_text(name, "nội   vụ", Options())] == ["Nội vụ"]
    assert find_in_text("tỉnhthành", "tỉnh", Options()) == []
    assert find_in_text("tỉnhthành", "tỉnh", Options(whole_words=False)) == [(0, 4)]
    with pytest.raises(UserError):
        find_in_text("x", "  ", Options())


def test_replace_all_in_one_transaction(store, song_ma_unit):
    plan = plans.create_plan(store, "bac-kan-2024", 2026)
    matches, _ = find_replace.replace_all(store, plan.id, "Phòng Nội vụ", "Phòng Nội vụ huyện", dry_run=True)
    assert len(matches) >= 3 and plans.get_plan(store, plan.id).closing == plan.closing
    places = {m.place for m in matches}
    assert "đoạn kết 1" in places and any(p.startswith("nhiệm vụ ") for p in places)
    matches, after = find_replace.replace_all(store, plan.id, "Phòng Nội vụ", "Phòng Nội vụ huyện")
    assert "(qua Phòng Nội vụ huyện)" in after.closing[0]
    assert len(find_replace.find(after, "Phòng Nội vụ huyện")) == len(matches)
    assert plans.get_plan(store, plan.id).status == "draft"


def test_cli_find_and_replace(capsys, data_dir):
    run_ok(capsys, "unit", "set", "--file", str(DATA / "unit_song_ma.json"))
    run_ok(capsys, "plan", "new", "--template", "bac-kan-2024", "--year", "2026")
    out = run_ok(capsys, "plan", "find", "1", "tinh", "--no-diacritics")
    assert out.startswith("Tìm thấy ") and "căn cứ 1: " in out and "«tỉnh»" in out
    data = run_json(capsys, "plan", "replace", "1", "Bắc Kạn", "Sơn La", "--dry-run")
    assert data["replaced"] == 0 and data["matches"]
    out = run_ok(capsys, "plan", "replace", "1", "Bắc Kạn", "Sơn La")
    assert out.startswith("Đã thay ")
    assert run_ok(capsys, "plan", "find", "1", "Bắc Kạn").startswith("Không thấy")
    code, _, err = run(capsys, "plan", "find", "1", " ")
    assert code == 2 and "Hãy nhập từ cần tìm" in err
