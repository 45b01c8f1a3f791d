"""The new-plan wizard (W3): template and year → proposed tasks → agency renaming → the unit's wording
→ create.

Every choice is shown with the reason behind it (why a task is proposed, what an agency becomes), so
the officer can trust the plan without reading the whole template again. Mapping edits are saved at
once through the services: they are the unit's own renaming table, reused by every later plan.
The wording step lists what re-voicing would change ("tỉnh Bắc Kạn" → "huyện Sông Mã"), found off the
UI thread, and the officer unticks what should stay as the template says it (services.revoice).
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ccpropa_desktop.domain.mapping import dedupe_agencies
from ccpropa_desktop.domain.model import TemplateSummary, UnitProfile
from ccpropa_desktop.domain.text import clean_line, fold, sort_key
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import mappings, plans, templates, unit
from ccpropa_desktop.services.plans import ProposedTask
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.dialogs.wording_review import WordingPage
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.models.domain_labels import level_name, reason_text
from ccpropa_desktop.ui.widgets.mark_room import fit_label

PAGE_MINIMUM = (760, 400)
"""Every page's minimum size: fits 1366×768 at 125% scaling with the wizard's header and buttons."""

PREVIEW_TASKS = 5
"""How many tasks the mapping preview shows: enough to see the renaming at work, short enough to read."""


def default_year(today: dt.date) -> int:
    """Plans are drawn up at the end of the year for the next one: after October, propose next year."""
    return today.year + 1 if today.month > 10 else today.year


def _agency_names(cells: list[str]) -> list[str]:
    """The agencies named in lead/partners cells ("A; B"), for the mapping table's completer."""
    names: dict[str, str] = {}
    for cell in cells:
        for part in cell.replace("\n", ";").split(";"):
            name = clean_line(part).rstrip(".,")
            if name:
                names.setdefault(fold(name), name)
    return sorted(names.values(), key=sort_key)


