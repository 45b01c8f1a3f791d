"""`ccpropa report draft|edit|render|issue` on the worked example, in a data folder like a user's."""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

import openpyxl
import pdfplumber
import pytest
from cli_run import run, run_json, run_ok
from data.worked_example import load_worked_example
from test_cli import snapshot

from ccpropa_desktop.cli import report_cli
from ccpropa_desktop.cli.main import build_parser
from ccpropa_desktop.paths import DB_FILENAME
from ccpropa_desktop.services.session import open_store

P = "2022-H1"


@pytest.fixture
def pid(data_dir: Path) -> str:
    store = open_store(data_dir)  # with today's backup, as the first command would make it
    try:
        return str(load_worked_example(store))
    finally:
        store.close()


def prose(data_dir: Path) -> list[tuple]:
    conn = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        return conn.execute("select period, section, text from report_prose order by section").fetchall()
    finally:
        conn.close()


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def test_draft_prints_the_report_and_what_is_left_to_write(capsys, pid: str) -> None:
    out = run_ok(capsys, "report", "draft", pid, "--period", P)
    lines = out.splitlines()
    assert lines[:2] == ["BÁO CÁO", "Kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính "
                                    "6 tháng đầu năm 2022"]
    assert "Kính gửi: Sở Nội vụ tỉnh" in lines
    assert "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" in lines
    assert "    Tỷ lệ hoàn thành: 28,6% (2/7 nhiệm vụ, không tính nhiệm vụ không thực hiện)." in lines
    assert lines[lines.index("Nơi nhận:") + 1] == "- Như trên"
    assert "Cần soạn trước khi ban hành: nguyen_nhan, kien_nghi." in lines


def test_draft_json(capsys, pid: str) -> None:
    data = run_json(capsys, "report", "draft", pid, "--period", P)
    assert data["period"] == P and data["plan"]["number"] == "18/KH-UBND"
    assert data["completion"] == {"total": 8, "done": 2, "doing": 5, "todo": 0, "dropped": 1, "rate": 2 / 7}
    assert data["totals"]["tin_bai"] == 47
    assert data["sections"]["kien_nghi"]["placeholder"] is True


def test_edit_is_stored_and_kept_by_the_next_draft(capsys, pid: str, data_dir: Path, tmp_path: Path) -> None:
    out = run_ok(capsys, "report", "edit", pid, "--period", P, "--section", "kien_nghi",
                 "--text", "Đề nghị Sở Nội vụ mở lớp tập huấn về Chỉ số CCHC.")
    assert "Đã lưu mục kien_nghi" in out
    source = tmp_path / "nguyen-nhan.txt"
    source.write_text("\ufeffKinh phí còn hạn hẹp.\nMột số đơn vị chưa quan tâm.\n", encoding="utf-8")
    run_ok(capsys, "report", "edit", pid, "--period", P, "--section", "nguyen_nhan", "--file", str(source))
    assert prose(data_dir) == [(P, "kien_nghi", "Đề nghị Sở Nội vụ mở lớp tập huấn về Chỉ số CCHC."),
                               (P, "nguyen_nhan", "Kinh phí còn hạn hẹp.\nMột số đơn vị chưa quan tâm.")]
    run_ok(capsys, "task", "set", pid, "2.1", "--period", P, "--status", "done", "--date", "2022-06-10")
    out = run_ok(capsys, "report", "draft", pid, "--period", P)
    assert "    Đề nghị Sở Nội vụ mở lớp tập huấn về Chỉ số CCHC." in out.splitlines()
    assert "    Một số đơn vị chưa quan tâm." in out.splitlines()
    assert "Tỷ lệ hoàn thành: 42,9% (3/7" in out
    assert "Cần soạn" not in out
    out = run_ok(capsys, "report", "edit", pid, "--period", P, "--section", "kien_nghi", "--clear")
    assert "dùng lại nội dung tự soạn" in out
    assert [row[1] for row in prose(data_dir)] == ["nguyen_nhan"]


@pytest.mark.parametrize(("argv", "says"), [
    (["--section", "ket_luan", "--text", "x"], "Không có mục “ket_luan” trong báo cáo"),
    (["--section", "kien_nghi", "--file", "khong-co.txt"], "Không có tệp khong-co.txt"),
])
def test_bad_edits_change_nothing(capsys, pid: str, data_dir: Path, argv: list[str], says: str) -> None:
    before = snapshot(data_dir)
    code, out, err = run(capsys, "report", "edit", pid, "--period", P, *argv)
    assert code == 2 and out == "" and err.startswith("Lỗi: ") and says in err
    assert snapshot(data_dir) == before


