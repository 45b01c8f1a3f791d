"""Settings: the language switch (saved, translators re-installed, restart offered), the data folder,
and backups made on demand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QTableWidget

from ccpropa_desktop.services import backups
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
