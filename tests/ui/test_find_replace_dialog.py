"""Ctrl+F / Ctrl+H in the plan editor: matches listed in context, one replace-all, one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ccpropa_desktop.services import find_replace, plans
from ui.test_plan_editor import tasks, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_find_lists_every_match_and_replace_all_is_one_undo_step(ctx_with_plan, window, qtbot):
    page = window.show_page("editor")
    qtbot.waitUntil(lambda: page.tasks.model.rowCount() > 0)
    dialog = page.open_find(replace=True)
    assert dialog is not None and dialog.replacement.isVisible()
    type_text(dialog.query, "UBND các xã, thị trấn")
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    plan = plans.get_plan(ctx_with_plan.store, ctx_with_plan.current_plan_id)
    expected = find_replace.find(plan, "UBND các xã, thị trấn")
    assert dialog.results.count() == len(expected) > 1
    assert "«UBND các xã, thị trấn»" in dialog.results.item(0).text()
    before = [(r["lead"], r["partners"]) for r in tasks(ctx_with_plan)]
    type_text(dialog.replacement, "UBND các xã, thị trấn trên địa bàn")
    qtbot.mouseClick(dialog.replace_button, Qt.MouseButton.LeftButton)
    after = [(r["lead"], r["partners"]) for r in tasks(ctx_with_plan)]
    assert after != before and any("thị trấn trên địa bàn" in lead for lead, _ in after)
    assert dialog.summary.text().startswith(f"Đã thay {len(expected)} chỗ")
    page.session.undo()  # the whole replace-all comes back in one step
    assert [(r["lead"], r["partners"]) for r in tasks(ctx_with_plan)] == before
    page.session.redo()
    assert [(r["lead"], r["partners"]) for r in tasks(ctx_with_plan)] == after


def test_ctrl_f_opens_the_search_without_diacritics_option(ctx_with_plan, window, qtbot):
    page = window.show_page("editor")
    qtbot.waitUntil(lambda: page.tasks.model.rowCount() > 0)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    dialog = page.find_dialog
    assert dialog is not None and dialog.isVisible() and not dialog.replacement.isVisible()
    qtbot.keyClicks(dialog.query, "truyen thong")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.results.count() == 0 and dialog.summary.text().startswith("Không thấy")
    dialog.diacritics.setChecked(True)  # finds again by itself
    assert dialog.results.count() > 0 and "«truyền thông»" in dialog.results.item(0).text().lower()
