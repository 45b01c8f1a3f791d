"""The shell: start page, navigation, the plans list, --screenshot."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt


def test_first_run_without_profile_starts_on_the_profile_page(window):
    assert window.start_page() == "unit"


def test_with_a_profile_the_window_starts_on_the_plans(ctx_with_unit, window):
    assert window.start_page() == "plans"


def test_navigation_builds_each_page_once_and_shows_it(ctx_with_plan, window, qtbot):
    page = window.show_page("plans")
    assert window.stack.currentWidget() is page
    assert page.table.rowCount() == 1
    assert "Sông Mã" in page.table.item(0, 2).text()
    assert page.table.item(0, 4).text() == "Dự thảo"
    row = next(i for i, s in enumerate(window.specs) if s.key == "plans")
    window.nav.setCurrentRow(0)
    window.nav.setCurrentRow(row)
    assert window.page("plans") is page


def test_opening_a_plan_remembers_it_in_the_context(ctx_with_plan, window, qtbot):
    page = window.show_page("plans")
    page.table.selectRow(0)
    with qtbot.waitSignal(ctx_with_plan.plan_opened) as signal:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert signal.args == [ctx_with_plan.current_plan_id]


def test_screenshot_command_writes_a_png_and_exits_0(tmp_path):
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "ccpropa_desktop", "--data-dir", str(tmp_path / "d"), "--screenshot", str(out),
         "--page", "plans"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert out.stat().st_size > 5000


def test_screenshot_of_an_unknown_page_is_refused_in_vietnamese(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "ccpropa_desktop", "--data-dir", str(tmp_path / "d"), "--screenshot",
         str(tmp_path / "x.png"), "--page", "nowhere"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 2
    assert "không có trang" in result.stderr
