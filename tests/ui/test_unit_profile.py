"""The unit profile page (W1): typed in on first run, checked as typed, saved through the service."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton

from ccpropa_desktop.services import unit

LEFT = Qt.MouseButton.LeftButton


def type_text(qtbot, widget, text: str) -> None:
    """Type as an officer does: ASCII as key presses, each Vietnamese letter as an input-method
    commit (what Unikey's telex sends; QTest cannot press non-ASCII keys)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QApplication.sendEvent(widget, QInputMethodEvent("", []))
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def _type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    type_text(qtbot, widget, text)


def _newline(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _add(qtbot, page, name: str, text: str) -> None:
    entry = page.findChild(QLineEdit, f"{name}_entry")
    _type(qtbot, entry, text)
    qtbot.keyClick(entry, Qt.Key.Key_Return)


def test_first_run_fill_the_profile_by_typing_and_save(ctx, window, qtbot):
    page = window.show_page(window.start_page())
    assert page.objectName() == "page_unit"
    assert page.findChild(QLabel, "welcome").isVisible()
    save = page.findChild(QPushButton, "save_unit")
    assert not save.isEnabled()

    names = page.findChild(QPlainTextEdit, "name_lines")
    _type(qtbot, names, "Ủy ban nhân dân")
    _newline(qtbot, names)
    type_text(qtbot, names, "xã Mường Lầm")
    _type(qtbot, page.findChild(QLineEdit, "abbreviation"), "UBND")
    page.level.setFocus()
    page.level.setCurrentIndex(page.level.findData("xa"))
    _type(qtbot, page.findChild(QLineEdit, "place"), "Mường Lầm")
    _type(qtbot, page.signer_authority.lineEdit(), "TM. Ủy ban nhân dân")
    _type(qtbot, page.signer_title.lineEdit(), "Chủ tịch")
    assert not save.isEnabled()  # the signer's name is still missing
    _type(qtbot, page.findChild(QLineEdit, "signer_name"), "Lò Thị Hoa")
    for text in ("UBND huyện Sông Mã", "Lưu: VT, VP"):
        _add(qtbot, page, "recipients", text)
    for text in ("Đoàn Thanh niên xã", "Công an xã", "Bưu điện văn hóa xã"):
        _add(qtbot, page, "agencies", text)
    agencies = page.findChild(QListWidget, "agencies_list")
    assert [agencies.item(i).text() for i in range(agencies.count())] == [
        "Bưu điện văn hóa xã", "Công an xã", "Đoàn Thanh niên xã"]  # Vietnamese order: C < Đ
    assert save.isEnabled()

    with qtbot.waitSignal(ctx.unit_changed):
        qtbot.mouseClick(save, LEFT)
    saved = unit.get_unit(ctx.store)
    assert saved.name_lines == ["ỦY BAN NHÂN DÂN", "XÃ MƯỜNG LẦM"]
    assert saved.parent_lines == []
    assert saved.abbreviation == "UBND"
    assert saved.level == "xa"
    assert saved.place == "Mường Lầm"
    assert (saved.signer.authority, saved.signer.title, saved.signer.name) == (
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Thị Hoa")
    assert saved.recipients == ["UBND huyện Sông Mã", "Lưu: VT, VP"]  # order kept as entered
    assert saved.agencies == ["Bưu điện văn hóa xã", "Công an xã", "Đoàn Thanh niên xã"]
    assert saved.short_name == "UBND xã Mường Lầm"
    # first run goes on to the plans
    assert window.current_key() == "plans"
    assert not page.findChild(QLabel, "welcome").isVisible()


def test_invalid_input_keeps_save_disabled_and_says_why(ctx_with_unit, window, qtbot):
    page = window.show_page("unit")
    assert not page.findChild(QLabel, "welcome").isVisible()
    save = page.findChild(QPushButton, "save_unit")
    abbreviation = page.findChild(QLineEdit, "abbreviation")
    error = page.findChild(QLabel, "error_abbreviation")
    assert not error.isVisible()

    _type(qtbot, abbreviation, " X")  # "UBND X": a space is not allowed
    assert error.isVisible()
    assert "không có dấu cách" in error.text()
    assert not save.isEnabled()
    qtbot.mouseClick(save, LEFT)
    assert unit.get_unit(ctx_with_unit.store).abbreviation == "UBND"

    name = page.findChild(QLineEdit, "signer_name")
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Delete)
    assert page.findChild(QLabel, "error_signer_name").isVisible()
    assert "Còn 2 mục" in page.state_label.text()

    qtbot.keyClick(abbreviation, Qt.Key.Key_Backspace)
    qtbot.keyClick(abbreviation, Qt.Key.Key_Backspace)
    assert not error.isVisible()
    _type(qtbot, name, "Nguyễn Văn An")
    assert save.isEnabled()
    qtbot.mouseClick(save, LEFT)
    saved = unit.get_unit(ctx_with_unit.store)
    assert saved.signer.name == "Nguyễn Văn An"
    assert saved.abbreviation == "UBND"
    assert window.current_key() == "unit"  # not a first run: stay here
    assert not save.isEnabled()  # nothing left to save


def test_list_editor_edits_removes_and_moves_rows(ctx_with_unit, window, qtbot):
    page = window.show_page("unit")
    agencies = page.findChild(QListWidget, "agencies_list")
    before = unit.get_unit(ctx_with_unit.store).agencies
    row = [agencies.item(i).text() for i in range(agencies.count())].index("Phòng Tư pháp")
    rect = agencies.visualItemRect(agencies.item(row))
    qtbot.mouseClick(agencies.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(agencies.viewport(), LEFT, pos=rect.center())  # edit in place
    editor = agencies.viewport().focusWidget() or QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    type_text(qtbot, editor, "Ban Chỉ huy Quân sự huyện")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: agencies.item(0).text() == "Ban Chỉ huy Quân sự huyện")  # re-sorted
    texts = [agencies.item(i).text() for i in range(agencies.count())]
    assert "Phòng Tư pháp" not in texts and len(texts) == len(before)

    recipients = page.findChild(QListWidget, "recipients_list")
    recipients.setCurrentRow(1)
    qtbot.mouseClick(page.findChild(QPushButton, "recipients_up"), LEFT)
    recipients.setCurrentRow(recipients.count() - 1)
    qtbot.mouseClick(page.findChild(QPushButton, "recipients_remove"), LEFT)
    qtbot.mouseClick(page.findChild(QPushButton, "save_unit"), LEFT)

    saved = unit.get_unit(ctx_with_unit.store)
    assert saved.recipients[:2] == ["TT Huyện ủy", "Sở Nội vụ tỉnh"]
    assert "Lưu: VT, NV, 100b" not in saved.recipients
    assert set(saved.agencies) == (set(before) - {"Phòng Tư pháp"}) | {"Ban Chỉ huy Quân sự huyện"}


def test_unsaved_typing_survives_leaving_the_page(ctx_with_unit, window, qtbot):
    page = window.show_page("unit")
    place = page.findChild(QLineEdit, "place")
    _type(qtbot, place, " xyz")
    window.show_page("plans")
    window.show_page("unit")
    assert place.text() == "Sông Mã xyz"
    assert unit.get_unit(ctx_with_unit.store).place == "Sông Mã"


def test_invalid_fields_reports_every_bad_field_at_once():
    data = {"name_lines": [], "parent_lines": [], "abbreviation": "A B", "level": "nowhere", "place": "",
            "signer": {"authority": "KT. CHỦ TỊCH", "title": "", "name": ""}, "recipients": [],
            "agencies": []}
    assert set(unit.invalid_fields(data)) == {
        "name_lines", "abbreviation", "level", "place", "signer.title", "signer.name"}


def test_drafting_unit_is_typed_saved_and_previewed(ctx_with_unit, window, qtbot):
    page = window.show_page("unit")
    preview = page.findChild(QLabel, "archive_preview")
    assert preview.text().endswith("- Lưu: VT, NV, 100b.")  # the profile's own last line is printed
    page.recipients.list.setCurrentRow(page.recipients.list.count() - 1)
    qtbot.mouseClick(page.findChild(QPushButton, "recipients_remove"), LEFT)
    assert preview.text().endswith("- Lưu: VT.")
    _type(qtbot, page.findChild(QLineEdit, "drafting_unit"), "NV")
    assert preview.text().endswith("- Lưu: VT, NV.")
    save = page.findChild(QPushButton, "save_unit")
    with qtbot.waitSignal(ctx_with_unit.unit_changed):
        qtbot.mouseClick(save, LEFT)
    assert unit.get_unit(ctx_with_unit.store).drafting_unit == "NV"
    assert page.findChild(QLineEdit, "drafting_unit").text() == "NV"


def test_over_long_text_is_refused_as_it_is_typed(ctx_with_unit, window, qtbot):
    page = window.show_page("unit")
    name = page.findChild(QLineEdit, "signer_name")
    name.selectAll()
    _type(qtbot, name, "Lò Văn Sinh " * 8)  # 96 characters
    error = page.findChild(QLabel, "error_signer_name")
    assert error.isVisible() and error.text() == "Quá dài: tối đa 80 ký tự."
    assert not page.findChild(QPushButton, "save_unit").isEnabled()
    names = page.findChild(QPlainTextEdit, "name_lines")
    names.setFocus()
    names.moveCursor(names.textCursor().MoveOperation.End)
    _newline(qtbot, names)
    type_text(qtbot, names, "THỊ TRẤN " * 15)
    assert page.findChild(QLabel, "error_name_lines").text() == "Có dòng quá dài: mỗi dòng tối đa 120 ký tự."
    assert unit.get_unit(ctx_with_unit.store).signer.name == "Lò Văn Sinh"  # nothing saved
