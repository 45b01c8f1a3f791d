"""After every export the window offers «Mở tệp» and «Mở thư mục» (issue 12, item 6)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ccpropa_desktop.ui import tasks


def settle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not tasks.busy() and page.is_ready(), timeout=30000)


def test_an_export_offers_to_open_the_file_and_its_folder(ctx_with_plan, window, qtbot, tmp_path,
                                                          monkeypatch):
    window.show()
    page = window.show_page("issue")
    settle(qtbot, page)
    bar = window.saved_bar
    assert not bar.isVisible()
    out = tmp_path / "xuat" / "ke-hoach.docx"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), ""))
    qtbot.mouseClick(page.docx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.isVisible, timeout=30000)
    assert out.is_file()
    assert bar.label.text() == f"Đã lưu ke-hoach.docx vào thư mục {out.parent}"
    assert bar.open_file_button.isVisible() and bar.open_folder_button.isVisible()
    opened = []
    bar.opener = opened.append
    qtbot.mouseClick(bar.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [out.parent] and not bar.isVisible()

    pdf = tmp_path / "xuat" / "ke-hoach.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(pdf), ""))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.isVisible, timeout=30000)
    qtbot.mouseClick(bar.open_file_button, Qt.MouseButton.LeftButton)
    assert opened == [out.parent, pdf] and pdf.read_bytes().startswith(b"%PDF")


def test_a_cancelled_export_shows_nothing(ctx_with_plan, window, qtbot, monkeypatch):
    window.show()
    page = window.show_page("issue")
    settle(qtbot, page)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert not window.saved_bar.isVisible()
