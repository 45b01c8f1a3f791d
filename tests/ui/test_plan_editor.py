"""The plan editor: typing into cells and paragraphs, restructuring, undo/redo, all checked in the store."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton

from ccpropa_desktop.domain.outline import section_numbers, task_numbers
from ccpropa_desktop.ui.widgets.agency_picker import AgencyPicker

CTRL = Qt.KeyboardModifier.ControlModifier


# -- reading the store ------------------------------------------------------------------------------
def tasks(ctx, plan_id: int | None = None) -> list[dict[str, Any]]:
    """Rows as stored, with their derived numbers."""
    rows = list(ctx.store.db.query("select * from tasks where plan_id = ? order by position",
                                   [plan_id or ctx.current_plan_id]))
    for row, number in zip(rows, task_numbers([r["depth"] for r in rows]), strict=True):
        row["number"] = number
    return rows


def task(ctx, number: str) -> dict[str, Any]:
    return next(r for r in tasks(ctx) if r["number"] == number)


def sections(ctx) -> list[dict[str, Any]]:
    rows = list(ctx.store.db.query("select * from sections where plan_id = ? order by position",
                                   [ctx.current_plan_id]))
    for row, number in zip(rows, section_numbers([r["depth"] for r in rows]), strict=True):
        row["number"] = number
        row["paragraphs"] = json.loads(row["paragraphs"])
    return rows


# -- driving the page -------------------------------------------------------------------------------
@pytest.fixture
def editor(ctx_with_plan, window, qtbot):
    page = window.show_page("editor")
    page.tabs.setCurrentWidget(page.tasks)
    qtbot.waitUntil(lambda: page.tasks.model.rowCount() > 0)
    return page


def cell(page, number: str, field: str):
    model = page.tasks.model
    row = next(r for r in range(model.rowCount()) if model.task(r).number == number)
    return model.index(row, model.column_of(field))


def open_editor(page, qtbot, number: str, field: str):
    view = page.tasks.view
    index = cell(page, number, field)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(index)
    assert editor is not None
    return editor


def type_text(widget, text: str) -> None:
    """Key presses carrying each character, as a keyboard layout sends them (QTest's keyClicks
    only knows ASCII)."""
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key(0)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def enter(page, qtbot, editor) -> None:
    """Enter in a cell editor; a line edit commits on the next turn of the event loop."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor not in page.tasks.view.viewport().findChildren(type(editor))
                    or not editor.isVisible())


def type_into_cell(page, qtbot, number: str, field: str, text: str) -> None:
    editor = open_editor(page, qtbot, number, field)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    type_text(editor, text)
    enter(page, qtbot, editor)
    assert page.tasks.view.indexWidget(cell(page, number, field)) is None  # the editor closed


def press(page, qtbot, key: Qt.Key, modifiers=CTRL, widget=None) -> None:
    """A shortcut, typed into the window (made active again after a message box)."""
    window = page.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(widget or page.tasks.view, key, modifiers)


@pytest.fixture
def answer(monkeypatch):
    """Answer the next message boxes with these button texts, keeping what they said. The boxes are
    built and their buttons clicked for real, only not shown (offscreen Qt warns on showing one)."""
    replies: list[str] = []
    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box.text() + "\n" + box.informativeText())
        reply = replies.pop(0)
        next(b for b in box.buttons() if b.text() == reply).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return replies, seen


