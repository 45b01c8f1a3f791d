"""`ccpropa templates import FILE|- [--dry-run] [--json] [--id ID]` (issue 4): a summary in Vietnamese,
the template saved (or not), errors as "Lỗi: …" with exit code 2 and nothing written.

The plans imported are written out from the built-in templates (conftest.plan_file); the summary is
also checked on the real seed (skipped on a plain clone, which has no raw seed plans)."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest
from cli_run import run
from conftest import DATA, PLAN_SOURCES, plan_file

from ccpropa_desktop.paths import DB_FILENAME

sys.path.insert(0, str(DATA))
import make_test_docx as make


@pytest.fixture
def song_ma(tmp_path):
    return plan_file(tmp_path, "song-ma-2022")


@pytest.fixture
def binh_dinh(tmp_path):
    return plan_file(tmp_path, "binh-dinh-2024")


@pytest.mark.parametrize("source", PLAN_SOURCES)
def test_import_prints_a_summary_and_saves(capsys, data_dir, tmp_path, source):
    path = plan_file(tmp_path, "binh-dinh-2024", source)
    code, out, err = run(capsys, "templates", "import", "--copy", str(path))
    assert (code, err) == (0, "")
    assert out.startswith("Đã nhập kế hoạch mẫu [binh-dinh-2024-2]")
    assert "Loại: Quyết định ban hành Kế hoạch" in out
    assert "Mục: 16   Nhiệm vụ: 17   Nơi nhận: 15" in out
    assert "Người ký: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Lâm Hải Giang" in out
    assert "Dòng không xếp được (bỏ qua): 0" in out and "cần kiểm tra" not in out
    code, out, _ = run(capsys, "templates", "list")
    assert "binh-dinh-2024-2" in out and "đã nhập" in out
    code, out, _ = run(capsys, "templates", "show", "binh-dinh-2024-2", "--json")
    assert make.differences(json.loads(out), make.builtin("binh-dinh-2024")) == []


def test_json_output(capsys, song_ma):
    code, out, _ = run(capsys, "templates", "import", "--copy", str(song_ma), "--json", "--id",
                       "song-ma-nhap")
    data = json.loads(out)
    assert code == 0 and data["id"] == "song-ma-nhap" and data["saved"] is True
    assert (data["sections"], data["tasks"], data["unplaced"]) == (17, 9, [])
    assert data["template"]["issuer"]["short_name"] == "UBND huyện Sông Mã"


def test_dry_run_creates_no_store(capsys, data_dir, song_ma):
    code, out, err = run(capsys, "templates", "import", str(song_ma), "--dry-run")
    assert (code, err) == (0, "")
    assert out.startswith("Xem trước (--dry-run, chưa lưu) [song-ma-2022-2]")
    assert not (data_dir / DB_FILENAME).exists()


def test_dry_run_on_an_existing_store_writes_nothing(capsys, data_dir, song_ma):
    run(capsys, "templates", "list")
    before = (data_dir / DB_FILENAME).read_bytes()
    assert run(capsys, "templates", "import", str(song_ma), "--dry-run")[0] == 0
    assert run(capsys, "templates", "list")[1].count("đã nhập") == 0
    assert (data_dir / DB_FILENAME).read_bytes() == before


def test_stdin(capsys, monkeypatch, song_ma):
    stdin = io.TextIOWrapper(io.BytesIO(song_ma.read_bytes()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "templates", "import", "--copy", "-", "--json")
    data = json.loads(out)
    assert code == 0 and data["template"]["source"] == "stdin" and data["tasks"] == 9


def test_a_docx_file(capsys, tmp_path):
    path = tmp_path / "bac-kan.docx"
    path.write_bytes(make.build(make.builtin("bac-kan-2024"), legacy="tcvn3"))
    code, out, _ = run(capsys, "templates", "import", "--copy", str(path))
    assert code == 0 and "Word (.docx); bảng mã TCVN3 (ABC) đã chuyển sang Unicode" in out


@pytest.mark.parametrize(("content", "words"), [
    (b"", "trống"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "không phải văn bản Word"),
    ("Chỉ có một dòng chữ, không có bảng.".encode(), "Không nhận ra kế hoạch"),
])
def test_errors_exit_2_in_vietnamese_and_write_nothing(capsys, tmp_path, data_dir, content, words):
    path = tmp_path / ("x.docx" if content.startswith(b"\x89") else "x.txt")
    path.write_bytes(content)
    code, out, err = run(capsys, "templates", "import", "--copy", str(path))
    assert code == 2 and out == ""
    assert err.startswith("Lỗi: ") and words in err
    assert not (data_dir / DB_FILENAME).exists() or "đã nhập" not in run(capsys, "templates", "list")[1]


def test_missing_file_and_taken_id(capsys, tmp_path, song_ma):
    code, _, err = run(capsys, "templates", "import", str(tmp_path / "khong-co.txt"))
    assert code == 2 and "Không tìm thấy tệp" in err
    code, _, err = run(capsys, "templates", "import", "--copy", str(song_ma), "--id", "song-ma-2022")
    assert code == 2 and "Đã có kế hoạch mẫu mã “song-ma-2022”" in err


def test_plan_from_an_imported_template(capsys, binh_dinh):
    assert run(capsys, "unit", "set", "--file", str(DATA / "unit_song_ma.json"))[0] == 0
    assert run(capsys, "templates", "import", "--copy", str(binh_dinh), "--id", "binh-dinh-nhap")[0] == 0
    code, out, err = run(capsys, "plan", "new", "--template", "binh-dinh-nhap", "--year", "2025", "--json")
    assert (code, err) == (0, "")
    plan = json.loads(out)
    assert plan["template_id"] == "binh-dinh-nhap" and plan["year"] == 2025 and plan["tasks"]


def test_pasted_text_lists_the_rows_to_check_apart_from_rows_left_out(capsys, data_dir):
    """Rows cut into cells on a guess are imported and listed to check, each named by its number."""
    pasted = Path(__file__).resolve().parents[1] / "data" / "pasted" / "bac-kan-2024-lo.plain.txt"
    code, out, err = run(capsys, "templates", "import", "--dry-run", str(pasted))
    assert (code, err) == (0, "")
    assert "Dòng không xếp được (bỏ qua): 0" in out
    assert "Dòng đã nhập nhưng cần kiểm tra (các ô được xếp theo phỏng đoán): 11" in out
    rows = [line for line in out.splitlines() if line.startswith("  - Bảng 1, dòng")]
    named = [line.split("“")[1].split("”")[0] for line in rows]
    assert len(named) == 11 and all(re.fullmatch(r"\d+(\.\d+)*", n) for n in named), named
