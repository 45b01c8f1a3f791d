"""`ccpropa`: the README flow of issue 2, and bad input (exit code 2, Vietnamese message, nothing written)."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from cli_run import CCPROPA, run, run_json, run_ok, spawn
from conftest import DATA, song_ma_unit_dict

from ccpropa_desktop.paths import DB_FILENAME

IDS = ["bac-kan-2024", "binh-dinh-2024", "song-ma-2022"]
UNIT_FILE = DATA / "unit_song_ma.json"


def snapshot(folder: Path):
    """Everything a command could have written: the files, the database bytes and its content."""
    if not folder.exists():
        return None
    files = sorted((str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*") if p.is_file())
    db = folder / DB_FILENAME
    if not db.exists():
        return files, None, None
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    conn = sqlite3.connect(db)
    try:
        dump = list(conn.iterdump())
    finally:
        conn.close()
    return files, digest, dump


@pytest.fixture
def with_unit(capsys, data_dir) -> Path:
    run_ok(capsys, "unit", "set", "--file", str(UNIT_FILE))
    return data_dir


@pytest.fixture
def with_plan(capsys, with_unit) -> str:
    plan_id = run_ok(capsys, "plan", "new", "--template", "song-ma-2022", "--year", "2024").strip()
    assert plan_id.isdigit()
    return plan_id


def assert_refused(capsys, folder: Path, *argv: str, says: list[str]) -> str:
    before = snapshot(folder)
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert "Lỗi: " in err
    for text in says:
        assert text in err, f"{text!r} not in {err!r}"
    assert "Traceback" not in err
    assert snapshot(folder) == before, "something was written"
    return err


# -- the README flow -------------------------------------------------------------------------------
def test_templates_list(capsys):
    out = run_ok(capsys, "templates", "list")
    for template_id in IDS:
        assert template_id in out
    listed = run_json(capsys, "templates", "list")
    assert sorted(t["id"] for t in listed) == IDS
    assert {t["id"]: t["task_count"] for t in listed} == {
        "bac-kan-2024": 11, "binh-dinh-2024": 17, "song-ma-2022": 9}


def test_templates_show(capsys):
    doc = run_json(capsys, "templates", "show", "binh-dinh-2024")
    assert [t["number"] for t in doc["appendix"]["tasks"]][5:11] == ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6"]
    assert "Phụ lục: 9 nhiệm vụ" in run_ok(capsys, "templates", "show", "song-ma-2022")


def test_unit_set_show_round_trip(capsys, data_dir):
    out = run_ok(capsys, "unit", "set", "--file", str(UNIT_FILE))
    assert "UBND huyện Sông Mã" in out
    shown = run_json(capsys, "unit", "show")
    given = song_ma_unit_dict()
    assert {k: shown[k] for k in given} == given
    assert shown["short_name"] == "UBND huyện Sông Mã"
    assert "HUYỆN SÔNG MÃ" in run_ok(capsys, "unit", "show")
    # Setting it again replaces it.
    changed = dict(given, place="Thị trấn Sông Mã", agencies=["Phòng Nội vụ"])
    path = data_dir.parent / "unit2.json"
    path.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    run_ok(capsys, "unit", "set", "--file", str(path))
    shown = run_json(capsys, "unit", "show")
    assert (shown["place"], shown["agencies"]) == ("Thị trấn Sông Mã", ["Phòng Nội vụ"])


def test_plan_new_list_show(capsys, with_unit):
    out = run_ok(capsys, "plan", "new", "--template", "bac-kan-2024", "--year", "2024")
    first = int(out.strip())
    plan = run_json(capsys, "plan", "new", "--template", "binh-dinh-2024", "--year", "2025")
    assert plan["id"] == first + 1
    assert plan["year"] == 2025 and plan["template_id"] == "binh-dinh-2024"
    assert [t["number"] for t in plan["tasks"]] == [str(n) for n in range(1, 9)]
    assert [t["origin"]["number"] for t in plan["tasks"]] == ["1", "2", "3", "4", "5", "6", "7", "9"]
    assert all(t["reason"] for t in plan["tasks"])
    assert plan["legal_bases"][0].startswith("Căn cứ Quyết định số 854/QĐ-UBND ngày 14/03/2024 của UBND "
                                             "tỉnh Bình Định")
    assert plan["tasks"][0]["lead"].startswith("Phòng Nội vụ, Phòng Văn hóa và Thông tin")

    listed = run_json(capsys, "plan", "list")
    assert [(p["id"], p["template_id"], p["task_count"]) for p in listed] == [
        (first + 1, "binh-dinh-2024", 8), (first, "bac-kan-2024", 11)]
    text = run_ok(capsys, "plan", "list")
    assert "bac-kan-2024" in text and "binh-dinh-2024" in text

    shown = run_json(capsys, "plan", "show", str(first))
    assert shown["title"] == "Tuyên truyền công tác cải cách hành chính huyện Sông Mã năm 2024"
    assert len(shown["tasks"]) == 11 and len(shown["sections"]) == 7
    text = run_ok(capsys, "plan", "show", str(first))
    assert shown["title"] in text
    assert "Căn cứ Kế hoạch số …/KH-UBND ngày …/…/2024 của UBND tỉnh Bắc Kạn" in text
    assert "V. TỔ CHỨC THỰC HIỆN" in text


def test_plan_propose(capsys, with_unit):
    proposals = run_json(capsys, "plan", "propose", "--template", "binh-dinh-2024")
    assert [p["number"] for p in proposals if p["proposed"]] == ["1", "2", "3", "4", "5", "6", "7", "9"]


def test_task_list_and_editing(capsys, with_plan, data_dir):
    pid = with_plan
    tasks = run_json(capsys, "task", "list", pid)
    assert [t["number"] for t in tasks] == ["1", "2", "2.1", "2.2", "2.3", "3", "4", "5", "6"]
    text = run_ok(capsys, "task", "list", pid)
    assert "2.1" in text and "Trung tâm Truyền thông - Văn hóa huyện" in text

    out = run_ok(capsys, "task", "indent", pid, "4")
    assert out.strip() == "Nhiệm vụ 4 nay là 3.1."
    assert [t["number"] for t in run_json(capsys, "task", "list", pid)][5:] == ["3", "3.1", "4", "5"]
    assert run_json(capsys, "task", "outdent", pid, "3.1")["number"] == "4"

    added = run_json(capsys, "task", "add", pid, "--content", "Tổ chức cuộc thi tìm hiểu CCHC",
                     "--lead", "Phòng Nội vụ", "--schedule", "Quý III/2024", "--after", "2.3")
    assert added["number"] == "2.4"
    edited = run_json(capsys, "task", "edit", pid, "2.4", "--partners", "Huyện Đoàn")
    assert (edited["content"], edited["partners"]) == ("Tổ chức cuộc thi tìm hiểu CCHC", "Huyện Đoàn")
    moved = run_json(capsys, "task", "move", pid, "2.4", "up")
    assert moved["number"] == "2.3"
    removed = run_json(capsys, "task", "remove", pid, "2")
    assert removed == {"removed": ["2", "2.1", "2.2", "2.3", "2.4"]}

    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        rows = conn.execute("select content, depth from tasks where plan_id = ? order by position",
                            [int(pid)]).fetchall()
    finally:
        conn.close()
    assert [d for _, d in rows] == [0] * 5
    assert rows[0][0] == "Tuyên truyền các nội dung CCHC trong nội bộ từng cơ quan, đơn vị"
    assert rows[1][0] == "Tổ chức tọa đàm tuyên truyền công tác cải cách hành chính"


def test_section_editing(capsys, with_plan, data_dir):
    pid = with_plan
    text = run_ok(capsys, "section", "list", pid)
    assert "IV. TỔ CHỨC THỰC HIỆN" in text
    edited = run_json(capsys, "section", "edit", pid, "IV.2", "--title", "Phòng Nội vụ huyện",
                      "--paragraph", "- Theo dõi, đôn đốc.")
    assert (edited["number"], edited["title"], edited["paragraphs"]) == (
        "2.", "Phòng Nội vụ huyện", ["- Theo dõi, đôn đốc."])
    sections = run_json(capsys, "section", "list", pid)
    assert sections[1]["title"] == "Mục đích"  # the other "2." sections are untouched
    assert sections[2]["title"] == "Yêu cầu"
    added = run_json(capsys, "section", "add", pid, "--title", "Chế độ báo cáo", "--after", "III")
    assert added["number"] == "IV."
    assert run_json(capsys, "section", "indent", pid, "IV")["number"] == "1."
    assert run_json(capsys, "section", "outdent", pid, "III.1")["number"] == "IV."
    assert run_json(capsys, "section", "move", pid, "IV", "down")["number"] == "V."
    assert run_json(capsys, "section", "remove", pid, "V") == {"removed": ["V."]}
    assert len(run_json(capsys, "section", "list", pid)) == 17


def test_mapping_list_set_remove(capsys, with_unit):
    listed = run_json(capsys, "mapping", "list")
    assert (listed["from"], listed["to"]) == ("tinh", "huyen")
    rules = {r["source"]: r["target"] for r in listed["rules"]}
    assert rules["Sở Nội vụ"] == "Phòng Nội vụ"
    assert rules["UBND cấp xã"] == "UBND các xã, thị trấn"
    assert "Sở Nội vụ" in run_ok(capsys, "mapping", "list")

    run_ok(capsys, "mapping", "set", "Sở Y tế", "Phòng Y tế")
    run_ok(capsys, "mapping", "set", "Sở Nội vụ", "Phòng Nội vụ - Lao động")
    run_ok(capsys, "mapping", "remove", "UBND cấp xã")
    rules = {r["source"]: r["target"] for r in run_json(capsys, "mapping", "list")["rules"]}
    assert rules["Sở Y tế"] == "Phòng Y tế"
    assert rules["Sở Nội vụ"] == "Phòng Nội vụ - Lao động"
    assert "UBND cấp xã" not in rules

    plan = run_json(capsys, "plan", "new", "--template", "bac-kan-2024", "--year", "2024")
    assert plan["tasks"][1]["lead"].startswith("Phòng Nội vụ - Lao động; ")
    assert plan["tasks"][1]["partners"] == "Các cơ quan, đơn vị; UBND huyện; UBND cấp xã."

    huyen_xa = run_json(capsys, "mapping", "list", "--from", "huyen", "--to", "xa")
    assert {r["source"]: r["target"] for r in huyen_xa["rules"]}["UBND các xã, thị trấn"] == "UBND xã"


def test_data_dir_option_beats_the_environment(capsys, data_dir, tmp_path):
    other = tmp_path / "khac"
    run_ok(capsys, "unit", "set", "--file", str(UNIT_FILE), "--data-dir", str(other))
    assert (other / DB_FILENAME).is_file()
    assert not (data_dir / DB_FILENAME).exists()
    assert run_json(capsys, "unit", "show", "--data-dir", str(other))["place"] == "Sông Mã"


def test_installed_script_and_module_run(tmp_path):
    folder = tmp_path / "sub"
    result = spawn("templates", "list", env_dir=folder)
    assert result.returncode == 0, result.stderr
    assert all(i in result.stdout for i in IDS)
    result = spawn("templates", "list", "--json", env_dir=folder,
                   exe=[sys.executable, "-m", "ccpropa_desktop.cli.main"])
    assert result.returncode == 0, result.stderr
    assert sorted(t["id"] for t in json.loads(result.stdout)) == IDS
    result = spawn("plan", "new", "--template", "song-ma-2022", "--year", "2024", env_dir=folder)
    assert result.returncode == 2
    assert "Chưa có hồ sơ đơn vị" in result.stderr


# -- bad input: exit code 2, a Vietnamese message naming the field or file, nothing written ------------
def test_broken_unit_json(capsys, with_unit, tmp_path):
    bad = tmp_path / "unit.json"
    bad.write_text('{"name_lines": ["ỦY BAN NHÂN DÂN",', encoding="utf-8")
    assert_refused(capsys, with_unit, "unit", "set", "--file", str(bad),
                   says=[str(bad), "không phải JSON hợp lệ"])
    bad.write_bytes(json.dumps(song_ma_unit_dict(), ensure_ascii=False).encode("utf-16"))
    assert_refused(capsys, with_unit, "unit", "set", "--file", str(bad), says=[str(bad), "UTF-8"])
    bad.write_text("[1, 2]", encoding="utf-8")
    assert_refused(capsys, with_unit, "unit", "set", "--file", str(bad), says=["Hồ sơ đơn vị"])
    missing = tmp_path / "khong-co.json"
    assert_refused(capsys, with_unit, "unit", "set", "--file", str(missing),
                   says=[str(missing), "Không đọc được tệp"])


def test_bad_unit_json_on_a_fresh_machine_creates_nothing(capsys, data_dir, tmp_path):
    bad = tmp_path / "unit.json"
    bad.write_text("{", encoding="utf-8")
    code, _, err = run(capsys, "unit", "set", "--file", str(bad))
    assert code == 2 and str(bad) in err
    assert not data_dir.exists()


@pytest.mark.parametrize("field", ["name_lines", "abbreviation", "level", "place", "signer"])
def test_incomplete_unit_json(capsys, with_unit, tmp_path, field):
    data = song_ma_unit_dict()
    del data[field]
    path = tmp_path / "unit.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert_refused(capsys, with_unit, "unit", "set", "--file", str(path), says=[f"“{field}”", "bị thiếu"])


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("name_lines", [], "“name_lines” không được để trống"),
        ("name_lines", "ỦY BAN NHÂN DÂN", "“name_lines” phải là một danh sách chuỗi"),
        ("parent_lines", [1], "“parent_lines”"),
        ("abbreviation", "UB ND", "“abbreviation”"),
        ("level", "quan", "“level” phải là một trong: tinh, so, huyen, phong, xa"),
        ("place", " ", "“place”"),
        ("signer", "Lò Văn Sinh", "“signer”"),
        ("signer", {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH"}, "“signer.name”"),
        ("signer", {"authority": "", "title": "CHỦ TỊCH", "name": "A"}, "“signer.authority”"),
        ("recipients", "Sở Nội vụ tỉnh", "“recipients”"),
        ("agencies", [{"name": "Phòng Nội vụ"}], "“agencies”"),
    ],
)
def test_invalid_unit_fields(capsys, with_unit, tmp_path, field, value, says):
    data = dict(song_ma_unit_dict(), **{field: value})
    path = tmp_path / "unit.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert_refused(capsys, with_unit, "unit", "set", "--file", str(path), says=[says])


def test_unknown_template(capsys, with_unit):
    assert_refused(capsys, with_unit, "plan", "new", "--template", "ha-noi-2030", "--year", "2024",
                   says=["“ha-noi-2030”", "bac-kan-2024"])
    assert_refused(capsys, with_unit, "templates", "show", "ha-noi-2030", says=["“ha-noi-2030”"])


@pytest.mark.parametrize(
    "argv",
    [
        ["plan", "show", "999"],
        ["task", "list", "999"],
        ["task", "edit", "999", "1", "--content", "x"],
        ["task", "add", "999", "--content", "x"],
        ["section", "list", "999"],
    ],
)
def test_unknown_plan(capsys, with_plan, data_dir, argv):
    assert_refused(capsys, data_dir, *argv, says=["999", "ccpropa plan list"])


def test_plan_id_not_a_number(capsys, with_plan, data_dir):
    assert_refused(capsys, data_dir, "plan", "show", "abc", says=["“abc”"])


@pytest.mark.parametrize("year", ["20x4", "24", "1890", ""])
def test_bad_year(capsys, with_plan, data_dir, year):
    assert_refused(capsys, data_dir, "plan", "new", "--template", "bac-kan-2024", "--year", year,
                   says=["Năm không hợp lệ"])


@pytest.mark.parametrize(
    ("argv", "missing"),
    [
        (["task", "edit", "{pid}", "7", "--content", "x"], "7"),
        (["task", "remove", "{pid}", "2.4"], "2.4"),
        (["task", "indent", "{pid}", "10"], "10"),
        (["task", "move", "{pid}", "0", "up"], "0"),
        (["task", "add", "{pid}", "--content", "x", "--after", "9"], "9"),
    ],
)
def test_task_number_that_does_not_exist(capsys, with_plan, data_dir, argv, missing):
    argv = [a.format(pid=with_plan) for a in argv]
    assert_refused(capsys, data_dir, *argv,
                   says=[f"nhiệm vụ số “{missing}”", "Các số hiện có: 1, 2, 2.1, 2.2, 2.3, 3, 4, 5, 6"])


def test_plan_new_with_unknown_task_numbers(capsys, with_plan, data_dir):
    assert_refused(capsys, data_dir, "plan", "new", "--template", "song-ma-2022", "--year", "2024",
                   "--tasks", "1,7", says=["7", "song-ma-2022"])


def test_impossible_edits(capsys, with_plan, data_dir):
    assert_refused(capsys, data_dir, "task", "indent", with_plan, "1", says=["Không thể lùi"])
    assert_refused(capsys, data_dir, "task", "outdent", with_plan, "3", says=["cấp ngoài cùng"])
    assert_refused(capsys, data_dir, "task", "move", with_plan, "6", "down", says=["cuối"])
    assert_refused(capsys, data_dir, "task", "edit", with_plan, "1", says=["Không có gì để sửa"])
    assert_refused(capsys, data_dir, "mapping", "remove", "Sở Không Có", says=["“Sở Không Có”"])


def test_bad_arguments(capsys, with_plan, data_dir):
    err = assert_refused(capsys, data_dir, "task", "move", with_plan, "2", "sideways",
                         says=["tham số không hợp lệ"])
    assert "sideways" in err
    assert_refused(capsys, data_dir, "plan", "new", "--year", "2024", says=["--template"])


def test_read_only_data_folder(capsys, with_plan, data_dir):
    folder = data_dir
    mode = folder.stat().st_mode
    db = folder / DB_FILENAME
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    db.chmod(stat.S_IRUSR)
    try:
        if os.access(folder, os.W_OK) or os.access(db, os.W_OK):
            pytest.skip("chmod does not stop this user from writing (running as root)")
        assert_refused(capsys, folder, "task", "edit", with_plan, "1", "--content", "x",
                       says=[str(folder), "chỉ đọc"])
    finally:
        folder.chmod(mode)
        db.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_data_folder_that_cannot_be_created(capsys, tmp_path):
    blocker = tmp_path / "tep"
    blocker.write_text("không phải thư mục", encoding="utf-8")
    code, _, err = run(capsys, "templates", "list", "--data-dir", str(blocker / "data"))
    assert code == 2
    assert f"Không tạo được thư mục dữ liệu {blocker / 'data'}" in err
    assert blocker.read_text(encoding="utf-8") == "không phải thư mục"


def test_locked_database(capsys, with_plan, data_dir):
    folder = data_dir
    before = snapshot(folder)
    holder = sqlite3.connect(folder / DB_FILENAME, isolation_level=None, timeout=0)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        for argv in (["plan", "new", "--template", "bac-kan-2024", "--year", "2024"],
                     ["task", "edit", with_plan, "1", "--content", "x"]):
            result = spawn(*argv, env_dir=folder)
            assert result.returncode == 2, result.stderr
            assert f"Tệp dữ liệu {folder / DB_FILENAME} đang bị một chương trình khác khóa" in result.stderr
            assert "Traceback" not in result.stderr
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert snapshot(folder) == before


def test_file_that_is_not_a_database(capsys, data_dir):
    data_dir.mkdir(parents=True)
    db = data_dir / DB_FILENAME
    db.write_bytes(b"Day khong phai co so du lieu. " * 200)
    before = db.read_bytes(), sorted(p.name for p in data_dir.iterdir())
    for argv in (["plan", "list"], ["unit", "set", "--file", str(UNIT_FILE)]):
        code, _, err = run(capsys, *argv)
        assert code == 2
        assert f"Tệp {db} không phải là tệp dữ liệu của ccpropa" in err
    assert (db.read_bytes(), sorted(p.name for p in data_dir.iterdir())) == before


# -- a closed output pipe ----------------------------------------------------------------------------
def test_closed_output_pipe_ends_quietly(tmp_path):
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` that has already exited
    try:
        env = dict(os.environ, CCPROPA_DATA_DIR=str(tmp_path / "d"))
        result = subprocess.run([str(CCPROPA), "templates", "list"], stdout=write_end,
                                stderr=subprocess.PIPE, text=True, env=env, timeout=60)
    finally:
        os.close(write_end)
    assert "Traceback" not in result.stderr
    assert "BrokenPipeError" not in result.stderr
