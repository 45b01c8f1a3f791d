"""«Thông tin chung» in the plan editor: every document part typed or clicked, saved at once,
undone and redone with Ctrl+Z / Ctrl+Y, each step checked in the store's plans row."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .test_plan_editor import CTRL, type_text

SHIFT = Qt.KeyboardModifier.ShiftModifier


def row(ctx) -> dict[str, Any]:
    """The plans row as stored, JSON columns decoded."""
    (found,) = ctx.store.db.query("select * from plans where id = ?", [ctx.current_plan_id])
    for key in ("legal_bases", "closing", "signer", "recipients"):
        found[key] = json.loads(found[key])
    return found


@pytest.fixture
def parts(ctx_with_plan, window, qtbot):
    page = window.show_page("editor")
    page.tabs.setCurrentWidget(page.parts)
    qtbot.waitUntil(lambda: page.parts.plan is not None)
    return page


def press(page, qtbot, key: Qt.Key, modifiers=CTRL, widget=None) -> None:
    window = page.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(widget or page.parts, key, modifiers)


def undo(page, qtbot, widget=None) -> None:
    press(page, qtbot, Qt.Key.Key_Z, widget=widget)


def redo(page, qtbot, widget=None) -> None:
    press(page, qtbot, Qt.Key.Key_Y, widget=widget)


def retype(qtbot, widget, text: str) -> None:
    """Select all that is in a field and type ``text`` over it, key by key."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_tab_shows_the_plan_and_the_defaults(parts, ctx_with_plan):
    panel = parts.parts
    stored = row(ctx_with_plan)
    assert parts.tabs.tabText(0) == "Thông tin chung"
    assert panel.title_edit.text() == stored["title"]
    assert panel.form_a.isChecked() and not panel.form_b.isChecked()
    # The căn cứ citing the template, and the opening apart from it.
    assert panel.bases.list.count() == 1 and panel.bases.list.item(0).text() == stored["legal_bases"][0]
    assert panel.opening_edit.toPlainText() == stored["opening"]
    assert stored["opening"].startswith("UBND huyện Sông Mã xây dựng Kế hoạch")
    assert stored["opening"].endswith("như sau:")
    # Empty parts show what they print as.
    assert panel.signer_name.placeholderText() == "Lò Văn Sinh" and panel.signer_name.text() == ""
    assert panel.signer_authority.lineEdit().placeholderText() == "TM. ỦY BAN NHÂN DÂN"
    assert panel.proposer.placeholderText() == "Trưởng phòng Nội vụ"
    law = "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"  # a 2022 plan
    assert law in panel.power_basis.placeholderText()
    assert panel.appendix_note.placeholderText().startswith("(Kèm theo Kế hoạch số …/KH-UBND")
    assert panel.recipients.list.count() == 9 and panel.recipients.items == []
    assert not panel.unit_recipients.isEnabled()


def test_title_typed_saved_on_enter_and_undone(parts, ctx_with_plan, qtbot):
    panel = parts.parts
    before = row(ctx_with_plan)["title"]
    retype(qtbot, panel.title_edit, "Tuyên truyền  cải cách hành chính năm 2022 ")
    qtbot.keyClick(panel.title_edit, Qt.Key.Key_Return)
    assert row(ctx_with_plan)["title"] == "Tuyên truyền cải cách hành chính năm 2022"
    assert "Tuyên truyền cải cách hành chính năm 2022" in parts.title.text()  # the page heading
    assert parts.undo_action.isEnabled() and "trích yếu" in parts.undo_action.toolTip()
    undo(parts, qtbot, panel.title_edit)
    assert row(ctx_with_plan)["title"] == before and panel.title_edit.text() == before
    redo(parts, qtbot, panel.title_edit)
    assert row(ctx_with_plan)["title"] == "Tuyên truyền cải cách hành chính năm 2022"
    # An emptied trích yếu is not saved: the old one comes back.
    retype(qtbot, panel.title_edit, "")
    qtbot.keyClick(panel.title_edit, Qt.Key.Key_Return)
    assert row(ctx_with_plan)["title"] == "Tuyên truyền cải cách hành chính năm 2022"
    assert panel.title_edit.text() == "Tuyên truyền cải cách hành chính năm 2022"


