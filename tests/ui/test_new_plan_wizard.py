"""The new-plan wizard (W3), driven with clicks and typing: template → tasks → mapping → wording → create."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLabel, QTableWidget, QWizard

from ccpropa_desktop.services import mappings, plans
from ccpropa_desktop.ui.dialogs.new_plan_wizard import NewPlanWizard, default_year

BAC_KAN = "bac-kan-2024"


@pytest.fixture
def wizard(ctx_with_unit, qtbot):
    wiz = NewPlanWizard(ctx_with_unit)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    return wiz


def type_text(widget, text: str) -> None:
    """Key presses carrying Vietnamese text, as Unikey sends them (QTest.keyClicks handles ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def cell_editor(table: QTableWidget):
    """The line edit of the open cell editor (an editable drop-down)."""
    combos = [c for c in table.findChildren(QComboBox) if c.isVisible()]  # closed ones await deletion
    assert len(combos) == 1
    return combos[0].lineEdit()


def press_enter(qtbot, editor, table: QTableWidget) -> None:
    """Enter in the cell editor; the view commits on its next event loop turn."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_cell(qtbot, table: QTableWidget, row: int, col: int, *, x: int | None = None,
               double: bool = False) -> None:
    table.scrollToItem(table.item(row, col), QAbstractItemView.ScrollHint.PositionAtCenter)
    rect = table.visualItemRect(table.item(row, col))
    point = QPoint(rect.left() + x, rect.center().y()) if x is not None else rect.center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    if double:  # a real double click starts with a click on the cell
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def find_row(table: QTableWidget, col: int, text: str) -> int:
    return next(r for r in range(table.rowCount()) if table.item(r, col).text() == text)


def next_button(wiz: QWizard):
    return wiz.button(QWizard.WizardButton.NextButton)


def choose_bac_kan(qtbot, wiz: NewPlanWizard, year: str = "2025") -> None:
    page = wiz.template_page
    row = next(i for i, t in enumerate(page.rows) if t.id == BAC_KAN)
    click_cell(qtbot, page.table, row, 0)
    assert page.selected().id == BAC_KAN
    page.year.lineEdit().selectAll()
    qtbot.keyClicks(page.year, year)
    click(qtbot, next_button(wiz))
    assert wiz.currentPage() is wiz.tasks_page


def past_wording(qtbot, wiz: NewPlanWizard) -> None:
    """Through the wording step as it stands (every change ticked), once its changes are found."""
    assert wiz.currentPage() is wiz.wording_page
    qtbot.waitUntil(lambda: not wiz.wording_page.computing)
    click(qtbot, next_button(wiz))


def test_default_year_moves_to_next_year_after_october():
    assert default_year(dt.date(2026, 11, 23)) == 2027
    assert default_year(dt.date(2026, 10, 31)) == 2026
    assert default_year(dt.date(2026, 1, 5)) == 2026


def test_wizard_end_to_end_creates_the_plan_with_the_chosen_tasks_and_mapped_names(
        ctx_with_unit, wizard, qtbot):
    store = ctx_with_unit.store
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "Tiếp theo >"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Hủy"
    choose_bac_kan(qtbot, wizard)

    # (2) every Bắc Kạn task concerns a district; untick task 3 by clicking its box.
    tasks = wizard.tasks_page
    assert tasks.table.rowCount() == 11
    assert all(tasks.table.item(r, 0).checkState() == Qt.CheckState.Checked for r in range(11))
    assert "cấp huyện" in tasks.table.item(0, 3).text()  # the reason is shown
    row3 = find_row(tasks.table, 0, "3")
    click_cell(qtbot, tasks.table, row3, 0, x=10)
    assert tasks.table.item(row3, 0).checkState() == Qt.CheckState.Unchecked
    assert tasks.count.text() == "Đã chọn 10/11 nhiệm vụ"
    click(qtbot, next_button(wizard))
    assert wizard.currentPage() is wizard.mapping_page

    # (3) the Sở Nội vụ row: type a new district name into its target cell.
    mapping = wizard.mapping_page
    table = mapping.table
    assert table.horizontalHeaderItem(0).text() == "Cơ quan trong kế hoạch mẫu"
    row = find_row(table, 0, "Sở Nội vụ")
    assert table.item(row, 1).text() == "Phòng Nội vụ"
    click_cell(qtbot, table, row, 1, double=True)
    editor = cell_editor(table)
    editor.selectAll()
    type_text(editor, "Phòng Nội vụ huyện Sông Mã")
    press_enter(qtbot, editor, table)
    rules = {r.source: r.target for r in mappings.get_rules(store, "tinh", "huyen")}
    assert rules["Sở Nội vụ"] == "Phòng Nội vụ huyện Sông Mã"
    assert "Phòng Nội vụ huyện Sông Mã" in mapping.preview.toPlainText()
    assert "Sở Nội vụ" in mapping.preview.toPlainText()  # the old name, struck through
    click(qtbot, next_button(wizard))
    past_wording(qtbot, wizard)
    assert wizard.currentPage() is wizard.summary_page
    assert wizard.summary_page.labels["tasks"].text() == "10 trên 11 nhiệm vụ của kế hoạch mẫu"
    assert "2025" in wizard.summary_page.labels["title"].text()

    # (5) create (the wording step, (4), went by with every change ticked).
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.result() == QWizard.DialogCode.Accepted
    plan = plans.get_plan(store, wizard.created_plan_id)
    assert plan.year == 2025 and plan.template_id == BAC_KAN
    assert [t.origin["number"] for t in plan.tasks] == ["1", "2", "4", "5", "6", "7", "8", "9", "10", "11"]
    template_leads = {p.number: p.lead for p in plans.propose_tasks(store, BAC_KAN)}
    with_so_noi_vu = [t for t in plan.tasks if "Sở Nội vụ" in template_leads[t.origin["number"]]]
    assert with_so_noi_vu, "the Bắc Kạn template gives tasks to Sở Nội vụ"
    for task in with_so_noi_vu:
        assert "Phòng Nội vụ huyện Sông Mã" in task.lead
    assert not any("Sở Nội vụ" in t.lead or "Sở Nội vụ" in t.partners for t in plan.tasks)
    assert ctx_with_unit.current_plan_id == plan.id


def test_select_all_and_none_and_no_task_blocks_next(ctx_with_unit, wizard, qtbot):
    # Bình Định: sub-tasks 5.1–5.6 are not proposed to a district.
    page = wizard.template_page
    click_cell(qtbot, page.table, next(i for i, t in enumerate(page.rows) if t.id == "binh-dinh-2024"), 0)
    click(qtbot, next_button(wizard))
    tasks = wizard.tasks_page
    row = find_row(tasks.table, 0, "5.1")
    assert tasks.table.item(row, 0).checkState() == Qt.CheckState.Unchecked
    click(qtbot, tasks.findChild(type(tasks.all_button), "select_all"))
    assert tasks.count.text() == "Đã chọn 17/17 nhiệm vụ"
    click(qtbot, tasks.none_button)
    assert tasks.chosen_indices() == []
    assert not next_button(wizard).isEnabled()
    click(qtbot, tasks.proposed_button)
    assert next_button(wizard).isEnabled()
    click_cell(qtbot, tasks.table, row, 0, x=10)  # tick 5.1 on top of the proposals
    click(qtbot, next_button(wizard))
    click(qtbot, next_button(wizard))
    past_wording(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    plan = plans.get_plan(ctx_with_unit.store, wizard.created_plan_id)
    numbers = [t.origin["number"] for t in plan.tasks]
    assert numbers == ["1", "2", "3", "4", "5", "5.1", "6", "7", "9"]
    assert [t.number for t in plan.tasks][:6] == ["1", "2", "3", "4", "5", "5.1"]


def test_going_back_keeps_the_ticks(wizard, qtbot):
    choose_bac_kan(qtbot, wizard)
    tasks = wizard.tasks_page
    click_cell(qtbot, tasks.table, 0, 0, x=10)
    click(qtbot, next_button(wizard))
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    click(qtbot, next_button(wizard))
    assert tasks.table.item(0, 0).checkState() == Qt.CheckState.Unchecked


def test_adding_and_removing_mapping_rows_saves_them(ctx_with_unit, wizard, qtbot):
    store = ctx_with_unit.store
    choose_bac_kan(qtbot, wizard)
    click(qtbot, next_button(wizard))
    mapping = wizard.mapping_page
    before = mapping.table.rowCount()
    click(qtbot, mapping.add_button)
    assert mapping.table.rowCount() == before + 1
    editor = cell_editor(mapping.table)
    type_text(editor, "Báo Bắc Kạn")
    press_enter(qtbot, editor, mapping.table)
    # Half a rule (no target yet) is not applied: it would delete the name from the plan.
    assert "Báo Bắc Kạn" not in {r.source for r in mappings.get_rules(store, "tinh", "huyen")}
    click_cell(qtbot, mapping.table, before, 1, double=True)
    editor = cell_editor(mapping.table)
    editor.selectAll()
    type_text(editor, "Trung tâm Truyền thông - Văn hóa huyện")
    press_enter(qtbot, editor, mapping.table)
    rules = {r.source: r.target for r in mappings.get_rules(store, "tinh", "huyen")}
    assert rules["Báo Bắc Kạn"] == "Trung tâm Truyền thông - Văn hóa huyện"

    row = find_row(mapping.table, 0, "Bưu điện tỉnh")
    click_cell(qtbot, mapping.table, row, 0)
    click(qtbot, mapping.remove_button)
    assert mapping.table.rowCount() == before
    rules = {r.source for r in mappings.get_rules(store, "tinh", "huyen")}
    assert "Bưu điện tỉnh" not in rules and "Báo Bắc Kạn" in rules


def test_renaming_a_source_replaces_the_rule(ctx_with_unit, wizard, qtbot):
    store = ctx_with_unit.store
    choose_bac_kan(qtbot, wizard)
    click(qtbot, next_button(wizard))
    table = wizard.mapping_page.table
    row = find_row(table, 0, "Tỉnh Đoàn")
    click_cell(qtbot, table, row, 0, double=True)
    editor = cell_editor(table)
    editor.selectAll()
    type_text(editor, "Tỉnh đoàn Bắc Kạn")
    press_enter(qtbot, editor, table)
    rules = {r.source: r.target for r in mappings.get_rules(store, "tinh", "huyen")}
    assert "Tỉnh Đoàn" not in rules
    assert rules["Tỉnh đoàn Bắc Kạn"] == "Huyện Đoàn"


def test_without_a_unit_profile_the_wizard_sends_the_officer_to_it(ctx, qtbot):
    wiz = NewPlanWizard(ctx)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    assert wiz.template_page.no_unit.isVisible()
    texts = [label.text() for label in wiz.template_page.no_unit.findChildren(QLabel)]
    assert any("Chưa có hồ sơ đơn vị" in text for text in texts)
    assert not next_button(wiz).isEnabled()
    with qtbot.waitSignal(ctx.navigate) as signal:
        click(qtbot, wiz.template_page.profile_button)
    assert signal.args == ["unit"]
    assert wiz.result() == QWizard.DialogCode.Rejected
    assert plans.list_plans(ctx.store) == []


def test_the_template_asked_for_on_the_templates_page_is_chosen_once(ctx_with_unit, qtbot):
    ctx_with_unit.set_setting("wizard/template", "binh-dinh-2024")
    ctx_with_unit.requested_template_id = "song-ma-2022"
    first = NewPlanWizard(ctx_with_unit)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    assert first.template_page.selected().id == "song-ma-2022"
    assert ctx_with_unit.requested_template_id is None
    second = NewPlanWizard(ctx_with_unit)  # the next wizard goes back to the one used last
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.template_page.selected().id == "binh-dinh-2024"


# -- the wording step ("Lời văn của đơn vị") ------------------------------------------------------
def to_wording(qtbot, wiz: NewPlanWizard, year: str = "2026"):
    """Template Bắc Kạn, every task, the default renaming, then wait for the changes to be found."""
    choose_bac_kan(qtbot, wiz, year)
    click(qtbot, next_button(wiz))
    click(qtbot, next_button(wiz))
    page = wiz.wording_page
    assert wiz.currentPage() is page
    qtbot.waitUntil(lambda: not page.computing)
    assert next_button(wiz).isEnabled()
    return page


def rule_row(page, rule: str):
    tree = page.tree
    return next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == rule)


def click_check(qtbot, tree, item) -> None:
    """A click on the item's check box (left of its text)."""
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    point = QPoint(rect.left() + 10, rect.center().y())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)


