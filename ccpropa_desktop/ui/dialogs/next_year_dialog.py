"""«Lập kế hoạch năm sau»: next year's plan from this one, decided in one list (services.next_year).

What is carried over, what was unfinished (kept, flagged), what was done once (proposed for
removal) and, with the province's new plan chosen, what is new from it: one tick each.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import next_year, plans, templates
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.models.domain_labels import reason_text, status_name

ACTION_LABELS = {"carry": QT_TRANSLATE_NOOP("NextYearDialog", "Giữ"),
                 "unfinished": QT_TRANSLATE_NOOP("NextYearDialog", "Chưa xong, giữ"),
                 "drop": QT_TRANSLATE_NOOP("NextYearDialog", "Đề xuất bỏ"),
                 "new": QT_TRANSLATE_NOOP("NextYearDialog", "Mới từ mẫu")}
"""services.next_year.ACTIONS, marked for translation."""


class NextYearDialog(QDialog):
    def __init__(self, ctx: AppContext, plan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.plan_id = ctx, plan_id
        self.created_plan_id: int | None = None
        self.proposal: next_year.Proposal | None = None
        plan = plans.get_plan(ctx.store, plan_id)
        self.setWindowTitle(self.tr("Lập kế hoạch năm sau"))
        self.setObjectName("next_year")
        self.year = QSpinBox()
        self.year.setObjectName("next_year_year")
        self.year.setRange(plan.year + 1, 2100)
        self.year.setValue(plan.year + 1)
        self.year.setGroupSeparatorShown(False)
        self.template = QComboBox()
        self.template.setObjectName("next_year_template")
        self.template.addItem(self.tr("— không, chỉ từ kế hoạch này —"), "")
        for summary in templates.list_templates(ctx.store):
            self.template.addItem(f"{summary.id} · {summary.issuer} {summary.year}", summary.id)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("next_year_items")
        self.table.setHorizontalHeaderLabels([self.tr("Đưa vào"), self.tr("TT"), self.tr("Nhiệm vụ"),
                                              self.tr("Tình trạng"), self.tr("Lý do")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        # rows as tall as their wrapped task (marks included: ui/widgets/text_fit.py), remeasured with
        # the columns' widths
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("next_year_summary")
        self.summary.setWordWrap(True)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lập kế hoạch"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Từ kế hoạch:"), QLabel(f"{plan.id} · {plan.title}"))
        form.addRow(self.tr("Năm:"), self.year)
        form.addRow(self.tr("Kế hoạch mới của cấp trên (nếu có):"), self.template)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 600)
        self.year.valueChanged.connect(self.propose)
        self.template.currentIndexChanged.connect(self.propose)
        self.propose()
        layout.activate()  # size limits known before the window exists, not pushed to it afterwards

    def propose(self) -> None:
        try:
            self.proposal = next_year.propose(self.ctx.store, self.plan_id, self.year.value(),
                                              self.template.currentData() or None)
        except UserError as exc:
            self.summary.setText(exc.message)
            self.table.setRowCount(0)
            return
        items = self.proposal.items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            tick = QTableWidgetItem(self.tr(ACTION_LABELS[item.action]))
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(Qt.CheckState.Checked if item.proposed else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.UserRole, item.key)
            self.table.setItem(row, 0, tick)
            values = (item.number, item.content, status_name(item.status), reason_text(item.reason))
            for column, value in enumerate(values, start=1):
                self.table.setItem(row, column, QTableWidgetItem(value))
        years = len(self.proposal.changes)
        period = self.proposal.period
        self.summary.setText(self.tr(
            "{0} nhiệm vụ: bỏ dấu ở dòng không muốn giữ, đánh dấu dòng muốn giữ lại. Tình trạng theo kỳ {1}. "
            "Lời văn: {2} chỗ chuyển sang năm {3}.").format(
                len(items), period or self.tr("(chưa theo dõi)"), years, self.year.value()))

    def choice(self) -> tuple[set[str], set[str]]:
        """(exclude, include): the keys the officer took out of / put into the proposal."""
        exclude, include = set(), set()
        assert self.proposal is not None
        for row, item in enumerate(self.proposal.items):
            checked = self.table.item(row, 0).checkState() == Qt.CheckState.Checked
            if item.proposed and not checked:
                exclude.add(item.key)
            elif not item.proposed and checked:
                include.add(item.key)
        return exclude, include

    def create(self) -> None:
        if self.proposal is None:
            return
        exclude, include = self.choice()
        try:
            plan = next_year.create_next_year(self.ctx.store, self.plan_id, self.year.value(),
                                              template_id=self.template.currentData() or None,
                                              exclude=exclude, include=include)
        except UserError as exc:
            show_error(self, exc)
            return
        self.created_plan_id = plan.id
        self.accept()
