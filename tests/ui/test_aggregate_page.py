"""Aggregate page (W7): import units' packages with a progress bar, units × status, the chart, export."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest
from conftest import song_ma_unit_dict
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from ccpropa_desktop.services import aggregate, packages, plans, tracking, unit
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.ui import tasks
from ccpropa_desktop.ui.models.aggregate_units import COLUMN
from ui.test_reports_page import pdf_text, type_text

COMMUNES = {"XÃ CHIỀNG KHƯƠNG": ["3", "4"], "XÃ MƯỜNG LẦM": ["3"]}


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not tasks.busy() and page.is_ready(), timeout=30000)


def commune_package(folder, name: str, done: list[str], stamp: str):
    """A commune's own store: its profile, the Sông Mã 2022 plan, some tasks done in H1, its package."""
    profile = song_ma_unit_dict() | {"name_lines": ["ỦY BAN NHÂN DÂN", name], "level": "xa",
                                     "recipients": ["UBND huyện Sông Mã", "Lưu: VT"]}
    store = open_store(folder / name.replace(" ", "-"))
    try:
        unit.set_unit(store, unit.unit_from_dict(profile))
        plan = plans.create_plan(store, "song-ma-2022", 2022)
        for number in done:
            tracking.set_progress(store, plan.id, number, "2022-H1", status="done", done_on="2022-05-20",
                                  metrics={"tin_bai": 4})
        return packages.make_package(store, plan.id, "2022-H1", folder / f"{name}.ccpr", created_at=stamp)
    finally:
        store.close()


@pytest.fixture
def received(tmp_path):
    folder = tmp_path / "nhan"
    folder.mkdir()
    return [commune_package(folder, name, done, f"2022-06-1{i}T09:00:00+07:00")
            for i, (name, done) in enumerate(COMMUNES.items())]


@pytest.fixture
def page(ctx_with_unit, window, qtbot):
    shown = window.show_page("aggregate")
    settle(qtbot, shown)
    return shown


def type_unit(qtbot, page, name: str) -> None:
    page.unit_input.setFocus()
    type_text(page.unit_input, name)
    qtbot.keyClick(page.unit_input, Qt.Key.Key_Return)