class _NamesDelegate(QStyledItemDelegate):
    """An editable drop-down: pick a known name (the directory, the template's) or type any other.

    Typing completes inline, with no pop-up window that could cover the cell being edited.
    """

    def __init__(self, names: list[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.names = names

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor.setMaxVisibleItems(15)
        editor.addItems(self.names)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(-1)
        editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class _RoomyDelegate(QStyledItemDelegate):
    """A little air above and below wrapped lines, so they do not touch the grid."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index) + QSize(0, 6)


def _wrapping_table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setItemDelegate(_RoomyDelegate(table))
    # Rows grow to their wrapped text whenever a column changes width: once all columns have their
    # width (fitting at the first column's signal measured the others at their old width).
    fit = QTimer(table)
    fit.setSingleShot(True)
    fit.setInterval(0)
    fit.timeout.connect(table.resizeRowsToContents)
    table.horizontalHeader().sectionResized.connect(lambda *_: fit.start())
    return table


class TemplatePage(QWizardPage):
    """(1) Which template, which year. Without a unit profile: say so and offer the profile page."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Chọn kế hoạch mẫu và năm"))
        self.setSubTitle(self.tr("Kế hoạch mới được lập từ kế hoạch mẫu, thường là kế hoạch của cấp trên. "
                                 "Nhiệm vụ, nội dung và tên cơ quan sẽ được chuyển sang đơn vị của bạn."))
        self.rows: list[TemplateSummary] = []

        self.no_unit = QFrame()
        self.no_unit.setObjectName("no_unit")
        self.no_unit.setFrameShape(QFrame.Shape.StyledPanel)
        no_unit_text = QLabel(self.tr(
            "<b>Chưa có hồ sơ đơn vị.</b><br>Kế hoạch cần tên đơn vị, cấp hành chính, địa danh và người "
            "ký. Hãy khai báo hồ sơ đơn vị trước, rồi quay lại lập kế hoạch."))
        no_unit_text.setWordWrap(True)
        self.profile_button = QPushButton(self.tr("Đến trang Hồ sơ đơn vị"))
        self.profile_button.setObjectName("go_to_profile")
        self.profile_button.clicked.connect(wizard.go_to_profile)
        box = QVBoxLayout(self.no_unit)
        box.addWidget(no_unit_text)
        box.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("template_table")
        self.table.setHorizontalHeaderLabels([self.tr("Kế hoạch mẫu"), self.tr("Cơ quan ban hành"),
                                              self.tr("Cấp"), self.tr("Năm"), self.tr("Số nhiệm vụ")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: wizard.next())

        self.year = QSpinBox()
        self.year.setObjectName("plan_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(default_year(dt.date.today()))
        self.year.setMinimumWidth(110)
        self.details = QLabel()
        self.details.setObjectName("template_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.details.setMargin(8)
        form = QHBoxLayout()
        form.addWidget(QLabel(self.tr("Năm của kế hoạch:")))
        form.addWidget(self.year)
        form.addStretch(1)

        self.chooser = QWidget()
        layout = QVBoxLayout(self.chooser)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.details)
        outer = QVBoxLayout(self)
        outer.addWidget(self.no_unit)
        outer.addWidget(self.chooser, 1)
        self.registerField("year", self.year)

    def initializePage(self) -> None:
        has_unit = self.wiz.unit is not None
        self.no_unit.setVisible(not has_unit)
        self.chooser.setEnabled(has_unit)
        self.rows = templates.list_templates(self.wiz.ctx.store)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            values = [row.name, row.issuer, level_name(row.level), str(row.year or ""),
                      str(row.task_count)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{row.name} ({row.id})")
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        if self.rows and has_unit:
            self.table.selectRow(self._preferred_row())

    def _preferred_row(self) -> int:
        """The template asked for on the templates page, else the one used last time, else the newest
        one from another level (the level above)."""
        requested, self.wiz.ctx.requested_template_id = self.wiz.ctx.requested_template_id, None
        ids = [r.id for r in self.rows]
        for wanted in (requested, self.wiz.ctx.setting("wizard/template")):
            if wanted in ids:
                return ids.index(wanted)
        level = self.wiz.unit.level if self.wiz.unit else ""
        return next((i for i, r in enumerate(self.rows) if r.level != level), 0)

    def selected(self) -> TemplateSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.details.setText(self._describe(chosen) if chosen else "")
        self.completeChanged.emit()

    def _describe(self, chosen: TemplateSummary) -> str:
        try:
            doc = templates.get_template(self.wiz.ctx.store, chosen.id)
            proposals = plans.propose_tasks(self.wiz.ctx.store, chosen.id)
        except UserError:
            return ""
        proposed = sum(p.proposed for p in proposals)
        unit_name = self.wiz.unit.short_name if self.wiz.unit else ""
        lines = [f"<b>{html.escape(chosen.name)}</b>",
                 html.escape(self.tr("Văn bản: {0}.").format(plans.citation(doc))),
                 html.escape(self.tr("Đề xuất cho {0}: {1} trên {2} nhiệm vụ; bước sau cho phép chọn lại "
                                     "từng nhiệm vụ.").format(unit_name, proposed, len(proposals)))]
        return "<br>".join(lines)

    def isComplete(self) -> bool:
        return self.wiz.unit is not None and self.selected() is not None

    def validatePage(self) -> bool:
        chosen = self.selected()
        if chosen is None or self.wiz.unit is None:
            return False
        try:
            self.wiz.choose_template(chosen.id)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.wiz.ctx.set_setting("wizard/template", chosen.id)
        return True


class TasksPage(QWizardPage):
    """(2) The proposed tasks as a checklist, each with the reason it is proposed."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Chọn nhiệm vụ"))
        self.setSubTitle(self.tr("Các nhiệm vụ liên quan đến đơn vị đã được đánh dấu sẵn, kèm lý do. "
                                 "Đánh dấu thêm hoặc bỏ đánh dấu tùy tình hình của đơn vị."))
        self.loaded_for: str | None = None
        self.table = _wrapping_table([self.tr("TT"), self.tr("Nhiệm vụ"), self.tr("Cơ quan chủ trì"),
                                      self.tr("Lý do đề xuất")], "task_checklist")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.table.setColumnWidth(0, 80)
        self.table.setColumnWidth(2, 190)
        self.table.setColumnWidth(3, 250)
        self.table.itemChanged.connect(self._changed)

        self.all_button = QPushButton(self.tr("Chọn tất cả"))
        self.all_button.setObjectName("select_all")
        self.none_button = QPushButton(self.tr("Bỏ chọn tất cả"))
        self.none_button.setObjectName("select_none")
        self.proposed_button = QPushButton(self.tr("Theo đề xuất"))
        self.proposed_button.setObjectName("select_proposed")
        self.count = QLabel()
        self.count.setObjectName("task_count")
        self.all_button.clicked.connect(lambda: self._tick(lambda _p: True))
        self.none_button.clicked.connect(lambda: self._tick(lambda _p: False))
        self.proposed_button.clicked.connect(lambda: self._tick(lambda p: p.proposed))
        buttons = QHBoxLayout()
        for button in (self.all_button, self.none_button, self.proposed_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        if self.loaded_for == self.wiz.template_id:
            return  # coming back from a later page: keep the officer's ticks
        self.loaded_for = self.wiz.template_id
        proposals = self.wiz.proposals
        self.table.blockSignals(True)
        self.table.setRowCount(len(proposals))
        for r, p in enumerate(proposals):
            check = QTableWidgetItem(p.number)
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                           | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Checked if p.proposed else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, p.index)
            reason = reason_text(p.reason) if p.proposed else self.tr(
                "Không thấy cấp hoặc tên của đơn vị trong cột chủ trì, phối hợp")
            cells = [check, QTableWidgetItem(p.content), QTableWidgetItem(p.lead), QTableWidgetItem(reason)]
            for c, item in enumerate(cells):
                item.setToolTip(item.text())
                if c and not p.proposed:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self._changed()

    def _tick(self, rule: Any) -> None:
        self.table.blockSignals(True)
        for r, p in enumerate(self.wiz.proposals):
            self.table.item(r, 0).setCheckState(Qt.CheckState.Checked if rule(p) else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self._changed()

    def chosen_indices(self) -> list[int]:
        items = [self.table.item(r, 0) for r in range(self.table.rowCount())]
        checked = Qt.CheckState.Checked
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items if i.checkState() == checked]

    def _changed(self, *_: object) -> None:
        self.count.setText(self.tr("Đã chọn {0}/{1} nhiệm vụ").format(
            len(self.chosen_indices()), self.table.rowCount()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.chosen_indices())

    def validatePage(self) -> bool:
        self.wiz.chosen = self.chosen_indices()
        return True


class MappingPage(QWizardPage):
    """(3) The agency renaming, editable, saved at once; the preview shows its effect on chosen tasks."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Đổi tên cơ quan"))
        # Fixed text: a header that changes height would make the wizard resize itself.
        self.setSubTitle(self.tr("Tên cơ quan trong kế hoạch mẫu được đổi sang cơ quan của đơn vị. Bấm đúp "
                                 "vào ô để sửa; thay đổi được lưu ngay và dùng cho các kế hoạch sau."))
        self.levels = ("", "")
        self.table = _wrapping_table([self.tr("Cơ quan trong kế hoạch mẫu"), self.tr("Cơ quan của đơn vị")],
                                     "mapping_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Rows tall enough for the drop-down editor, so the text being typed is not clipped.
        self.table.verticalHeader().setMinimumSectionSize(QComboBox().sizeHint().height())
        self.source_names = _NamesDelegate([], self.table)
        self.target_names = _NamesDelegate([], self.table)
        self.table.setItemDelegateForColumn(0, self.source_names)
        self.table.setItemDelegateForColumn(1, self.target_names)
        self.table.itemChanged.connect(self._edited)

        self.add_button = QPushButton(self.tr("Thêm dòng"))
        self.add_button.setObjectName("add_rule")
        self.remove_button = QPushButton(self.tr("Xóa dòng"))
        self.remove_button.setObjectName("remove_rule")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.note = QLabel()
        self.note.setObjectName("mapping_note")
        self.note.setWordWrap(True)

        self.preview = QTextBrowser()
        self.preview.setObjectName("mapping_preview")
        self.preview.setOpenLinks(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>Xem trước</b> một số nhiệm vụ đã chọn sau khi đổi tên:")))
        right_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)

    def initializePage(self) -> None:
        doc, profile = self.wiz.doc, self.wiz.unit
        assert profile is not None
        self.levels = (doc.get("level") or profile.level, profile.level)
        source_level, target_level = (level_name(level) for level in self.levels)
        rows = doc.get("appendix", {}).get("tasks", [])
        cells = [r.get(f, "") or "" for r in rows for f in ("lead", "partners")]
        self.source_names.names = _agency_names(cells)
        self.target_names.names = sorted(profile.agencies, key=sort_key)
        try:
            rules = mappings.get_rules(self.wiz.ctx.store, *self.levels)
        except UserError as exc:
            show_error(self, exc)
            rules = []
        if self.levels[0] == self.levels[1]:
            self.note.setText(self.tr("Kế hoạch mẫu cùng cấp {0} với đơn vị nên thường không cần đổi tên cơ "
                                      "quan. Bấm «Thêm dòng» nếu cần.").format(source_level))
        else:
            self.note.setText(self.tr("Đổi tên từ cấp {0} sang cấp {1}: {2} quy tắc.").format(
                source_level, target_level, len(rules)))
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for rule in rules:
            self._append(rule.source, rule.target)
        self.table.blockSignals(False)
        self.table.resizeRowsToContents()
        self.update_preview()

    def _append(self, source: str, target: str) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        first = QTableWidgetItem(source)
        first.setData(Qt.ItemDataRole.UserRole, source or None)  # the source as saved in the store
        self.table.setItem(r, 0, first)
        self.table.setItem(r, 1, QTableWidgetItem(target))
        return r

    def rules(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]

    def add_row(self) -> None:
        self.table.blockSignals(True)
        r = self._append("", "")
        self.table.blockSignals(False)
        self.table.setCurrentCell(r, 0)
        self.table.scrollToItem(self.table.item(r, 0))
        self.table.setFocus()
        self.table.editItem(self.table.item(r, 0))

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        saved = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        if saved:
            try:
                mappings.remove_rule(self.wiz.ctx.store, *self.levels, saved)
            except UserError as exc:
                show_error(self, exc)
                return
        self.table.removeRow(r)
        self.update_preview()

    def _edited(self, item: QTableWidgetItem) -> None:
        """Save the row: a rule needs both names; a row missing one is kept on screen but not applied."""
        r = item.row()
        first, second = self.table.item(r, 0), self.table.item(r, 1)
        if first is None or second is None:
            return
        saved = first.data(Qt.ItemDataRole.UserRole)
        source, target = clean_line(first.text()), clean_line(second.text())
        duplicate = source and any(fold(self.table.item(o, 0).text().strip()) == fold(source)
                                   for o in range(self.table.rowCount()) if o != r)
        try:
            if duplicate:
                raise UserError("mapping_duplicate", self.tr("«{0}» đã có trong bảng; hãy sửa ở dòng đó.")
                                .format(source))
            if saved and (fold(saved) != fold(source) or not target):
                mappings.remove_rule(self.wiz.ctx.store, *self.levels, saved)
                saved = None
            if source and target:
                saved = mappings.set_rule(self.wiz.ctx.store, *self.levels, source, target).source
        except UserError as exc:
            show_error(self, exc)
            source = saved or ""
        self.table.blockSignals(True)
        first.setData(Qt.ItemDataRole.UserRole, saved)
        first.setText(source)
        second.setText(target)
        self.table.blockSignals(False)
        self.table.resizeRowToContents(r)
        self.update_preview()

    def update_preview(self) -> None:
        profile = self.wiz.unit
        if profile is None:
            return
        rewrite = plans.rewriter_for(self.wiz.ctx.store, self.wiz.doc, profile.level)
        rows = self.wiz.doc.get("appendix", {}).get("tasks", [])
        chosen = [rows[i] for i in self.wiz.chosen if i < len(rows)]

        def changed(row: dict[str, str]) -> bool:
            return any(rewrite.text(row.get(f, "") or "") != (row.get(f, "") or "")
                       for f in ("content", "lead", "partners"))

        shown = [r for r in chosen if changed(r)][:PREVIEW_TASKS]
        shown += [r for r in chosen if r not in shown][:PREVIEW_TASKS - len(shown)]
        parts = []
        for row in shown:
            content = row.get("content", "") or ""
            parts.append(f"<p><b>{html.escape(row.get('number', ''))}.</b> "
                         f"{self._diff(content, rewrite.text(clean_line(content)))}</p>")
            for label, field in ((self.tr("Chủ trì"), "lead"), (self.tr("Phối hợp"), "partners")):
                old = clean_line(row.get(field, "") or "")
                if old:
                    parts.append(f"<p style='margin-left:14px'><i>{html.escape(label)}:</i> "
                                 f"{self._diff(old, rewrite.agencies(old))}</p>")
        if not parts:
            parts.append(html.escape(self.tr("Chưa chọn nhiệm vụ nào.")))
        self.preview.setHtml("".join(parts))

    def _diff(self, old: str, new: str) -> str:
        if old == new:
            return html.escape(new).replace("\n", "<br>")
        return (f"<span style='color:#888;text-decoration:line-through'>{html.escape(old)}</span> "
                f"→ <span style='color:#0a5c2b'><b>{html.escape(new)}</b></span>").replace("\n", "<br>")


class SummaryPage(QWizardPage):
    """(5) What will be created; Finish creates it."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Lập kế hoạch"))
        self.setSubTitle(self.tr("Kiểm tra lại rồi bấm «Lập kế hoạch». Sau đó có thể sửa mọi nội dung "
                                 "trong trang Soạn kế hoạch."))
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, text in (("unit", self.tr("Đơn vị:")), ("template", self.tr("Kế hoạch mẫu:")),
                          ("year", self.tr("Năm:")), ("title", self.tr("Trích yếu:")),
                          ("tasks", self.tr("Nhiệm vụ:")), ("mapping", self.tr("Đổi tên cơ quan:")),
                          ("wording", self.tr("Lời văn:"))):
            label = QLabel()
            label.setObjectName(f"summary_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            form.addRow(text, label)
        self.task_list = QTextBrowser()
        self.task_list.setObjectName("summary_task_list")
        form.addRow(self.tr("Các nhiệm vụ:"), self.task_list)

    def initializePage(self) -> None:
        wiz = self.wiz
        assert wiz.unit is not None
        year = int(self.field("year"))
        total = len(wiz.proposals)
        rules = mappings.get_rules(wiz.ctx.store, wiz.doc.get("level") or wiz.unit.level, wiz.unit.level)
        self.labels["unit"].setText(wiz.unit.short_name)
        self.labels["template"].setText(wiz.doc.get("name", wiz.template_id))
        self.labels["year"].setText(str(year))
        self.labels["title"].setText(plans.plan_title(wiz.doc, wiz.unit, year))
        self.labels["tasks"].setText(self.tr("{0} trên {1} nhiệm vụ của kế hoạch mẫu").format(
            len(wiz.chosen), total))
        self.labels["mapping"].setText(self.tr("{0} quy tắc").format(len(rules)))
        self.labels["wording"].setText(wiz.wording_page.summary())
        rewrite = plans.rewriter_for(wiz.ctx.store, wiz.doc, wiz.unit.level)
        revoiced = wiz.wording_page.revoicing()  # the wording as the previous step leaves it
        rows = wiz.doc.get("appendix", {}).get("tasks", [])
        items = []
        for t, i in enumerate(sorted(wiz.chosen)):  # the plan's task t
            row = rows[i]
            lead = dedupe_agencies(revoiced(f"task:{t}:lead",
                                            rewrite.agencies(clean_line(row.get("lead", "") or ""))))
            content = revoiced(f"task:{t}:content", rewrite.text(clean_line(row.get("content", "") or "")))
            items.append(f"<p><b>{html.escape(row.get('number', ''))}.</b> {html.escape(content)}"
                         + (f" <i>({html.escape(lead)})</i>" if lead else "") + "</p>")
        self.task_list.setHtml("".join(items))

    def validatePage(self) -> bool:
        return self.wiz.create()


class NewPlanWizard(QWizard):
    """Builds a plan from a template; `created_plan_id` holds the new plan's id once Finish succeeds."""

    def open_guide(self) -> QWidget:
        from ccpropa_desktop.ui.help_viewer import open_guide

        return open_guide(self, "plans")

    def _fit_header(self) -> None:
        """Qt's header title (made when first shown): room for the marks over its capitals ("Đổi tên")."""
        fitted = False
        for label in self.findChildren(QLabel):
            parent = label.parentWidget()
            while parent is not None and parent is not self and not isinstance(parent, QWizardPage):
                parent = parent.parentWidget()
            if parent is self and label.property("mark_room") is None:
                fit_label(label)
                fitted = True
        if fitted:  # Qt measured the header before: again now, not at the next page (the window would grow)
            self.setTitleFormat(self.titleFormat())

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_plan_wizard")
        self.ctx = ctx
        self.created_plan_id: int | None = None
        self.template_id = ""
        self.doc: dict[str, Any] = {}
        self.proposals: list[ProposedTask] = []
        self.chosen: list[int] = []
        try:
            self.unit: UnitProfile | None = unit.get_unit(ctx.store)
        except UserError:
            self.unit = None
        self.setWindowTitle(self.tr("Lập kế hoạch mới"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for button, text in ((QWizard.WizardButton.BackButton, self.tr("< Quay lại")),
                             (QWizard.WizardButton.NextButton, self.tr("Tiếp theo >")),
                             (QWizard.WizardButton.CommitButton, self.tr("Lập kế hoạch")),
                             (QWizard.WizardButton.FinishButton, self.tr("Lập kế hoạch")),
                             (QWizard.WizardButton.CancelButton, self.tr("Hủy")),
                             (QWizard.WizardButton.HelpButton, self.tr("Trợ giúp"))):
            self.setButtonText(button, text)
        # «Trợ giúp» and F1: the guide's page on making a plan, owned by the wizard (a modal dialog
        # blocks every other window, the main window's guide included)
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        self.helpRequested.connect(self.open_guide)
        self.help_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self,
                                       self.open_guide)
        self.template_page = TemplatePage(self)
        self.tasks_page = TasksPage(self)
        self.mapping_page = MappingPage(self)
        self.wording_page = WordingPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.template_page, self.tasks_page, self.mapping_page, self.wording_page,
                     self.summary_page):
            # One minimum for every page, so the window's minimum stays put as the pages change.
            page.setMinimumSize(PAGE_MINIMUM[0], PAGE_MINIMUM[1])
            self.addPage(page)
        self.currentIdChanged.connect(lambda _id: self._fit_header())
        # Inside the main window (1366×768, or 1093×614 at 125% scaling), never larger than it.
        bound = parent.window().size() if parent is not None else self.screen().availableGeometry().size()
        self.resize(min(1040, bound.width() - 40), min(640, bound.height() - 40))

    def choose_template(self, template_id: str) -> None:
        if template_id != self.template_id:
            self.doc = templates.get_template(self.ctx.store, template_id)
            self.proposals = plans.propose_tasks(self.ctx.store, template_id)
            self.template_id = template_id
            self.chosen = [p.index for p in self.proposals if p.proposed]

    def create(self) -> bool:
        """Create the plan from the choices; on a UserError, say why and stay on the page."""
        keep_wording, skip_rules, skip_changes = self.wording_page.choices()
        try:
            plan = plans.create_plan(self.ctx.store, self.template_id, int(self.field("year")),
                                     task_indices=self.chosen, keep_wording=keep_wording,
                                     skip_rules=skip_rules, skip_changes=skip_changes)
        except UserError as exc:
            show_error(self, exc)
            return False
        self.created_plan_id = plan.id
        self.ctx.current_plan_id = plan.id
        self.ctx.status_message.emit(self.tr("Đã lập kế hoạch: {0}").format(plan.title))
        return True

    def go_to_profile(self) -> None:
        ctx = self.ctx
        self.reject()
        QTimer.singleShot(0, lambda: ctx.navigate.emit("unit"))

    def is_ready(self) -> bool:
        """False while the wording step is still finding its changes (for --screenshot and tests)."""
        return not self.wording_page.computing
