"""`ccpropa` on a damaged, full, read-only or newer store, and on bad input (issue 14): the message, the
exit code, that nothing was half-written, the state of the backups; never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from cli_run import run, spawn
from conftest import DATA, ROOT
from faults import (
    backups_state,
    files_in,
    fill,
    garbage,
    integrity,
    make_newer,
    make_store,
    overwrite_page,
    read_only,
    store_file,
    temp_debris,
    tiny_disk,
    truncate,
)

DAMAGE = {"garbage": garbage, "truncated": truncate, "page": overwrite_page}

READS_AND_WRITES = [
    ["plan", "list"], ["plan", "show", "1"], ["task", "list", "1"],
    ["task", "set", "1", "1", "--period", "2024-Q1", "--status", "doing"],
    ["plan", "render", "1", "--out", "{out}/kh.pdf"],
    ["report", "render", "1", "--period", "2024-Q1", "--out", "{out}/bc.pdf"],
    ["task", "edit", "1", "1", "--content", "Sửa"], ["unit", "show"],
]


def argv(args: list[str], out: Path) -> list[str]:
    return [a.replace("{out}", str(out)) for a in args]


def no_traceback(err: str) -> None:
    assert "Traceback" not in err and "Lỗi không mong đợi" not in err, err


# -- damaged ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("damage", DAMAGE)
def test_every_command_on_a_damaged_store_says_how_to_recover(capsys, data_dir, tmp_path, damage):
    make_store(data_dir)
    DAMAGE[damage](data_dir)
    before, good = files_in(data_dir), backups_state(data_dir)
    for args in READS_AND_WRITES:
        code, _out, err = run(capsys, *argv(args, tmp_path))
        assert code == 2, (args, err)
        no_traceback(err)
        assert "bị hỏng" in err and "ccpropa backup restore" in err, (args, err)
    code, _, err = run(capsys, "backup", "create")
    assert code == 2 and "bị hỏng" in err
    assert files_in(data_dir) == before and backups_state(data_dir) == good  # nothing written or copied
    assert not list(tmp_path.glob("*.pdf"))


@pytest.mark.parametrize("damage", DAMAGE)
def test_backup_list_and_restore_work_on_a_damaged_store(capsys, data_dir, damage):
    held = make_store(data_dir)
    DAMAGE[damage](data_dir)
    broken = store_file(data_dir).read_bytes()
    code, out, err = run(capsys, "backup", "list")
    assert (code, err) == (0, "")
    assert held["backup"] in out and "thủ công" in out and "tốt" in out
    code, out, err = run(capsys, "backup", "list", "--json")
    listed = {b["name"]: b for b in json.loads(out)}
    assert listed[held["backup"]]["plans"] == 2 and listed[held["backup"]]["ok"] is True
    code, out, err = run(capsys, "backup", "restore", held["backup"])
    assert (code, err) == (0, ""), err
    assert "Tệp dữ liệu hỏng được giữ lại ở" in out
    kept = list((data_dir / "hong").glob("ccpropa-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == broken
    code, out, err = run(capsys, "plan", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 2
    assert temp_debris(data_dir) == [] and set(backups_state(data_dir).values()) == {"ok"}


def test_backup_salvage_then_restore(capsys, data_dir):
    make_store(data_dir)
    overwrite_page(data_dir, "tasks")
    code, out, err = run(capsys, "backup", "salvage")
    assert (code, err) == (0, ""), err
    assert "Đã cứu dữ liệu vào bản sao lưu" in out and "2 kế hoạch" in out and "đọc được một phần" in out
    name = out.split("ccpropa backup restore ")[-1].strip()
    assert name.endswith("-cuu-du-lieu.sqlite3") and integrity(data_dir / "backups" / name) == "ok"
    code, _out, err = run(capsys, "backup", "restore", name)
    assert code == 0, err
    code, _out, err = run(capsys, "task", "add", "1", "--content", "Việc mới sau khi cứu")
    assert code == 0, err


def test_salvage_of_garbage_exits_2(capsys, data_dir):
    make_store(data_dir)
    garbage(data_dir)
    before = files_in(data_dir)
    code, _, err = run(capsys, "backup", "salvage")
    assert code == 2 and "không cứu được gì" in err
    assert files_in(data_dir) == before


def test_a_damaged_store_as_the_real_program(data_dir):
    make_store(data_dir)
    overwrite_page(data_dir, "tasks")
    result = spawn("task", "list", "1", env_dir=data_dir)
    assert result.returncode == 2 and "bị hỏng" in result.stderr
    no_traceback(result.stderr)


# -- full disk --------------------------------------------------------------------------------------
def test_a_full_disk(capsys, tmp_path, monkeypatch):
    with tiny_disk(tmp_path, 4096) as disk:
        folder = disk / "data"
        monkeypatch.setenv("CCPROPA_DATA_DIR", str(folder))
        make_store(folder)
        fill(disk)
        before, good = files_in(folder), backups_state(folder)
        code, _out, err = run(capsys, "backup", "create")
        assert code == 2 and "ổ đĩa đầy" in err and "Không có tệp nào ghi dở" in err
        no_traceback(err)
        code, _out, err = run(capsys, "plan", "list")
        assert code == 0 and "Lưu ý: Kho dữ liệu đang mở ở chế độ chỉ đọc" in err and "đầy" in err
        code, _out, err = run(capsys, "plan", "render", "1", "--out", str(tmp_path / "kh.pdf"))
        assert code == 0 and (tmp_path / "kh.pdf").read_bytes().startswith(b"%PDF")
        code, _out, err = run(capsys, "task", "edit", "1", "1", "--content", "x")
        assert code == 2 and "Không lưu được thay đổi" in err
        code, _out, err = run(capsys, "plan", "render", "1", "--out", str(folder / "kh.pdf"))
        assert code == 2 and "ổ đĩa đầy" in err  # a render into the full disk: refused, no half file
        assert files_in(folder) == before and backups_state(folder) == good
        assert temp_debris(folder) == []


CHILD = textwrap.dedent("""
    import resource, signal, sys
    from ccpropa_desktop.cli.main import main
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG) instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[1]), resource.RLIM_INFINITY))
    sys.exit(main(sys.argv[2:]))