def test_import_two_packages_then_table_and_chart(ctx_with_unit, page, received, qtbot, monkeypatch):
    # the list of expected units is this level's own, not the agency directory (Phòng Tư pháp …)
    assert page.chart.bar_count() == 0 and page.model.rowCount() == 0
    assert "chưa có danh sách đơn vị cấp dưới" in page.summary.text()
    page.show_tab("units")
    for name in ("UBND xã Chiềng Khương", "UBND xã Mường Lầm", "UBND thị trấn Sông Mã"):
        type_unit(qtbot, page, name)
    assert aggregate.expected_units(ctx_with_unit.store) == [
        "UBND xã Chiềng Khương", "UBND xã Mường Lầm", "UBND thị trấn Sông Mã"]
    assert page.model.rowCount() == 3 and "0/3" in page.summary.text()
    page.show_tab("status")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(p) for p in received], ""))
    steps, bar = [], []
    page.relay.step.connect(lambda done, total: steps.append((done, total)))
    page.progress.valueChanged.connect(bar.append)
    click(qtbot, page.import_button)
    settle(qtbot, page)
    assert steps == [(0, 2), (1, 2), (2, 2)]  # from the worker, one step per package
    assert bar[-1] == 2 and page.progress.maximum() == 2 and not page.progress.isVisible()
    assert "Đã nhập 2 gói" in page.result.text()

    view = aggregate.aggregate_view(ctx_with_unit.store, "2022-H1")
    assert sorted(u.name for u in view.reported) == ["UBND xã Chiềng Khương", "UBND xã Mường Lầm"]
    assert page.periods.period() == "2022-H1"
    rows = {page.model.index(r, COLUMN["name"]).data(): r for r in range(page.model.rowCount())}
    for name in ("UBND xã Chiềng Khương", "UBND xã Mường Lầm"):
        assert page.model.index(rows[name], COLUMN["state"]).data() == "Đã báo cáo"
        assert page.model.index(rows[name], COLUMN["sent"]).data().endswith("/06/2022")
    missing = rows["UBND thị trấn Sông Mã"]
    assert page.model.index(missing, COLUMN["state"]).data() == "Chưa báo cáo"
    assert page.model.index(missing, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "Phòng Nội vụ" not in rows  # an agency that takes tasks does not report here
    assert "2/3" in page.summary.text()

    assert page.chart.bar_count() == 2
    bars = dict(page.chart.bars)
    chieng, muong = (next(u for u in view.reported if u.name == n) for n in rows if n in bars)
    assert bars[chieng.name] == chieng.completion["rate"] > bars[muong.name] == muong.completion["rate"]
    assert page.model.index(rows[chieng.name], COLUMN["rate"]).data().endswith("%")

    # importing the same files again keeps one copy
    click(qtbot, page.import_button)
    settle(qtbot, page)
    assert "2 trùng" in page.result.text()
    assert len(aggregate.history(ctx_with_unit.store, "2022-H1")) == 2


def test_export_the_consolidated_report(ctx_with_unit, page, received, qtbot, tmp_path, monkeypatch):
    page.import_files(received)
    settle(qtbot, page)
    out = tmp_path / "tong-hop.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    click(qtbot, page.export_buttons["pdf"])
    settle(qtbot, page)
    with pdfplumber.open(io.BytesIO(out.read_bytes())) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert "BÁO CÁO" in text and "Chiềng Khương" in text


def test_a_bad_file_is_refused_with_its_reason(ctx_with_unit, page, tmp_path, qtbot, monkeypatch):
    bad = tmp_path / "hong.ccpr"
    bad.write_bytes(b"not a zip at all")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    page.import_files([bad])
    settle(qtbot, page)
    assert shown and "hong.ccpr" in shown[0]
    assert "1 bị từ chối" in page.result.text()
    assert aggregate.history(ctx_with_unit.store) == []


def test_expected_units_edited_removed_and_imported_from_a_text_list(ctx_with_unit, page, received, qtbot,
                                                                      tmp_path, monkeypatch):
    store = ctx_with_unit.store
    page.show_tab("units")
    type_unit(qtbot, page, "UBND xã Chiềng Khương")
    type_unit(qtbot, page, "Ủy ban nhân dân xã CHIỀNG KHƯƠNG")  # the same unit spelt otherwise: kept once
    assert aggregate.expected_units(store) == ["UBND xã Chiềng Khương"]

    listing = tmp_path / "danh-sach.txt"
    listing.write_text("# các xã của huyện\n1. UBND xã Mường Lầm\n2. UBND xã Chiềng Khương\n\n"
                       "- UBND xã Nậm Ty;\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(listing), ""))
    click(qtbot, page.import_units_button)
    assert aggregate.expected_units(store) == ["UBND xã Chiềng Khương", "UBND xã Mường Lầm", "UBND xã Nậm Ty"]
    assert page.units_list.count() == 3 and page.tabs.tabText(1) == "Đơn vị cấp dưới (3)"

    page.units_list.setCurrentRow(2)
    click(qtbot, page.remove_unit_button)
    assert aggregate.expected_units(store) == ["UBND xã Chiềng Khương", "UBND xã Mường Lầm"]

    # a file that is no list changes nothing, with the reason in Vietnamese
    shown = []
    monkeypatch.setattr("ccpropa_desktop.ui.pages.aggregate.show_error",
                        lambda parent, exc: shown.append(str(exc)))
    binary = tmp_path / "anh.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81 not utf-8 \xc3")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(binary), ""))
    click(qtbot, page.import_units_button)
    assert shown and "UTF-8" in shown[0]
    assert aggregate.expected_units(store) == ["UBND xã Chiềng Khương", "UBND xã Mường Lầm"]

    # who has reported is counted against that list
    page.import_files(received)
    settle(qtbot, page)
    assert "2/2" in page.summary.text()
    click(qtbot, page.add_reported_button)  # nothing new: both are listed
    assert aggregate.expected_units(store) == ["UBND xã Chiềng Khương", "UBND xã Mường Lầm"]


