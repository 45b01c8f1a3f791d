"""`ccpropa plan edit`: every document part of a plan from the command line (issue 11, item 3), and
bad values refused with exit code 2, a Vietnamese message and nothing written."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pdfplumber
import pytest
from cli_run import run, run_json, run_ok
from test_cli import UNIT_FILE, assert_refused

from ccpropa_desktop.paths import DB_FILENAME


@pytest.fixture
def plan_id(capsys, data_dir) -> str:
    run_ok(capsys, "unit", "set", "--file", str(UNIT_FILE))
    return run_ok(capsys, "plan", "new", "--template", "song-ma-2022", "--year", "2024").strip()


def plan_row(folder: Path, plan_id: str) -> dict:
    conn = sqlite3.connect(folder / DB_FILENAME)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("select * from plans where id = ?", [int(plan_id)]).fetchone())
    finally:
        conn.close()


def pdf_text(path: Path) -> str:
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def squash(text: str) -> str:
    return " ".join(text.split())


def test_every_part_is_set_and_printed(capsys, data_dir, plan_id, tmp_path):
    plan = run_json(capsys, "plan", "edit", plan_id, "--title", "Tuyên truyền CCHC năm 2024",
                    "--basis", "Căn cứ Quyết định số 35/QĐ-BNV ngày 22/01/2024 của Bộ Nội vụ",
                    "--basis", "Căn cứ Kế hoạch số 18/KH-UBND ngày 13/01/2024 của UBND tỉnh Sơn La",
                    "--opening", "UBND huyện Sông Mã ban hành Kế hoạch như sau:",
                    "--closing", "Trên đây là Kế hoạch./.",
                    "--appendix-title", "Nhiệm vụ năm 2024",
                    "--appendix-note", "Kèm theo Kế hoạch số 05/KH-UBND",
                    "--signer-authority", "kt. chủ tịch", "--signer-title", "phó chủ tịch",
                    "--signer-name", "Nguyễn Văn Bình",
                    "--recipient", "Sở Nội vụ tỉnh", "--recipient", "Lưu: VT, NV",
                    "--proposer", "Theo đề nghị của Chánh Văn phòng HĐND và UBND huyện.",
                    "--power-basis", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")
    assert plan["title"] == "Tuyên truyền CCHC năm 2024"
    assert plan["signer"] == {"authority": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH", "name": "Nguyễn Văn Bình"}
    assert plan["recipients"] == ["Sở Nội vụ tỉnh", "Lưu: VT, NV"]
    assert plan["proposer"] == "Chánh Văn phòng HĐND và UBND huyện"
    assert plan["power_basis"] == "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"
    assert plan["appendix_note"] == "(Kèm theo Kế hoạch số 05/KH-UBND)"
    row = plan_row(data_dir, plan_id)
    assert json.loads(row["legal_bases"])[1].endswith("UBND tỉnh Sơn La")
    assert row["opening"] == "UBND huyện Sông Mã ban hành Kế hoạch như sau:"

    form_a = tmp_path / "a.pdf"
    run_ok(capsys, "plan", "render", plan_id, "--out", str(form_a))  # not issued: blank number, no mark
    text = squash(pdf_text(form_a))
    assert ("Căn cứ Quyết định số 35/QĐ-BNV ngày 22/01/2024 của Bộ Nội vụ Căn cứ Kế hoạch số 18/KH-UBND "
            "ngày 13/01/2024 của UBND tỉnh Sơn La; UBND huyện Sông Mã ban hành Kế hoạch như sau:") in text
    assert "KT. CHỦ TỊCH" in text and "PHÓ CHỦ TỊCH" in text and "Nguyễn Văn Bình" in text
    assert "TM. ỦY BAN NHÂN DÂN" not in text and "Lò Văn Sinh" not in text  # the unit's signer
    assert "- Sở Nội vụ tỉnh;" in text and "- Lưu: VT, NV." in text and "TT Huyện ủy" not in text
    assert "(Kèm theo Kế hoạch số 05/KH-UBND)" in text and "NHIỆM VỤ NĂM 2024" in text
    assert "Theo đề nghị của" not in text  # form B only

    run_ok(capsys, "plan", "edit", plan_id, "--form", "b")
    form_b = tmp_path / "b.pdf"
    run_ok(capsys, "plan", "render", plan_id, "--out", str(form_b))
    text = squash(pdf_text(form_b))
    assert ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Căn cứ Quyết định số "
            "35/QĐ-BNV") in text
    assert "Theo đề nghị của Chánh Văn phòng HĐND và UBND huyện. QUYẾT ĐỊNH:" in text


def test_defaults_come_back_with_empty_values(capsys, data_dir, plan_id):
    run_ok(capsys, "plan", "edit", plan_id, "--signer-name", "Nguyễn Văn Bình", "--recipient", "Sở Nội vụ",
           "--proposer", "Văn phòng", "--power-basis", "Căn cứ X", "--appendix-note", "(Kèm theo Y)")
    plan = run_json(capsys, "plan", "edit", plan_id, "--signer-name", "", "--unit-recipients",
                    "--proposer", "", "--power-basis", "", "--appendix-note", "")
    assert plan["signer"] == {"authority": "", "title": "", "name": ""}
    assert (plan["recipients"], plan["proposer"], plan["power_basis"], plan["appendix_note"]) == (
        [], None, None, "")
    assert "Nơi nhận: theo hồ sơ đơn vị" in run_ok(capsys, "plan", "show", plan_id)


def test_a_basis_line_that_ends_in_its_own_opening_replaces_the_opening(capsys, data_dir, plan_id):
    plan = run_json(capsys, "plan", "show", plan_id)
    assert plan["opening"].startswith("UBND huyện Sông Mã xây dựng Kế hoạch")  # read apart from the căn cứ
    line = ("Căn cứ Quyết định số 5307/QĐ-UBND ngày 29/12/2021 của Chủ tịch UBND huyện Sông Mã, "
            "UBND huyện Sông Mã xây dựng Kế hoạch tuyên truyền năm 2024, như sau:")
    plan = run_json(capsys, "plan", "edit", plan_id, "--basis", line)
    assert (plan["legal_bases"], plan["opening"]) == ([line], "")
    run_ok(capsys, "plan", "edit", plan_id, "--no-basis")
    assert json.loads(plan_row(data_dir, plan_id)["legal_bases"]) == []


@pytest.mark.parametrize(("args", "says"), [
    (["--form", "C"], ["Hình thức ban hành “C” không hợp lệ", "A (Kế hoạch)"]),
    (["--signer-authority", "T/M UBND"], ["Quyền hạn ký “T/M UBND” không hợp lệ",
                                          "TM., KT., Q., TL. hoặc TUQ."]),
    (["--signer-name", "Bình", "--signer-authority", "Chủ tịch"], ["Quyền hạn ký"]),
    (["--title", "   "], ["Trích yếu không được để trống"]),
    (["--appendix-title", ""], ["Tên phụ lục không được để trống"]),
    (["--basis", "Căn cứ X", "--no-basis"], ["--basis", "--no-basis"]),
    (["--recipient", "Sở Nội vụ", "--unit-recipients"], ["--recipient", "--unit-recipients"]),
    ([], ["Không có gì để sửa"]),
])
def test_bad_values_are_refused_and_nothing_is_written(capsys, data_dir, plan_id, args, says):
    before = plan_row(data_dir, plan_id)
    assert_refused(capsys, data_dir, "plan", "edit", plan_id, *args, says=says)
    assert plan_row(data_dir, plan_id) == before


def test_an_unknown_plan_is_refused(capsys, data_dir, plan_id):
    code, _, err = run(capsys, "plan", "edit", "99", "--title", "X")
    assert code == 2 and "Không có kế hoạch mã 99" in err


def test_help_is_vietnamese(capsys, data_dir):
    code, out, _ = run(capsys, "plan", "edit", "--help")
    assert code == 0
    for text in ("quyền hạn ký", "--signer-title", "--recipient", "--appendix-note", "--proposer",
                 "Luật Tổ chức chính quyền địa phương", "dùng lại Nơi nhận của hồ sơ đơn vị"):
        assert text in squash(out)
