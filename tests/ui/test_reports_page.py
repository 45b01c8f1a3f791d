"""Reports page (W6): draft a period, rewrite a section by typing, redraft, export, make a package."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest
from data.worked_example import load_worked_example
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog

from ccpropa_desktop.services import packages, reports, tracking
from ccpropa_desktop.ui import tasks
from ccpropa_desktop.ui.pages import reports as reports_page

TYPED = "Đề nghị Sở Nội vụ tổ chức tập huấn kỹ năng tuyên truyền cho cán bộ cấp xã"
STEM = "bao-cao-6-thang-2022-ubnd-huyen-song-ma"  # the period and the unit, as the CLI names it too


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
    out = folder / f"{STEM}.pdf"
    text = pdf_text(out.read_bytes())
    assert "BÁO CÁO" in text and "Kính gửi" in text
    assert ctx.setting("export/folder") == str(folder)

    click(qtbot, page.export_buttons["xlsx"])
    settle(qtbot, page)
    assert asked[-1][1].startswith(str(folder))  # the folder is remembered
    import openpyxl

    book = openpyxl.load_workbook(folder / f"{STEM}.xlsx")
    assert "Biểu tổng hợp" in book.sheetnames

    click(qtbot, page.package_button)
    settle(qtbot, page)
    result = packages.verify_package(folder / f"{STEM}.ccpr")
    assert result.ok, result.problems
    assert result.manifest is not None and result.manifest.period == "2022-H1"
    assert asked[-1][0] == "Tạo gói báo cáo"


def issue_through_dialog(qtbot, page, number: str, date: str):
    click(qtbot, page.issue_button)
    dialog = page.issue_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.number  # the number is typed at once
    qtbot.keyClicks(dialog.number, number)
    qtbot.keyClick(dialog.number, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.date.edit
    qtbot.keyClicks(dialog.date.edit, date)  # the date text was selected: typing replaces it
    assert dialog.date.understood.text().startswith("Đã hiểu:")
    assert dialog.suffix.text() == "/BC-UBND" and dialog.ok_button.isEnabled()
    click(qtbot, dialog.ok_button)
    settle(qtbot, page)


def test_issue_the_report_print_it_and_package_the_issued_one(ctx, page, qtbot, tmp_path, monkeypatch):
    store, plan_id = ctx.store, ctx.current_plan_id
    assert reports.report_issue(store, plan_id, "2022-H1") is None
    assert "dự thảo" in page.summary.text()
    assert "DỰ THẢO" in pdf_text(page.preview.data)

    # a bad date keeps OK greyed out and stores nothing
    click(qtbot, page.issue_button)
    dialog = page.issue_dialog
    qtbot.keyClicks(dialog.number, "25")
    dialog.date.edit.selectAll()
    qtbot.keyClicks(dialog.date.edit, "31/06/2022")
    assert not dialog.ok_button.isEnabled() and "không có ngày 31" in dialog.date.understood.text()
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert reports.report_issue(store, plan_id, "2022-H1") is None

    issue_through_dialog(qtbot, page, "25", "18/6/2022")
    assert reports.report_issue(store, plan_id, "2022-H1") == ("25", dt.date(2022, 6, 18))
    assert "số 25/BC-UBND, ngày 18/06/2022" in page.summary.text()
    text = pdf_text(page.preview.data)
    assert "DỰ THẢO" not in text and "25/BC-UBND" in text
    assert "số 25/BC-UBND" in page.preview.caption.text()

    # print: the print dialog answered with a PDF printer; every page reaches it
    out = tmp_path / "in.pdf"

    def pdf_printer():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(page, "ask_printer", pdf_printer)
    click(qtbot, page.print_button)
    qtbot.waitUntil(lambda: not page.printing.busy)
    with pdfplumber.open(out) as printed:
        assert len(printed.pages) == page.preview.document.pageCount() >= 2

    # the package goes up with the issued report, under a name that says the period and the unit
    folder = tmp_path / "goi"
    folder.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, default, filters: asked.append(default) or (
                            str(folder / default.rsplit("/", 1)[-1]), filters))
    click(qtbot, page.package_button)
    settle(qtbot, page)
    assert asked[-1].endswith(f"/{STEM}.ccpr")
    result = packages.verify_package(folder / f"{STEM}.ccpr")
    assert result.ok and result.data is not None
    assert result.data.report["number"] == "25/BC-UBND" and not result.data.report["draft"]

    # and again, to correct the number: the dialog opens on what is stored
    click(qtbot, page.issue_button)
    assert page.issue_dialog.number.text() == "25" and page.issue_dialog.date.text() == "18/06/2022"
    page.issue_dialog.reject()


def test_print_of_a_report_being_typed_renders_it_first(ctx, page, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(page, "ask_printer", lambda: asked.append(True))
    editor = page.sections.editor("kien_nghi")
    click(qtbot, editor)
    type_text(editor, " Thêm")
    click(qtbot, page.print_button)  # the edit is saved and rendered before anything prints
    assert not asked and page.preview_timer.isActive() is False
    settle(qtbot, page)
    assert "Thêm" in pdf_text(page.preview.data)
    click(qtbot, page.print_button)
    assert asked == [True]
