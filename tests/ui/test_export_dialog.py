"""The export helpers every page shares: the save dialog's folder memory and the write that follows."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ccpropa_desktop.ui import export_dialog


def test_the_extension_is_added_and_the_folder_remembered(ctx, qtbot, monkeypatch, tmp_path: Path):
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda p, title, default, filters: asked.append((title, default, filters))
                        or (str(tmp_path / "bao-cao"), filters))
    out = export_dialog.ask_save_path(parent, ctx, "xlsx", "bao-cao-2022-q1.xlsx")
    assert out == tmp_path / "bao-cao.xlsx"
    title, default, filters = asked[0]
    assert (title, Path(default).name, filters) == ("Xuất XLSX", "bao-cao-2022-q1.xlsx", "Tệp Excel (*.xlsx)")
    assert ctx.setting("export/folder") == str(tmp_path)
    export_dialog.ask_save_path(parent, ctx, "pdf", "kh.pdf")
    assert asked[1][1] == str(tmp_path / "kh.pdf")


def test_save_output_writes_and_says_so(ctx, qtbot, tmp_path: Path):
    parent = QWidget()
    qtbot.addWidget(parent)
    with qtbot.waitSignal(ctx.status_message) as said:
        path = export_dialog.save_output(parent, ctx, b"%PDF-1.4 x", tmp_path / "kh.pdf")
    assert path == tmp_path / "kh.pdf"
    assert path.read_bytes() == b"%PDF-1.4 x"
    assert said.args == [f"Đã lưu {path}"]


def test_a_failed_write_is_shown_and_nothing_is_said(ctx, qtbot, monkeypatch, tmp_path: Path):
    parent = QWidget()
    qtbot.addWidget(parent)
    shown, said = [], []
    monkeypatch.setattr(export_dialog, "show_error", lambda p, exc: shown.append(exc))
    ctx.status_message.connect(said.append)
    assert export_dialog.save_output(parent, ctx, b"x", tmp_path / "missing" / "kh.pdf") is None
    assert [e.code for e in shown] == ["write_failed"]
    assert said == []
    assert not (tmp_path / "missing").exists()