def texts_of(plan) -> dict[str, str]:
    from ccpropa_desktop.services.plan_texts import plan_texts

    return dict(plan_texts(plan))


def test_wording_step_lists_the_changes_by_rule_and_creates_what_stays_ticked(ctx_with_unit, wizard, qtbot):
    from ccpropa_desktop.services import revoice

    store = ctx_with_unit.store
    page = to_wording(qtbot, wizard)
    draft, engine = plans.draft_plan(store, BAC_KAN, 2026, task_indices=list(range(11)))
    changes = revoice.plan_changes(draft, engine)
    groups = revoice.grouped(changes)
    assert page.tree.topLevelItemCount() == len(groups) == 7
    area = rule_row(page, "dia-ban")
    area_changes = [c for c in changes if c.rule == "dia-ban"]
    assert area.text(0) == f"«trên địa bàn tỉnh» → {len(area_changes)} chỗ"
    assert area.childCount() == len(area_changes)
    assert area.checkState(0) == Qt.CheckState.Checked
    assert all(area.child(i).checkState(0) == Qt.CheckState.Checked for i in range(area.childCount()))
    assert "«trên địa bàn tỉnh → trên địa bàn huyện»" in area.child(0).text(0)
    in_task = next(i for i in range(area.childCount()) if area.child(i).text(2).startswith("Nhiệm vụ"))
    assert area.child(in_task).text(2) == "Nhiệm vụ 2, nội dung"
    total = len(changes)
    assert page.status.text() == f"Đề xuất viết lại {total} chỗ theo 7 quy tắc; sẽ viết lại {total} chỗ."

    # Untick the year rule (all 6 occurrences), and one occurrence of «trên địa bàn tỉnh».
    year = rule_row(page, "nam")
    click_check(qtbot, page.tree, year)
    assert year.checkState(0) == Qt.CheckState.Unchecked
    assert all(year.child(i).checkState(0) == Qt.CheckState.Unchecked for i in range(year.childCount()))
    click(qtbot, page.expand_button)
    occurrence = area.child(in_task)
    click_check(qtbot, page.tree, occurrence)
    assert occurrence.checkState(0) == Qt.CheckState.Unchecked
    assert area.checkState(0) == Qt.CheckState.PartiallyChecked
    skipped_id = occurrence.data(0, Qt.ItemDataRole.UserRole)
    assert skipped_id == next(c.id for c in area_changes if c.where == "task:1:content")
    made = len(changes) - year.childCount() - 1
    assert page.status.text().endswith(f"sẽ viết lại {made} chỗ.")
    page.tree.setCurrentItem(occurrence)  # the whole text, the change marked, in the preview
    assert "trên địa bàn huyện" in page.preview.toPlainText()
    assert "Nhiệm vụ 2, nội dung" in page.preview.toPlainText()

    click(qtbot, next_button(wizard))
    assert wizard.currentPage() is wizard.summary_page
    assert wizard.summary_page.labels["wording"].text() == f"Viết lại {made} trên {len(changes)} chỗ đề xuất"
    listed = wizard.summary_page.task_list.toPlainText()  # the tasks as they will be saved
    assert "hòm thư điện tử của huyện" in listed and "kinh tế - xã hội trên địa bàn tỉnh." in listed
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.result() == QWizard.DialogCode.Accepted

    stored = texts_of(plans.get_plan(store, wizard.created_plan_id))
    before = texts_of(draft)
    skipped = {c.id for c in changes if c.rule == "nam"} | {skipped_id}
    for where in {c.where for c in changes}:
        expected = engine.apply(before[where], lambda f, w=where: f"{w}@{f.start}" not in skipped
                                and f.rule.id != "nam")
        assert stored[where] == expected, where
    assert "trên địa bàn tỉnh" in stored["task:1:content"]  # the occurrence left as the template says it
    assert "năm 2024" in stored["closing:0"] and "huyện Sông Mã" in stored["closing:0"]
    for c in area_changes:
        if c.id != skipped_id:
            assert "trên địa bàn huyện" in stored[c.where], c.where
    for where in {c.where for c in changes if c.rule == "nam"}:
        assert stored[where].count("2024") == before[where].count("2024"), where