def test_a_received_report_opens_in_the_preview(ctx_with_unit, page, received, qtbot):
    page.import_files(received)
    settle(qtbot, page)
    row = next(r for r in range(page.model.rowCount()) if page.model.rows[r].name == "UBND xã Mường Lầm")
    index = page.model.index(row, COLUMN["name"])
    page.table.scrollTo(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.table.visualRect(index).center())
    assert page.open_button.isEnabled()
    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: not tasks.busy() and page.unit_preview.loaded(), timeout=30000)
    assert page.right.currentIndex() == 1
    text = pdf_text(page.unit_preview.data)
    assert "BÁO CÁO" in text and "MƯỜNG LẦM" in text
    assert "Mường Lầm" in page.unit_preview.caption.text()
    click(qtbot, page.back_button)
    assert page.right.currentIndex() == 0


def test_the_consolidated_report_is_drafted_edited_issued_printed(ctx_with_unit, page, received, qtbot,
                                                                   tmp_path, monkeypatch):
    store = ctx_with_unit.store
    aggregate.set_expected_units(store, ["UBND xã Chiềng Khương", "UBND xã Mường Lầm", "UBND xã Nậm Ty"])
    page.import_files(received)
    settle(qtbot, page)
    page.show_tab("report")
    settle(qtbot, page)
    # drafted from the figures: the rate, who has not reported; the causes left to write
    good = page.sections.editor("uu_diem").toPlainText()
    assert "đã hoàn thành 3/" in good and "2/3 cơ quan, đơn vị" in good
    assert "UBND xã Nậm Ty" in page.sections.editor("han_che").toPlainText()
    assert page.sections.editor("nguyen_nhan").toPlainText().startswith("[")
    assert "Cần soạn trước khi ban hành" in page.report_summary.text()
    text = pdf_text(page.preview.data)
    assert "DỰ THẢO" in text and "UBND xã Nậm Ty" in text

    typed = "Một số xã chưa bố trí cán bộ theo dõi công tác tuyên truyền"
    editor = page.sections.editor("nguyen_nhan")
    click(qtbot, editor)
    editor.selectAll()
    type_text(editor, typed)
    qtbot.waitUntil(lambda: not page.sections.pending(), timeout=5000)
    sections = aggregate.report_sections(store, "2022-H1")
    assert sections["nguyen_nhan"].edited and sections["nguyen_nhan"].paragraphs == [typed]
    settle(qtbot, page)
    assert "chưa bố trí cán bộ theo dõi" in pdf_text(page.preview.data)

    # a new package does not overwrite the officer's text
    click(qtbot, page.redraft_button)
    settle(qtbot, page)
    assert page.sections.editor("nguyen_nhan").toPlainText() == typed

    # number and date, through the dialog, typed
    click(qtbot, page.issue_button)
    dialog = page.issue_dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.number, "40")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.date.edit
    qtbot.keyClicks(dialog.date.edit, "2022-06-25")
    assert dialog.date.understood.text() == "Đã hiểu: 25 tháng 6 năm 2022"
    click(qtbot, dialog.ok_button)
    settle(qtbot, page)
    assert aggregate.aggregate_issue(store, "2022-H1") == ("40", dt.date(2022, 6, 25))
    text = pdf_text(page.preview.data)
    assert "DỰ THẢO" not in text and "40/BC-UBND" in text
    assert "số 40, ngày 25/06/2022" in page.report_summary.text()

    out = tmp_path / "in-tong-hop.pdf"

    def pdf_printer():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return printer

    monkeypatch.setattr(page, "ask_printer", pdf_printer)
    click(qtbot, page.print_button)
    assert page.printing.busy  # printed off the UI thread, the progress row shown meanwhile
    qtbot.waitUntil(lambda: not page.printing.busy)
    with pdfplumber.open(out) as printed:
        assert len(printed.pages) == page.preview.document.pageCount()

    docx_out = tmp_path / "tong-hop.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(docx_out), ""))
    click(qtbot, page.export_buttons["docx"])
    settle(qtbot, page)
    import docx

    body = "\n".join(p.text for p in docx.Document(str(docx_out)).paragraphs)
    assert typed in body and "40/BC-UBND" in body
