"""The evidence binder (issue 15, item 4) of the worked example: its index against the store, every
file in the zip against the manifest's checksum, missing evidence listed, nothing half-written."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile

import pdfplumber
import pytest
from data.worked_example import load_worked_example

from ccpropa_desktop.domain.binder import DAMAGED_FILE, MISSING_FILE, NO_EVIDENCE, covered_periods
from ccpropa_desktop.domain.periods import parse_period
from ccpropa_desktop.errors import NotFound, UserError
from ccpropa_desktop.services import binder, issuing, plans, reports, tracking
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.store import tracking as tracking_db

NOW = dt.datetime(2022, 6, 18, 9, 30)


@pytest.fixture
def worked(tmp_path):
    store = open_store(tmp_path / "data", daily_backup=False)
    plan_id = load_worked_example(store)
    yield store, plan_id
    store.close()


def members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def pdf_text(data: bytes) -> str:
    """The index's text: the paragraphs, then every table cell (each cell's lines joined), so that a
    cell reads as one string whatever the columns beside it."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        parts = [" ".join((page.extract_text() or "").split()) for page in pdf.pages]
        for page in pdf.pages:
            for table in page.extract_tables():
                parts += [" ".join((cell or "").split()) for row in table for cell in row]
    return " | ".join(parts)


def index_rows(data: bytes) -> list[list[str]]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        rows = [[" ".join((c or "").split()) for c in row] for page in pdf.pages
                for table in page.extract_tables() for row in table]
    return [r for r in rows if r[0] != "TT"]


def test_every_file_matches_its_checksum(worked, tmp_path):
    store, plan_id = worked
    out = tmp_path / "ho-so.zip"
    result = binder.make_binder(store, plan_id, "2022-H1", out, now=NOW)
    files = members(out)
    manifest = json.loads(files.pop("manifest.json"))
    assert manifest["format"] == "ccpropa-evidence-binder" and manifest["period"]["code"] == "2022-H1"
    listed = {f["path"]: f for f in manifest["files"]}
    assert set(listed) == set(files)
    for name, data in files.items():
        assert hashlib.sha256(data).hexdigest() == listed[name]["sha256"], name
        assert len(data) == listed[name]["size"], name
    assert binder.verify_binder(out) == []
    attached_name = "nhiem-vu-3/TL-07-bien-ban-toa-dam-26-5-2022.txt"
    assert sorted(files) == ["00-danh-muc-tai-lieu-kiem-chung.pdf", "01-ke-hoach-so-18-kh-ubnd.pdf",
                             "02-bao-cao-2022-h1-du-thao.pdf", attached_name]
    # the plan is the issued version byte for byte, the report the period's (a draft: not issued)
    assert files["01-ke-hoach-so-18-kh-ubnd.pdf"] == issuing.render_version(store, plan_id, 1, "pdf").data
    assert files["02-bao-cao-2022-h1-du-thao.pdf"] == reports.render_report(store, plan_id, "2022-H1", "pdf")
    # the attached file is the officer's, byte for byte
    attached = tracking.get_progress(store, plan_id, "2022-H1")
    sha = next(a.sha256 for p in attached.values() for a in p.attachments)
    assert files[attached_name] == tracking.attachment_path(store, sha).read_bytes()
    assert result.size == out.stat().st_size
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_the_index_against_the_store(worked, tmp_path):
    store, plan_id = worked
    result = binder.make_binder(store, plan_id, "2022-H1", tmp_path / "hs.zip", now=NOW)
    index = result.index
    plan = plans.get_plan(store, plan_id)
    progress = tracking.get_progress(store, plan_id, "2022-H1")
    periods = [p.code for p in covered_periods(parse_period("2022-H1"))]
    assert periods == ["2022-Q1", "2022-H1"]
    records = tracking_db.records_for_plan(store, plan_id, periods)
    assert [t.number for t in index.tasks] == [t.number for t in plan.tasks]
    expected_lines, expected_files = [], []
    for task, entry in zip(plan.tasks, index.tasks, strict=True):
        assert entry.status is progress[task.id].status
        lines = []
        for code in periods:
            record = records.get(task.id, {}).get(code)
            for line in record.evidence if record else []:
                if line not in lines:
                    lines.append(line)
        assert [e.text for e in entry.evidence if e.kind != "file"] == lines, task.number
        expected_lines += lines
        expected_files += [e for e in entry.evidence if e.kind == "file"]
    # numbered TL-01 … in plan order, no gaps
    assert [e.code for e in index.items] == [f"TL-{i:02d}" for i in range(1, index.item_count + 1)]
    assert index.item_count == len(expected_lines) + len(expected_files) == 10
    # task 2.2's H1 record has no evidence line: the quý I one is kept
    assert [e.text for e in index.tasks[3].evidence] == [
        "Chuyên mục “Cải cách hành chính” phát sóng tối thứ Năm hằng tuần"]
    # the index PDF says all of it
    text = pdf_text(members(result.path)["00-danh-muc-tai-lieu-kiem-chung.pdf"])
    assert "DANH MỤC TÀI LIỆU KIỂM CHỨNG" in text and "Kỳ báo cáo 6 tháng đầu năm 2022" in text
    for item in index.items:
        assert item.code in text
    assert "TL-07. Tệp đính kèm: bien-ban-toa-dam-26-5-2022.txt (178 byte)" in text
    assert "Kế hoạch số 18/KH-UBND ngày 13/01/2022 (phiên bản 1) (tệp 01-ke-hoach-so-18-kh-ubnd.pdf)" in text
    assert "Không thực hiện: Sở Nội vụ tỉnh Sơn La chưa mở lớp tập huấn" in text
    assert "Mọi nhiệm vụ đã triển khai đều có tài liệu kiểm chứng." in text


