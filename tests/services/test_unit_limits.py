"""The unit profile (issue 11, item 7): the drafting unit of "- Lưu: VT, NV.", and text the header
and the signature block can hold, refused when saved (`unit set`: exit 2, nothing written), never
found out when printing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import json
import sqlite3
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from conftest import song_ma_unit_dict

from ccpropa_desktop.cli.main import main
from ccpropa_desktop.documents import nd30 as N
from ccpropa_desktop.domain.model import Signer, UnitProfile, unit_profile_from_dict
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.paths import DB_FILENAME
from ccpropa_desktop.services import plans, render, unit
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.store.repository import DRAFTING_UNIT_KEY


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _db_state(folder: Path) -> tuple[str, list[str]]:
    db = folder / DB_FILENAME
    conn = sqlite3.connect(db)
    try:
        return hashlib.sha256(db.read_bytes()).hexdigest(), list(conn.iterdump())
    finally:
        conn.close()


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- the drafting unit --------------------------------------------------------------------------
def test_drafting_unit_is_saved_read_and_shown(capsys, data_dir, tmp_path) -> None:
    path = _write(tmp_path / "unit.json", {**song_ma_unit_dict(), "drafting_unit": "NV"})
    assert _run(capsys, "unit", "set", "--file", str(path))[0] == 0
    code, out, _ = _run(capsys, "unit", "show")
    assert code == 0 and "Đơn vị soạn thảo: NV" in out
    code, out, _ = _run(capsys, "unit", "show", "--json")
    assert json.loads(out)["drafting_unit"] == "NV"
    store = open_store(data_dir, daily_backup=False)
    try:
        assert unit.get_unit(store).drafting_unit == "NV"
        row = store.db.execute("select value from settings where key = ?", [DRAFTING_UNIT_KEY]).fetchone()
        assert json.loads(row[0]) == "NV"
    finally:
        store.close()


def test_a_store_and_a_snapshot_from_before_the_field_still_load(store) -> None:
    unit.set_unit(store, unit.unit_from_dict(song_ma_unit_dict()))  # a unit.json without the field
    assert store.get_unit().drafting_unit == ""
    store.db.execute("delete from settings where key = ?", [DRAFTING_UNIT_KEY])  # as an older store
    assert store.get_unit().drafting_unit == ""
    old_snapshot = {k: v for k, v in store.get_unit().to_dict().items() if k != "drafting_unit"}
    assert unit_profile_from_dict(old_snapshot).drafting_unit == ""


@pytest.mark.parametrize(("typed", "kept"), [("NV", "NV"), (" CCHC ", "CCHC"), ("NCPC (Vân)", "NCPC (Vân)"),
                                             ("- Lưu: VT, NV, 100b.", "NV, 100b"), ("", ""), (None, "")])
def test_drafting_unit_as_typed(typed, kept) -> None:
    assert unit.unit_from_dict({**song_ma_unit_dict(), "drafting_unit": typed}).drafting_unit == kept


def test_drafting_unit_of_two_lines_is_refused() -> None:
    with pytest.raises(UserError) as info:
        unit.unit_from_dict({**song_ma_unit_dict(), "drafting_unit": "NV\nCCHC"})
    assert info.value.params["field"] == "drafting_unit" and "một dòng" in info.value.message


# -- limits: refused when saved ----------------------------------------------------------------
LONG = "A" * 5000
ISSUED_ON = dt.date(2024, 12, 29)
RIGHT_SPLIT = N.MARGIN_LEFT + N.LEFT_COL_W


@pytest.mark.parametrize(("change", "field", "says"), [
    ({"name_lines": ["ỦY BAN NHÂN DÂN", LONG]}, "name_lines", "dòng 2 quá dài: 5000 ký tự, tối đa 120 ký tự"),
    ({"parent_lines": ["UBND " * 30]}, "parent_lines", "tối đa 120 ký tự"),
    ({"name_lines": ["A", "B", "C", "D"]}, "name_lines", "có 4 dòng, tối đa 3 dòng"),
    ({"signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": LONG}}, "signer.name",
     "quá dài: 5000 ký tự, tối đa 80 ký tự"),
    ({"signer": {"authority": LONG, "title": "CHỦ TỊCH", "name": "Lò Văn Sinh"}}, "signer.authority",
     "tối đa 120 ký tự"),
    ({"place": "Sông Mã " * 10}, "place", "tối đa 60 ký tự"),
    ({"abbreviation": "UBNDHUYENSM"}, "abbreviation", "tối đa 10 ký tự"),
    ({"recipients": ["Sở Nội vụ", "x" * 201]}, "recipients", "dòng 2 quá dài"),
    ({"drafting_unit": "N" * 41}, "drafting_unit", "tối đa 40 ký tự"),
])
def test_over_long_text_is_refused_by_unit_set_and_nothing_is_saved(capsys, data_dir, tmp_path, change, field,
                                                                     says) -> None:
    good = _write(tmp_path / "good.json", {**song_ma_unit_dict(), "drafting_unit": "NV"})
    assert _run(capsys, "unit", "set", "--file", str(good))[0] == 0
    before = _db_state(data_dir)
    bad = _write(tmp_path / "bad.json", {**song_ma_unit_dict(), **change})
    code, _, err = _run(capsys, "unit", "set", "--file", str(bad))
    assert code == 2 and f"“{field}”" in err and says in err and "Traceback" not in err, err
    assert _db_state(data_dir) == before  # nothing written
    store = open_store(data_dir, daily_backup=False)
    try:
        assert store.get_unit() == unit.unit_from_dict({**song_ma_unit_dict(), "drafting_unit": "NV"})
    finally:
        store.close()


def test_field_errors_name_the_limit_for_the_form() -> None:
    data = {**song_ma_unit_dict(), "place": "x" * 61,
            "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "y" * 81}}
    errors = unit.field_errors(data)
    assert set(errors) == {"place", "signer.name"}
    assert [(e.params["reason"], e.params["limit"]) for e in errors.values()] == [("too_long", 60),
                                                                                  ("too_long", 80)]


# -- what is accepted prints -------------------------------------------------------------------
def _line(length: int, word: str) -> str:
    return ((word + " ") * length)[:length].strip().ljust(length, "M")


def _at_the_limits() -> dict[str, Any]:
    """Every limited field as long as it may be, in wide capitals where it prints in capitals."""
    lines = unit.LINES_MAX
    return {**song_ma_unit_dict(),
            "name_lines": [_line(unit.LIMITS["name_lines"], "ĐỒNGWM")] * lines["name_lines"],
            "parent_lines": [_line(unit.LIMITS["parent_lines"], "ĐỒNGWM")] * lines["parent_lines"],
            "place": _line(unit.LIMITS["place"], "Mường"), "abbreviation": "W" * unit.LIMITS["abbreviation"],
            "signer": {"authority": _line(unit.LIMITS["signer.authority"], "KT. WM"),
                       "title": _line(unit.LIMITS["signer.title"], "ĐỒNGWM"),
                       "name": _line(unit.LIMITS["signer.name"], "Nguyễn")},
            "recipients": [_line(unit.LIMITS["recipients"], "Phòng")] * 12,
            "drafting_unit": _line(unit.LIMITS["drafting_unit"], "NV")}


@pytest.mark.parametrize("form", ["A", "B"])
def test_a_profile_at_every_limit_prints(store, form) -> None:
    unit.set_unit(store, unit.unit_from_dict(_at_the_limits()))
    pid = plans.create_plan(store, "song-ma-2022", 2024).id
    data = render.render_plan(store, pid, "pdf", number="18", date=ISSUED_ON, form=form)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        off_page = [c["text"] for p in pdf.pages for c in p.chars if c["x0"] < 0 or c["x1"] > p.width
                    or c["top"] < 0 or c["bottom"] > p.height]
        signer = "".join("".join((p.crop((RIGHT_SPLIT, 0, p.width, p.height)).extract_text() or "").split())
                         for p in pdf.pages if p.width < p.height)
    assert off_page == []
    assert "".join(_at_the_limits()["signer"]["name"].split()) in signer
    assert render.render_plan(store, pid, "docx", number="18", date=ISSUED_ON, form=form)


def test_three_hundred_recipients_run_on_rather_than_fail(store) -> None:
    recipients = [f"Trường học số {i}" for i in range(300)]
    unit.set_unit(store, unit.unit_from_dict({**song_ma_unit_dict(), "recipients": recipients}))
    pid = plans.create_plan(store, "song-ma-2022", 2024).id
    data = render.render_plan(store, pid, "pdf", number="18", date=ISSUED_ON)  # no watermark across lines
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert all(f"- Trường học số {i};" in text for i in range(300))
    assert "- Lưu: VT." in text


def test_an_over_long_header_saved_before_the_limits_is_a_message_not_a_crash(tmp_path, capsys) -> None:
    data = tmp_path / "data"
    store = open_store(data, daily_backup=False)
    try:
        good = unit.unit_from_dict(song_ma_unit_dict())
        unit.set_unit(store, UnitProfile(**{**good.__dict__, "name_lines": ["ỦY BAN NHÂN DÂN " * 300],
                                             "signer": Signer(**good.signer.__dict__)}))
        pid = plans.create_plan(store, "song-ma-2022", 2024).id
        with pytest.raises(UserError) as info:
            render.render_plan(store, pid, "pdf", draft=True)
        assert info.value.code == "layout_too_tall" and "Hồ sơ đơn vị" in info.value.message
    finally:
        store.close()
    out = tmp_path / "kh.pdf"
    code, _, err = _run(capsys, "plan", "render", str(pid), "--draft", "--out", str(out),
                        "--data-dir", str(data))
    assert code == 2 and "dài hơn một trang" in err and not out.exists()


def test_a_name_line_without_spaces_is_cut_inside_the_left_column(store) -> None:
    word = "ĐỒNGWMẪ" * 17  # 119 letters, no space: wider than the 65 mm column at any size
    profile = {**song_ma_unit_dict(), "name_lines": ["ỦY BAN NHÂN DÂN", word]}
    unit.set_unit(store, unit.unit_from_dict(profile))
    pid = plans.create_plan(store, "song-ma-2022", 2024).id
    data = render.render_plan(store, pid, "pdf", number="18", date=ISSUED_ON)
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        number = next(a for a, b in itertools.pairwise(page.chars) if a["text"] + b["text"] == "Số")
        column = page.within_bbox((N.MARGIN_LEFT - 0.5, 0, RIGHT_SPLIT + 0.5, number["top"]))
        assert word in "".join((column.extract_text() or "").split())  # every letter inside the column
