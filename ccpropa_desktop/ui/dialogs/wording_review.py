"""The new-plan wizard's wording step, "Lời văn của đơn vị": what re-voicing would change.

The template's sentences are said by the province ("trên địa bàn tỉnh", "tỉnh Bắc Kạn", "năm 2024");
`services.revoice` finds where the unit's plan should say them its own way. The step lists every
proposed change grouped by rule (one checkable row per rule, its occurrences below it, each in its
context and with where it is), all ticked; the officer unticks a rule, a single occurrence, or keeps
the template's wording altogether. The changes are found off the UI thread (`draft_plan` +
`plan_changes` on the worker's own store) and found again when the template, the year, the chosen
tasks or the agency renaming changed; ticks the officer took away stay away where the same
occurrence is found again.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ccpropa_desktop.domain.outline import section_numbers
from ccpropa_desktop.domain.revoice import Revoicer
from ccpropa_desktop.domain.text import nfc
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import mappings, plans, revoice
from ccpropa_desktop.services.plan_texts import plan_texts
from ccpropa_desktop.services.revoice import Change
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.tasks import in_own_store, run_task

if TYPE_CHECKING:
    from ccpropa_desktop.store import Store
    from ccpropa_desktop.ui.dialogs.new_plan_wizard import NewPlanWizard

FIELD_NAMES = {
    "content": QT_TRANSLATE_NOOP("WordingPage", "nội dung"),
    "form": QT_TRANSLATE_NOOP("WordingPage", "hình thức"),
    "lead": QT_TRANSLATE_NOOP("WordingPage", "chủ trì"),
    "partners": QT_TRANSLATE_NOOP("WordingPage", "phối hợp"),
    "schedule": QT_TRANSLATE_NOOP("WordingPage", "thời gian"),
    "product": QT_TRANSLATE_NOOP("WordingPage", "sản phẩm"),
    "note": QT_TRANSLATE_NOOP("WordingPage", "ghi chú"),
}
"""The task columns, as "Nhiệm vụ 3, chủ trì" names them."""

RULE_ROLE = Qt.ItemDataRole.UserRole
"""On a rule row: the rule's id; on an occurrence row: the change's id."""


@dataclass
class Review:
    """What the worker found for one choice of template, year, tasks and renaming."""

    key: tuple[Any, ...]
    changes: list[Change]
    nothing_to_say: bool  # the template speaks with the unit's own voice (same issuer, same year)
    texts: dict[str, str] = field(default_factory=dict)  # where → the whole text, for the preview
    sections: list[tuple[str, str]] = field(default_factory=list)  # (path "V.1", title) per section
    tasks: list[str] = field(default_factory=list)  # the template's number of each chosen task
    engine: Revoicer | None = None  # pure Python, safe on the UI thread: the summary page applies it


def section_paths(depths: list[int]) -> list[str]:
    """Depths [0, 1, 1, 0] → ["I", "I.1", "I.2", "II"]: where a paragraph is, in one short word."""
    stack: list[str] = []
    out = []
    for depth, number in zip(depths, section_numbers(depths), strict=True):
        stack = [*stack[:depth], number.rstrip(".)")]
        out.append(".".join(stack))
    return out


def find_changes(store: Store, key: tuple[Any, ...], template_id: str, year: int,
                 chosen: list[int]) -> Review:
    """The worker's job: the plan `create_plan` would save, and every change re-voicing proposes."""
    plan, engine = plans.draft_plan(store, template_id, year, task_indices=chosen)
    changes = revoice.plan_changes(plan, engine)
    wanted = {c.where for c in changes}
    texts = {where: nfc(text) for where, text in plan_texts(plan) if where in wanted}
    paths = section_paths([s.depth for s in plan.sections])
    return Review(key, changes, engine.empty, texts,
                  [(path, s.title) for path, s in zip(paths, plan.sections, strict=True)],
                  [t.origin.get("number", "") or str(i + 1) for i, t in enumerate(plan.tasks)], engine)


