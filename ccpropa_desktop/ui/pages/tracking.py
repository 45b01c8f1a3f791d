"""Tracking through the year (W5): per reporting period, where each task stands, what is late, and what
was done — status, completion date, figures, evidence, attached files — saved at once.

It opens on the report due now (for a plan of this year) with the late and due rows highlighted.
Reads and writes go through `services.tracking`; the table model and the side panel live in
ui/models/tracking_table.py and ui/widgets/progress_panel.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.periods import PeriodRules, parse_period
from ccpropa_desktop.domain.tracking import LATE
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import plans, tracking
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.models.tracking_table import (
    COLUMN,
    AttentionFilter,
    TrackingTableModel,
    build_rows,
    with_derived,
)
from ccpropa_desktop.ui.plan_period_page import PlanPeriodPage
from ccpropa_desktop.ui.widgets.empty_state import EmptyState
from ccpropa_desktop.ui.widgets.period_picker import (
    as_of,
    vi_date,
)
from ccpropa_desktop.ui.widgets.progress_panel import ProgressPanel


class TrackingPage(PlanPeriodPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("<h2>Theo dõi thực hiện</h2>"))
        self.info = QLabel()
        self.info.setObjectName("period_info")
        self.info.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("tracking_summary")
        self.attention_only = QCheckBox(self.tr("Chỉ hiện việc quá hạn hoặc đến hạn trong kỳ"))
        self.attention_only.setObjectName("attention_only")
        self.attention_only.toggled.connect(self._filter_changed)
        info_row = QHBoxLayout()
        info_row.addWidget(self.summary, 1)
        info_row.addWidget(self.attention_only)

        self.model = TrackingTableModel(self)
        self.proxy = AttentionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("tracking_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 10)  # two lines of the task
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN["content"], QHeaderView.ResizeMode.Stretch)
        for key, width in (("number", 38), ("lead", 112), ("due", 70), ("status", 108), ("done_on", 80),
                           ("state", 100), ("metrics", 112)):
            self.table.setColumnWidth(COLUMN[key], width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_chosen())

        self.panel = ProgressPanel()
        self.panel.save_requested.connect(self.save)
        scroll = QScrollArea()
        scroll.setObjectName("panel_scroll")
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(340)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([800, 350])

        work = QWidget()
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addWidget(self.info)
        work_layout.addLayout(info_row)
        work_layout.addWidget(splitter, 1)

        self.set_body(work, EmptyState(
            ctx, "tracking_empty",
            self.tr("Chưa có kế hoạch nào để theo dõi. Hãy lập kế hoạch của năm ở trang "
                    "«Kế hoạch» (và ban hành ở trang «Ban hành và in»); sau đó ghi kết quả "
                    "từng nhiệm vụ theo kỳ báo cáo tại đây."),
            self.tr("Đến trang Kế hoạch"), "plans"))

    # -- loading ---------------------------------------------------------------------------------
    def show_period(self, new_period: bool) -> None:
        self.load_rows(select_attention=new_period)

    def load_rows(self, select_attention: bool = False, task_id: int | None = None) -> None:
        """Read the period's progress and states from the services and fill the table."""
        if self.plan is None:
            return
        store, plan_id = self.ctx.store, self.plan.id
        on = as_of(self.period, self.today())
        try:
            self.plan = plans.get_plan(store, plan_id)  # type: ignore[arg-type]
            progress = tracking.get_progress(store, plan_id, self.period)  # type: ignore[arg-type]
            statuses = tracking.plan_status(store, plan_id, on)  # type: ignore[arg-type]
            rules = tracking.period_rules(store)
        except UserError as exc:
            show_error(self, exc)
            return
        rows = build_rows(self.plan, progress, statuses, self.period)
        keep = task_id if task_id is not None else self.current_task_id()
        self.model.set_rows(rows)
        period = parse_period(self.period)
        start, end = period.window(rules)
        self.info.setText(self.tr("<b>{0}</b>: số liệu từ {1} đến {2} · hạn báo cáo {3} · tình hình tính đến "
                                  "hết ngày {4}").format(period.label[:1].upper() + period.label[1:],
                                                         vi_date(start), vi_date(end),
                                                         vi_date(period.due(rules)), vi_date(on)))
        late = sum(1 for r in rows if r.status.state == LATE)
        due = sum(1 for r in rows if r.needs_attention and r.status.state != LATE)
        done = sum(1 for r in rows if not r.has_children and r.progress.status.value == "done")
        counted = sum(1 for r in rows if not r.has_children)
        self.summary.setText(self.tr("Quá hạn: {0} · Đến hạn trong kỳ, chưa xong: {1} · Hoàn thành: {2}/{3}")
                             .format(late, due, done, counted))
        if select_attention:
            late = [r for r in rows if r.status.state == LATE]  # a task itself before its group row
            first = next((r.task.id for r in late if not r.has_children), late[0].task.id if late else None)
            first = first or next((r.task.id for r in rows if r.needs_attention), None)
            keep = first if first is not None else (rows[0].task.id if rows else None)
        self.select_task(keep)

    # -- selection -------------------------------------------------------------------------------
    def current_task_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else None

    def select_task(self, task_id: int | None) -> None:
        row = self.model.row_of(task_id) if task_id is not None else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            index = self.proxy.index(0, 0)
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag
            self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
            self.table.scrollTo(index)
        self._row_chosen()

    def _row_chosen(self) -> None:
        task_id = self.current_task_id()
        row = self.model.rows[self.model.row_of(task_id)] if task_id is not None else None
        self.panel.set_row(row, self.period, self.today(), self._rules())

    def _rules(self) -> PeriodRules:
        try:
            return tracking.period_rules(self.ctx.store)
        except UserError:
            return PeriodRules()

    def _filter_changed(self, on: bool) -> None:
        task_id = self.current_task_id()
        self.proxy.set_only_attention(on)
        self.select_task(task_id)

    # -- saving ----------------------------------------------------------------------------------
    def save(self, changes: dict[str, Any]) -> None:
        """Save what the panel asks for (one task, the chosen period) and show the stored state."""
        row = self.panel.row
        if self.plan is None or row is None:
            return
        try:
            tracking.set_progress(self.ctx.store, self.plan.id, row.task.number, self.period,  # type: ignore[arg-type]
                                  **with_derived(row.progress, changes))
        except UserError as exc:
            show_error(self, exc)
            self.panel.set_row(row, self.period, self.today(), self._rules())  # back to what is stored
            return
        self.ctx.status_message.emit(self.tr("Đã lưu nhiệm vụ {0}, {1}.").format(
            row.task.number, parse_period(self.period).label))
        self.load_rows(task_id=row.task.id)