def test_keep_wording_creates_the_template_text(ctx_with_unit, wizard, qtbot):
    store = ctx_with_unit.store
    page = to_wording(qtbot, wizard)
    click(qtbot, page.keep)
    assert page.keep.isChecked() and not page.tree.isEnabled()
    assert page.status.text().startswith("Giữ nguyên lời văn của mẫu")
    click(qtbot, next_button(wizard))
    assert wizard.summary_page.labels["wording"].text() == "Giữ nguyên lời văn của mẫu"
    assert "hòm thư điện tử của tỉnh" in wizard.summary_page.task_list.toPlainText()
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    draft, _engine = plans.draft_plan(store, BAC_KAN, 2026, task_indices=list(range(11)))
    stored = texts_of(plans.get_plan(store, wizard.created_plan_id))
    assert stored == texts_of(draft)
    assert "trên địa bàn tỉnh" in stored["section:2:paragraph:1"]


def test_wording_is_found_again_for_another_year_and_keeps_the_unticked_rule(wizard, qtbot):
    page = to_wording(qtbot, wizard)
    click_check(qtbot, page.tree, rule_row(page, "ubnd"))
    for _ in range(3):
        click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    assert wizard.currentPage() is wizard.template_page
    wizard.template_page.year.lineEdit().selectAll()
    qtbot.keyClicks(wizard.template_page.year, "2024")  # the template's own year: no year rule
    for _ in range(3):
        click(qtbot, next_button(wizard))
    qtbot.waitUntil(lambda: not page.computing)
    rules = [page.tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
             for i in range(page.tree.topLevelItemCount())]
    assert "nam" not in rules and "ubnd" in rules
    assert rule_row(page, "ubnd").checkState(0) == Qt.CheckState.Unchecked
    assert "ubnd" in page.choices()[1]


