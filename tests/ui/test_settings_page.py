"""Settings: the language switch (saved, translators re-installed, restart offered), the data folder,
backups made on demand, and the re-voicing rules (added, switched off, removed, saved at once)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QTableWidget

from ccpropa_desktop.services import backups, revoice
from ccpropa_desktop.ui import i18n
from ccpropa_desktop.ui.pages import settings as settings_page

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def restore_vietnamese(qapp):
    yield
    i18n.install(qapp, "vi")


def _answer_message_box(monkeypatch, button_text: str, seen: list[str]) -> None:
    """Answer the next message box by its button text, without showing it (offscreen Qt warns when a
    message box resizes itself on show); record the box's text."""

    def answer(box: QMessageBox) -> int:
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)


def test_backup_now_adds_a_backup_to_the_folder_and_the_list(ctx_with_unit, window, qtbot):
    page = window.show_page("settings")
    table = page.findChild(QTableWidget, "backup_table")
    before = len(backups.list_backups(ctx_with_unit.store))
    assert table.rowCount() == before
    qtbot.mouseClick(page.findChild(QPushButton, "backup_now"), LEFT)
    after = backups.list_backups(ctx_with_unit.store)
    assert len(after) == before + 1
    assert table.rowCount() == before + 1
    assert table.item(0, 1).text() == "Thủ công (bấm «Sao lưu ngay»)"  # newest first, by what made it
    newest = max(after, key=lambda b: b.path.stat().st_mtime)
    assert newest.path.stat().st_size > 0
    assert table.item(0, 0).toolTip() == newest.name


