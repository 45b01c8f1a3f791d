"""`ccpropa plan sheets`, `plan recipients`, `evidence binder` (issue 15, items 3 and 4) on the worked
example, in a data folder like a user's; bad input: a Vietnamese message, exit 2, nothing written."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from cli_run import run, run_json, run_ok
from data.worked_example import load_worked_example

from ccpropa_desktop.services import plans
from ccpropa_desktop.services.session import open_store

FILES = ["nhiem-vu-buu-dien-huyen.pdf", "nhiem-vu-phong-noi-vu.pdf",
         "nhiem-vu-phong-van-hoa-va-thong-tin.pdf", "nhiem-vu-trung-tam-truyen-thong-van-hoa-huyen.pdf",
         "nhiem-vu-ubnd-cac-xa-thi-tran.pdf", "nhiem-vu-van-phong-hdnd-va-ubnd-huyen.pdf"]


@pytest.fixture
def pid(data_dir: Path) -> str:
    store = open_store(data_dir)
    try:
        return str(load_worked_example(store))
    finally:
        store.close()


def test_plan_sheets_writes_one_pdf_per_agency(capsys, pid, tmp_path):
    out = tmp_path / "phieu"
    text = run_ok(capsys, "plan", "sheets", pid, "--out", str(out))
    assert sorted(p.name for p in out.iterdir()) == FILES
    lines = text.splitlines()
    assert lines[0] == f"Đã ghi 6 phiếu nhiệm vụ của kế hoạch {pid} (phiên bản 1 đã ban hành) vào {out}:"
    row = next(line for line in lines if line.startswith("Phòng Văn hóa và Thông tin"))
    assert row.split() == ["Phòng", "Văn", "hóa", "và", "Thông", "tin", "cơ", "quan", "3,", "4", "—",
                           "nhiem-vu-phong-van-hoa-va-thong-tin.pdf"]
    assert "Báo cáo kết quả gửi về: Phòng Nội vụ." in lines
    with pdfplumber.open(out / "nhiem-vu-buu-dien-huyen.pdf") as pdf:
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "NHIỆM VỤ CỦA BƯU ĐIỆN HUYỆN" in text and "30/06/2022" in text


def test_plan_sheets_json_and_docx(capsys, pid, tmp_path):
    data = run_json(capsys, "plan", "sheets", pid, "--out", str(tmp_path / "d"), "--format", "docx",
                    "--report-day", "12")
    assert data["format"] == "docx" and data["version"] == 1 and not data["draft"]
    vhtt = next(s for s in data["sheets"] if s["agency"] == "Phòng Văn hóa và Thông tin")
    assert (vhtt["lead"], vhtt["partner"], vhtt["common"]) == (["3", "4"], [], ["1"])
    assert vhtt["reports"][0] == {"period": "2022-Q1", "due": "2022-03-12", "tasks": ["1", "4"]}
    assert Path(vhtt["file"]).name == "nhiem-vu-phong-van-hoa-va-thong-tin.docx"
    assert sorted(data["related"]) == ["2.1", "2.2", "2.3", "3", "6"]


def test_plan_sheets_bad_input(capsys, pid, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for argv, message in (
        (["plan", "sheets", "99", "--out", str(tmp_path / "o")], "Không có kế hoạch mã 99"),
        (["plan", "sheets", pid, "--out", str(blocker)], "là một tệp, không phải thư mục"),
        (["plan", "sheets", pid, "--out", str(blocker / "sub")], "Không ghi được vào thư mục"),
        (["plan", "sheets", pid, "--out", str(tmp_path / "o"), "--version", "5"],
         "không có phiên bản đã ban hành số 5"),
        (["plan", "sheets", pid, "--out", str(tmp_path / "o"), "--version", "x"],
         "Phiên bản “x” không hợp lệ"),
        (["plan", "sheets", pid, "--out", str(tmp_path / "o"), "--report-day", "25"], "Ngày gửi báo cáo"),
        (["plan", "sheets", pid, "--out", str(tmp_path / "o"), "--draft", "--version", "1"], "Chọn một"),
    ):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == "", argv
        assert err.startswith("Lỗi: ") and message in err, err
    assert not (tmp_path / "o").exists() and blocker.read_text() == "x"
    assert not list(tmp_path.rglob(".ccpropa-*")) and not list(tmp_path.rglob("nhiem-vu-*"))
    code, _, err = run(capsys, "plan", "sheets", pid, "--out", str(tmp_path / "o"), "--format", "odt")
    assert code == 2 and "Lỗi: tham số không hợp lệ" in err


def test_plan_recipients_propose_then_apply(capsys, pid, data_dir):
    shown = run_ok(capsys, "plan", "recipients", pid).splitlines()
    assert shown[0] == f"Nơi nhận của kế hoạch {pid} (theo hồ sơ đơn vị):"
    assert shown[-1].startswith("Phụ lục còn nêu 4 cơ quan chưa có trong Nơi nhận")
    proposed = run_ok(capsys, "plan", "recipients", pid, "--propose").splitlines()
    assert "- Bưu điện huyện   (mới)" in proposed
    assert proposed[-2] == "- Lưu: VT, NV, 100b"
    assert proposed[-1].startswith(f"Đồng ý thì lưu bằng: ccpropa plan recipients {pid} --apply")
    store = open_store(data_dir)
    try:
        assert plans.get_plan(store, pid).recipients == []
    finally:
        store.close()
    data = run_json(capsys, "plan", "recipients", pid, "--apply")
    assert data["source"] == "unit" and len(data["added"]) == 4
    again = run_json(capsys, "plan", "recipients", pid, "--propose")
    assert again["source"] == "plan" and again["added"] == [] and again["current"] == data["proposed"]
    code, _, err = run(capsys, "plan", "recipients", "x")
    assert code == 2 and "Mã kế hoạch “x” không hợp lệ" in err


def test_evidence_binder(capsys, pid, tmp_path):
    out = tmp_path / "ho-so.zip"
    lines = run_ok(capsys, "evidence", "binder", pid, "--period", "2022-H1", "--out", str(out)).splitlines()
    assert lines[0].startswith(f"Đã ghi {out} (") and "hồ sơ kiểm chứng 6 tháng đầu năm 2022" in lines[0]
    assert lines[1] == ("9 nhiệm vụ; 10 tài liệu kiểm chứng (1 tệp đính kèm); 4 tệp trong hồ sơ, mã kiểm "
                        "tra trong manifest.json.")
    with zipfile.ZipFile(out) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        for entry in manifest["files"]:
            assert hashlib.sha256(zf.read(entry["path"])).hexdigest() == entry["sha256"]
    data = run_json(capsys, "evidence", "binder", pid, "--period", "2022-Q3", "--out", str(out))
    assert data["missing_tasks"] == ["1", "2.1", "2.2", "2.3", "4"]
    text = run_ok(capsys, "evidence", "binder", pid, "--period", "2022-Q3", "--out", str(out))
    assert "Chưa có tài liệu kiểm chứng: nhiệm vụ 1, 2.1, 2.2, 2.3, 4." in text


def test_evidence_binder_bad_input(capsys, pid, tmp_path):
    out = tmp_path / "hs.zip"
    for argv, message in (
        (["evidence", "binder", "99", "--period", "2022-H1", "--out", str(out)], "Không có kế hoạch mã 99"),
        (["evidence", "binder", pid, "--period", "2022-Q2", "--out", str(out)], "Kỳ báo cáo không hợp lệ"),
        (["evidence", "binder", pid, "--period", "2021", "--out", str(out)], "không thuộc năm của kế hoạch"),
        (["evidence", "binder", pid, "--period", "2022-H1", "--out", str(tmp_path / "no" / "hs.zip")],
         "không có thư mục"),
        (["evidence", "binder", pid, "--period", "2022-H1", "--out", str(tmp_path)], "là một thư mục"),
    ):
        code, text, err = run(capsys, *argv)
        assert (code, text) == (2, ""), argv
        assert err.startswith("Lỗi: ") and message in err, err
    code, _, err = run(capsys, "evidence", "binder", pid, "--out", str(out))
    assert code == 2 and "--period" in err
    assert not out.exists() and not (tmp_path / "no").exists()
    assert not list(tmp_path.rglob("*.zip")) and not list(tmp_path.rglob("*.tmp"))
