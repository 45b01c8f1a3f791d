"""`ccpropa task set`, `task progress`, `plan status`, `period show/set`: the W5 flow from a clean
data folder, JSON output, and refused input (exit 2, Vietnamese message, nothing written)."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from pathlib import Path

import pytest
from cli_run import run, run_json, run_ok, spawn
from conftest import DATA

from ccpropa_desktop.paths import DB_FILENAME


def db_dump(folder: Path) -> tuple:
    conn = sqlite3.connect(folder / DB_FILENAME)
    try:
        dump = tuple(conn.iterdump())
    finally:
        conn.close()
    files = sorted(str(p.relative_to(folder)) for p in folder.rglob("*")
                   if p.is_file() and "backups" not in p.parts)
    return dump, files


def refused(capsys, folder: Path, *argv: str, says: list[str]) -> str:
    before = db_dump(folder)
    code, out, err = run(capsys, *argv)
    assert code == 2, out
    assert err.startswith("Lỗi: ") or "Lỗi: " in err
    assert "Traceback" not in err
    for text in says:
        assert text in err, f"{text!r} not in {err!r}"
    assert db_dump(folder) == before, "something was written"
    return err


@pytest.fixture
def plan(capsys, data_dir) -> str:
    run_ok(capsys, "unit", "set", "--file", str(DATA / "unit_song_ma.json"))
    plan_id = run_ok(capsys, "plan", "new", "--template", "song-ma-2022", "--year", "2022").strip()
    run_ok(capsys, "plan", "issue", plan_id, "--number", "18", "--date", "2022-01-13")
    return plan_id


def test_task_set_and_plan_status(capsys, plan, data_dir, tmp_path) -> None:
    scan = tmp_path / "cv45.pdf"
    scan.write_bytes(b"%PDF-1.4 cong van 45\n")
    out = run_ok(capsys, "task", "set", plan, "2.3", "--period", "2022-Q1", "--status", "done",
                 "--date", "2022-03-10", "--metric", "buoi_phat_thanh=36", "--metric", "kinh_phi=1.500.000",
                 "--evidence", "Công văn số 45/UBND-VHTT", "--attach", str(scan))
    assert "Đã ghi nhiệm vụ 2.3, kỳ quý I năm 2022: Hoàn thành ngày 10/03/2022." in out
    assert "Buổi phát thanh: 36; Kinh phí (đồng): 1.500.000" in out
    assert "Minh chứng: Công văn số 45/UBND-VHTT" in out and "Tệp: cv45.pdf (21 byte, sha256 " in out
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert (data_dir / "attachments" / digest).read_bytes() == scan.read_bytes()

    out = run_ok(capsys, "task", "set", plan, "6", "--period", "2022-H1", "--status", "dropped",
                 "--reason", "Tỉnh chưa mở lớp tập huấn")
    assert "Không thực hiện (lý do: Tỉnh chưa mở lớp tập huấn)" in out
    run_ok(capsys, "task", "set", plan, "3", "--period", "2022-H1", "--status", "done",
           "--date", "2022-05-26", "--metric", "hoi_nghi=1", "--metric", "luot_nguoi=85")
    run_ok(capsys, "task", "set", plan, "4", "--due", "2022-06-30")

    out = run_ok(capsys, "plan", "status", plan, "--on", "2022-07-01")
    lines = out.splitlines()
    assert lines[0] == ("Tình hình thực hiện kế hoạch 1 đến ngày 01/07/2022 "
                        "(kỳ báo cáo tới: quý III năm 2022, hạn 20/09/2022)")
    row = {line.split()[0]: line for line in lines[3:] if line[:1].isdigit()}
    assert row["3"].rstrip().endswith("Hoàn thành       đúng hạn")
    assert row["6"].rstrip().endswith("Không thực hiện  không thực hiện")
    assert "30/06/2022 (đặt tay)" in row["4"] and row["4"].rstrip().endswith("quá hạn")
    assert "hàng tháng, kỳ tới 31/07/2022" in row["2.3"]
    assert "theo nhiệm vụ con, kỳ tới 01/07/2022" in row["2"] and row["2"].rstrip().endswith("quá hạn")
    assert lines[-1].startswith("Tổng: ") and "đúng hạn: 1" in lines[-1]
    for code in ("todo", "doing", "done", "dropped"):  # statuses never show as codes
        assert f" {code} " not in out

    data = run_json(capsys, "plan", "status", plan, "--on", "2022-07-01")
    by_number = {r["number"]: r for r in data["rows"]}
    assert data["on"] == "2022-07-01"
    assert (by_number["3"]["status"], by_number["3"]["status_label"], by_number["3"]["state"],
            by_number["3"]["done_on"]) == ("done", "Hoàn thành", "đúng hạn", "2022-05-26")
    assert by_number["2.2"]["schedule_kind"] == "Hàng tuần" and len(by_number["2.2"]["due_dates"]) == 52
    assert by_number["4"]["manual_due"] is True

    late = run_json(capsys, "plan", "status", plan, "--on", "2022-07-01", "--state", "quá hạn")
    assert {r["number"] for r in late["rows"]} == {"1", "2", "2.1", "2.2", "4"}
    assert all(r["state"] == "quá hạn" for r in late["rows"])


def test_task_set_json_and_progress(capsys, plan) -> None:
    data = run_json(capsys, "task", "set", plan, "2.1", "--period", "2022-Q1", "--status", "doing",
                    "--metric", "tin_bai=18", "--evidence", "https://songma.sonla.gov.vn/cchc")
    assert data["task"] == "2.1"
    assert data["progress"]["status"] == "doing" and data["progress"]["status_label"] == "Đang thực hiện"
    assert data["progress"]["metrics"] == {"tin_bai": 18}
    assert data["schedule_kind"] == "Thường xuyên" and len(data["due_dates"]) == 4
    run_ok(capsys, "task", "set", plan, "2.1", "--period", "2022-Q1", "--metric", "so_video=2")
    h1 = run_json(capsys, "task", "progress", plan, "--period", "2022-H1")
    row = next(r for r in h1 if r["number"] == "2.1")
    assert row["metrics"] == {"tin_bai": 18, "so_video": 2} and row["derived_from"] == ["2022-Q1"]
    out = run_ok(capsys, "task", "progress", plan, "--period", "2022-H1")
    assert out.startswith("Kế hoạch 1 — kỳ 6 tháng đầu năm 2022")
    line = next(x for x in out.splitlines() if x.startswith("2.1 "))
    assert "Đang thực hiện" in line and "Tin, bài: 18; So video: 2" in line and "(theo 2022-Q1)" in line
    assert "Chưa triển khai" in next(x for x in out.splitlines() if x.startswith("3 "))


def test_clear_due(capsys, plan) -> None:
    run_ok(capsys, "task", "set", plan, "6", "--due", "2022-11-30", "--due", "2022-06-30")
    out = run_ok(capsys, "task", "set", plan, "6", "--clear-due")
    assert "dùng lại hạn theo cột Thời gian thực hiện: một lần" in out
    rows = run_json(capsys, "plan", "status", plan, "--on", "2022-07-01")["rows"]
    assert next(r for r in rows if r["number"] == "6")["due_dates"] == ["2022-12-31"]


@pytest.mark.parametrize(("argv", "says"), [
    (["--period", "2022-Q1", "--status", "dropped"], ["cần lý do", "--reason"]),
    (["--period", "2022-Q1", "--status", "done"], ["cần ngày hoàn thành", "--date"]),
    (["--period", "2022-Q1", "--status", "xong"], ["Trạng thái “xong” không hợp lệ", "done (hoàn thành)"]),
    (["--period", "2022-Q1", "--metric", "tin_bai"], ["Chỉ số “tin_bai” không hợp lệ", "TÊN=SỐ"]),
    (["--period", "2022-Q1", "--metric", "tin_bai=ba"], ["không phải là số"]),
    (["--period", "2022-Q1", "--metric", "Tin Bai=3"], ["Tên chỉ số “Tin Bai” không hợp lệ"]),
    (["--period", "2022-Q2", "--status", "doing"], ["Kỳ báo cáo không hợp lệ"]),
    (["--period", "2024-Q1", "--status", "doing"], ["không thuộc năm của kế hoạch"]),
    (["--status", "doing"], ["Cần chọn kỳ"]),
    ([], ["Không có gì để ghi"]),
    (["--period", "2022-Q1", "--status", "done", "--date", "2022-06-01"], ["nằm ngoài", "quý I năm 2022"]),
    (["--period", "2022-Q1", "--attach", "/khong/co.pdf"], ["Không tìm thấy tệp đính kèm"]),
    (["--due", "30/06/2022"], ["NĂM-THÁNG-NGÀY"]),
])
def test_task_set_refused(capsys, plan, data_dir, argv, says) -> None:
    refused(capsys, data_dir, "task", "set", plan, "4", *argv, says=says)


def test_unknown_task_and_plan(capsys, plan, data_dir) -> None:
    refused(capsys, data_dir, "task", "set", plan, "9.9", "--period", "2022-Q1", "--status", "doing",
            says=["không có nhiệm vụ số “9.9”", "2.1"])
    refused(capsys, data_dir, "plan", "status", "42", says=["Không có kế hoạch mã 42"])
    refused(capsys, data_dir, "plan", "status", plan, "--on", "01/07/2022", says=["NĂM-THÁNG-NGÀY"])
    refused(capsys, data_dir, "plan", "status", plan, "--state", "trễ", says=["Tình hình “trễ” không hợp lệ"])


def test_period_show_and_set(capsys, data_dir) -> None:
    out = run_ok(capsys, "period", "show", "2024")
    assert "chốt số liệu ngày 14, hạn báo cáo ngày 20" in out
    assert "2024-H1  6 tháng đầu năm 2024  15/12/2023  14/06/2024  20/06/2024" in out
    assert "Đã lưu lịch báo cáo: chốt số liệu ngày 10, hạn báo cáo ngày 15." in run_ok(
        capsys, "period", "set", "--cutoff-day", "10", "--due-day", "15")
    data = run_json(capsys, "period", "show", "2024")
    assert (data["cutoff_day"], data["due_day"]) == (10, 15)
    q3 = next(p for p in data["periods"] if p["code"] == "2024-Q3")
    assert (q3["from"], q3["to"], q3["due"]) == ("2024-06-11", "2024-09-10", "2024-09-15")
    refused(capsys, data_dir, "period", "set", "--cutoff-day", "30",
            says=["Ngày chốt số liệu phải từ 1 đến 27"])
    refused(capsys, data_dir, "period", "set", says=["Không có gì để ghi"])


def test_help_lists_the_commands(capsys) -> None:
    code, out, _ = run(capsys, "task", "--help")
    assert code == 0 and "set" in out and "progress" in out
    code, out, _ = run(capsys, "plan", "--help")
    assert code == 0 and "status" in out


@pytest.mark.slow
def test_real_executable_prints_vietnamese(tmp_path) -> None:
    def call(*argv: str) -> subprocess.CompletedProcess:
        return spawn(*argv, env_dir=tmp_path / "d", timeout=120)

    assert call("unit", "set", "--file", str(DATA / "unit_song_ma.json")).returncode == 0
    assert call("plan", "new", "--template", "song-ma-2022", "--year", "2022").stdout.strip() == "1"
    done = call("task", "set", "1", "5", "--period", "2022-Q1", "--status", "done", "--date", "2022-02-25")
    assert done.returncode == 0 and "Hoàn thành ngày 25/02/2022" in done.stdout
    bad = call("task", "set", "1", "5", "--period", "2022-Q1", "--status", "dropped", "--reason", "")
    assert bad.returncode == 2 and bad.stderr.startswith("Lỗi: Trạng thái “không thực hiện” cần lý do")