def test_bases_add_type_move_remove_and_undo_each(parts, ctx_with_plan, qtbot):
    panel, bases = parts.parts, parts.parts.bases
    first = bases.list.item(0).text()
    opening = panel.opening_edit.toPlainText()
    start = row(ctx_with_plan)

    click(qtbot, bases.buttons["add"])  # a new line after the selected one, ready to type over
    stored = row(ctx_with_plan)
    assert stored["legal_bases"] == [first, "Căn cứ …"] and stored["opening"] == opening
    assert bases.list.currentRow() == 1 and bases.edit.hasFocus()
    type_text(bases.edit, "Căn cứ Quyết định số 35/QĐ-BNV ngày 22/01/2024 của Bộ Nội vụ")
    qtbot.waitUntil(lambda: row(ctx_with_plan)["legal_bases"][1].startswith("Căn cứ Quyết định số 35"),
                    timeout=3000)  # saved by itself a moment after the last key
    law = "Căn cứ Quyết định số 35/QĐ-BNV ngày 22/01/2024 của Bộ Nội vụ"
    assert row(ctx_with_plan)["legal_bases"] == [first, law]

    bases.list.setFocus()
    click(qtbot, bases.buttons["up"])
    assert row(ctx_with_plan)["legal_bases"] == [law, first] and bases.list.currentRow() == 0
    press(parts, qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier, bases.list)  # Alt+Down on the list
    assert row(ctx_with_plan)["legal_bases"] == [first, law]
    bases.list.setCurrentRow(0)
    click(qtbot, bases.buttons["remove"])
    assert row(ctx_with_plan)["legal_bases"] == [law]
    assert row(ctx_with_plan)["opening"] == opening  # the opening stays, joined to the new last line

    undo(parts, qtbot)
    assert row(ctx_with_plan)["legal_bases"] == [first, law]
    undo(parts, qtbot)
    assert row(ctx_with_plan)["legal_bases"] == [law, first]
    undo(parts, qtbot)
    assert row(ctx_with_plan)["legal_bases"] == [first, law]
    undo(parts, qtbot)
    assert row(ctx_with_plan)["legal_bases"] == [first, "Căn cứ …"]
    undo(parts, qtbot)
    assert row(ctx_with_plan)["legal_bases"] == [first] and row(ctx_with_plan)["opening"] == opening
    assert [bases.list.item(r).text() for r in range(bases.list.count())] == [first]
    for _ in range(5):
        redo(parts, qtbot)
    assert row(ctx_with_plan)["legal_bases"] == [law]
    assert start["title"] == row(ctx_with_plan)["title"]


def test_editing_a_basis_line_in_place(parts, ctx_with_plan, qtbot):
    bases = parts.parts.bases
    first = bases.list.item(0).text()
    bases.edit.setFocus()
    qtbot.keyClick(bases.edit, Qt.Key.Key_End, CTRL)
    type_text(bases.edit, " (sửa)")
    parts.parts.title_edit.setFocus()  # leaving the line saves it at once
    assert row(ctx_with_plan)["legal_bases"] == [f"{first} (sửa)"]
    assert bases.list.item(0).text() == f"{first} (sửa)"
    undo(parts, qtbot)
    assert row(ctx_with_plan)["legal_bases"] == [first] and bases.edit.toPlainText() == first


def test_opening_and_closing_typed_and_undone(parts, ctx_with_plan, qtbot):
    panel = parts.parts
    closing = row(ctx_with_plan)["closing"]
    retype(qtbot, panel.opening_edit, "UBND huyện Sông Mã ban hành Kế hoạch như sau:")
    retype(qtbot, panel.closing_edit, "Đoạn kết một.")
    qtbot.keyClick(panel.closing_edit, Qt.Key.Key_Return)
    type_text(panel.closing_edit, "Đoạn kết hai./.")
    panel.title_edit.setFocus()
    stored = row(ctx_with_plan)
    assert stored["opening"] == "UBND huyện Sông Mã ban hành Kế hoạch như sau:"
    assert stored["closing"] == ["Đoạn kết một.", "Đoạn kết hai./."]
    assert not stored["legal_bases"][0].endswith("như sau:")  # the căn cứ no longer carries it
    undo(parts, qtbot)
    assert row(ctx_with_plan)["closing"] == closing
    assert panel.closing_edit.toPlainText() == "\n".join(closing)
    undo(parts, qtbot)
    assert row(ctx_with_plan)["opening"].startswith("UBND huyện Sông Mã xây dựng Kế hoạch")
    redo(parts, qtbot)
    redo(parts, qtbot)
    assert row(ctx_with_plan)["closing"] == ["Đoạn kết một.", "Đoạn kết hai./."]


