"""Reports page (W6): draft a period, rewrite a section by typing, redraft, export, make a package."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest
from data.worked_example import load_worked_example
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from ccpropa_desktop.services import packages, reports, tracking
from ccpropa_desktop.ui import tasks
from ccpropa_desktop.ui.pages import reports as reports_page

TYPED = "Đề nghị Sở Nội vụ tổ chức tập huấn kỹ năng tuyên truyền cho cán bộ cấp xã"


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(widget, text: str) -> None:
    """Key presses carrying Vietnamese characters (QTest.keyClicks knows ASCII only)."""
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not tasks.busy() and page.is_ready(), timeout=30000)


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.fixture
def page(ctx, window, qtbot, monkeypatch):
    ctx.current_plan_id = load_worked_example(ctx.store)
    # the 6-month report is due
    monkeypatch.setattr(reports_page.ReportsPage, "today", lambda self: dt.date(2022, 6, 5))
    shown = window.show_page("reports")
    settle(qtbot, shown)
    return shown


def test_without_a_plan_the_page_says_what_to_do(ctx_with_unit, window):
    page = window.show_page("reports")
    assert page.body.currentWidget() is page.empty
    assert page.is_ready()


def test_draft_edit_a_section_and_it_survives_a_redraft(ctx, page, qtbot):
    store, plan_id = ctx.store, ctx.current_plan_id
    assert page.periods.period() == "2022-H1"
    assert "28,6%" in page.summary.text()
    assert "Đề xuất, kiến nghị" in page.summary.text()  # still to write
    text = pdf_text(page.preview.data)
    assert "BÁO CÁO" in text and "6 tháng đầu năm 2022" in text
    assert page.preview.document.pageCount() >= 2

    editor = page.sections.editor("kien_nghi")
    assert editor.toPlainText().startswith("[")
    click(qtbot, editor)
    editor.selectAll()
    type_text(editor, TYPED)
    qtbot.waitUntil(lambda: not page.sections.pending(), timeout=5000)  # saved after a short pause
    stored = reports.report_data(store, plan_id, "2022-H1").editable()["kien_nghi"]
    assert stored.edited and stored.paragraphs == [TYPED]
    assert page.sections.boxes["kien_nghi"].badge.text() == "Đã sửa"
    assert "Đề xuất, kiến nghị" not in page.summary.text()

    # new figures come in; the redraft shows them and keeps the officer's text
    tracking.set_progress(store, plan_id, "2.1", "2022-H1", metrics={"tin_bai": 50})
    click(qtbot, page.redraft_button)
    settle(qtbot, page)
    assert page.sections.editor("kien_nghi").toPlainText() == TYPED
    assert "50 tin, bài" in page.sections.editor("kq_dai_chung").toPlainText()
    assert reports.report_data(store, plan_id, "2022-H1").editable()["kien_nghi"].paragraphs == [TYPED]
    text = pdf_text(page.preview.data)
    assert "tập huấn kỹ năng tuyên truyền" in text

    # emptying the box gives the drafted prompt back
    click(qtbot, page.sections.boxes["kien_nghi"].reset)
    assert not reports.report_data(store, plan_id, "2022-H1").editable()["kien_nghi"].edited
    assert page.sections.editor("kien_nghi").toPlainText().startswith("[")
    settle(qtbot, page)


def test_export_pdf_docx_xlsx_and_make_a_package(ctx, page, qtbot, tmp_path, monkeypatch):
    folder = tmp_path / "xuat"
    folder.mkdir()
    asked = []

    def save_name(parent, title, default, filters):
        asked.append((title, default))
        name = default.rsplit("/", 1)[-1]
        return str(folder / name.rsplit(".", 1)[0]), filters  # the officer leaves the extension out

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    click(qtbot, page.export_buttons["pdf"])
    settle(qtbot, page)
    out = folder / "bao-cao-2022-h1.pdf"
    text = pdf_text(out.read_bytes())
    assert "BÁO CÁO" in text and "Kính gửi" in text
    assert ctx.setting("export/folder") == str(folder)

    click(qtbot, page.export_buttons["xlsx"])
    settle(qtbot, page)
    assert asked[-1][1].startswith(str(folder))  # the folder is remembered
    import openpyxl

    book = openpyxl.load_workbook(folder / "bao-cao-2022-h1.xlsx")
    assert "Biểu tổng hợp" in book.sheetnames

    click(qtbot, page.package_button)
    settle(qtbot, page)
    result = packages.verify_package(folder / "bao-cao-2022-h1.ccpr")
    assert result.ok, result.problems
    assert result.manifest is not None and result.manifest.period == "2022-H1"
    assert asked[-1][0] == "Tạo gói báo cáo"
