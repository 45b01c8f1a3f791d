"""The templates page (W2): list, search without diacritics, the selected template's tasks and sections."""

from __future__ import annotations

import pytest
from conftest import plan_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QTableView, QTreeWidget

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import templates
from ccpropa_desktop.ui.pages import templates as templates_page

LEFT = Qt.MouseButton.LeftButton


def _ids(page) -> list[str]:
    names = page.findChild(QListWidget, "template_list")
    return [names.item(i).data(Qt.ItemDataRole.UserRole) for i in range(names.count())]


def _select(qtbot, page, template_id: str) -> None:
    names = page.findChild(QListWidget, "template_list")
    row = _ids(page).index(template_id)
    rect = names.visualItemRect(names.item(row))
    qtbot.mouseClick(names.viewport(), LEFT, pos=rect.center())
    assert page.selected_id() == template_id


def _table_rows(page) -> list[list[str]]:
    table = page.findChild(QTableView, "task_table")
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_lists_every_template_and_shows_the_selected_ones_tasks(ctx, window, qtbot):
    page = window.show_page("templates")
    expected = [s.id for s in templates.list_templates(ctx.store)]
    assert _ids(page) == expected
    assert {"song-ma-2022", "bac-kan-2024", "binh-dinh-2024"} <= set(expected)

    _select(qtbot, page, "song-ma-2022")
    doc = templates.get_template(ctx.store, "song-ma-2022")
    rows = _table_rows(page)
    assert [r[0] for r in rows] == [t["number"] for t in doc["appendix"]["tasks"]]
    assert rows[2][1] == "Nâng cao chất lượng Cổng thông tin điện tử cấp huyện, cấp xã"
    header = page.findChild(QTableView, "task_table").model()
    assert header.headerData(1, Qt.Orientation.Horizontal) == "Nhiệm vụ"
    tree = page.findChild(QTreeWidget, "section_tree")
    assert tree.topLevelItem(0).text(0) == "MỤC ĐÍCH, YÊU CẦU"
    assert tree.topLevelItem(0).child(0).text(0) == "Mục đích"
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    assert "bưu chính công ích" in page.section_text.toPlainText()
    assert "18/KH-UBND" in page.heading.text()

    _select(qtbot, page, "bac-kan-2024")
    bac_kan = templates.get_template(ctx.store, "bac-kan-2024")
    assert len(_table_rows(page)) == len(bac_kan["appendix"]["tasks"])


def test_search_without_diacritics_filters_templates_and_rows(ctx, window, qtbot):
    page = window.show_page("templates")
    search = page.findChild(QLineEdit, "template_search")
    search.setFocus()
    qtbot.keyClicks(search, "tuyen truyen")
    # every template is about "tuyên truyền": all stay; inside, only rows with the words remain
    assert len(_ids(page)) == 3
    _select(qtbot, page, "song-ma-2022")
    rows = _table_rows(page)
    assert rows and all("tuyên truyền" in " ".join(r).lower() for r in rows)
    all_tasks = templates.get_template(ctx.store, "song-ma-2022")["appendix"]["tasks"]
    assert len(rows) < len(all_tasks)
    assert page.hits.isVisible() and f"{len(rows)} nhiệm vụ" in page.hits.text()

    search.clear()
    qtbot.keyClicks(search, "tieng dan toc")  # "tiếng dân tộc": only in a section of Sông Mã
    assert _ids(page) == ["song-ma-2022"]
    assert _table_rows(page) == []
    tree = page.findChild(QTreeWidget, "section_tree")
    assert page.tabs.currentIndex() == 1  # no task matches: the sections tab comes forward
    assert tree.currentItem().text(0) == "Hình thức tuyên truyền"  # the first section with a hit
    assert tree.topLevelItemCount() == 1  # branches without a hit are hidden
    assert "tiếng Dân tộc" in page.section_text.toPlainText()
    assert "background" in page.section_text.toHtml()  # the words are marked

    search.clear()
    qtbot.keyClicks(search, "khong co o dau zzz")
    assert _ids(page) == []
    assert page.no_match.isVisible()
    assert not page.use_button.isEnabled()
    search.clear()
    assert len(_ids(page)) == 3 and len(_table_rows(page)) > 0


def test_use_this_template_goes_to_the_plans_and_opens_the_wizard(ctx_with_unit, window, qtbot, monkeypatch):
    wizards: list[str] = []
    plans_page = window.page("plans")
    monkeypatch.setattr(plans_page, "start_wizard",
                        lambda: wizards.append(ctx_with_unit.requested_template_id))
    page = window.show_page("templates")
    _select(qtbot, page, "bac-kan-2024")
    qtbot.mouseClick(page.findChild(QPushButton, "use_template"), LEFT)
    assert window.current_key() == "plans"
    qtbot.waitUntil(lambda: wizards == ["bac-kan-2024"], timeout=5000)


