"""Tracking through the year (W5): per reporting period, where each task stands, what is late, and what
was done — status, completion date, figures, evidence, attached files — saved at once.

It opens on the report due now (for a plan of this year) with the late and due rows highlighted.
Reads and writes go through `services.tracking`; the table model and the side panel live in
ui/models/tracking_table.py and ui/widgets/progress_panel.py.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
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
from ccpropa_desktop.ui.editor.row_heights import text_height
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.models.domain_labels import capitalized, period_label
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
from ccpropa_desktop.ui.widgets.progress_panel import ProgressPanel, evidence_target

WRAPPED = ("content", "lead", "due", "state", "metrics")
"""Columns whose text may wrap onto a second line (the others are short)."""
MAX_LINES = 2
TEXT_MARGIN = 8
ROW_PADDING = 8


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
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + ROW_PADDING)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMN["content"], QHeaderView.ResizeMode.Stretch)
        # the completion date on one line in any font (12 pt: 92 px of digits)
        done_on = max(80, self.table.fontMetrics().horizontalAdvance("00/00/0000") + TEXT_MARGIN)
        for key, width in (("number", 38), ("lead", 112), ("due", 70), ("status", 108),
                           ("done_on", done_on), ("state", 100), ("metrics", 112)):
            self.table.setColumnWidth(COLUMN[key], width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_chosen())
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)  # one pass for the resize signals of one layout
        self._rows_timer.timeout.connect(self.fit_rows)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())

        self.panel = ProgressPanel()
        self.panel.save_requested.connect(self.save)
        self.panel.remove_requested.connect(self.remove)
        self.panel.open_requested.connect(self.open_item)
        self.panel.undo_requested.connect(self.undo_remove)
        self.removed: tuple[str, str, tracking.Removed] | None = None  # (task number, period, what)
        scroll = QScrollArea()
        scroll.setObjectName("panel_scroll")
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumWidth(360)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([780, 370])

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
        self.fit_rows()
        period = parse_period(self.period)
        start, end = period.window(rules)
        self.info.setText(self.tr("<b>{0}</b>: số liệu từ {1} đến {2} · hạn báo cáo {3} · tình hình tính đến "
                                  "hết ngày {4}").format(capitalized(period_label(period)),
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

    def fit_rows(self) -> None:
        """Each row as tall as its text: one line, or two for a task that wraps (the rest elided,
        the whole text in the tooltip)."""
        self._rows_timer.stop()
        font_key = self.table.font().toString()
        line = self.table.fontMetrics().lineSpacing()
        columns = [(self.table.columnWidth(COLUMN[k]) - TEXT_MARGIN, k) for k in WRAPPED]
        for view_row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(view_row, 0)).row()
            row = self.model.rows[source]
            height = line
            for width, key in columns:
                text = self.model.text(row, key)
                if text:
                    bold = key == "content" and row.has_children
                    height = max(height, min(text_height(font_key, bold, width, text), line * MAX_LINES))
            self.table.setRowHeight(view_row, height + ROW_PADDING)

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
        self.fit_rows()
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
            row.task.number, period_label(self.period)))
        self.load_rows(task_id=row.task.id)

    # -- opening, removing and putting back ---------------------------------------------------------
    def open_item(self, kind: str, item: Any) -> None:
        """An evidence line's address or path, or an attached file, in the system's viewer."""
        if kind == "evidence":
            url = evidence_target(str(item))
        else:
            try:
                url = QUrl.fromLocalFile(str(tracking.viewing_copy(self.ctx.store, item)))
            except UserError as exc:
                show_error(self, exc)
                return
        if url is None or not QDesktopServices.openUrl(url):
            self.panel.say(self.tr("Máy không mở được {0}: chưa có chương trình nào mở loại tệp này.").format(
                url.toDisplayString() if url is not None else str(item)))
            return
        self.ctx.status_message.emit(self.tr("Đã mở {0}").format(url.toDisplayString()))

    def remove(self, kind: str, item: Any) -> None:
        """Remove an evidence line or an attached file from the task's record (one transaction);
        «Hoàn tác» puts it back."""
        row = self.panel.row
        if self.plan is None or row is None:
            return
        number, period = row.task.number, self.period
        try:
            if kind == "evidence":
                removed = tracking.remove_evidence(self.ctx.store, self.plan.id, number, period, str(item))  # type: ignore[arg-type]
                text = self.tr("Đã xóa dòng minh chứng «{0}».").format(removed.evidence)
            else:
                removed = tracking.remove_attachment(self.ctx.store, self.plan.id, number, period,  # type: ignore[arg-type]
                                                     item.sha256)
                text = self.tr("Đã gỡ tệp «{0}».").format(item.name)
        except UserError as exc:
            show_error(self, exc)
            return
        self.removed = (number, period, removed)
        self.ctx.status_message.emit(text)
        self.load_rows(task_id=row.task.id)
        self.panel.show_undo(text)

    def undo_remove(self) -> None:
        if self.plan is None or self.removed is None:
            return
        number, period, removed = self.removed
        try:
            if removed.attachment is not None:
                tracking.restore_attachment(self.ctx.store, self.plan.id, number, period,  # type: ignore[arg-type]
                                            removed.attachment, removed.index)
            else:
                tracking.restore_evidence(self.ctx.store, self.plan.id, number, period,  # type: ignore[arg-type]
                                          removed.evidence, removed.index)
        except UserError as exc:
            show_error(self, exc)
            return
        self.removed = None
        self.panel.hide_undo()
        self.ctx.status_message.emit(self.tr("Đã hoàn tác: đã đặt lại như trước."))
        if period == self.period:
            self.load_rows(task_id=removed.progress.task_id)