# -- tests ------------------------------------------------------------------------------------------
def test_the_editor_shows_the_plan_opened_from_the_plans_page(ctx_with_plan, window, qtbot):
    plans_page = window.show_page("plans")
    plans_page.table.selectRow(0)
    qtbot.mouseClick(plans_page.open_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "editor"
    page = window.page("editor")
    model = page.tasks.model
    shown = [model.task(r).number for r in range(model.rowCount())]
    assert shown == [r["number"] for r in tasks(ctx_with_plan)]
    assert model.index(2, 0).data() == "2.1"
    assert not model.flags(model.index(2, 0)) & Qt.ItemFlag.ItemIsEditable  # TT is derived
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Đơn vị chủ trì"
    assert "Sông Mã" in page.title.text()
    assert page.undo_action.text() == "Hoàn tác" and page.redo_action.text() == "Làm lại"
    assert not page.undo_action.isEnabled()


def test_without_a_plan_the_page_says_how_to_make_one(ctx_with_unit, window, qtbot):
    page = window.show_page("editor")
    assert page.pages.currentWidget() is page.empty
    qtbot.mouseClick(page.go_plans, Qt.MouseButton.LeftButton)
    assert window.current_key() == "plans"


def test_without_a_current_plan_the_most_recent_one_opens(ctx_with_plan, window, qtbot):
    from ccpropa_desktop.services import plans

    newer = plans.create_plan(ctx_with_plan.store, "song-ma-2022", 2023)
    ctx_with_plan.current_plan_id = None
    page = window.show_page("editor")
    assert page.session.plan_id == newer.id == ctx_with_plan.current_plan_id


def test_typing_into_a_cell_saves_it_and_undo_redo_go_through_the_store(editor, ctx_with_plan, qtbot):
    before = task(ctx_with_plan, "2.1")["content"]
    changed: list[bool] = []
    ctx_with_plan.plans_changed.connect(lambda: changed.append(True))
    messages: list[str] = []
    ctx_with_plan.status_message.connect(messages.append)

    type_into_cell(editor, qtbot, "2.1", "content", "Nâng cấp Cổng thông tin điện tử huyện")

    assert task(ctx_with_plan, "2.1")["content"] == "Nâng cấp Cổng thông tin điện tử huyện"
    assert changed and messages[-1] == "Đã lưu"
    index = cell(editor, "2.1", "number")
    assert "Đã sửa so với kế hoạch mẫu" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "Nhiệm vụ" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert cell(editor, "2.1", "content").data(Qt.ItemDataRole.BackgroundRole) is not None
    assert editor.undo_action.isEnabled()

    press(editor, qtbot, Qt.Key.Key_Z)
    assert task(ctx_with_plan, "2.1")["content"] == before
    assert cell(editor, "2.1", "content").data() == before
    assert cell(editor, "2.1", "content").data(Qt.ItemDataRole.BackgroundRole) is None

    press(editor, qtbot, Qt.Key.Key_Y)
    assert task(ctx_with_plan, "2.1")["content"] == "Nâng cấp Cổng thông tin điện tử huyện"
    press(editor, qtbot, Qt.Key.Key_Z)
    press(editor, qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # the other redo
    assert cell(editor, "2.1", "content").data() == "Nâng cấp Cổng thông tin điện tử huyện"
    assert task(ctx_with_plan, "2.1")["content"] == "Nâng cấp Cổng thông tin điện tử huyện"


def test_shift_enter_starts_a_new_line_in_a_cell(editor, ctx_with_plan, qtbot):
    cell_editor = open_editor(editor, qtbot, "3", "schedule")
    assert isinstance(cell_editor, QLineEdit)
    cell_editor = open_editor(editor, qtbot, "3", "content")
    assert isinstance(cell_editor, QPlainTextEdit)
    qtbot.keyClick(cell_editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(cell_editor, "Lần 2 vào quý IV")
    enter(editor, qtbot, cell_editor)
    assert task(ctx_with_plan, "3")["content"].endswith("cải cách hành chính\nLần 2 vào quý IV")


@pytest.mark.parametrize("field", ["content", "schedule", "partners"])
def test_text_from_an_input_method_reaches_the_store(editor, ctx_with_plan, qtbot, field):
    """Unikey telex and other IMEs commit text through QInputMethodEvent, not key presses."""
    cell_editor = open_editor(editor, qtbot, "4", field)
    qtbot.keyClick(cell_editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(cell_editor, Qt.Key.Key_Delete)
    preedit = QInputMethodEvent("Tuyê", [])
    QApplication.sendEvent(cell_editor, preedit)
    event = QInputMethodEvent("", [])
    event.setCommitString("Tuyên truyền")
    QApplication.sendEvent(cell_editor, event)
    enter(editor, qtbot, cell_editor)
    assert task(ctx_with_plan, "4")[field] == "Tuyên truyền"


def test_indent_renumbers_in_the_store_and_undo_puts_it_back(editor, ctx_with_plan, qtbot):
    before = [(r["number"], r["id"]) for r in tasks(ctx_with_plan)]
    moved = task(ctx_with_plan, "3")["id"]
    editor.tasks.view.setCurrentIndex(cell(editor, "3", "content"))
    editor.tasks.view.setFocus()
    press(editor, qtbot, Qt.Key.Key_BracketRight)  # Ctrl+]
    after = {r["id"]: r["number"] for r in tasks(ctx_with_plan)}
    assert after[moved] == "2.4"
    assert [r["number"] for r in tasks(ctx_with_plan)] == [
        "1", "2", "2.1", "2.2", "2.3", "2.4", "3", "4", "5"]
    assert editor.tasks.current_task().id == moved
    assert cell(editor, "2.4", "content").data().startswith("Tổ chức tọa đàm")

    button = editor.tasks.toolbar.widgetForAction(editor.tasks.actions["outdent"])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the toolbar does the same
    assert [(r["number"], r["id"]) for r in tasks(ctx_with_plan)] == before
    press(editor, qtbot, Qt.Key.Key_Z)
    assert {r["id"]: r["number"] for r in tasks(ctx_with_plan)}[moved] == "2.4"
    press(editor, qtbot, Qt.Key.Key_Z)
    assert [(r["number"], r["id"]) for r in tasks(ctx_with_plan)] == before


def test_outdent_then_undo_restores_the_exact_outline(editor, ctx_with_plan, qtbot):
    before = [(r["number"], r["id"]) for r in tasks(ctx_with_plan)]
    editor.tasks.view.setCurrentIndex(cell(editor, "2.2", "content"))
    editor.tasks.view.setFocus()
    press(editor, qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert [r["number"] for r in tasks(ctx_with_plan)][:6] == ["1", "2", "2.1", "3", "3.1", "4"]
    press(editor, qtbot, Qt.Key.Key_Z)
    assert [(r["number"], r["id"]) for r in tasks(ctx_with_plan)] == before
    assert not editor.tasks.actions["indent"].isEnabled() or editor.tasks.current_task().number == "2.2"


def test_move_down_and_impossible_moves_are_greyed_out(editor, ctx_with_plan, qtbot):
    editor.tasks.view.setCurrentIndex(cell(editor, "1", "content"))
    assert not editor.tasks.actions["up"].isEnabled()
    assert not editor.tasks.actions["indent"].isEnabled()
    assert not editor.tasks.actions["outdent"].isEnabled()
    first = task(ctx_with_plan, "1")["id"]
    editor.tasks.view.setFocus()
    press(editor, qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = {r["id"]: r["number"] for r in tasks(ctx_with_plan)}
    assert moved[first] == "2"  # below the whole of old group 2
    assert task(ctx_with_plan, "1")["content"].startswith("Tuyên truyền các nội dung CCHC trên")


def test_remove_asks_names_the_sub_tasks_and_undo_brings_back_the_same_ids(editor, ctx_with_plan, qtbot,
                                                                           answer):
    replies, seen = answer
    before = tasks(ctx_with_plan)
    editor.tasks.view.setCurrentIndex(cell(editor, "2", "content"))
    editor.tasks.view.setFocus()
    replies += ["Không xóa", "Xóa"]
    press(editor, qtbot, Qt.Key.Key_Delete)
    assert len(tasks(ctx_with_plan)) == len(before)
    assert "nhiệm vụ 2 «Tuyên truyền các nội dung CCHC trên" in seen[0]
    assert "cùng 3 nhiệm vụ con" in seen[0]

    qtbot.mouseClick(editor.tasks.toolbar.widgetForAction(editor.tasks.actions["remove"]),
                     Qt.MouseButton.LeftButton)
    left = tasks(ctx_with_plan)
    assert [r["number"] for r in left] == ["1", "2", "3", "4", "5"]
    assert {r["id"] for r in before} - {r["id"] for r in left} == {r["id"] for r in before[1:5]}
    assert editor.tasks.model.rowCount() == 5

    press(editor, qtbot, Qt.Key.Key_Z)
    assert tasks(ctx_with_plan) == before  # same ids, fields, origin, positions
    assert editor.tasks.model.rowCount() == len(before)
    assert editor.tasks.current_task().id == before[1]["id"]
    press(editor, qtbot, Qt.Key.Key_Y)
    assert [r["id"] for r in tasks(ctx_with_plan)] == [r["id"] for r in left]


def test_add_a_task_type_it_and_undo_both(editor, ctx_with_plan, qtbot):
    before = tasks(ctx_with_plan)
    editor.tasks.view.setCurrentIndex(cell(editor, "2.3", "content"))
    qtbot.mouseClick(editor.tasks.toolbar.widgetForAction(editor.tasks.actions["add"]),
                     Qt.MouseButton.LeftButton)
    assert task(ctx_with_plan, "2.4")["content"] == "Nhiệm vụ mới"
    cell_editor = editor.tasks.view.indexWidget(cell(editor, "2.4", "content"))
    assert cell_editor is not None and cell_editor.hasFocus()  # ready to type
    qtbot.keyClick(cell_editor, Qt.Key.Key_A, CTRL)
    type_text(cell_editor, "Thi tìm hiểu CCHC")
    enter(editor, qtbot, cell_editor)
    added = task(ctx_with_plan, "2.4")
    assert added["content"] == "Thi tìm hiểu CCHC" and added["origin"] is None
    assert "thêm mới" in cell(editor, "2.4", "number").data(Qt.ItemDataRole.ToolTipRole)
    press(editor, qtbot, Qt.Key.Key_Z)
    assert task(ctx_with_plan, "2.4")["content"] == "Nhiệm vụ mới"
    press(editor, qtbot, Qt.Key.Key_Z)
    assert tasks(ctx_with_plan) == before
    press(editor, qtbot, Qt.Key.Key_Y)
    press(editor, qtbot, Qt.Key.Key_Y)
    assert task(ctx_with_plan, "2.4") == added  # same id back, same text


def test_a_new_task_is_typed_over_at_once(editor, ctx_with_plan, qtbot):
    """Issue 12: the new task's «Nhiệm vụ mới» is selected, so typing replaces it (no Ctrl+A)."""
    editor.tasks.view.setCurrentIndex(cell(editor, "6", "content"))
    qtbot.mouseClick(editor.tasks.toolbar.widgetForAction(editor.tasks.actions["add"]),
                     Qt.MouseButton.LeftButton)
    cell_editor = editor.tasks.view.indexWidget(cell(editor, "7", "content"))
    assert isinstance(cell_editor, QPlainTextEdit) and cell_editor.hasFocus()
    assert cell_editor.textCursor().selectedText() == "Nhiệm vụ mới"
    type_text(cell_editor, "Tọa đàm về Chỉ số CCHC")
    enter(editor, qtbot, cell_editor)
    assert task(ctx_with_plan, "7")["content"] == "Tọa đàm về Chỉ số CCHC"


def test_rows_are_as_tall_as_their_text(editor, qtbot):
    """A one-line row is one line tall (plus the margin), a wrapped one as tall as its lines."""
    from PySide6.QtGui import QFontMetrics

    view = editor.tasks.view
    qtbot.waitUntil(editor.tasks.rows_fitted)
    line = QFontMetrics(view.font()).lineSpacing()
    model = editor.tasks.model
    heights = {model.task(r).number: view.rowHeight(r) for r in range(model.rowCount())}
    assert heights["2"] <= line + 10  # the group row "2" has no lead, partners or schedule: one line
    assert all(h <= 4 * line + 10 for h in heights.values())


def test_agency_picker_ticks_from_the_directory_and_keeps_free_text(editor, ctx_with_plan, qtbot):
    picker = open_editor(editor, qtbot, "3", "partners")
    assert isinstance(picker, AgencyPicker)
    assert "Phòng Tư pháp" in picker.agencies
    qtbot.keyClick(picker, Qt.Key.Key_A, CTRL)
    type_text(picker, "Hội Liên hiệp Phụ nữ huyện")
    picker.open_action.trigger()
    checklist = picker.checklist
    assert checklist.isVisible()
    row = next(r for r in range(checklist.count()) if checklist.item(r).text() == "Phòng Tư pháp")
    rect = checklist.visualItemRect(checklist.item(row))
    qtbot.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.text() == "Hội Liên hiệp Phụ nữ huyện; Phòng Tư pháp"
    assert checklist.item(row).checkState() == Qt.CheckState.Checked
    assert editor.tasks.view.indexWidget(cell(editor, "3", "partners")) is picker  # still editing
    qtbot.keyClick(picker, Qt.Key.Key_Down)  # the arrows move in the open list, Enter ticks
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    below = checklist.item(row + 1).text()
    assert picker.selected()[-1] == below and checklist.item(row + 1).checkState() == Qt.CheckState.Checked
    assert task(ctx_with_plan, "3")["partners"] != picker.text()  # ticking saves nothing yet
    qtbot.keyClick(picker, Qt.Key.Key_Up)  # an explicit keyboard choice unticks
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.selected() == ["Hội Liên hiệp Phụ nữ huyện", below]
    qtbot.keyClick(picker, Qt.Key.Key_Escape)  # closes the list, keeps editing
    assert not checklist.isVisible() and picker.isVisible()
    enter(editor, qtbot, picker)
    assert task(ctx_with_plan, "3")["partners"] == f"Hội Liên hiệp Phụ nữ huyện; {below}"


def test_enter_in_the_agency_picker_keeps_the_agency_just_ticked(editor, ctx_with_plan, qtbot):
    """Issue 12: a click ticks, then Enter (as the hint says) saves the cell, tick and all."""
    picker = open_editor(editor, qtbot, "5", "lead")
    qtbot.keyClick(picker, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(picker, Qt.Key.Key_Delete)
    qtbot.keyClick(picker, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # opens the directory
    checklist = picker.checklist
    assert checklist.isVisible()
    for name in ("Phòng Tư pháp", "Bưu điện huyện"):
        row = next(r for r in range(checklist.count()) if checklist.item(r).text() == name)
        qtbot.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton,
                         pos=checklist.visualItemRect(checklist.item(row)).center())
    assert picker.text() == "Phòng Tư pháp; Bưu điện huyện"
    enter(editor, qtbot, picker)  # Enter with the list open: saves, unticks nothing
    assert editor.tasks.view.indexWidget(cell(editor, "5", "lead")) is None
    assert task(ctx_with_plan, "5")["lead"] == "Phòng Tư pháp; Bưu điện huyện"
    assert cell(editor, "5", "lead").data() == "Phòng Tư pháp; Bưu điện huyện"


def test_show_original_side_by_side_and_take_it_back(editor, ctx_with_plan, qtbot, monkeypatch):
    original = task(ctx_with_plan, "5")["lead"]
    type_into_cell(editor, qtbot, "5", "lead", "Phòng Tư pháp")
    shown: dict[str, Any] = {}

    def fake_exec(dialog) -> int:
        shown["changed"] = dialog.changed_labels
        shown["original"] = dialog.findChild(QPushButton, "restore_original") is not None
        return dialog.RESTORE

    from ccpropa_desktop.ui.editor.original_dialog import OriginalDialog

    monkeypatch.setattr(OriginalDialog, "exec", fake_exec)
    editor.tasks.view.setCurrentIndex(cell(editor, "5", "number"))
    qtbot.mouseClick(editor.tasks.toolbar.widgetForAction(editor.tasks.actions["original"]),
                     Qt.MouseButton.LeftButton)
    assert shown["changed"] == ["Đơn vị chủ trì"] and shown["original"]
    assert task(ctx_with_plan, "5")["lead"] == original
    press(editor, qtbot, Qt.Key.Key_Z)
    assert task(ctx_with_plan, "5")["lead"] == "Phòng Tư pháp"


def test_the_original_dialog_shows_both_texts(editor, ctx_with_plan, qtbot):
    from ccpropa_desktop.services import plans
    from ccpropa_desktop.ui.editor.original_dialog import OriginalDialog

    type_into_cell(editor, qtbot, "5", "lead", "Phòng Tư pháp")
    plan = plans.get_plan(ctx_with_plan.store, ctx_with_plan.current_plan_id)
    five = next(t for t in plan.tasks if t.number == "5")
    dialog = OriginalDialog.for_task(five, ["content", "lead"],
                                     {"content": "Nhiệm vụ", "lead": "Đơn vị chủ trì"})
    qtbot.addWidget(dialog)
    labels = {w.objectName(): w.text() for w in dialog.findChildren(type(editor.title)) if w.objectName()}
    assert labels["original_2"] == "Phòng Nội vụ" and labels["current_2"] == "Phòng Tư pháp"
    assert labels["original_1"] == labels["current_1"] == five.content
    assert dialog.changed_labels == ["Đơn vị chủ trì"]


# -- sections ---------------------------------------------------------------------------------------
@pytest.fixture
def body(editor):
    editor.tabs.setCurrentWidget(editor.sections)
    return editor.sections


def select_section(panel, title: str) -> dict[str, Any]:
    row = next(r for r in sections(panel.session.ctx) if r["title"] == title)
    panel.tree.setCurrentIndex(panel.model.index_of(row["id"]))
    assert panel.title_edit.text() == title
    return row


def test_typing_a_paragraph_is_saved_and_undone_through_the_store(editor, body, ctx_with_plan, qtbot):
    row = select_section(body, "Mục đích")
    assert body.body_edit.toPlainText() == "\n".join(row["paragraphs"])
    body.body_edit.setFocus()
    qtbot.keyClick(body.body_edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(body.body_edit, Qt.Key.Key_Return)
    type_text(body.body_edit, "- Tuyên truyền  trên mạng xã hội Zalo. ")
    # Saved by itself a moment after the last keystroke; spaces tidied in the store, not on screen.
    qtbot.waitUntil(lambda: len(select_row(ctx_with_plan, row["id"])["paragraphs"]) == 4, timeout=3000)
    assert select_row(ctx_with_plan, row["id"])["paragraphs"][-1] == "- Tuyên truyền trên mạng xã hội Zalo."
    assert body.body_edit.toPlainText().endswith("Zalo. ")
    assert body.marker.text() == "Đã sửa so với kế hoạch mẫu: nội dung"
    assert "Đã sửa" in body.model.index_of(row["id"]).data(Qt.ItemDataRole.ToolTipRole)

    press(editor, qtbot, Qt.Key.Key_Z, widget=body.body_edit)
    assert select_row(ctx_with_plan, row["id"])["paragraphs"] == row["paragraphs"]
    assert body.body_edit.toPlainText() == "\n".join(row["paragraphs"])
    assert body.marker.text() == "Giữ nguyên như kế hoạch mẫu"
    press(editor, qtbot, Qt.Key.Key_Y, widget=body.body_edit)
    assert select_row(ctx_with_plan, row["id"])["paragraphs"][-1] == "- Tuyên truyền trên mạng xã hội Zalo."

    # Ctrl+Z right after typing (before the pause that saves): the typing is saved, then undone.
    assert body.body_edit.textCursor().position() > 0  # undo/redo did not throw the cursor to the top
    qtbot.keyClick(body.body_edit, Qt.Key.Key_End, CTRL)
    type_text(body.body_edit, " Thêm chữ")
    press(editor, qtbot, Qt.Key.Key_Z, widget=body.body_edit)
    assert select_row(ctx_with_plan, row["id"])["paragraphs"][-1] == "- Tuyên truyền trên mạng xã hội Zalo."
    assert body.body_edit.toPlainText().endswith("Zalo.")
    press(editor, qtbot, Qt.Key.Key_Y, widget=body.body_edit)
    last = select_row(ctx_with_plan, row["id"])["paragraphs"][-1]
    assert last == "- Tuyên truyền trên mạng xã hội Zalo. Thêm chữ"


def select_row(ctx, section_id: int) -> dict[str, Any]:
    return next(r for r in sections(ctx) if r["id"] == section_id)


def test_a_section_title_is_saved_on_enter_and_never_left_empty(editor, body, ctx_with_plan, qtbot):
    row = select_section(body, "Yêu cầu")
    body.title_edit.setFocus()
    qtbot.keyClick(body.title_edit, Qt.Key.Key_A, CTRL)
    type_text(body.title_edit, "Yêu cầu chung")
    qtbot.keyClick(body.title_edit, Qt.Key.Key_Return)
    assert select_row(ctx_with_plan, row["id"])["title"] == "Yêu cầu chung"
    assert body.model.index_of(row["id"]).data() == "2. Yêu cầu chung"
    qtbot.keyClick(body.title_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(body.title_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(body.title_edit, Qt.Key.Key_Return)
    assert select_row(ctx_with_plan, row["id"])["title"] == "Yêu cầu chung"
    assert body.title_edit.text() == "Yêu cầu chung"
    press(editor, qtbot, Qt.Key.Key_Z, widget=body.title_edit)
    assert select_row(ctx_with_plan, row["id"])["title"] == "Yêu cầu"
    assert body.title_edit.text() == "Yêu cầu"


def test_an_input_method_types_into_the_paragraphs(editor, body, ctx_with_plan, qtbot):
    row = select_section(body, "Mục đích")
    body.body_edit.setFocus()
    qtbot.keyClick(body.body_edit, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(body.body_edit, Qt.Key.Key_Return)
    event = QInputMethodEvent("", [])
    event.setCommitString("Tuyên truyền")
    QApplication.sendEvent(body.body_edit, event)
    editor.tabs.setCurrentWidget(editor.tasks)  # leaving the tab saves at once
    assert select_row(ctx_with_plan, row["id"])["paragraphs"][-1] == "Tuyên truyền"


def test_sections_restructure_with_numbering_and_undo(editor, body, ctx_with_plan, qtbot, answer):
    replies, seen = answer
    before = sections(ctx_with_plan)
    row = select_section(body, "Yêu cầu")
    body.tree.setFocus()
    press(editor, qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier, widget=body.tree)
    assert select_row(ctx_with_plan, row["id"])["number"] == "II."
    assert [r["number"] for r in sections(ctx_with_plan)][:4] == ["I.", "1.", "II.", "III."]
    press(editor, qtbot, Qt.Key.Key_Z, widget=body.tree)
    assert sections(ctx_with_plan) == before

    select_section(body, "Mục đích")
    qtbot.mouseClick(body.actions["add"].associatedObjects()[-1], Qt.MouseButton.LeftButton)
    assert body.title_edit.hasFocus() and body.title_edit.text() == "Mục mới"
    type_text(body.title_edit, "Phạm vi")
    qtbot.keyClick(body.title_edit, Qt.Key.Key_Return)
    assert [(r["number"], r["title"]) for r in sections(ctx_with_plan)][:4] == [
        ("I.", "MỤC ĐÍCH, YÊU CẦU"), ("1.", "Mục đích"), ("2.", "Phạm vi"), ("3.", "Yêu cầu")]

    top = select_section(body, "MỤC ĐÍCH, YÊU CẦU")
    replies.append("Xóa")
    body.tree.setFocus()
    press(editor, qtbot, Qt.Key.Key_Delete, widget=body.tree)
    assert "mục I «MỤC ĐÍCH, YÊU CẦU» cùng 3 mục con" in seen[-1]
    assert top["id"] not in {r["id"] for r in sections(ctx_with_plan)}
    for _ in range(3):
        press(editor, qtbot, Qt.Key.Key_Z, widget=body.tree)
    assert sections(ctx_with_plan) == before


def test_fifty_steps_undo_and_redo_through_the_store(editor, ctx_with_plan, qtbot):
    start = tasks(ctx_with_plan)
    view = editor.tasks.view
    for step in range(50):
        if step % 10 == 9:  # every tenth step restructures
            view.setCurrentIndex(cell(editor, "3", "content"))
            view.setFocus()
            press(editor, qtbot, Qt.Key.Key_BracketRight if step % 20 == 9 else Qt.Key.Key_Down,
                  CTRL if step % 20 == 9 else Qt.KeyboardModifier.AltModifier)
        else:
            number = ["1", "2.1", "4", "6"][step % 4]
            number = number if number in {r["number"] for r in tasks(ctx_with_plan)} else "1"
            type_into_cell(editor, qtbot, number, "schedule", f"Dot {step}")
    end = tasks(ctx_with_plan)
    assert editor.session.stack.count() == 50
    for _ in range(50):
        press(editor, qtbot, Qt.Key.Key_Z)
    assert tasks(ctx_with_plan) == start
    assert not editor.undo_action.isEnabled()
    for _ in range(50):
        press(editor, qtbot, Qt.Key.Key_Y)
    assert tasks(ctx_with_plan) == end


def test_an_undo_that_meets_a_plan_changed_elsewhere_says_so_and_reloads(editor, ctx_with_plan, qtbot,
                                                                        monkeypatch):
    from ccpropa_desktop.services import editing

    shown: list[str] = []
    monkeypatch.setattr("ccpropa_desktop.ui.pages.plan_editor.show_error", lambda _w, exc: shown.append(
        exc.message))
    type_into_cell(editor, qtbot, "6", "schedule", "Quý IV")
    editing.remove(ctx_with_plan.store, ctx_with_plan.current_plan_id, "tasks", "6")  # e.g. the CLI
    press(editor, qtbot, Qt.Key.Key_Z)
    assert shown and "không còn nhiệm vụ này" in shown[0]
    qtbot.waitUntil(lambda: editor.tasks.model.rowCount() == len(tasks(ctx_with_plan)))
    assert editor.session.stack.count() == 0
    assert not editor.undo_action.isEnabled()


def test_opening_another_plan_starts_a_fresh_history(editor, ctx_with_plan, window, qtbot):
    from ccpropa_desktop.services import plans

    type_into_cell(editor, qtbot, "1", "schedule", "Quý I")
    assert editor.session.stack.count() == 1
    other = plans.create_plan(ctx_with_plan.store, "song-ma-2022", 2023)
    ctx_with_plan.open_plan(other.id)
    assert window.current_key() == "editor" and editor.session.plan_id == other.id
    assert editor.session.stack.count() == 0
    assert "năm 2023" in editor.title.text()


def test_a_section_shows_its_original_and_takes_it_back(editor, body, ctx_with_plan, qtbot, monkeypatch):
    from ccpropa_desktop.ui.editor.original_dialog import OriginalDialog

    row = select_section(body, "Yêu cầu")
    body.body_edit.setFocus()
    qtbot.keyClick(body.body_edit, Qt.Key.Key_A, CTRL)
    type_text(body.body_edit, "Chỉ một đoạn")
    seen: dict[str, Any] = {}

    def fake_exec(dialog) -> int:
        seen["changed"] = dialog.changed_labels
        seen["current"] = dialog.findChild(type(editor.title), "current_2").text()
        return dialog.RESTORE

    monkeypatch.setattr(OriginalDialog, "exec", fake_exec)
    qtbot.mouseClick(body.original_button, Qt.MouseButton.LeftButton)  # saves the typing first
    assert seen == {"changed": ["Nội dung"], "current": "Chỉ một đoạn"}
    assert select_row(ctx_with_plan, row["id"])["paragraphs"] == row["paragraphs"]
    assert body.body_edit.toPlainText() == "\n".join(row["paragraphs"])
    press(editor, qtbot, Qt.Key.Key_Z, widget=body.body_edit)
    assert select_row(ctx_with_plan, row["id"])["paragraphs"] == ["Chỉ một đoạn"]