class _RoomyDelegate(QStyledItemDelegate):
    """A little air between the rows, so the check boxes do not touch."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index) + QSize(0, 4)


def _signature(change: Change) -> tuple[str, ...]:
    """The same occurrence found again (other tasks chosen shift the ids, not the words around it)."""
    return change.rule, change.old, change.new, change.before, change.after


class WordingPage(QWizardPage):
    """(4) The template's wording, said by the unit: tick what to re-voice."""

    def __init__(self, wizard: NewPlanWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Lời văn của đơn vị"))
        # Fixed text: a header that changes height would make the wizard resize itself.
        self.setSubTitle(self.tr("Lời văn của kế hoạch mẫu được viết lại cho đơn vị (địa danh, cấp, năm); "
                                 "trích dẫn văn bản, giai đoạn và ngày tháng giữ nguyên. Bỏ đánh dấu "
                                 "chỗ nào muốn giữ như kế hoạch mẫu."))
        self.review: Review | None = None
        self.computing = False
        self._generation = 0
        self._changes: dict[str, Change] = {}
        self._skipped_rules: set[str] = set()
        self._skipped: set[tuple[str, ...]] = set()

        self.status = QLabel()
        self.status.setObjectName("wording_status")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # alone: at the top
        self.keep = QCheckBox(self.tr("Giữ nguyên lời văn của mẫu"))
        self.keep.setObjectName("keep_wording")
        self.keep.setToolTip(self.tr("Không viết lại chỗ nào; tên cơ quan vẫn được đổi theo bước trước."))
        self.keep.toggled.connect(self._keep_toggled)
        self.expand_button = QPushButton(self.tr("Mở hết"))
        self.expand_button.setObjectName("wording_expand")
        self.collapse_button = QPushButton(self.tr("Thu gọn"))
        self.collapse_button.setObjectName("wording_collapse")

        self.tree = QTreeWidget()
        self.tree.setObjectName("wording_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Quy tắc và các chỗ cần viết lại"), self.tr("Viết thành"),
                                   self.tr("Ở đâu")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(_RoomyDelegate(self.tree))
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 170)
        header.resizeSection(2, 180)
        self.tree.itemChanged.connect(self._ticked)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.expand_button.clicked.connect(self.tree.expandAll)
        self.collapse_button.clicked.connect(self.tree.collapseAll)

        self.preview = QTextBrowser()
        self.preview.setObjectName("wording_preview")
        self.preview.setOpenLinks(False)

        top = QHBoxLayout()
        top.addWidget(self.keep)
        top.addStretch(1)
        top.addWidget(self.expand_button)
        top.addWidget(self.collapse_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addWidget(splitter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.body, 1)

    # -- finding -------------------------------------------------------------------------------
    def key(self) -> tuple[Any, ...]:
        """What the changes depend on: template, year, chosen tasks and the agency renaming."""
        wiz = self.wiz
        assert wiz.unit is not None
        levels = (wiz.doc.get("level") or wiz.unit.level, wiz.unit.level)
        try:
            renaming = tuple((r.source, r.target) for r in mappings.get_rules(wiz.ctx.store, *levels))
        except UserError:  # the mapping step has said why already
            renaming = ()
        return wiz.template_id, int(self.field("year")), tuple(wiz.chosen), renaming

    def initializePage(self) -> None:
        key = self.key()
        if self.review is not None and self.review.key == key and not self.computing:
            return  # coming back from the last page: keep the officer's ticks
        self.find(key)

    def find(self, key: tuple[Any, ...]) -> None:
        """Find the changes off the UI thread; a result for an older choice is dropped."""
        if self.review is not None:
            self._skipped_rules, self._skipped = self._unticked()
        self._generation += 1
        generation = self._generation
        self.computing = True
        self.review = None
        self._fill()
        template_id, year, chosen = key[0], key[1], list(key[2])
        job = in_own_store(self.wiz.ctx.data_dir,
                           lambda store: find_changes(store, key, template_id, year, chosen))
        run_task(job, lambda review: self._found(generation, review),
                 lambda exc: self._failed(generation, exc))

    def _current(self, generation: int) -> bool:
        return shiboken6.isValid(self) and generation == self._generation

    def _found(self, generation: int, review: Review) -> None:
        if not self._current(generation):
            return
        self.computing = False
        self.review = review
        self._fill()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not self._current(generation):
            return
        self.computing = False
        self._fill()
        self.status.setText(self.tr("Không tìm được các chỗ cần viết lại; kế hoạch sẽ được lập với mọi "
                                    "chỗ đề xuất."))
        show_error(self, exc)

    def isComplete(self) -> bool:
        return not self.computing

    # -- the list ------------------------------------------------------------------------------
    def _fill(self) -> None:
        review = self.review
        self.tree.blockSignals(True)
        self.tree.clear()
        self._changes = {}
        if review is not None:
            for group in revoice.grouped(review.changes):
                self.tree.addTopLevelItem(self._rule_item(review, group))
        self.tree.blockSignals(False)
        self.body.setVisible(self.computing or (review is not None and bool(review.changes)))
        self.preview.setHtml(html.escape(self.tr("Chọn một chỗ trong danh sách để xem cả đoạn văn.")))
        self._update_status()
        self.completeChanged.emit()

    def _rule_item(self, review: Review, group: revoice.RuleGroup) -> QTreeWidgetItem:
        first = group.changes[0]
        count = self.tr("{0} → {1} chỗ").format(group.label, len(group.changes))
        item = QTreeWidgetItem([count, first.new, ""])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
        item.setData(0, RULE_ROLE, group.rule)
        item.setToolTip(0, self.tr("{0} (mã quy tắc: {1})").format(group.label, group.rule))
        item.setToolTip(1, first.new)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        for change in group.changes:
            self._changes[change.id] = change
            context = f"{change.before}«{change.old} → {change.new}»{change.after}"
            where = self.where(review, change.where)
            child = QTreeWidgetItem([context, change.new, where])
            child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                           | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren)
            child.setData(0, RULE_ROLE, change.id)
            child.setCheckState(0, Qt.CheckState.Unchecked if _signature(change) in self._skipped
                                else Qt.CheckState.Checked)
            for column, tip in enumerate((context, change.new, where)):
                child.setToolTip(column, tip)
            item.addChild(child)
        if group.rule in self._skipped_rules:
            item.setCheckState(0, Qt.CheckState.Unchecked)  # and every occurrence with it
        return item

    def where(self, review: Review, where: str) -> str:
        """"section:4:paragraph:2" → "Mục III, đoạn 3"; "task:2:lead" → "Nhiệm vụ 3, chủ trì"."""
        parts = where.split(":")
        try:
            if parts[0] == "title":
                return self.tr("Trích yếu")
            if parts[0] == "appendix_title":
                return self.tr("Tên phụ lục")
            if parts[0] == "closing":
                return self.tr("Phần kết, đoạn {0}").format(int(parts[1]) + 1)
            if parts[0] == "section":
                path = review.sections[int(parts[1])][0]
                if parts[2] == "title":
                    return self.tr("Mục {0}, tiêu đề").format(path)
                return self.tr("Mục {0}, đoạn {1}").format(path, int(parts[3]) + 1)
            if parts[0] == "task":
                name = FIELD_NAMES.get(parts[2], parts[2])
                return self.tr("Nhiệm vụ {0}, {1}").format(review.tasks[int(parts[1])],
                                                           QCoreApplication.translate("WordingPage", name))
        except (IndexError, ValueError):
            pass
        return where

    def _rules(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]

    def _unticked(self) -> tuple[set[str], set[tuple[str, ...]]]:
        rules, occurrences = set(), set()
        for item in self._rules():
            if item.checkState(0) == Qt.CheckState.Unchecked:
                rules.add(str(item.data(0, RULE_ROLE)))
            for c in range(item.childCount()):
                child = item.child(c)
                if child.checkState(0) == Qt.CheckState.Unchecked:
                    occurrences.add(_signature(self._changes[str(child.data(0, RULE_ROLE))]))
        return rules, occurrences

    def choices(self) -> tuple[bool, list[str], list[str]]:
        """(keep_wording, skip_rules, skip_changes) for `create_plan`."""
        skip_rules, skip_changes = [], []
        for item in self._rules():
            if item.checkState(0) == Qt.CheckState.Unchecked:
                skip_rules.append(str(item.data(0, RULE_ROLE)))
                continue
            skip_changes += [str(item.child(c).data(0, RULE_ROLE)) for c in range(item.childCount())
                             if item.child(c).checkState(0) == Qt.CheckState.Unchecked]
        return self.keep.isChecked(), skip_rules, skip_changes

    def revoicing(self) -> Callable[[str, str], str]:
        """`f(where, text)`: a draft text as `create_plan` will save it with the current ticks
        (services.revoice.apply_changes), for the summary page."""
        review = self.review
        keep, skip_rules, skip_changes = self.choices()
        if keep or review is None or review.engine is None or not review.changes:
            return lambda _where, text: text
        engine, rules, single = review.engine, set(skip_rules), set(skip_changes)

        def revoiced(where: str, text: str) -> str:
            return engine.apply(text, lambda f: f.rule.id not in rules and f"{where}@{f.start}" not in single)

        return revoiced

    def counts(self) -> tuple[int, int]:
        """(changes that will be made, changes proposed)."""
        review = self.review
        if review is None:
            return 0, 0
        keep, skip_rules, skip_changes = self.choices()
        if keep:
            return 0, len(review.changes)
        kept = [c for c in review.changes if c.rule not in skip_rules and c.id not in skip_changes]
        return len(kept), len(review.changes)

    def summary(self) -> str:
        """One line for the last page."""
        review = self.review
        if review is None:
            return self.tr("Viết lại mọi chỗ đề xuất") if not self.keep.isChecked() else \
                self.tr("Giữ nguyên lời văn của mẫu")
        if not review.changes:
            return self.tr("Không có gì cần viết lại")
        if self.keep.isChecked():
            return self.tr("Giữ nguyên lời văn của mẫu")
        made, total = self.counts()
        return self.tr("Viết lại {0} trên {1} chỗ đề xuất").format(made, total)

    def _update_status(self) -> None:
        review = self.review
        if self.computing:
            text = self.tr("Đang tìm các chỗ cần viết lại…")
        elif review is None:
            text = ""
        elif review.nothing_to_say:
            text = self.tr("Không có gì cần viết lại: kế hoạch mẫu cùng cơ quan ban hành và cùng năm với "
                           "kế hoạch này.")
        elif not review.changes:
            text = self.tr("Không có gì cần viết lại: lời văn của kế hoạch mẫu đã là của đơn vị.")
        elif self.keep.isChecked():
            text = self.tr("Giữ nguyên lời văn của mẫu: không viết lại chỗ nào trong {0} chỗ đề "
                           "xuất.").format(len(review.changes))
        else:
            made, total = self.counts()
            text = self.tr("Đề xuất viết lại {0} chỗ theo {1} quy tắc; sẽ viết lại {2} chỗ.").format(
                total, len(self._rules()), made)
        self.status.setText(text)

    def _ticked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 0:
            self._update_status()

    def _keep_toggled(self, keep: bool) -> None:
        self.tree.setEnabled(not keep)
        self.expand_button.setEnabled(not keep)
        self.collapse_button.setEnabled(not keep)
        self._update_status()

    def _show(self, item: QTreeWidgetItem | None) -> None:
        """The whole text around the chosen occurrence, the change marked; for a rule, what it does."""
        review = self.review
        if item is None or review is None:
            return
        if item.parent() is None:
            changes = [self._changes[str(item.child(c).data(0, RULE_ROLE))] for c in range(item.childCount())]
            if changes:
                first = changes[0]
                text = self.tr("«{0}» → «{1}»: {2} chỗ. Chọn một chỗ bên trên để xem cả đoạn "
                               "văn.").format(first.old, first.new, len(changes))
                self.preview.setHtml(html.escape(text))
            return
        change = self._changes[str(item.data(0, RULE_ROLE))]
        text = review.texts.get(change.where, "")
        start = int(change.id.rsplit("@", 1)[1])
        end = start + len(change.old)
        if text[start:end] != change.old:  # cannot happen for a text from the same draft
            self.preview.setHtml(html.escape(f"{change.before}«{change.old} → {change.new}»{change.after}"))
            return
        marked = (f"{html.escape(text[:start])}"
                  f"<span style='color:#888;text-decoration:line-through'>{html.escape(change.old)}</span> "
                  f"<span style='color:#0a5c2b'><b>{html.escape(change.new)}</b></span>"
                  f"{html.escape(text[end:])}").replace("\n", "<br>")
        self.preview.setHtml(f"<p><i>{html.escape(self.where(review, change.where))}</i></p><p>{marked}</p>")
