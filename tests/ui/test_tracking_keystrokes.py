"""Tracking that keeps every keystroke (issue 12): typing into an empty figure keeps it, the wheel
changes nothing the officer did not focus, every date spelling is understood and shown, the panel
fits 1366×768, evidence and attached files open and come off (and back, with «Hoàn tác»)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from data.worked_example import load_worked_example
from PySide6.QtCore import QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from ccpropa_desktop.domain.tracking import Status
from ccpropa_desktop.services import tracking
from ccpropa_desktop.ui.pages import tracking as tracking_page
from ccpropa_desktop.ui.widgets.date_field import DateField
from ui.test_tracking_page import click, click_task, task_id, type_text


@pytest.fixture
def worked(ctx):
    ctx.current_plan_id = load_worked_example(ctx.store)
    return ctx


def open_page(window, qtbot, monkeypatch, day: dt.date, period: str | None = None):
    monkeypatch.setattr(tracking_page.TrackingPage, "today", lambda self: day)
    page = window.show_page("tracking")
    qtbot.waitUntil(page.is_ready)
    if period:
        page.periods.select(period)
    return page


def record(ctx, number: str, period: str):
    store, plan_id = ctx.store, ctx.current_plan_id
    return tracking.get_progress(store, plan_id, period)[task_id(store, plan_id, number)]


def wheel(widget, steps: int = 1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


@pytest.fixture
def opened(monkeypatch):
    """QDesktopServices.openUrl, answered: the URLs the page asked the system to open."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url)) or True)
    return urls


def test_typing_into_an_empty_figure_keeps_the_number(worked, window, qtbot, monkeypatch):
    page = open_page(window, qtbot, monkeypatch, dt.date(2022, 3, 20))
    click_task(qtbot, page, "2.1")  # quý I: tin, bài 18; no pano yet
    field = page.panel.figures["pano"]
    assert field.text() == "" and field.placeholderText() == "—"
    click(qtbot, field)  # a click into the "—" field, then digits, as the officer does
    qtbot.keyClicks(field, "150")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert record(worked, "2.1", "2022-Q1").metrics == {"tin_bai": 18, "pano": 150}
    assert page.panel.figures["pano"].text() == "150"

    # a big one, typed without grouping, is shown the Vietnamese way and stored as typed
    field = page.panel.figures["kinh_phi"]
    click(qtbot, field)
    qtbot.keyClicks(field, "1500000")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert record(worked, "2.1", "2022-Q1").metrics["kinh_phi"] == 1500000
    assert page.panel.figures["kinh_phi"].text() == "1.500.000"

    # not a number: said in Vietnamese, nothing stored, the text kept to correct it
    field = page.panel.figures["tin_bai"]
    click(qtbot, field)
    field.selectAll()
    type_text(field, "mười")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert page.panel.message.isVisible() and "không phải là số" in page.panel.message.text()
    assert record(worked, "2.1", "2022-Q1").metrics["tin_bai"] == 18
    assert field.text() == "mười"
    click(qtbot, field)
    field.selectAll()
    qtbot.keyClicks(field, "20")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert record(worked, "2.1", "2022-Q1").metrics["tin_bai"] == 20 and not page.panel.message.isVisible()

    # emptying a figure removes it
    field = page.panel.figures["pano"]
    click(qtbot, field)
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert "pano" not in record(worked, "2.1", "2022-Q1").metrics


def test_the_wheel_changes_nothing_the_officer_did_not_focus(worked, window, qtbot, monkeypatch):
    page = open_page(window, qtbot, monkeypatch, dt.date(2022, 3, 20))
    click_task(qtbot, page, "2.1")
    panel = page.panel
    field = panel.figures["pano"]
    click(qtbot, field)
    qtbot.keyClicks(field, "150")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert record(worked, "2.1", "2022-Q1").metrics["pano"] == 150
    page.table.setFocus()
    before = record(worked, "2.1", "2022-Q1")
    for widget in (field, panel.figures["tin_bai"], panel.status):
        assert not widget.hasFocus()
        wheel(widget, 1)
        wheel(widget, -3)
    QApplication.processEvents()
    assert field.text() == "150" and panel.figures["tin_bai"].text() == "18"
    assert panel.status.currentData() == "doing"
    assert record(worked, "2.1", "2022-Q1") == before  # nothing saved by the wheel


@pytest.mark.parametrize("typed", ["10/03/2022", "10/3/2022", "2022-03-10"])
def test_each_date_spelling_is_understood_and_saved(worked, window, qtbot, monkeypatch, typed):
    page = open_page(window, qtbot, monkeypatch, dt.date(2022, 3, 20))
    click_task(qtbot, page, "3")
    panel = page.panel
    panel.status.setFocus()
    qtbot.keyClicks(panel.status, "H")  # Hoàn thành: waits for its date
    assert QApplication.focusWidget() is panel.date.edit
    qtbot.keyClicks(panel.date.edit, typed)
    assert panel.date.understood.text() == "Đã hiểu: 10 tháng 3 năm 2022"
    assert panel.date.edit.text() == typed  # never rewritten while typing
    assert record(worked, "3", "2022-Q1").status is Status.TODO  # nothing saved before Enter
    qtbot.keyClick(panel.date.edit, Qt.Key.Key_Return)
    stored = record(worked, "3", "2022-Q1")
    assert (stored.status, stored.done_on) == (Status.DONE, dt.date(2022, 3, 10))
    assert panel.date.edit.text() == "10/03/2022"