def test_data_folder_is_shown_read_only_and_opens(ctx, window, qtbot, monkeypatch):
    page = window.show_page("settings")
    field = page.findChild(QLineEdit, "data_dir")
    assert field.text() == str(ctx.data_dir)
    assert field.isReadOnly()
    assert "ccpropa.sqlite3" in page.db_size.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(settings_page.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(page.findChild(QPushButton, "open_data_dir"), LEFT)
    assert [u.toLocalFile() for u in opened] == [str(ctx.data_dir)]


def test_switching_to_english_saves_it_and_asks_to_restart(ctx, window, qtbot, monkeypatch,
                                                           restore_vietnamese):
    page = window.show_page("settings")
    assert page.language.currentData() == "vi"
    page.language.setCurrentIndex(page.language.findData("en"))
    seen: list[str] = []
    _answer_message_box(monkeypatch, "Later", seen)  # the question itself is already in English
    qtbot.mouseClick(page.findChild(QPushButton, "apply_language"), LEFT)
    assert ctx.setting("language") == "en"
    assert seen == ["The new language is saved. Restart the program so that every screen uses it."]
    assert window.isVisible()  # "later": nothing closes

    # the next start (same data folder) builds the window in English
    from ccpropa_desktop.ui.app import build_window

    again = build_window(ctx, QApplication.instance(), None)
    qtbot.addWidget(again)
    assert again.nav.item(0).text() == "Unit profile"


def test_restart_now_starts_the_program_again_and_closes_the_window(ctx, window, qtbot, monkeypatch,
                                                                     restore_vietnamese):
    started: list[tuple[str, list[str]]] = []

    class FakeProcess:
        @staticmethod
        def startDetached(program: str, arguments: list[str]) -> tuple[bool, int]:
            started.append((program, arguments))
            return True, 1

    monkeypatch.setattr(settings_page, "QProcess", FakeProcess)
    page = window.show_page("settings")
    page.language.setCurrentIndex(page.language.findData("en"))
    _answer_message_box(monkeypatch, "Restart now", [])
    qtbot.mouseClick(page.findChild(QPushButton, "apply_language"), LEFT)
    assert len(started) == 1
    assert started[0][1][-3:] == ["ccpropa_desktop", "--data-dir", str(ctx.data_dir)]
    assert not window.isVisible()


def test_choosing_the_current_language_does_nothing(ctx, window, qtbot):
    page = window.show_page("settings")
    qtbot.mouseClick(page.findChild(QPushButton, "apply_language"), LEFT)
    assert ctx.setting("language", "") == ""


# -- re-voicing rules -----------------------------------------------------------------------------
def type_text(widget, text: str) -> None:
    """Key presses carrying Vietnamese text, as Unikey sends them (QTest.keyClicks handles ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def click_rule(qtbot, table: QTableWidget, rule_id: str) -> int:
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == rule_id)
    table.scrollToItem(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualItemRect(table.item(row, 0)).center())
    return row


def row_of(table: QTableWidget, rule_id: str) -> list[str]:
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == rule_id)
    return [table.item(row, c).text() for c in range(table.columnCount())]


def own_rules(store) -> dict[str, tuple[str, str]]:
    return {r.id: (r.find, r.replace) for r in revoice.unit_rules(store, "tinh", "huyen")}


def test_revoice_rules_box_adds_switches_off_and_removes_rules(ctx_with_unit, window, qtbot):
    store = ctx_with_unit.store
    page = window.show_page("settings")
    box = page.revoice_box
    assert box.title() == "Quy tắc viết lại lời văn"
    assert box.levels() == ("tinh", "huyen")  # the province's template, for the unit's level
    table = box.table
    assert table.rowCount() == len(revoice.rules_for(store, "tinh", "huyen"))
    assert row_of(table, "dia-ban") == ["dia-ban", "trên địa bàn {from_kind}", "trên địa bàn {to_kind}",
                                        "«trên địa bàn {from_kind}»", "có sẵn"]

    # a rule of the unit's own: typed in, saved with the button
    qtbot.mouseClick(box.new_button, LEFT)
    qtbot.mouseClick(box.find, LEFT)
    type_text(box.find, "Ban Chỉ đạo CCHC tỉnh")
    qtbot.mouseClick(box.replace, LEFT)
    type_text(box.replace, "Ban Chỉ đạo CCHC huyện")
    qtbot.mouseClick(box.save_button, LEFT)
    assert own_rules(store) == {"rieng-1": ("Ban Chỉ đạo CCHC tỉnh", "Ban Chỉ đạo CCHC huyện")}
    assert row_of(table, "rieng-1") == ["rieng-1", "Ban Chỉ đạo CCHC tỉnh", "Ban Chỉ đạo CCHC huyện",
                                        "«Ban Chỉ đạo CCHC tỉnh»", "của đơn vị"]
    assert box.remove_button.isEnabled() and not box.off_button.isEnabled()

    # editing it: pick the row, change the replacement, Enter saves
    click_rule(qtbot, table, "rieng-1")
    assert box.find.text() == "Ban Chỉ đạo CCHC tỉnh"
    box.replace.selectAll()
    type_text(box.replace, "Ban Chỉ đạo CCHC huyện Sông Mã")
    qtbot.keyClick(box.replace, Qt.Key.Key_Return)
    assert own_rules(store)["rieng-1"] == ("Ban Chỉ đạo CCHC tỉnh", "Ban Chỉ đạo CCHC huyện Sông Mã")

    # a built-in rule switched off
    click_rule(qtbot, table, "dia-ban")
    assert box.off_button.isEnabled() and not box.remove_button.isEnabled()
    qtbot.mouseClick(box.off_button, LEFT)
    assert own_rules(store)["dia-ban"] == ("", "")
    assert row_of(table, "dia-ban")[1] == "(tắt)" and row_of(table, "dia-ban")[4] == "của đơn vị"
    engine = revoice.revoicer(store, revoice.Voice("tinh", "tỉnh", "Bắc Kạn", 2024),
                              revoice.Voice("huyen", "huyện", "Sông Mã", 2026))
    assert [f.rule.id for f in engine.find("các ngành trên địa bàn tỉnh.")] == ["tu-cap"]

    # removing the unit's version brings the built-in rule back; removing its own rule drops it
    assert box.remove_button.isEnabled()
    qtbot.mouseClick(box.remove_button, LEFT)
    assert "dia-ban" not in own_rules(store)
    assert row_of(table, "dia-ban")[1:] == ["trên địa bàn {from_kind}", "trên địa bàn {to_kind}",
                                            "«trên địa bàn {from_kind}»", "có sẵn"]
    click_rule(qtbot, table, "rieng-1")
    qtbot.mouseClick(box.remove_button, LEFT)
    assert own_rules(store) == {}
    assert "rieng-1" not in [table.item(r, 0).text() for r in range(table.rowCount())]


def test_revoice_rule_without_find_text_says_why_and_saves_nothing(ctx_with_unit, window, qtbot, monkeypatch):
    page = window.show_page("settings")
    box = page.revoice_box
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, _title, text: warnings.append(text)))
    qtbot.mouseClick(box.new_button, LEFT)
    qtbot.mouseClick(box.rule_id, LEFT)
    qtbot.keyClicks(box.rule_id, "ubnd")
    qtbot.mouseClick(box.replace, LEFT)
    type_text(box.replace, "UBND huyện")
    qtbot.mouseClick(box.save_button, LEFT)
    assert warnings == ["Quy tắc cần có mã và cụm từ cần tìm (hoặc chọn tắt quy tắc có sẵn cùng mã)."]
    assert own_rules(ctx_with_unit.store) == {}
    assert row_of(box.table, "ubnd")[4] == "có sẵn"


def test_revoice_rules_of_another_level_pair(ctx_with_unit, window, qtbot):
    store = ctx_with_unit.store
    page = window.show_page("settings")
    box = page.revoice_box
    box.to_level.setFocus()
    qtbot.keyClick(box.to_level, Qt.Key.Key_End)  # the last level: xã
    assert box.levels() == ("tinh", "xa")
    assert row_of(box.table, "cap-uy")[2] == "Đảng ủy {to_kind}"
    click_rule(qtbot, box.table, "cap-uy")
    qtbot.mouseClick(box.off_button, LEFT)
    assert [r.id for r in revoice.unit_rules(store, "tinh", "xa")] == ["cap-uy"]
    assert own_rules(store) == {}  # tỉnh → huyện untouched
    page.refresh()  # coming back to the page keeps the pair picked
    assert box.levels() == ("tinh", "xa")
