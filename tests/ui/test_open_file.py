"""`ccpropa-desktop FILE` (what the installer's file association calls): a .ccpr opens the aggregate
page, shows what the package holds and imports it only when the officer agrees; a .docx/.txt goes to
the template import; anything else gets a message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ccpropa_desktop.services import aggregate
from ccpropa_desktop.ui.app import parse_args
from ccpropa_desktop.ui.pages.aggregate import AggregatePage
from ccpropa_desktop.ui.pages.templates import TemplatesPage
from ui.test_aggregate_page import commune_package, settle


@pytest.fixture
def ccpr(tmp_path) -> Path:
    folder = tmp_path / "nhan"
    folder.mkdir()
    return commune_package(folder, "XÃ CHIỀNG KHƯƠNG", ["3"], "2022-06-10T09:00:00+07:00")


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def test_the_file_argument_is_parsed() -> None:
    assert parse_args(["goi.ccpr"]).file == "goi.ccpr"
    assert parse_args(["--lang", "en", "ke-hoach.docx"]).file == "ke-hoach.docx"
    assert parse_args([]).file is None


def test_help_and_mistakes_on_the_window_command_line_are_in_vietnamese(capsys) -> None:
    """A command line that parses needs no Vietnamese catalog (ui/app.py parse_args); help and
    mistakes get it, with argparse's exit code."""
    import subprocess
    import sys

    args = parse_args(["--data", "d", "--page", "plans"])  # an abbreviation, as argparse allows
    assert (args.data_dir, args.page, args.selftest) == ("d", "plans", False)
    with pytest.raises(SystemExit) as exc:
        parse_args(["--lang", "fr"])
    assert exc.value.code == 2
    assert capsys.readouterr().err.endswith(
        "ccpropa-desktop: lỗi: tham số --lang: lựa chọn không hợp lệ: 'fr' (chọn một trong: 'en', 'vi')\n")
    with pytest.raises(SystemExit) as exc:
        parse_args(["--help"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("cách dùng: ccpropa-desktop [-h]")
    code = ("import sys; from ccpropa_desktop.ui.app import parse_args; parse_args(['--data-dir', 'd']); "
            "print('ccpropa_desktop.cli.argparse_vi' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "False", result.stderr


def test_a_package_shows_what_it_holds_and_imports_on_yes(ctx_with_unit, window, ccpr, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(AggregatePage, "confirm_package", lambda self, path, text: asked.append(text) or True)
    page = window.open_file(ccpr)
    assert window.current_key() == "aggregate" and page is window.pages["aggregate"]
    qtbot.waitUntil(lambda: bool(asked), timeout=30000)
    settle(qtbot, page)
    assert "Đơn vị: UBND xã Chiềng Khương" in asked[0]
    assert "Kỳ báo cáo: 2022-H1" in asked[0]
    assert "hoàn thành 1" in asked[0]
    stored = aggregate.history(ctx_with_unit.store)
    assert [p.unit_name for p in stored] == ["UBND xã Chiềng Khương"]


def test_a_package_is_not_imported_on_no(ctx_with_unit, window, ccpr, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(AggregatePage, "confirm_package",
                        lambda self, path, text: asked.append(text) and False)
    page = window.open_file(ccpr)
    qtbot.waitUntil(lambda: bool(asked), timeout=30000)
    settle(qtbot, page)
    assert aggregate.history(ctx_with_unit.store) == []


def test_a_tampered_package_is_refused_and_nothing_saved(ctx_with_unit, window, ccpr, qtbot, warnings):
    raw = bytearray(ccpr.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    ccpr.write_bytes(bytes(raw))
    page = window.open_file(ccpr)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30000)
    settle(qtbot, page)
    assert "không hợp lệ, không nhập gì" in warnings[0]
    assert aggregate.history(ctx_with_unit.store) == []


def test_a_plan_text_goes_to_the_template_import(ctx_with_unit, window, tmp_path, qtbot, monkeypatch):
    seen: list[Path] = []
    monkeypatch.setattr(TemplatesPage, "import_file", lambda self, path, confirm=True: seen.append(path))
    plan = tmp_path / "ke-hoach-tinh.txt"
    plan.write_text("KẾ HOẠCH\n", encoding="utf-8")
    window.open_file(plan)
    assert window.current_key() == "templates" and seen == [plan]


def test_other_files_get_a_message(ctx_with_unit, window, tmp_path, warnings):
    other = tmp_path / "anh.png"
    other.write_bytes(b"\x89PNG")
    assert window.open_file(other) is None
    assert "chương trình mở gói báo cáo (.ccpr)" in warnings[0]
    assert window.open_file(tmp_path / "khong-co.ccpr") is None
    assert "Không tìm thấy tệp" in warnings[1]