def test_bad_period(capsys, pid: str) -> None:
    code, _out, err = run(capsys, "report", "draft", pid, "--period", "2022-Q2")
    assert code == 2 and "Kỳ báo cáo không hợp lệ: «2022-Q2»" in err


def test_render_three_formats(capsys, pid: str, tmp_path: Path) -> None:
    for fmt in ("pdf", "docx", "xlsx"):
        out = run_ok(capsys, "report", "render", pid, "--period", P, "--format", fmt,
                     "--out", str(tmp_path / f"bc.{fmt}"))
        assert out.startswith(f"Đã ghi {tmp_path / f'bc.{fmt}'}") and "bản dự thảo" in out
    text = pdf_text(tmp_path / "bc.pdf")
    assert "DỰ THẢO" in text and "BÁO CÁO" in text
    wb = openpyxl.load_workbook(tmp_path / "bc.xlsx")
    assert wb.sheetnames == ["Biểu tổng hợp", "Số liệu"]
    with (tmp_path / "bc.docx").open("rb") as f:
        assert f.read(2) == b"PK"


def test_render_issued_and_issue(capsys, pid: str, tmp_path: Path) -> None:
    out_file = tmp_path / "bc.pdf"
    run_ok(capsys, "report", "render", pid, "--period", P, "--out", str(out_file), "--number", "25",
           "--date", "2022-06-18")
    text = pdf_text(out_file)
    assert "Số: 25/BC-UBND" in text and "DỰ THẢO" not in text
    out = run_ok(capsys, "report", "issue", pid, "--period", P, "--number", "7", "--date", "2022-06-19")
    assert "số 07/BC-UBND, ngày 19/06/2022" in out
    data = json.loads(run_ok(capsys, "report", "render", pid, "--period", P, "--out", str(out_file),
                             "--json"))
    assert data["draft"] is False
    assert "Số: 07/BC-UBND" in pdf_text(out_file)
    run_ok(capsys, "report", "render", pid, "--period", P, "--out", str(out_file), "--draft")
    assert "DỰ THẢO" in pdf_text(out_file)


@pytest.mark.parametrize(("argv", "says"), [
    (["--draft", "--number", "25", "--date", "2022-06-18"], "Chọn một: --draft"),
    (["--number", "25"], "Cần ngày ban hành báo cáo (--date)"),
    (["--date", "2022-06-18"], "Cần số báo cáo (--number)"),
    (["--number", "25", "--date", "18/06/2022"], "Ngày “18/06/2022” không hợp lệ"),
])
def test_render_refuses_bad_options(capsys, pid: str, tmp_path: Path, argv: list[str], says: str) -> None:
    out_file = tmp_path / "bc.pdf"
    code, _out, err = run(capsys, "report", "render", pid, "--period", P, "--out", str(out_file), *argv)
    assert code == 2 and says in err
    assert not out_file.exists()


def test_register_hands_the_report_group_on() -> None:
    """report_cli puts its sub-parsers in `existing["report"]` for `report package` (packages)."""
    parser = argparse.ArgumentParser()
    groups = parser.add_subparsers(dest="group")

    def group(name: str, help_text: str) -> argparse._SubParsersAction:
        return groups.add_parser(name, help=help_text).add_subparsers(dest="action")

    def cmd(sub, name, handler, help_text):
        p = sub.add_parser(name, help=help_text)
        p.set_defaults(handler=handler)
        return p

    existing: dict = {}
    report_cli.register(group, cmd, existing)
    assert set(existing["report"].choices) == {"draft", "edit", "render", "issue"}
    assert existing["report"] is groups.choices["report"]._subparsers._group_actions[0]


def test_report_group_is_shared_with_the_package_command() -> None:
    parser = build_parser()
    groups = next(a for a in parser._actions if a.dest == "group")
    report = groups.choices["report"]
    actions = next(a for a in report._actions if a.dest == "action")
    assert {"draft", "edit", "render", "issue", "package"} <= set(actions.choices)


def test_render_without_a_unit(capsys, data_dir: Path, tmp_path: Path) -> None:
    code, _out, err = run(capsys, "report", "render", "1", "--period", P, "--out", str(tmp_path / "x.pdf"))
    assert code == 2 and err.startswith("Lỗi: ")
    assert not (tmp_path / "x.pdf").exists()


def test_formats_match_the_service() -> None:
    from ccpropa_desktop.services import reports

    assert report_cli.FORMATS == reports.FORMATS