def test_missing_evidence_is_listed_never_hidden(worked, tmp_path):
    store, plan_id = worked
    tracking.set_progress(store, plan_id, "2.2", "2022-Q3", status="doing", metrics={"chuyen_muc": 12})
    attached = [a for p in tracking.get_progress(store, plan_id, "2022-H1").values() for a in p.attachments]
    tracking.attachment_path(store, attached[0].sha256).unlink()  # the file is gone from the store
    result = binder.make_binder(store, plan_id, "2022-Q3", tmp_path / "q3.zip", now=NOW)
    index = result.index
    # quý III adds up nothing earlier: only tasks whose status carries over from an earlier period
    # ("hoàn thành" 3 and 5, "không thực hiện" 6) come with that period's evidence
    assert index.missing_tasks == ["1", "2.1", "2.2", "2.3", "4"]
    carried = {t.number: [e.period for e in t.evidence] for t in index.tasks if t.evidence}
    assert carried == {"3": ["2022-H1", "2022-H1"], "5": ["2022-Q1"], "6": ["2022-H1"]}
    data = members(result.path)["00-danh-muc-tai-lieu-kiem-chung.pdf"]
    cells = {row[0]: row[3] for row in index_rows(data)}
    assert [n for n, cell in cells.items() if cell == NO_EVIDENCE] == index.missing_tasks
    assert cells["2"] == "Xem các nhiệm vụ 2.1, 2.2, 2.3"
    text = pdf_text(data)
    assert "Chưa có tài liệu kiểm chứng: 5 nhiệm vụ (1, 2.1, 2.2, 2.3, 4)." in text

    year = binder.make_binder(store, plan_id, "2022", tmp_path / "nam.zip", now=NOW)
    gone = [e for e in year.index.items if e.kind == "file"]
    assert [e.problem for e in gone] == [MISSING_FILE]
    assert [n for n in members(year.path) if n.startswith("nhiem-vu-")] == []
    text = pdf_text(members(year.path)["00-danh-muc-tai-lieu-kiem-chung.pdf"])
    assert f"{gone[0].code}. THIẾU TỆP" in text and "bien-ban-toa-dam-26-5-2022.txt" in text
    assert binder.verify_binder(year.path) == []


def test_a_damaged_file_is_included_and_flagged(worked, tmp_path):
    store, plan_id = worked
    attached = [a for p in tracking.get_progress(store, plan_id, "2022-H1").values() for a in p.attachments]
    tracking.attachment_path(store, attached[0].sha256).write_bytes(b"changed on disk")
    result = binder.make_binder(store, plan_id, "2022-H1", tmp_path / "hs.zip", now=NOW)
    damaged = [e for e in result.index.items if e.kind == "file"]
    assert [e.problem for e in damaged] == [DAMAGED_FILE]
    assert members(result.path)[damaged[0].path] == b"changed on disk"
    assert binder.verify_binder(result.path) == []  # the manifest holds what is in the zip
    text = pdf_text(members(result.path)["00-danh-muc-tai-lieu-kiem-chung.pdf"])
    assert "TỆP BỊ HỎNG" in text


def test_a_plan_never_issued_and_an_issued_report(store, song_ma_unit, tmp_path):
    plan = plans.create_plan(store, "song-ma-2022", 2022)
    reports.issue_report(store, plan.id, "2022-Q1", 9, "2022-03-18")
    result = binder.make_binder(store, plan.id, "2022-Q1", tmp_path / "q1.zip", now=NOW)
    names = sorted(members(result.path))
    assert names == ["00-danh-muc-tai-lieu-kiem-chung.pdf", "01-ke-hoach-du-thao.pdf",
                     "02-bao-cao-2022-q1.pdf", "manifest.json"]
    text = pdf_text(members(result.path)["00-danh-muc-tai-lieu-kiem-chung.pdf"])
    assert "Kế hoạch (bản dự thảo, chưa ban hành)" in text
    assert "Báo cáo số 09/BC-UBND ngày 18/03/2022 kết quả quý I năm 2022" in text
    assert json.loads(members(result.path)["manifest.json"])["plan"]["draft"] is True


def test_bad_input_writes_nothing(worked, tmp_path, monkeypatch):
    store, plan_id = worked
    out = tmp_path / "hs.zip"
    with pytest.raises(NotFound, match="Không có kế hoạch mã 99"):
        binder.make_binder(store, 99, "2022-H1", out)
    with pytest.raises(UserError, match="Kỳ báo cáo không hợp lệ"):
        binder.make_binder(store, plan_id, "2022-Q2", out)
    with pytest.raises(UserError, match="không thuộc năm của kế hoạch"):
        binder.make_binder(store, plan_id, "2023-H1", out)
    with pytest.raises(UserError, match="không có thư mục"):
        binder.make_binder(store, plan_id, "2022-H1", tmp_path / "khong-co" / "hs.zip")
    with pytest.raises(UserError, match="là một thư mục"):
        binder.make_binder(store, plan_id, "2022-H1", tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(UserError, match="không có thư mục"):
        binder.make_binder(store, plan_id, "2022-H1", blocker / "hs.zip")

    def broken(*_args, **_kwargs):  # the index fails after the attached files went in
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(binder, "render_bytes", broken)
    with pytest.raises(UserError, match="No space left on device"):
        binder.make_binder(store, plan_id, "2022-H1", out)
    assert not out.exists() and not (tmp_path / "khong-co").exists() and blocker.read_text() == "x"
    assert not list(tmp_path.rglob("*.zip")) and not list(tmp_path.rglob("*.tmp"))
