"""Printing off the UI thread (issue 12, item 5): our Vietnamese print dialog, Ctrl+P, progress while
the pages go to the printer, and «Hủy in»."""

from __future__ import annotations

import threading

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from ccpropa_desktop.ui import printing, tasks
from ccpropa_desktop.ui.dialogs.print_dialog import PrintDialog


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not tasks.busy() and page.is_ready(), timeout=30000)


def pdf_printer(out) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    return printer


def held_after_first_page(monkeypatch) -> threading.Event:
    """The worker stops after the first page until the returned event is set."""
    gate = threading.Event()
    real = printing.paint_pdf

    def held(data, printer, progress, cancelled):
        def step(done: int, total: int) -> None:
            progress(done, total)
            if done == 1:
                gate.wait(20)

        return real(data, printer, step, cancelled)

    monkeypatch.setattr(printing, "paint_pdf", held)
    return gate


@pytest.fixture
def issue_page(ctx_with_plan, window, qtbot):
    page = window.show_page("issue")
    settle(qtbot, page)
    return page


def test_the_dialog_reads_in_vietnamese_and_builds_the_printer_asked_for(qtbot):
    dialog = PrintDialog("In kế hoạch", 5, "ke-hoach", printers=["HP LaserJet", "Canon"], default="Canon")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "In kế hoạch"
    assert dialog.printer_choice.currentText() == "Canon"
    assert dialog.all_pages.text() == "Tất cả (5 trang)" and dialog.print_button.text() == "In"
    assert dialog.pages() == (1, 5)
    dialog.last.setValue(3)          # typing a page number picks "Từ trang … đến …"
    dialog.first.setValue(2)
    dialog.copies.setValue(2)
    assert dialog.some_pages.isChecked() and dialog.pages() == (2, 3)
    printer = dialog.printer()
    assert (printer.fromPage(), printer.toPage(), printer.copyCount()) == (2, 3, 2)
    assert printer.printerName() in ("Canon", "")  # "" where no such printer is installed (CI)
    dialog.first.setValue(5)         # the range never runs backwards
    assert dialog.pages() == (5, 5)


def test_without_a_printer_the_dialog_says_so_and_cannot_print(qtbot):
    dialog = PrintDialog("In báo cáo", 2, printers=[], default="")
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()
    assert not dialog.no_printer.isHidden() and "Xuất PDF" in dialog.no_printer.text()