""")


def test_a_full_disk_without_root(tmp_path, data_dir):
    """The same without mounting anything: a child process whose files may not grow past 64 KB."""
    make_store(data_dir)
    before, good = files_in(data_dir), backups_state(data_dir)
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, CCPROPA_DATA_DIR=str(data_dir), PYTHONIOENCODING="utf-8")
    for args, says in ((["backup", "create"], "ổ đĩa đầy"),
                       (["plan", "new", "--template", "binh-dinh-2024", "--year", "2025"], "ổ đĩa đầy")):
        result = subprocess.run([sys.executable, str(script), str(64 * 1024), *args], capture_output=True,
                                text=True, encoding="utf-8", env=env, cwd=ROOT, timeout=120)
        assert result.returncode == 2, result.stderr
        assert says in result.stderr
        no_traceback(result.stderr)
    assert files_in(data_dir) == before and backups_state(data_dir) == good
    assert integrity(store_file(data_dir)) == "ok" and temp_debris(data_dir) == []


# -- read-only folder -------------------------------------------------------------------------------
def test_a_read_only_folder(capsys, data_dir, tmp_path):
    held = make_store(data_dir)
    before = files_in(data_dir)
    with read_only(data_dir):
        code, _out, err = run(capsys, "plan", "list")
        assert code == 0 and "chế độ chỉ đọc" in err and "chỉ đọc" in err
        for args in (["plan", "render", "1", "--out", str(tmp_path / "kh.docx"), "--format", "docx"],
                     ["report", "render", "1", "--period", "2024-Q1", "--format", "xlsx", "--out",
                      str(tmp_path / "bc.xlsx")], ["backup", "list"], ["unit", "show"]):
            code, _out, err = run(capsys, *args)
            assert code == 0, (args, err)
        for args in (["task", "edit", "1", "1", "--content", "x"], ["unit", "set", "--file",
                                                                     str(DATA / "unit_song_ma.json")],
                     ["backup", "create"], ["backup", "restore", held["backup"]],
                     ["period", "set", "--cutoff-day", "10"]):
            code, _out, err = run(capsys, *args)
            assert code == 2 and "chỉ đọc" in err, (args, err)
            no_traceback(err)
    assert files_in(data_dir) == before


# -- newer ------------------------------------------------------------------------------------------
def test_a_newer_store(capsys, data_dir, tmp_path):
    make_store(data_dir)
    make_newer(data_dir, "9.1.0")
    before = store_file(data_dir).read_bytes()
    code, _out, err = run(capsys, "plan", "list")
    assert code == 0 and "phiên bản mới hơn" in err and "ccpropa 9.1.0" in err
    code, _out, err = run(capsys, "plan", "render", "1", "--out", str(tmp_path / "kh.pdf"))
    assert code == 0
    code, _out, err = run(capsys, "task", "add", "1", "--content", "Việc mới")
    assert code == 2 and "Không lưu được thay đổi" in err and "9.1.0" in err
    assert store_file(data_dir).read_bytes() == before


# -- input at the door ------------------------------------------------------------------------------
def test_period_show_with_a_word_for_a_year(capsys, data_dir):
    code, _, err = run(capsys, "period", "show", "abc")
    assert code == 2 and "Năm “abc” không hợp lệ" in err


def test_unit_file_nested_too_deep(capsys, data_dir, tmp_path):
    path = tmp_path / "unit.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, _, err = run(capsys, "unit", "set", "--file", str(path))
    assert code == 2 and "lồng nhau quá sâu" in err
    no_traceback(err)


def test_signer_name_that_is_a_number(capsys, data_dir, tmp_path):
    unit = json.loads((DATA / "unit_song_ma.json").read_text(encoding="utf-8"))
    unit["signer"]["name"] = 123
    path = tmp_path / "unit.json"
    path.write_text(json.dumps(unit, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "unit", "set", "--file", str(path))
    assert code == 2 and "signer.name" in err and "phải là chuỗi văn bản" in err
    assert "không được để trống" not in err


@pytest.mark.parametrize("content", ["", "   "])
def test_empty_content_is_refused_on_edit_as_on_add(capsys, data_dir, content):
    make_store(data_dir)
    code, _, err = run(capsys, "task", "add", "1", "--content", content)
    assert code == 2
    code, _, err = run(capsys, "task", "edit", "1", "1", "--content", content)
    assert code == 2 and "không được để trống" in err
    code, out, _ = run(capsys, "task", "list", "1", "--json")
    assert json.loads(out)[0]["content"].strip()


def test_attaching_a_folder_says_it_is_a_folder(capsys, data_dir, tmp_path):
    make_store(data_dir)
    code, _, err = run(capsys, "task", "set", "1", "1", "--period", "2024-Q1", "--status", "doing",
                       "--attach", str(tmp_path))
    assert code == 2 and "là một thư mục, không phải tệp" in err


def test_control_and_bidi_characters_are_removed_with_a_note(capsys, data_dir, tmp_path):
    unit = json.loads((DATA / "unit_song_ma.json").read_text(encoding="utf-8"))
    unit["name_lines"][1] = "HUYỆN\x00 SÔNG\u202e MÃ"
    unit["signer"]["name"] = "Nguyễn\x07 Văn\u2066 A"
    path = tmp_path / "unit.json"
    path.write_text(json.dumps(unit, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "unit", "set", "--file", str(path), "--json")
    assert code == 0
    assert "Lưu ý: Đã bỏ 4 ký tự" in err and "U+202E" in err
    saved = json.loads(out)
    assert saved["name_lines"][1] == "HUYỆN SÔNG MÃ" and saved["signer"]["name"] == "Nguyễn Văn A"
    assert saved["short_name"] == "UBND huyện Sông Mã"
    code, out, err = run(capsys, "plan", "new", "--template", "song-ma-2022", "--year", "2024")
    plan = out.strip()
    code, _out, err = run(capsys, "task", "edit", plan, "1", "--content", "Tuyên\u202e truyền\x1b[31m")
    assert code == 0 and "Đã bỏ 2 ký tự" in err
    code, out, err = run(capsys, "report", "edit", plan, "--period", "2024-Q1", "--section", "kien_nghi",
                         "--text", "Kiến\x00 nghị\tmột\r\nhai")
    assert code == 0 and "Đã bỏ 1 ký tự" in err
    code, out, _ = run(capsys, "task", "list", plan, "--json")
    assert json.loads(out)[0]["content"] == "Tuyên truyền[31m"
    docx = tmp_path / "kh.docx"
    code, _, err = run(capsys, "plan", "render", plan, "--format", "docx", "--out", str(docx))
    assert code == 0
    import zipfile

    with zipfile.ZipFile(docx) as zf:
        body = zf.read("word/document.xml").decode("utf-8")
    assert "\u202e" not in body and "\x00" not in body