def test_appendix_title_and_note(parts, ctx_with_plan, qtbot):
    panel = parts.parts
    title = row(ctx_with_plan)["appendix_title"]
    retype(qtbot, panel.appendix_title, "Nhiệm vụ tuyên truyền năm 2022")
    qtbot.keyClick(panel.appendix_title, Qt.Key.Key_Tab)
    assert row(ctx_with_plan)["appendix_title"] == "Nhiệm vụ tuyên truyền năm 2022"
    retype(qtbot, panel.appendix_note, "Kèm theo Kế hoạch số 18/KH-UBND ngày 13/01/2022")
    qtbot.keyClick(panel.appendix_note, Qt.Key.Key_Return)
    assert row(ctx_with_plan)["appendix_note"] == "(Kèm theo Kế hoạch số 18/KH-UBND ngày 13/01/2022)"
    assert panel.appendix_note.text() == "(Kèm theo Kế hoạch số 18/KH-UBND ngày 13/01/2022)"
    undo(parts, qtbot)
    assert row(ctx_with_plan)["appendix_note"] == "" and panel.appendix_note.text() == ""
    undo(parts, qtbot)
    assert row(ctx_with_plan)["appendix_title"] == title


def test_form_b_with_its_power_basis_and_proposer(parts, ctx_with_plan, qtbot):
    panel = parts.parts
    click(qtbot, panel.form_b)
    assert row(ctx_with_plan)["form"] == "B"
    retype(qtbot, panel.power_basis, "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;")
    retype(qtbot, panel.proposer, "Theo đề nghị của Chánh Văn phòng HĐND và UBND huyện.")
    qtbot.keyClick(panel.proposer, Qt.Key.Key_Return)
    stored = row(ctx_with_plan)
    assert stored["power_basis"] == "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
    assert stored["proposer"] == "Chánh Văn phòng HĐND và UBND huyện"
    assert panel.proposer.text() == "Chánh Văn phòng HĐND và UBND huyện"
    undo(parts, qtbot)
    stored = row(ctx_with_plan)
    assert stored["proposer"] is None and stored["power_basis"] is not None
    assert panel.proposer.text() == ""
    undo(parts, qtbot)  # the power basis was saved when the cursor left it
    stored = row(ctx_with_plan)
    assert stored["power_basis"] is None and stored["form"] == "B"
    assert panel.power_basis.toPlainText() == ""
    undo(parts, qtbot)
    assert row(ctx_with_plan)["form"] == "A" and panel.form_a.isChecked()
    redo(parts, qtbot)
    assert row(ctx_with_plan)["form"] == "B" and panel.form_b.isChecked()


def test_signer_picked_typed_refused_and_undone(parts, ctx_with_plan, qtbot):
    panel = parts.parts
    combo = panel.signer_authority
    combo.lineEdit().setFocus()
    for _ in range(combo.findText("KT. CHỦ TỊCH") + 1):  # through the suggestions with the arrow key
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Down)
    assert combo.currentText() == "KT. CHỦ TỊCH"
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert row(ctx_with_plan)["signer"] == {"authority": "KT. CHỦ TỊCH", "title": "", "name": ""}
    retype(qtbot, panel.signer_title.lineEdit(), "phó chủ tịch")
    qtbot.keyClick(panel.signer_title.lineEdit(), Qt.Key.Key_Return)
    retype(qtbot, panel.signer_name, "Nguyễn Văn Bình")
    qtbot.keyClick(panel.signer_name, Qt.Key.Key_Return)
    assert row(ctx_with_plan)["signer"] == {"authority": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH",
                                            "name": "Nguyễn Văn Bình"}
    assert panel.signer_title.currentText() == "PHÓ CHỦ TỊCH"

    retype(qtbot, combo.lineEdit(), "T/M UBND")  # a party form: said under the field, not saved
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert row(ctx_with_plan)["signer"]["authority"] == "KT. CHỦ TỊCH"
    assert panel.signer_error.isVisibleTo(panel)
    assert "TM., KT., Q., TL. hoặc TUQ." in panel.signer_error.text()
    retype(qtbot, combo.lineEdit(), "KT. CHỦ TỊCH")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert not panel.signer_error.isVisibleTo(panel)

    undo(parts, qtbot)
    assert row(ctx_with_plan)["signer"]["name"] == "" and panel.signer_name.text() == ""
    undo(parts, qtbot)
    assert row(ctx_with_plan)["signer"]["title"] == ""
    undo(parts, qtbot)
    assert row(ctx_with_plan)["signer"] == {"authority": "", "title": "", "name": ""}
    assert combo.currentText() == ""