def test_wording_step_says_so_when_there_is_nothing_to_revoice(ctx_with_unit, wizard, qtbot):
    page = wizard.template_page
    click_cell(qtbot, page.table, next(i for i, t in enumerate(page.rows) if t.id == "song-ma-2022"), 0)
    page.year.lineEdit().selectAll()
    qtbot.keyClicks(page.year, "2022")  # the unit's own plan of the same year
    for _ in range(3):
        click(qtbot, next_button(wizard))
    wording = wizard.wording_page
    qtbot.waitUntil(lambda: not wording.computing)
    assert wording.status.text() == ("Không có gì cần viết lại: kế hoạch mẫu cùng cơ quan ban hành và "
                                     "cùng năm với kế hoạch này.")
    assert not wording.tree.isVisible() and not wording.keep.isVisible()
    click(qtbot, next_button(wizard))
    assert wizard.summary_page.labels["wording"].text() == "Không có gì cần viết lại"


@pytest.fixture
def english(qapp):
    from ccpropa_desktop.ui import i18n

    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "vi")


def test_wording_step_speaks_english(ctx_with_unit, english, qtbot):
    wiz = NewPlanWizard(ctx_with_unit)
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    page = to_wording(qtbot, wiz)
    assert page.title() == "Your unit's wording"
    assert page.keep.text() == "Keep the template's wording"
    headers = [page.tree.headerItem().text(c) for c in range(3)]
    assert headers == ["Rules and the places to rewrite", "Becomes", "Where"]
    assert page.status.text() == "39 places proposed by 7 rules; 39 will be rewritten."
    assert rule_row(page, "dia-ban").text(0) == "«trên địa bàn tỉnh» → 7 places"  # the rule's label is data
    assert rule_row(page, "nam").child(0).text(2) == "Section IV, paragraph 1"  # sections[5], paragraphs[0]


def test_help_and_f1_in_the_wizard_open_the_guide_on_making_a_plan(wizard, qtbot):
    from PySide6.QtWidgets import QApplication

    from ccpropa_desktop.ui.help_viewer import HelpViewer, guide_root, ui_language

    help_button = wizard.button(QWizard.WizardButton.HelpButton)
    assert help_button.isVisible() and help_button.text() == "Trợ giúp"
    qtbot.mouseClick(help_button, Qt.MouseButton.LeftButton)
    viewer = wizard.findChild(HelpViewer)
    assert viewer is not None and viewer.isVisible()  # a child of the modal wizard: not blocked by it
    assert viewer.browser.source().toLocalFile() == str(guide_root() / ui_language() / "plans.html")
    viewer.close()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_F1)
    assert viewer.isVisible()