def test_ctrl_p_opens_the_print_dialog_of_the_issue_page(issue_page, qtbot, monkeypatch):
    seen = []

    def answer(dialog: QDialog) -> int:
        seen.append((dialog.windowTitle(), dialog.page_count))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PrintDialog, "exec", answer)
    issue_page.versions_table.setFocus()
    qtbot.keyClick(issue_page.versions_table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert seen == [("In kế hoạch", issue_page.document.pageCount())]
    assert not issue_page.printing.busy  # cancelled: nothing printing


def test_ctrl_p_on_the_reports_page_prints_the_report(ctx_with_plan, window, qtbot, monkeypatch):
    page = window.show_page("reports")
    settle(qtbot, page)
    asked = []
    monkeypatch.setattr(page, "ask_printer", lambda: asked.append(True))
    qtbot.keyClick(page.sections, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert asked == [True]


def test_pages_go_to_the_printer_in_the_background_with_progress(issue_page, qtbot, tmp_path):
    out = tmp_path / "in.pdf"
    job = issue_page.print_to(pdf_printer(out))
    progress = issue_page.printing.progress
    assert job is not None and progress.isVisibleTo(issue_page) and progress.cancel_button.isEnabled()
    assert issue_page.print_to(pdf_printer(tmp_path / "again.pdf")) is None  # one print at a time
    with qtbot.waitSignal(issue_page.ctx.status_message, timeout=30000) as said:
        pass
    assert said.args == [f"Đã gửi {issue_page.document.pageCount()} trang tới máy in."]
    assert not progress.isVisibleTo(issue_page) and not issue_page.printing.busy
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == issue_page.document.pageCount()
    assert_looks_like(out, issue_page.pdf_data)


def assert_looks_like(printed, original: bytes) -> None:
    """Each printed page is the original page on white paper, with about as much ink (thumbnails)."""
    from PySide6.QtGui import qAlpha, qGray
    from PySide6.QtPdf import QPdfDocument

    def pages(document: QPdfDocument) -> list[list[int]]:
        grey = []
        for n in range(document.pageCount()):
            size = document.pagePointSize(n).toSize() / 2
            image = document.render(n, size)
            pixels = [image.pixel(x, y) for y in range(image.height()) for x in range(image.width())]
            # on white paper: QtPdf leaves the paper transparent, and ink at the edges half so
            grey.append([255 - qAlpha(p) * (255 - qGray(p)) // 255 for p in pixels])
        return grey

    first, second = QPdfDocument(), QPdfDocument()
    first.load(str(printed))
    source = printed.with_name("original.pdf")
    source.write_bytes(original)
    second.load(str(source))
    assert first.pageCount() == second.pageCount()
    for n, (mine, theirs) in enumerate(zip(pages(first), pages(second), strict=True)):
        assert sum(mine) / len(mine) > 200, f"page {n + 1}: not on white paper"
        ink, wanted = sum(255 - v for v in mine), sum(255 - v for v in theirs)
        # (within a half: pdfium thins the rules of a raster page drawn turned, the landscape appendix)
        assert abs(ink - wanted) <= 0.5 * wanted, f"page {n + 1}: {ink} of ink, the original {wanted}"
    assert first.pagePointSize(first.pageCount() - 1).width() > first.pagePointSize(0).width()  # landscape


def test_cancel_stops_after_the_page_being_printed(issue_page, qtbot, tmp_path, monkeypatch):
    gate = held_after_first_page(monkeypatch)  # the first page has gone; the officer clicks «Hủy in»
    total = issue_page.document.pageCount()
    assert total >= 2
    job = issue_page.print_to(pdf_printer(tmp_path / "in.pdf"))
    progress = issue_page.printing.progress
    qtbot.waitUntil(lambda: progress.label.text() == f"Đang in trang 2/{total}…")
    assert progress.bar.value() == 1
    qtbot.mouseClick(progress.cancel_button, Qt.MouseButton.LeftButton)  # the window still answers
    assert progress.label.text() == "Đang hủy in…" and not progress.cancel_button.isEnabled()
    with qtbot.waitSignal(issue_page.ctx.status_message, timeout=30000) as said:
        gate.set()
    assert job.outcome == printing.PrintOutcome(1, total, True)
    assert said.args == [f"Đã hủy in: 1/{total} trang đã gửi tới máy in."]
    assert not issue_page.printing.busy


def test_a_page_range_prints_only_those_pages(issue_page, qtbot, tmp_path):
    out = tmp_path / "trang-2.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    job = issue_page.print_to(printer)
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=30000)
    assert job.outcome == printing.PrintOutcome(1, 1, False)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1


def test_closing_the_window_while_printing_cancels_and_waits_for_the_worker(issue_page, window, qtbot,
                                                                            tmp_path, monkeypatch):
    gate = held_after_first_page(monkeypatch)
    job = issue_page.print_to(pdf_printer(tmp_path / "in.pdf"))
    qtbot.waitUntil(lambda: job.done == 1)
    threading.Timer(0.3, gate.set).start()  # the worker goes on while the window waits for it
    window.close()
    assert gate.is_set()  # close() returned only after the worker was let go and finished
    qtbot.waitUntil(lambda: job.outcome is not None)
    assert job.outcome.cancelled and job.outcome.printed == 1


def test_copies_the_printer_cannot_make_are_painted_again(qtbot, tmp_path):
    """Qt's PDF printer makes no copies itself: two copies of a 3-page range are 6 sheets, collated."""
    document = printing_document(tmp_path)
    printer = pdf_printer(tmp_path / "hai-ban.pdf")
    printer.setCopyCount(2)
    assert not printer.supportsMultipleCopies()
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 3)
    assert printing.sheets(printer, 5) == [0, 1, 2, 0, 1, 2]
    outcome = printing.paint_pdf(document, printer)
    assert outcome == printing.PrintOutcome(6, 6, False)
    with pdfplumber.open(tmp_path / "hai-ban.pdf") as pdf:
        assert len(pdf.pages) == 6


def printing_document(tmp_path) -> bytes:
    """A 5-page PDF of our own (reportlab), one number per page."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "nam-trang.pdf"
    sheet = canvas.Canvas(str(path))
    for n in range(5):
        sheet.drawString(100, 700, f"Trang {n + 1}")
        sheet.showPage()
    sheet.save()
    return path.read_bytes()
