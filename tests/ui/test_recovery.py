"""The window on a store it cannot open (issue 14): the recovery page instead of the pages, which
says what is wrong, lists the backups with what they hold, restores one (the damaged file kept aside),
salvages; a read-only store shows a banner; Settings restores any backup; a store found damaged
mid-session leads to the recovery page."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import unicodedata

import pytest
from faults import (
    backups_state,
    garbage,
    make_newer,
    make_store,
    overwrite_page,
    store_file,
    temp_debris,
    truncate,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import backups, plans
from ccpropa_desktop.ui import errors as ui_errors
from ccpropa_desktop.ui import i18n
from ccpropa_desktop.ui.app import Shell
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.main_window import MainWindow
from ccpropa_desktop.ui.recovery import RecoveryWindow

LEFT = Qt.MouseButton.LeftButton
DAMAGE = {"garbage": garbage, "truncated": truncate, "page": overwrite_page}


def start(shell: Shell) -> RecoveryWindow | MainWindow:
    """What ui.app.main does: the main window, or the recovery page when the store will not open."""
    try:
        ctx = AppContext.open(shell.folder)
    except UserError as exc:
        return shell.show_recovery(exc)
    return shell.show_main(ctx)


def answer_yes(monkeypatch, asked: list[str]) -> None:
    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_store_opens_the_recovery_page_and_a_restore_brings_the_pages_back(
        shell, data_dir, qtbot, monkeypatch, damage):
    held = make_store(data_dir)
    DAMAGE[damage](data_dir)
    broken = store_file(data_dir).read_bytes()
    window = start(shell)
    assert isinstance(window, RecoveryWindow) and window.isVisible()
    page = window.page
    assert "bị hỏng" in page.what.text() and str(store_file(data_dir)) in page.what.text()
    assert page.table.rowCount() == 2  # newest first: the manual backup, then today's daily
    assert [page.table.item(0, c).text() for c in (1, 2, 5)] == ["Thủ công", "2", "Tốt"]
    assert page.selected().name == held["backup"]
    asked: list[str] = []
    answer_yes(monkeypatch, asked)
    qtbot.mouseClick(page.findChild(QPushButton, "recovery_restore"), LEFT)
    assert asked and "Khôi phục bản sao lưu lúc" in asked[0]
    assert isinstance(shell.window, MainWindow) and shell.window.isVisible()
    assert not window.isVisible()
    assert len(plans.list_plans(shell.ctx.store)) == 2
    kept = list((data_dir / "hong").glob("ccpropa-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == broken
    assert set(backups_state(data_dir).values()) == {"ok"} and temp_debris(data_dir) == []


def test_salvage_from_the_recovery_page(shell, data_dir, qtbot, monkeypatch):
    make_store(data_dir)
    overwrite_page(data_dir, "tasks")
    window = start(shell)
    page = window.page
    asked: list[str] = []
    answer_yes(monkeypatch, asked)
    button = page.findChild(QPushButton, "recovery_salvage")
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)
    assert "Đã cứu dữ liệu" in page.result.text() and "nhiệm vụ" in page.result.text()
    assert any("Khôi phục ngay bản này" in text for text in asked)
    assert isinstance(shell.window, MainWindow)
    assert len(plans.list_plans(shell.ctx.store)) == 2


def test_salvage_that_finds_nothing_says_so_and_stays(shell, data_dir, qtbot):
    make_store(data_dir)
    garbage(data_dir)
    window = start(shell)
    qtbot.mouseClick(window.page.findChild(QPushButton, "recovery_salvage"), LEFT)
    assert "không cứu được gì" in window.page.result.text()
    assert shell.window is None and window.isVisible()


def test_starting_afresh_keeps_the_file_aside(shell, data_dir, qtbot, monkeypatch):
    data_dir.mkdir(parents=True)
    store_file(data_dir).write_bytes(b"")
    window = start(shell)
    assert "rỗng (0 byte)" in window.page.what.text() and window.page.table.rowCount() == 0
    assert not window.page.findChild(QPushButton, "recovery_restore").isEnabled()
    answer_yes(monkeypatch, [])
    qtbot.mouseClick(window.page.findChild(QPushButton, "recovery_fresh"), LEFT)
    assert isinstance(shell.window, MainWindow) and shell.window.start_page() == "unit"
    assert [p.stat().st_size for p in (data_dir / "hong").iterdir()] == [0]


def test_the_recovery_page_in_english(qapp, data_dir, qtbot):
    make_store(data_dir)
    garbage(data_dir)
    s = Shell(qapp, data_dir, "en")
    try:
        window = start(s)
        texts = [b.text() for b in window.page.findChildren(QPushButton)]
        texts += [window.page.table.horizontalHeaderItem(c).text() for c in range(6)]
        texts += [window.page.table.item(0, 1).text(), window.windowTitle()]
        letters = [t for t in texts if any(ord(ch) > 127 and unicodedata.category(ch).startswith("L")
                                           for ch in t)]
        assert letters == [] and "Restore the selected backup" in texts
        window.close()
    finally:
        s.close()
        i18n.install(qapp, "vi")


def test_the_app_shows_the_recovery_page_for_a_damaged_store(tmp_path):
    folder = tmp_path / "d"
    make_store(folder)
    garbage(folder)
    out = tmp_path / "recovery.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "ccpropa_desktop", "--data-dir", str(folder),
                             "--screenshot", str(out)], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_read_only_store_shows_a_banner(shell, data_dir):
    make_store(data_dir)
    make_newer(data_dir, "9.1.0")
    window = start(shell)
    assert isinstance(window, MainWindow)
    assert window.read_only_banner.isVisible()
    assert "Chế độ chỉ đọc" in window.read_only_banner.text() and "9.1.0" in window.read_only_banner.text()


def test_a_writable_store_shows_no_banner(ctx, window):
    assert not window.read_only_banner.isVisible()


def test_settings_restores_a_backup_and_reopens_the_store(ctx_with_plan, window, qtbot, monkeypatch):
    ctx = ctx_with_plan
    page = window.show_page("settings")
    qtbot.mouseClick(page.findChild(QPushButton, "backup_now"), LEFT)
    plans.create_plan(ctx.store, "bac-kan-2024", 2024)
    assert len(plans.list_plans(ctx.store)) == 2
    page.load_backups()
    page.backup_table.selectRow(0)  # newest: the one just made
    asked: list[str] = []
    answer_yes(monkeypatch, asked)
    qtbot.mouseClick(page.findChild(QPushButton, "restore_backup"), LEFT)
    assert asked and "Khôi phục bản sao lưu lúc" in asked[0]
    assert len(plans.list_plans(ctx.store)) == 1  # the store was reopened on the restored file
    names = [b.name for b in backups.list_backups(ctx.store)]
    assert any("truoc-khoi-phuc" in n for n in names)
    assert page.backup_table.rowCount() == len(names)


def test_a_store_found_damaged_mid_session_offers_the_recovery_page(qapp, monkeypatch):
    seen: list[UserError] = []
    ui_errors.set_recovery_handler(seen.append)

    def click_recover(box: QMessageBox) -> int:
        assert "bị hỏng" in box.text() and "ccpropa backup restore" in box.text()
        next(b for b in box.buttons() if b.text() == "Mở trang khôi phục").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_recover)
    try:
        ui_errors.show_error(None, sqlite3.DatabaseError("database disk image is malformed"))
    finally:
        ui_errors.set_recovery_handler(None)
    assert len(seen) == 1 and seen[0].code == "db_damaged"