def test_select_all_and_retype_gives_the_date_typed(worked, window, qtbot, monkeypatch):
    """Issue 12: select-all and "10/01/2022" gave 02/01/2022 in the old field; here it is 10/01."""
    page = open_page(window, qtbot, monkeypatch, dt.date(2022, 3, 20))
    click_task(qtbot, page, "3")
    panel = page.panel
    panel.status.setFocus()
    qtbot.keyClicks(panel.status, "H")
    qtbot.keyClicks(panel.date.edit, "02/01/2022")
    qtbot.keyClick(panel.date.edit, Qt.Key.Key_Return)
    assert record(worked, "3", "2022-Q1").done_on == dt.date(2022, 1, 2)
    click(qtbot, panel.date.edit)
    panel.date.edit.selectAll()
    qtbot.keyClicks(panel.date.edit, "10/01/2022")
    assert panel.date.edit.text() == "10/01/2022"
    qtbot.keyClick(panel.date.edit, Qt.Key.Key_Tab)  # leaving the field confirms it too
    assert record(worked, "3", "2022-Q1").done_on == dt.date(2022, 1, 10)

    # no such day, and a day outside the period: said in red, nothing changes
    for bad, said in (("31/02/2022", "Tháng 2 năm 2022 không có ngày 31"), ("10/01/00001/2022", "Chưa hiểu"),
                      ("10/05/2022", "ngoài khoảng")):
        click(qtbot, panel.date.edit)
        panel.date.edit.selectAll()
        qtbot.keyClicks(panel.date.edit, bad)
        qtbot.keyClick(panel.date.edit, Qt.Key.Key_Return)
        assert said in panel.date.understood.text()
        assert panel.date.edit.text() == bad
        assert record(worked, "3", "2022-Q1").done_on == dt.date(2022, 1, 10)


def test_the_date_field_reads_three_spellings(qtbot):
    field = DateField(optional=False)
    qtbot.addWidget(field)
    seen = []
    field.confirmed.connect(lambda: seen.append(field.value()))
    for typed in ("10/01/2026", "10/1/2026", "2026-01-10"):
        field.edit.selectAll()
        qtbot.keyClicks(field.edit, typed)
        assert field.value() == dt.date(2026, 1, 10)
        assert field.understood.text() == "Đã hiểu: 10 tháng 1 năm 2026"
        qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert seen == [dt.date(2026, 1, 10)]  # the same date again is no change
    field.edit.selectAll()
    qtbot.keyClick(field.edit, Qt.Key.Key_Delete)
    assert field.value() is None and "Cần nhập ngày" in field.understood.text()


def test_the_panel_fits_the_screen_and_its_status_box_stays_put(worked, window, qtbot, monkeypatch):
    page = open_page(window, qtbot, monkeypatch, dt.date(2022, 7, 10), "2022-H1")
    scroll = page.panel.parentWidget().parentWidget()
    tops = {}
    for number in ("1", "3", "4"):  # short, long (with a file) and long task texts
        click_task(qtbot, page, number)
        QApplication.processEvents()
        needed = page.panel.minimumSizeHint().height()
        assert needed <= scroll.viewport().height(), (number, needed, scroll.viewport().height())
        assert not scroll.verticalScrollBar().isVisible() or scroll.verticalScrollBar().maximum() == 0
        tops[number] = page.panel.status.mapTo(page.panel, QPoint(0, 0)).y()
    assert len(set(tops.values())) == 1, tops


def test_evidence_opens_and_comes_off_and_back(worked, window, qtbot, monkeypatch, opened):
    page = open_page(window, qtbot, monkeypatch, dt.date(2022, 7, 10), "2022-H1")
    click_task(qtbot, page, "2.1")
    panel = page.panel
    panel.evidence_input.setFocus()
    qtbot.keyClicks(panel.evidence_input, "Cong van so 50/UBND")
    qtbot.keyClick(panel.evidence_input, Qt.Key.Key_Return)
    lines = record(worked, "2.1", "2022-H1").evidence
    assert lines == ["https://songma.sonla.gov.vn/cai-cach-hanh-chinh", "Cong van so 50/UBND"]

    panel.evidence.setCurrentRow(0)
    assert panel.open_evidence.isEnabled()
    click(qtbot, panel.open_evidence)
    assert [u.toString() for u in opened] == ["https://songma.sonla.gov.vn/cai-cach-hanh-chinh"]
    panel.evidence.setCurrentRow(1)
    assert not panel.open_evidence.isEnabled()  # plain text: nothing to open

    panel.evidence.setCurrentRow(0)
    click(qtbot, panel.remove_evidence)
    assert record(worked, "2.1", "2022-H1").evidence == ["Cong van so 50/UBND"]
    assert panel.evidence.count() == 1 and panel.undo_bar.isVisible()
    click(qtbot, panel.undo_button)
    assert record(worked, "2.1", "2022-H1").evidence == lines  # back in its place
    assert not panel.undo_bar.isVisible() and panel.evidence.count() == 2