def test_recipients_start_from_the_unit_and_go_back_to_it(parts, ctx_with_plan, qtbot):
    from ccpropa_desktop.services import unit

    unit_list = unit.get_unit(ctx_with_plan.store).recipients
    recipients = parts.parts.recipients
    recipients.list.setCurrentRow(len(unit_list) - 2)  # "UBND các xã, thị trấn", before "Lưu: …"
    click(qtbot, recipients.buttons["add"])
    assert row(ctx_with_plan)["recipients"] == [*unit_list[:-1], "Nơi nhận mới", unit_list[-1]]
    type_text(recipients.edit, "Phòng Văn hóa và Thông tin")
    recipients.list.setFocus()  # leaving the line saves it
    own = [*unit_list[:-1], "Phòng Văn hóa và Thông tin", unit_list[-1]]
    assert row(ctx_with_plan)["recipients"] == own
    assert parts.parts.unit_recipients.isEnabled()
    recipients.list.setCurrentRow(0)
    click(qtbot, recipients.buttons["remove"])
    assert row(ctx_with_plan)["recipients"] == own[1:]
    click(qtbot, parts.parts.unit_recipients)
    assert row(ctx_with_plan)["recipients"] == []
    assert recipients.list.count() == len(unit_list) and not parts.parts.unit_recipients.isEnabled()
    undo(parts, qtbot)
    assert row(ctx_with_plan)["recipients"] == own[1:]
    undo(parts, qtbot)
    undo(parts, qtbot)
    undo(parts, qtbot)
    assert row(ctx_with_plan)["recipients"] == []
    assert [recipients.list.item(r).text() for r in range(recipients.list.count())] == unit_list


def test_ctrl_z_right_after_typing_saves_then_undoes_it(parts, ctx_with_plan, qtbot):
    panel = parts.parts
    before = row(ctx_with_plan)["appendix_title"]
    panel.appendix_title.setFocus()
    qtbot.keyClick(panel.appendix_title, Qt.Key.Key_End)
    type_text(panel.appendix_title, " (bổ sung)")
    undo(parts, qtbot, panel.appendix_title)  # before the pause that saves
    assert row(ctx_with_plan)["appendix_title"] == before
    assert panel.appendix_title.text() == before
    redo(parts, qtbot, panel.appendix_title)
    assert row(ctx_with_plan)["appendix_title"] == f"{before} (bổ sung)"
    QApplication.processEvents()


def test_the_tab_fits_a_1366_by_768_window(parts, qtbot):
    from PySide6.QtWidgets import QScrollArea

    assert parts.window().size().width() == 1366 and parts.window().size().height() == 768
    scroll = parts.parts.findChild(QScrollArea, "parts_scroll")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: scroll.widget().height() > 0)
    assert scroll.verticalScrollBar().maximum() == 0  # every field on screen, no scrolling
    assert scroll.widget().width() <= scroll.viewport().width()
    for widget in (parts.parts.title_edit, parts.parts.recipients.edit, parts.parts.closing_edit):
        assert widget.visibleRegion().boundingRect().height() == widget.height()


def test_recipients_proposed_from_the_appendix_after_a_yes(parts, ctx_with_plan, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes)
    before = row(ctx_with_plan)["recipients"]
    click(qtbot, parts.parts.appendix_recipients)
    stored = row(ctx_with_plan)["recipients"]
    assert asked and asked[0].startswith("Thêm ") and "cơ quan có trong phụ lục vào nơi nhận?" in asked[0]
    assert len(stored) > len(before) and stored[-1].startswith("Lưu")
    assert "Phòng Văn hóa và Thông tin" in stored  # a lead of the Sông Mã appendix
    undo(parts, qtbot)
    assert row(ctx_with_plan)["recipients"] == before
