"""Ctrl+F on every page (issue 12, item 6): the find bar opens on the page's list, table or PDF
preview, finds without diacritics, Enter steps through the matches, Esc closes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QAbstractItemView, QApplication

from ccpropa_desktop.ui import tasks
from ccpropa_desktop.ui.main_window import PAGES
from ccpropa_desktop.ui.widgets.find_bar import fold

OWN_FIND = {"editor"}  # the editor's Ctrl+F is its find and replace over the whole plan
PDF_PAGES = {"issue", "reports"}


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not tasks.busy() and page.is_ready(), timeout=30000)


def ctrl_f(qtbot, window) -> None:
    focus = QApplication.focusWidget() or window
    qtbot.keyClick(focus, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)


def open_find(qtbot, window, key: str):
    """Show page `key`, wait for its data, press Ctrl+F; the page and the bar."""
    window.show()
    page = window.show_page(key)
    settle(qtbot, page)
    ctrl_f(qtbot, window)
    return page, window.find_bar


def type_text(widget, text: str) -> None:
    widget.insert(text)  # QLineEdit: as typed, without QTest's ASCII-only keyClicks


def test_fold_drops_case_and_vietnamese_diacritics():
    assert fold("Ủy ban nhân dân huyện SÔNG MÃ") == "uy ban nhan dan huyen song ma"
    assert fold("Đoàn TNCS") == "doan tncs"


@pytest.mark.parametrize("key", [spec.key for spec in PAGES if spec.key not in OWN_FIND])
def test_ctrl_f_opens_the_find_bar_on_the_pages_list_or_preview(ctx_with_plan, window, qtbot, key):
    window.show()
    page = window.show_page(key)
    settle(qtbot, page)
    page.setFocus()
    ctrl_f(qtbot, window)
    bar = window.find_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.field
    expected = QPdfView if key in PDF_PAGES else QAbstractItemView
    assert bar.target is None or isinstance(bar.target, expected)
    if key in PDF_PAGES or key in ("templates", "plans", "tracking", "unit"):
        assert bar.target is not None, f"{key}: Ctrl+F has nothing to search"
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_the_templates_list_is_searched_without_diacritics(ctx_with_plan, window, qtbot):
    _page, bar = open_find(qtbot, window, "templates")
    view = bar.target
    assert isinstance(view, QAbstractItemView)
    type_text(bar.field, "binh dinh")
    assert bar.total >= 1 and bar.count.text() == f"1/{bar.total}"
    assert "Bình Định" in " ".join(view.model().index(view.currentIndex().row(), c).data() or ""
                                   for c in range(view.model().columnCount()))
    bar.field.clear()
    type_text(bar.field, "kế hoạch")
    total = bar.total
    assert total >= 2
    first = view.currentIndex().row()
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.count.text() == f"2/{total}" and view.currentIndex().row() != first
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"1/{total}" and view.currentIndex().row() == first
    bar.field.clear()
    type_text(bar.field, "không có chữ này")
    assert bar.total == 0 and bar.count.text() == "Không thấy"


def test_the_tracking_table_finds_a_task_by_its_words(ctx_with_plan, window, qtbot):
    _page, bar = open_find(qtbot, window, "tracking")
    type_text(bar.field, "truyen hinh")
    assert bar.total >= 1
    view = bar.target
    current, model = view.currentIndex(), view.model()
    row_text = " ".join(str(model.index(current.row(), c, current.parent()).data() or "")
                        for c in range(model.columnCount()))
    assert "truyền hình" in row_text.lower()


def test_the_issue_page_searches_the_pdf_on_screen(ctx_with_plan, window, qtbot):
    page, bar = open_find(qtbot, window, "issue")
    assert bar.target is page.pdf.view
    type_text(bar.field, "Sông Mã")
    qtbot.waitUntil(lambda: bar.total > 0, timeout=10000)
    assert bar.count.text().startswith("1/")
    assert page.pdf.view.currentSearchResultIndex() == 0


def test_leaving_the_page_closes_the_bar(ctx_with_plan, window, qtbot):
    open_find(qtbot, window, "plans")
    assert window.find_bar.isVisible()
    window.show_page("templates")
    assert not window.find_bar.isVisible()