def test_an_attached_file_opens_and_comes_off_and_back(worked, window, qtbot, monkeypatch, opened, tmp_path):
    page = open_page(window, qtbot, monkeypatch, dt.date(2022, 7, 10), "2022-H1")
    click_task(qtbot, page, "3")
    panel = page.panel
    before = record(worked, "3", "2022-H1").attachments
    assert [a.name for a in before] == ["bien-ban-toa-dam-26-5-2022.txt"]
    scan = tmp_path / "anh-hoi-nghi.pdf"
    scan.write_bytes(b"%PDF-1.4 anh")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(scan)], ""))
    click(qtbot, panel.attach_button)
    files = record(worked, "3", "2022-H1").attachments
    assert [a.name for a in files] == ["bien-ban-toa-dam-26-5-2022.txt", "anh-hoi-nghi.pdf"]

    panel.files.setCurrentRow(1)
    click(qtbot, panel.open_file)
    assert len(opened) == 1 and opened[0].isLocalFile()
    shown = opened[0].toLocalFile()
    assert shown.endswith("/anh-hoi-nghi.pdf")  # named as attached, so the system knows the program
    assert Path(shown).read_bytes() == scan.read_bytes()

    panel.files.setCurrentRow(0)
    click(qtbot, panel.remove_file)
    assert [a.name for a in record(worked, "3", "2022-H1").attachments] == ["anh-hoi-nghi.pdf"]
    assert tracking.attachment_path(worked.store, before[0].sha256).is_file()  # kept for «Hoàn tác»
    click(qtbot, panel.undo_button)
    assert record(worked, "3", "2022-H1").attachments == files


def test_removing_what_an_earlier_period_holds_says_where_it_is(worked, window, qtbot, monkeypatch):
    page = open_page(window, qtbot, monkeypatch, dt.date(2022, 11, 10), "2022-9M")  # 9 tháng: derived
    click_task(qtbot, page, "2.1")
    shown: list[str] = []
    monkeypatch.setattr("ccpropa_desktop.ui.pages.tracking.show_error",
                        lambda parent, exc: shown.append(str(exc)))
    page.panel.evidence.setCurrentRow(0)
    click(qtbot, page.panel.remove_evidence)
    assert shown and "6 tháng đầu năm 2022" in shown[0]
    assert record(worked, "2.1", "2022-H1").evidence == ["https://songma.sonla.gov.vn/cai-cach-hanh-chinh"]


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform has no popups
def test_a_day_picked_on_the_calendar_is_confirmed(worked, window, qtbot, monkeypatch):
    from PySide6.QtCore import QDate

    page = open_page(window, qtbot, monkeypatch, dt.date(2022, 3, 20))
    click_task(qtbot, page, "3")
    panel = page.panel
    panel.status.setFocus()
    qtbot.keyClicks(panel.status, "H")
    panel.date.calendar_action.trigger()
    calendar = panel.date.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.maximumDate() == QDate(2022, 3, 31)  # the period's last day
    calendar.clicked.emit(QDate(2022, 3, 4))
    assert not calendar.isVisible() and panel.date.edit.text() == "04/03/2022"
    assert record(worked, "3", "2022-Q1").done_on == dt.date(2022, 3, 4)


def test_rows_are_as_tall_as_their_text(worked, window, qtbot, monkeypatch):
    page = open_page(window, qtbot, monkeypatch, dt.date(2022, 7, 10), "2022-H1")
    table, model = page.table, page.model
    line = table.fontMetrics().lineSpacing()
    window.resize(2400, 768)  # wide enough for most texts on one line
    qtbot.waitUntil(lambda: table.columnWidth(tracking_page.COLUMN["content"]) > 900)
    for key in ("lead", "state", "metrics"):
        table.setColumnWidth(tracking_page.COLUMN[key], 330)
    qtbot.waitUntil(lambda: not page._rows_timer.isActive())  # widths changed: rows fitted again
    one_line = 0
    for row in range(model.rowCount()):
        texts = [(model.text(model.rows[row], key), table.columnWidth(tracking_page.COLUMN[key]))
                 for key in tracking_page.WRAPPED]
        fits = all(table.fontMetrics().horizontalAdvance(text) <= width - tracking_page.TEXT_MARGIN
                   for text, width in texts if text)
        height = table.rowHeight(row)
        if fits:
            one_line += 1
            assert height == line + tracking_page.ROW_PADDING, model.rows[row].task.number
        else:
            assert line + tracking_page.ROW_PADDING < height <= 2 * line + tracking_page.ROW_PADDING
    assert one_line >= 2  # and those are one line tall, not two
