"""F1 and «Trợ giúp → Hướng dẫn sử dụng»: the offline guide opens at the page of the workflow on screen,
in the UI language, follows links only inside itself, and shows every picture of every page."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QTextDocument

from ccpropa_desktop.ui import i18n
from ccpropa_desktop.ui.app import build_window
from ccpropa_desktop.ui.help_viewer import CONTENTS, HelpViewer, guide_root

LEFT = Qt.MouseButton.LeftButton


def viewer_of(window) -> HelpViewer:
    viewer = getattr(window, "_help_viewer", None)
    assert isinstance(viewer, HelpViewer), "F1 opened no guide"
    return viewer


def shown_file(viewer: HelpViewer) -> Path:
    return Path(viewer.browser.source().toLocalFile())


def press_f1(qtbot, window) -> None:
    """F1 as the officer presses it: on the main window, once it is the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_F1)


def heading(viewer: HelpViewer) -> str:
    return viewer.browser.document().firstBlock().text()


def test_f1_on_the_editor_opens_the_editor_page_of_the_vietnamese_guide(ctx_with_plan, window, qtbot):
    window.show_page("editor")
    press_f1(qtbot, window)
    viewer = viewer_of(window)
    qtbot.addWidget(viewer)
    assert viewer.isVisible() and not viewer.isModal()
    assert shown_file(viewer) == guide_root() / "vi" / "editor.html"
    assert heading(viewer) == "Soạn kế hoạch"
    assert viewer.contents.currentItem().text() == "4. Soạn kế hoạch"
    assert viewer.browser.refused == []


def test_f1_follows_the_page_on_screen(ctx_with_plan, window, qtbot):
    window.show_page("plans")
    press_f1(qtbot, window)
    viewer = viewer_of(window)
    qtbot.addWidget(viewer)
    assert shown_file(viewer).name == "plans.html" and heading(viewer) == "Lập kế hoạch mới"
    window.show_page("unit")
    press_f1(qtbot, window)
    assert viewer_of(window) is viewer  # one viewer, brought back at the new page
    assert shown_file(viewer).name == "unit.html" and heading(viewer) == "Hồ sơ đơn vị"


def test_the_english_ui_opens_the_english_guide(ctx_with_plan, qtbot, qapp):
    window = build_window(ctx_with_plan, qapp, "en")
    try:
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.show_page("plans")
        press_f1(qtbot, window)
        viewer = viewer_of(window)
        qtbot.addWidget(viewer)
        assert shown_file(viewer) == guide_root() / "en" / "plans.html"
        assert heading(viewer) == "Creating a new plan"
        assert viewer.windowTitle().startswith("User guide")
    finally:
        i18n.install(qapp, "vi")


def test_the_help_menu_holds_the_guide_on_f1(ctx, window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Trợ &giúp")
    guide = next(a for a in menu.actions() if a.text() == "&Hướng dẫn sử dụng")
    assert QKeySequence(Qt.Key.Key_F1) in guide.shortcuts()
    guide.trigger()
    viewer = viewer_of(window)
    assert shown_file(viewer).name == "unit.html"  # first run: the profile page is on screen
    viewer.close()


def test_links_move_inside_the_guide_and_back_returns(qtbot):
    viewer = HelpViewer("vi")
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.show_page("index.html")
    assert not viewer.back_action.isEnabled()
    viewer.browser.anchorClicked.emit(QUrl("tracking.html"))
    assert shown_file(viewer).name == "tracking.html" and heading(viewer) == "Theo dõi thực hiện"
    assert viewer.back_action.isEnabled()
    viewer.back_action.trigger()
    assert shown_file(viewer).name == "index.html"
    viewer.forward_action.trigger()
    assert shown_file(viewer).name == "tracking.html"
    viewer.home_action.trigger()
    assert shown_file(viewer).name == "index.html"


def test_an_outside_link_is_not_followed(qtbot, tmp_path):
    viewer = HelpViewer("vi")
    qtbot.addWidget(viewer)
    viewer.show_page("issue.html")
    outside = tmp_path / "x.html"
    outside.write_text("<h1>x</h1>", encoding="utf-8")
    for url in (QUrl("https://example.com/guide.html"), QUrl.fromLocalFile(str(outside)),
                QUrl("../../icons/ccpropa.png"), QUrl("missing.html")):
        viewer.browser.anchorClicked.emit(url)
        assert shown_file(viewer).name == "issue.html", url.toString()
        assert viewer.note.text()
    assert viewer.browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                       QUrl.fromLocalFile(str(outside))) is None
    assert viewer.browser.openExternalLinks() is False and viewer.browser.openLinks() is False


def test_clicking_the_contents_shows_that_page(qtbot):
    viewer = HelpViewer("en")
    qtbot.addWidget(viewer)
    viewer.show()
    viewer.show_page("index.html")
    assert viewer.contents.count() == len(CONTENTS)
    row = CONTENTS.index("aggregate")
    rect = viewer.contents.visualItemRect(viewer.contents.item(row))
    qtbot.mouseClick(viewer.contents.viewport(), LEFT, pos=rect.center())
    assert shown_file(viewer) == guide_root() / "en" / "aggregate.html"
    assert heading(viewer) == "Rolling up the units' reports"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_shows_all_its_pictures(qtbot, language):
    viewer = HelpViewer(language)
    qtbot.addWidget(viewer)
    viewer.resize(1240, 700)
    viewer.show()
    for name in CONTENTS:
        assert viewer.show_page(f"{name}.html"), name
        html = (guide_root() / language / f"{name}.html").read_text(encoding="utf-8")
        for src in [part.split('"', 1)[0] for part in html.split('<img src="')[1:]]:
            url = viewer.browser.source().resolved(QUrl(src))
            image = viewer.browser.document().resource(QTextDocument.ResourceType.ImageResource.value, url)
            assert isinstance(image, QImage) and not image.isNull(), f"{language}/{name}: {src}"
            assert image.width() <= viewer.browser.viewport().width()  # fitted to the page, no side scroll
    assert viewer.browser.refused == []
