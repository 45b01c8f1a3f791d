"""Tracking page (W5): record a task's progress by clicking and typing; due/late highlighting."""

from __future__ import annotations

import datetime as dt

import pytest
from data.worked_example import load_worked_example
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QPushButton

from ccpropa_desktop.domain.tracking import Status
from ccpropa_desktop.services import plans, tracking
from ccpropa_desktop.ui.models import tracking_table
from ccpropa_desktop.ui.pages import tracking as tracking_page


def click(qtbot, widget, pos: QPoint | None = None) -> None:
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def type_text(widget, text: str) -> None:
    """Key presses carrying Vietnamese characters, as a keyboard layout or Unikey sends them
    (QTest.keyClicks knows ASCII only)."""
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an item by typing its first letters on the focused combo, as with the keyboard (an open
    popup list is not supported offscreen)."""
    combo.setFocus()
    qtbot.keyClicks(combo, text[:1])  # QTest types ASCII only; the first letters differ
    assert combo.currentText() == text


def click_task(qtbot, page, number: str) -> None:
    model, proxy, table = page.model, page.proxy, page.table
    row = next(i for i, r in enumerate(model.rows) if r.task.number == number)
    index = proxy.mapFromSource(model.index(row, tracking_table.COLUMN["content"]))
    table.scrollTo(index)
    click(qtbot, table.viewport(), table.visualRect(index).center())
    assert page.panel.row is not None and page.panel.row.task.number == number


def task_id(store, plan_id: int, number: str) -> int:
    return next(t.id for t in plans.get_plan(store, plan_id).tasks if t.number == number)


@pytest.fixture
def worked(ctx):
    ctx.current_plan_id = load_worked_example(ctx.store)
    return ctx


def open_page(window, qtbot, monkeypatch, day: dt.date):
    monkeypatch.setattr(tracking_page.TrackingPage, "today", lambda self: day)
    page = window.show_page("tracking")
    qtbot.waitUntil(page.is_ready)
    return page


def test_without_a_plan_the_page_says_what_to_do(ctx_with_unit, window, qtbot):
    page = window.show_page("tracking")
    assert page.body.currentWidget() is page.empty
    with qtbot.waitSignal(ctx_with_unit.navigate) as signal:
        click(qtbot, page.empty.findChild(QPushButton, "go_to_plans"))
    assert signal.args == ["plans"]


def test_record_done_with_a_date_and_a_figure(worked, window, qtbot, monkeypatch):
    store, plan_id = worked.store, worked.current_plan_id
    page = open_page(window, qtbot, monkeypatch, dt.date(2022, 3, 20))
    assert page.periods.period() == "2022-Q1"  # the report due now
    assert page.periods.currentText() == "Quý I 2022"
    click_task(qtbot, page, "3")
    panel = page.panel
    assert panel.status.currentText() == "Chưa triển khai"

    choose(qtbot, panel.status, "Hoàn thành")
    assert panel.message.isVisible()  # the date is still missing: nothing saved yet
    three = task_id(store, plan_id, "3")
    assert tracking.get_progress(store, plan_id, "2022-Q1")[three].status is Status.TODO
    assert QApplication.focusWidget() is panel.date.edit
    qtbot.keyClicks(panel.date.edit, "10/03/2022")
    qtbot.keyClick(panel.date.edit, Qt.Key.Key_Return)
    record = tracking.get_progress(store, plan_id, "2022-Q1")[task_id(store, plan_id, "3")]
    assert (record.status, record.done_on) == (Status.DONE, dt.date(2022, 3, 10))

    spin = panel.figures["tin_bai"]
    click(qtbot, spin)
    spin.selectAll()
    qtbot.keyClicks(spin, "1.500")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    record = tracking.get_progress(store, plan_id, "2022-Q1")[task_id(store, plan_id, "3")]
    assert record.metrics == {"tin_bai": 1500}
    assert record.status is Status.DONE

    type_text(panel.evidence_input, "Công văn số 45/UBND-VHTT")
    qtbot.keyClick(panel.evidence_input, Qt.Key.Key_Return)
    record = tracking.get_progress(store, plan_id, "2022-Q1")[task_id(store, plan_id, "3")]
    assert record.evidence == ["Công văn số 45/UBND-VHTT"]

    # the table shows what is stored, in Vietnamese
    row = page.model.row_of(record.task_id)
    cells = {key: page.model.index(row, col).data() for key, col in tracking_table.COLUMN.items()}
    assert cells["status"] == "Hoàn thành"
    assert cells["done_on"] == "10/03/2022"
    assert cells["metrics"] == "Tin, bài: 1.500"
    assert panel.figures["tin_bai"].text() == "1.500"
    assert panel.evidence.count() == 1


def test_dropped_without_a_reason_says_so_and_saves_nothing(worked, window, qtbot, monkeypatch):
    store, plan_id = worked.store, worked.current_plan_id
    page = open_page(window, qtbot, monkeypatch, dt.date(2022, 3, 20))
    click_task(qtbot, page, "2.1")
    panel = page.panel
    before = tracking.get_progress(store, plan_id, "2022-Q1")[task_id(store, plan_id, "2.1")]
    assert before.status is Status.DOING

    choose(qtbot, panel.status, "Không thực hiện")
    assert panel.message.isVisible()
    assert "cần lý do" in panel.message.text()
    qtbot.keyClick(panel.reason, Qt.Key.Key_Return)  # still empty
    assert panel.message.isVisible()
    after = tracking.get_progress(store, plan_id, "2022-Q1")[task_id(store, plan_id, "2.1")]
    assert after == before

    type_text(panel.reason, "Cổng thông tin bảo trì")
    qtbot.keyClick(panel.reason, Qt.Key.Key_Return)
    after = tracking.get_progress(store, plan_id, "2022-Q1")[task_id(store, plan_id, "2.1")]
    assert (after.status, after.reason) == (Status.DROPPED, "Cổng thông tin bảo trì")
    assert after.metrics == before.metrics  # the figures stay
    assert not panel.message.isVisible()


def test_late_rows_are_highlighted_and_the_filter_keeps_them(worked, window, qtbot, monkeypatch):
    page = open_page(window, qtbot, monkeypatch, dt.date(2022, 7, 10))
    assert page.periods.period() == "2022-Q3"
    model = page.model
    states = {r.task.number: r.status.state for r in model.rows}
    assert states["4"] == "quá hạn" and states["3"] == "đúng hạn"
    late = model.row_of(task_id(worked.store, worked.current_plan_id, "4"))
    done = model.row_of(task_id(worked.store, worked.current_plan_id, "3"))
    late_colour = model.index(late, 0).data(Qt.ItemDataRole.BackgroundRole).color()
    assert late_colour == tracking_table.LATE_COLOUR
    assert model.index(done, 0).data(Qt.ItemDataRole.BackgroundRole).color() == tracking_table.DONE_COLOUR
    state_cell = model.index(late, tracking_table.COLUMN["state"])
    assert state_cell.data() == "quá hạn" and state_cell.data(Qt.ItemDataRole.FontRole).bold()
    assert page.panel.row.task.number == "4"  # it opens on the late task
    assert "Quá hạn: 1" in page.summary.text()

    click(qtbot, page.attention_only)
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert "4" in shown and "3" not in shown and "6" not in shown


def test_a_past_plan_opens_on_the_period_chosen_last(worked, window, qtbot, monkeypatch):
    page = open_page(window, qtbot, monkeypatch, dt.date(2026, 11, 23))
    assert page.periods.period() == "2022"  # a past plan: the whole year
    page.periods.select("2022-H1")
    rows = {r.task.number: r for r in page.model.rows}
    assert rows["3"].progress.status is Status.DONE
    assert worked.setting(f"period/plan-{worked.current_plan_id}") == "2022-H1"


def test_attach_a_file_and_a_derived_period_keeps_its_figures(worked, window, qtbot, monkeypatch, tmp_path):
    store, plan_id = worked.store, worked.current_plan_id
    page = open_page(window, qtbot, monkeypatch, dt.date(2026, 11, 23))
    page.periods.select("2022-9M")  # nothing recorded for 9 tháng: the table shows 6 tháng + quý III
    click_task(qtbot, page, "2.1")
    assert page.panel.note.isVisible() and "6 tháng đầu năm 2022" in page.panel.note.text()
    scan = tmp_path / "bien-ban.pdf"
    scan.write_bytes(b"%PDF-1.4 bien ban")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(scan)], ""))
    click(qtbot, page.panel.attach_button)

    record = tracking.get_progress(store, plan_id, "2022-9M")[task_id(store, plan_id, "2.1")]
    assert not record.derived_from  # recorded for 9 tháng now
    assert [a.name for a in record.attachments] == ["bien-ban.pdf"]
    assert tracking.attachment_path(store, record.attachments[0].sha256).read_bytes() == scan.read_bytes()
    assert (record.status, record.metrics) == (Status.DOING, {"tin_bai": 41})  # started from 6 tháng
    assert page.panel.files.item(0).text().startswith("bien-ban.pdf")
    assert not page.panel.note.isVisible()
