"""Every page and dialog opens in both languages without a Qt warning; English is English, and Qt's own
standard buttons read in Vietnamese through our qtbase_vi catalog."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWizard,
)

from ccpropa_desktop.ui import i18n
from ccpropa_desktop.ui.app import DIALOGS, build_window

ENGLISH_TITLES = {"unit": "Unit profile", "templates": "Templates", "plans": "Your unit's plans",
                  "settings": "Settings"}


def _vietnamese_letters(text: str) -> str:
    """The non-ASCII letters in `text` (Vietnamese has many; English UI text has none)."""
    return "".join(ch for ch in text if ord(ch) > 127 and unicodedata.category(ch).startswith("L"))


def _ui_texts(widget) -> list[str]:
    """Texts that come from our source strings, not from the user's data: buttons, boxes, tabs."""
    texts = [b.text() for b in widget.findChildren(QPushButton) if b.text()]
    texts += [g.title() for g in widget.findChildren(QGroupBox)]
    for tabs in widget.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


def _open_everything(window, qtbot) -> dict[str, list[str]]:
    """Show every page and every dialog once; returns the UI texts seen in each."""
    seen: dict[str, list[str]] = {}
    for spec in window.specs:
        page = window.show_page(spec.key)
        qtbot.waitUntil(page.is_ready, timeout=20000)
        QApplication.processEvents()
        seen[spec.key] = _ui_texts(page)
    for name, (page_key, method) in DIALOGS.items():
        page = window.show_page(page_key)
        dialog: QDialog = getattr(page, method)()
        dialog.show()
        qtbot.waitUntil(getattr(dialog, "is_ready", lambda: True), timeout=20000)
        QApplication.processEvents()
        seen[f"dialog:{name}"] = _ui_texts(dialog)
        dialog.reject()
        dialog.deleteLater()
    return seen


@pytest.fixture
def restore_vietnamese(qapp):
    yield
    i18n.install(qapp, "vi")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_and_dialog_opens_without_a_qt_warning(ctx_with_plan, qapp, qtbot, language,
                                                          restore_vietnamese):
    window = build_window(ctx_with_plan, qapp, language)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    seen = _open_everything(window, qtbot)
    assert {"unit", "templates", "plans", "settings"} <= set(seen)
    if language == "en":
        leftovers = {key: [t for t in texts if _vietnamese_letters(t)] for key, texts in seen.items()}
        assert {k: v for k, v in leftovers.items() if v} == {}
        assert "Create a plan from this template" in seen["templates"]
    else:
        assert "Lưu hồ sơ" in seen["unit"]


def test_english_navigation_and_page_titles(ctx_with_unit, qapp, qtbot, restore_vietnamese):
    window = build_window(ctx_with_unit, qapp, "en")
    qtbot.addWidget(window)
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels[:3] == ["Unit profile", "Templates", "Plans"]
    assert "Settings" in labels
    assert not any(_vietnamese_letters(label) for label in labels)
    assert window.windowTitle() == "Administrative reform communication"
    for key, title in ENGLISH_TITLES.items():
        page = window.show_page(key)
        headings = [label.text() for label in page.findChildren(QLabel) if "<h2>" in label.text()]
        assert f"<h2>{title}</h2>" in headings, (key, headings)
    # Qt's own buttons are English again once the Vietnamese Qt catalog is removed
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == ["Cancel", "OK"]


def test_qt_standard_texts_read_in_vietnamese(ctx, qapp, qtbot, restore_vietnamese):
    assert i18n.install(qapp, "vi") == "vi"
    box = QMessageBox(QMessageBox.Icon.Question, "Hỏi", "Lưu thay đổi?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
                      | QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    texts = {box.button(b).text() for b in (QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel,
                                            QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)}
    assert texts == {"Đồng ý", "Hủy", "&Có", "&Không"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Apply)
    assert sorted(b.text() for b in buttons.buttons()) == ["Lưu", "Áp dụng", "Đóng"]
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "&Hoàn tất"
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    actions = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert {"&Hoàn tác", "&Cắt", "&Sao chép", "&Dán", "Chọn tất cả"} <= set(actions)
    box.setDetailedText("chi tiết")
    details = [b.text() for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole]
    assert details == ["Xem chi tiết..."]


def test_unknown_language_falls_back_to_vietnamese(qapp, restore_vietnamese):
    assert i18n.install(qapp, "fr") == "vi"