def test_highlight_marks_words_found_without_diacritics():
    assert templates_page.highlight("Tuyên truyền CCHC", "tuyen") == (
        '<span style="background:#ffe066">Tuyên</span> truyền CCHC')
    assert templates_page.highlight("a < b", "") == "a &lt; b"


needs_import = pytest.mark.skipif(not templates_page.import_available(), reason="services/importing missing")


@needs_import
def test_import_reads_first_then_saves_after_confirmation(ctx, window, qtbot, monkeypatch, tmp_path):
    page = window.show_page("templates")
    assert page.findChild(QPushButton, "import_template").isVisible()
    seen: list[str] = []

    def confirm(path, result):
        assert templates.list_templates(ctx.store)[-1].builtin  # nothing saved by the dry run
        seen.append(page.describe_import(result))
        return True

    monkeypatch.setattr(page, "confirm_import", confirm)
    before = {s.id for s in templates.list_templates(ctx.store)}
    page.import_file(plan_file(tmp_path, "song-ma-2022"))
    qtbot.waitUntil(lambda: page.is_ready() and len(_ids(page)) == len(before) + 1, timeout=20000)
    new = [s for s in templates.list_templates(ctx.store) if s.id not in before]
    assert len(new) == 1 and not new[0].builtin
    assert "nhiệm vụ ở phụ lục" in seen[0] and f"{new[0].task_count} nhiệm vụ" in seen[0]
    # The file is the built-in Sông Mã plan: the officer is told, and it is saved as a copy.
    assert "Tệp này đã là kế hoạch mẫu «song-ma-2022»" in seen[0]
    assert templates.get_template(ctx.store, new[0].id)["name"].endswith("(bản sao)")
    assert page.selected_id() == new[0].id  # the new template is shown
    assert len(_table_rows(page)) == new[0].task_count


@needs_import
def test_import_cancelled_saves_nothing(ctx, window, qtbot, monkeypatch, tmp_path):
    page = window.show_page("templates")
    asked: list[object] = []
    monkeypatch.setattr(page, "confirm_import", lambda path, result: asked.append(result) or False)
    before = [s.id for s in templates.list_templates(ctx.store)]
    page.import_file(plan_file(tmp_path, "song-ma-2022"))
    qtbot.waitUntil(lambda: page.is_ready() and bool(asked), timeout=20000)
    assert [s.id for s in templates.list_templates(ctx.store)] == before


@needs_import
def test_import_of_a_bad_file_shows_the_message_and_saves_nothing(ctx, window, qtbot, monkeypatch, tmp_path):
    page = window.show_page("templates")
    shown: list[BaseException] = []
    monkeypatch.setattr(templates_page, "show_error", lambda parent, exc: shown.append(exc))
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"not a zip")
    before = [s.id for s in templates.list_templates(ctx.store)]
    page.import_file(bad)
    qtbot.waitUntil(lambda: page.is_ready() and bool(shown), timeout=20000)
    assert isinstance(shown[0], UserError)
    assert [s.id for s in templates.list_templates(ctx.store)] == before


PASTED = __import__("pathlib").Path(__file__).resolve().parents[1] / "data" / "pasted"


@needs_import
def test_text_pasted_from_a_pdf_imports_after_confirmation(ctx, window, qtbot, monkeypatch):
    """«Dán văn bản…»: the officer pastes what a PDF viewer copied (here pdftotext's copy of our PDF)."""
    import json

    from PySide6.QtWidgets import QDialog

    from ccpropa_desktop.ui.dialogs.paste_text_dialog import PasteTextDialog

    text = (PASTED / "bac-kan-2024-lo.layout.txt").read_text(encoding="utf-8")
    want = json.loads((PASTED / "bac-kan-2024-lo.expected.json").read_text(encoding="utf-8"))
    page = window.show_page("templates")
    button = page.findChild(QPushButton, "paste_template")
    assert button.isVisible()

    def paste(dialog: PasteTextDialog) -> int:
        assert not dialog.read_button.isEnabled()  # nothing pasted yet
        dialog.text.setPlainText(text)
        assert dialog.read_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PasteTextDialog, "exec", paste)
    seen: list[str] = []
    monkeypatch.setattr(page, "confirm_import", lambda source, result: seen.append(source) or True)
    before = {s.id for s in templates.list_templates(ctx.store)}
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: page.is_ready() and len(_ids(page)) == len(before) + 1, timeout=30000)
    assert seen == [text]
    new = next(s for s in templates.list_templates(ctx.store) if s.id not in before)
    stored = templates.get_template(ctx.store, new.id)
    assert stored["title"] == want["title"]
    assert new.task_count == len(want["appendix"]["rows"])
