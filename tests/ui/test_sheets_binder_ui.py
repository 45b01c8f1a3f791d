"""Issue 15 in the window: «Phiếu nhiệm vụ cho từng cơ quan…» on the issue page writes one PDF per
agency into a folder off the UI thread, then offers to open the folder; «Hồ sơ kiểm chứng…» on the
reports page writes the period's evidence binder."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pdfplumber
import pytest
from data.worked_example import load_worked_example
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QPushButton

from ccpropa_desktop.services import binder, issuing
from ccpropa_desktop.ui import export_dialog, tasks
from ccpropa_desktop.ui.export_dialog import WrittenDialog
from ccpropa_desktop.ui.pages import reports as reports_page


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not tasks.busy() and page.is_ready(), timeout=30000)


def first_page_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return " ".join((pdf.pages[0].extract_text() or "").split())


@pytest.fixture
def opened(monkeypatch) -> list:
    seen: list = []
    monkeypatch.setattr(export_dialog, "open_folder", lambda folder: seen.append(folder) or True)
    return seen


def answer_box(box: WrittenDialog, text: str) -> None:
    button = next(b for b in box.findChildren(QPushButton) if b.text() == text)
    button.click()


def test_issue_page_writes_the_task_sheets(ctx_with_plan, window, qtbot, tmp_path, monkeypatch, opened):
    page = window.show_page("issue")
    settle(qtbot, page)
    folder = tmp_path / "phieu"
    folder.mkdir()
    asked = []

    def pick(parent, title, start):
        asked.append(title)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", pick)
    assert page.sheets_button.text() == "Phiếu nhiệm vụ cho từng cơ quan…"
    click(qtbot, page.sheets_button)  # the draft is on screen: sheets of the draft
    settle(qtbot, page)
    assert asked == ["Chọn thư mục ghi phiếu nhiệm vụ"]
    names = sorted(p.name for p in folder.iterdir())
    assert "nhiem-vu-phong-noi-vu.pdf" in names and len(names) == 6
    text = first_page_text((folder / "nhiem-vu-phong-noi-vu.pdf").read_bytes())
    assert "NHIỆM VỤ CỦA PHÒNG NỘI VỤ" in text and "Trích dự thảo Kế hoạch" in text
    box = page.written_box
    assert isinstance(box, WrittenDialog) and box.isVisible()
    assert box.text().startswith(f"Đã ghi 6 phiếu nhiệm vụ vào thư mục {folder}.")
    assert "trích dự thảo" in box.text()
    answer_box(box, "Mở thư mục")
    assert opened == [folder]
    assert ctx_with_plan.setting("export/folder") == str(folder)

    issuing.issue_plan(ctx_with_plan.store, ctx_with_plan.current_plan_id, "18", "2022-01-13")
    page.refresh()
    settle(qtbot, page)
    assert page.preview == ("version", 1)
    click(qtbot, page.sheets_button)
    settle(qtbot, page)
    text = first_page_text((folder / "nhiem-vu-phong-noi-vu.pdf").read_bytes())
    assert "Trích Kế hoạch số 18/KH-UBND ngày 13 tháng 01 năm 2022" in text
    assert "dự thảo" not in page.written_box.text()
    answer_box(page.written_box, "Đóng")
    assert opened == [folder]


def test_a_folder_that_cannot_be_written_is_said_plainly(ctx_with_plan, window, qtbot, tmp_path, monkeypatch):
    page = window.show_page("issue")
    settle(qtbot, page)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(blocker))
    shown = []
    monkeypatch.setattr(tasks, "show_error", lambda parent, exc: shown.append(exc))
    click(qtbot, page.sheets_button)
    qtbot.waitUntil(lambda: not tasks.busy(), timeout=30000)
    assert [e.code for e in shown] == ["out_not_dir"]
    assert page.written_box is None and page.sheets_button.isEnabled()


def test_reports_page_makes_the_evidence_binder(ctx, window, qtbot, tmp_path, monkeypatch, opened):
    ctx.current_plan_id = load_worked_example(ctx.store)
    monkeypatch.setattr(reports_page.ReportsPage, "today", lambda self: dt.date(2022, 6, 5))
    page = window.show_page("reports")
    settle(qtbot, page)
    folder = tmp_path / "xuat"
    folder.mkdir()
    asked = []

    def save_name(parent, title, default, filters):
        asked.append((title, default, filters))
        return str(folder / "ho-so"), filters  # the extension left out

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    assert page.binder_button.text() == "Hồ sơ kiểm chứng…"
    click(qtbot, page.binder_button)
    settle(qtbot, page)
    assert asked[0][0] == "Tạo hồ sơ kiểm chứng" and asked[0][1].endswith("ho-so-kiem-chung-2022-h1.zip")
    assert asked[0][2] == "Hồ sơ nén (*.zip)"
    out = folder / "ho-so.zip"
    assert binder.verify_binder(out) == []
    with zipfile.ZipFile(out) as zf:
        assert "00-danh-muc-tai-lieu-kiem-chung.pdf" in zf.namelist()
    box = page.written_box
    assert box.text() == ("Đã tạo hồ sơ kiểm chứng ho-so.zip: 9 nhiệm vụ, 10 tài liệu kiểm chứng (1 tệp "
                          "đính kèm).")
    answer_box(box, "Mở thư mục")
    assert opened == [folder]
    assert page.preview.caption.text().startswith("Đang xem: báo cáo 6 tháng đầu năm 2022")
