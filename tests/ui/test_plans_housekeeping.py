"""The plans page: next year's plan in one list, duplicate, delete (asks first) and the bin."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ccpropa_desktop.services import housekeeping, issuing, plans, tracking


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_next_year_from_the_window(ctx_with_plan, window, qtbot):
    store, pid = ctx_with_plan.store, ctx_with_plan.current_plan_id
    tracking.set_progress(store, pid, "3", "2022-Q1", status="done", done_on="2022-03-10")
    page = window.show_page("plans")
    page.refresh()
    dialog = page.next_year_dialog()
    assert dialog.year.value() == 2023
    rows = {dialog.table.item(r, 1).text(): dialog.table.item(r, 0) for r in range(dialog.table.rowCount())}
    assert rows["3"].text() == "Đề xuất bỏ" and rows["3"].checkState() == Qt.CheckState.Unchecked
    rows["3"].setCheckState(Qt.CheckState.Checked)  # the officer keeps it after all
    rows["1"].setCheckState(Qt.CheckState.Unchecked)  # and drops task 1
    assert "chuyển sang năm 2023" in dialog.summary.text()
    dialog.create()
    new = plans.get_plan(store, dialog.created_plan_id)
    old = plans.get_plan(store, pid)
    assert new.year == 2023 and len(new.tasks) == len(old.tasks) - 1
    assert old.tasks[0].content not in [t.content for t in new.tasks]


def test_duplicate_delete_and_restore(ctx_with_plan, window, qtbot, monkeypatch):
    store, pid = ctx_with_plan.store, ctx_with_plan.current_plan_id
    issuing.issue_plan(store, pid, "18", "2022-01-13", None)
    page = window.show_page("plans")
    page.refresh()
    click(qtbot, page.duplicate_button)
    assert page.table.rowCount() == 2
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    page.table.selectRow([page.table.item(r, 0).text() for r in range(2)].index(str(pid)))
    click(qtbot, page.delete_button)
    assert asked and "vào thùng rác" in asked[0] and page.table.rowCount() == 2  # "No": nothing deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    click(qtbot, page.delete_button)
    assert page.table.rowCount() == 1 and [b["id"] for b in housekeeping.bin_contents(store)] == [pid]
    from ccpropa_desktop.ui.dialogs.plan_bin_dialog import PlanBinDialog

    bin_dialog = PlanBinDialog(ctx_with_plan, page)
    assert bin_dialog.table.rowCount() == 1 and bin_dialog.table.item(0, 2).text() == "1"
    click(qtbot, bin_dialog.restore_button)
    assert bin_dialog.table.rowCount() == 0 and page.table.rowCount() == 2
    assert len(store.list_versions(pid)) == 1


def test_templates_page_duplicate_rename_delete(ctx_with_unit, window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from ccpropa_desktop.services import templates

    page = window.show_page("templates")
    qtbot.waitUntil(page.is_ready)
    row = next(r for r in range(page.list.count())
               if page.list.item(r).data(Qt.ItemDataRole.UserRole) == "song-ma-2022")
    page.list.setCurrentRow(row)
    assert page.duplicate_button.isEnabled() and not page.rename_button.isEnabled()  # built-in: read-only
    click(qtbot, page.duplicate_button)
    assert page.selected_id() == "song-ma-2022-2" and page.rename_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mẫu Sông Mã của tôi", True))
    click(qtbot, page.rename_button)
    assert templates.get_template(ctx_with_unit.store, "song-ma-2022-2")["name"] == "Mẫu Sông Mã của tôi"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    click(qtbot, page.delete_button)
    assert "song-ma-2022-2" not in {s.id for s in templates.list_templates(ctx_with_unit.store)}
