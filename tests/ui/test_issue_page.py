"""Issue and print (W4): preview, issue through the dialog, versions, export, print."""

from __future__ import annotations

import io

import docx
import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog

from ccpropa_desktop.services import editing, issuing, plans
from ccpropa_desktop.ui import tasks
from ccpropa_desktop.ui.pages import issue as issue_module
from ccpropa_desktop.ui.printing import PrintOutcome
from ccpropa_desktop.ui.widgets.date_field import DateField


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def settle(qtbot, page) -> None:
    """Wait for the background renders to deliver and the preview to load."""
    qtbot.waitUntil(lambda: not tasks.busy() and page.is_ready(), timeout=30000)


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def type_date(qtbot, number_field, field: DateField, text: str) -> None:
    """Tab from the number into the date (its text is selected) and type it as written: 13/01/2024."""
    qtbot.keyClick(number_field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.edit
    qtbot.keyClicks(field.edit, text)
    assert field.understood.text().startswith("Đã hiểu:")


@pytest.fixture
def page(ctx_with_plan, window, qtbot):
    shown = window.show_page("issue")
    settle(qtbot, shown)
    return shown


def issue_through_dialog(qtbot, page, number: str = "18", date: str = "13/01/2024", form_b: bool = False):
    click(qtbot, page.issue_button)
    dialog = page.issue_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()  # no number yet
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert QApplication.focusWidget() is dialog.number  # the officer types the number at once
    qtbot.keyClicks(dialog.number, number)
    type_date(qtbot, dialog.number, dialog.date, date)
    if form_b:
        click(qtbot, dialog.findChild(type(dialog.forms.buttons()[0]), "form_b"))
    assert dialog.ok_button.text() == "Ban hành"
    assert dialog.date.text() == date
    typed = (dialog.number.text(), dialog.issued_on().isoformat(), dialog.form())
    click(qtbot, dialog.ok_button)
    settle(qtbot, page)
    return typed


def test_without_plans_the_page_says_what_to_do(ctx_with_unit, window, qtbot):
    page = window.show_page("issue")
    assert page.is_ready()
    assert page.body.currentWidget() is page.empty
    with qtbot.waitSignal(ctx_with_unit.navigate) as signal:
        click(qtbot, page.plans_button)
    assert signal.args == ["plans"]


def test_the_preview_shows_the_draft_pdf(ctx_with_plan, page):
    assert page.plan_id == ctx_with_plan.current_plan_id
    assert page.document.pageCount() >= 1
    assert page.preview == issue_module.DRAFT
    assert page.versions_table.rowCount() == 1
    assert page.versions_table.item(0, 1).text() == "Dự thảo"
    text = pdf_text(page.pdf_data)
    assert "DỰ THẢO" in text and "KẾ HOẠCH" in text
    assert not page.progress.isVisible()


def test_issue_through_the_dialog_then_export_pdf_and_docx(ctx_with_plan, page, qtbot, tmp_path, monkeypatch):
    store, plan_id = ctx_with_plan.store, ctx_with_plan.current_plan_id
    assert issue_through_dialog(qtbot, page) == ("18", "2024-01-13", "A")

    versions = issuing.list_versions(store, plan_id)
    assert [(v["version"], v["status"], v["number"], v["issued_on"]) for v in versions] == [
        (1, "issued", "18", "2024-01-13")]
    assert plans.get_plan(store, plan_id).status == "issued"
    row = [page.versions_table.item(0, c).text() for c in range(4)]
    assert row == ["1", "Đã ban hành", "18", "13/01/2024"]
    assert page.preview == ("version", 1)
    assert "Số: 18/KH-UBND" in pdf_text(page.pdf_data)

    asked = []
    out_pdf = tmp_path / "xuat" / "kh.pdf"
    out_pdf.parent.mkdir()

    def save_name(parent, title, default, filters):
        asked.append(default)
        return (str(out_pdf) if default.endswith(".pdf") else str(out_pdf.with_name("kh")), filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    click(qtbot, page.pdf_button)
    data = out_pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert "Số: 18/KH-UBND" in pdf_text(data)
    assert asked[0].endswith("ke-hoach-2022-so-18-v1.pdf")
    assert ctx_with_plan.setting("export/folder") == str(out_pdf.parent)

    click(qtbot, page.docx_button)
    settle(qtbot, page)
    assert asked[1].startswith(str(out_pdf.parent))  # the folder is remembered
    out_docx = out_pdf.with_name("kh.docx")  # the extension is added when the officer leaves it out
    document = docx.Document(str(out_docx))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any("Số: 18/KH-UBND" in text for text in cells)


def test_form_b_issues_a_decision(ctx_with_plan, page, qtbot):
    issue_through_dialog(qtbot, page, number="7", date="02/03/2024", form_b=True)
    versions = issuing.list_versions(ctx_with_plan.store, ctx_with_plan.current_plan_id)
    assert versions[0]["number"] == "07" and versions[0]["issued_on"] == "2024-03-02"
    text = pdf_text(page.pdf_data)
    assert "Số: 07/QĐ-UBND" in text and "QUYẾT ĐỊNH" in text


def test_choosing_a_version_previews_exactly_that_version(ctx_with_plan, page, qtbot):
    store, plan_id = ctx_with_plan.store, ctx_with_plan.current_plan_id
    issue_through_dialog(qtbot, page)
    editing.edit_task(store, plan_id, "1", {"content": "Nhiệm vụ đã sửa sau khi ban hành"})
    page.refresh()  # as when the officer comes back from the editor
    settle(qtbot, page)
    table = page.versions_table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["Đã ban hành", "Dự thảo"]
    assert page.preview == issue_module.DRAFT
    assert "Nhiệm vụ đã sửa" in pdf_text(page.pdf_data)

    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, page)
    assert page.preview == ("version", 1)
    assert page.pdf_data == issuing.render_version(store, plan_id, 1, "pdf").data
    assert "Nhiệm vụ đã sửa" not in pdf_text(page.pdf_data)
    assert "phiên bản 1, số 18" in page.showing.text()


def test_print_paints_every_page_in_its_orientation(page, qtbot, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "in.pdf"
    printer.setOutputFileName(str(out))
    job = page.print_to(printer)
    assert job is not None and job.total == page.document.pageCount()
    qtbot.waitUntil(lambda: job.outcome is not None)
    assert job.outcome == PrintOutcome(page.document.pageCount(), page.document.pageCount(), False)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == page.document.pageCount()
        sizes = [(round(p.width), round(p.height)) for p in pdf.pages]
    assert sizes[0] == (595, 842)  # A4 portrait, the PDF's own size
    assert sizes[-1] == (842, 595)  # the appendix is landscape


def test_print_draft_button_shows_the_draft_then_prints_it(ctx_with_plan, page, qtbot, tmp_path, monkeypatch):
    issue_through_dialog(qtbot, page)
    assert page.preview == ("version", 1)
    out = tmp_path / "du-thao.pdf"

    def pdf_printer():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(page, "ask_printer", pdf_printer)
    click(qtbot, page.draft_button)
    settle(qtbot, page)
    qtbot.waitUntil(lambda: out.exists() and not page.printing.busy)
    assert page.preview == issue_module.DRAFT
    assert "DỰ THẢO" in pdf_text(page.pdf_data)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == page.document.pageCount()


def test_an_issue_error_is_shown_and_nothing_is_stored(ctx_with_plan, page, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(tasks, "show_error", lambda parent, exc: shown.append(exc))  # shown by PageJobs
    plans.edit_plan(ctx_with_plan.store, ctx_with_plan.current_plan_id)
    monkeypatch.setattr(issuing, "parse_number", lambda text: (_ for _ in ()).throw(
        issue_module.UserError("number_invalid", "Số văn bản không hợp lệ.")))
    issue_through_dialog(qtbot, page)
    assert [e.message for e in shown] == ["Số văn bản không hợp lệ."]
    assert issuing.list_versions(ctx_with_plan.store, ctx_with_plan.current_plan_id)[0]["status"] == "draft"
    assert page.issue_button.isEnabled()


def test_choosing_another_plan_previews_it_and_makes_it_current(ctx_with_plan, page, qtbot):
    first = ctx_with_plan.current_plan_id
    other = plans.create_plan(ctx_with_plan.store, "song-ma-2022", 2023).id
    page.refresh()
    settle(qtbot, page)
    assert page.plan_id == first
    combo = page.plan_choice
    assert combo.count() == 2 and combo.currentData() == first
    combo.setCurrentIndex(combo.findData(other))
    combo.activated.emit(combo.currentIndex())  # as the officer's pick does
    settle(qtbot, page)
    assert page.plan_id == other == ctx_with_plan.current_plan_id
    assert page.plan.year == 2023
    assert "2023" in pdf_text(page.pdf_data)


def test_send_the_issued_plan_to_the_level_below(ctx_with_plan, page, qtbot, tmp_path, monkeypatch):
    from ccpropa_desktop.services import template_packages

    assert not page.publish_button.isEnabled()  # the draft cannot be sent down
    issue_through_dialog(qtbot, page)
    assert page.preview == ("version", 1) and page.publish_button.isEnabled()
    out = tmp_path / "gui-cap-duoi.ccpt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    click(qtbot, page.publish_button)
    settle(qtbot, page)
    manifest, template = template_packages.load(out)
    assert manifest["plan"]["number"] == "18/KH-UBND" and template["number"] == "18/KH-UBND"
    assert page.written_box is not None and page.written_box.isVisible()
    page.written_box.close()
