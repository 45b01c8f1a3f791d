"""Aggregate (W7), at the upper level: import the units' report packages (.ccpr) with a progress bar,
see for a period who has reported and who has not (against the agency directory), the completion
rate of each unit as a bar chart, and export the consolidated report (PDF / DOCX / XLSX).

Importing and rendering run in a worker with its own store (services.session.open_store); the
table and chart read `services.aggregate.aggregate_view` on the UI thread.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.aggregate import AggregateView
from ccpropa_desktop.domain.periods import parse_period, report_period_on
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import aggregate, packages, tracking
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.export_dialog import ask_save_path, export_folder, save_output
from ccpropa_desktop.ui.models.aggregate_units import COLUMN, AggregateUnitsModel, rate_text
from ccpropa_desktop.ui.page import Page
from ccpropa_desktop.ui.tasks import PageJobs, in_own_store
from ccpropa_desktop.ui.widgets.bar_chart import BarChart
from ccpropa_desktop.ui.widgets.period_picker import PeriodPicker


def today() -> dt.date:
    return dt.date.today()


class _Progress(QObject):
    """Lives on the UI thread; the import worker emits, Qt queues the update over to this thread."""

    step = Signal(int, int)


class AggregatePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.period = ""
        self.offered = ""  # what the last package opened with the app holds (its confirmation text)
        self.view: AggregateView | None = None
        self.jobs = PageJobs(self)  # importing and rendering, off the UI thread
        self.jobs.changed.connect(self._busy_changed)
        self.relay = _Progress(self)

        title = QLabel(self.tr("<h2>Tổng hợp báo cáo của các đơn vị</h2>"))
        self.year = QSpinBox()
        self.year.setObjectName("aggregate_year")
        self.year.setRange(2000, 2100)
        self.year.setGroupSeparatorShown(False)
        self.year.valueChanged.connect(self._year_changed)
        self.periods = PeriodPicker()
        self.periods.period_chosen.connect(self._period_chosen)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Năm:")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Kỳ báo cáo:")))
        top.addWidget(self.periods)

        self.import_button = QPushButton(self.tr("Nhập gói báo cáo…"))
        self.import_button.setObjectName("import_packages")
        self.import_button.setToolTip(self.tr("Chọn các tệp .ccpr các đơn vị gửi lên; gói hỏng hoặc bị sửa "
                                              "bị từ chối, không nhập gì"))
        self.import_button.clicked.connect(self.choose_and_import)
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.setFormat(self.tr("Đang nhập %v/%m gói"))
        self.progress.hide()
        self.relay.step.connect(self._step)
        self.export_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.progress, 1)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Báo cáo tổng hợp:")))
        for fmt, text in (("pdf", self.tr("Xuất PDF…")), ("docx", self.tr("Xuất DOCX…")),
                          ("xlsx", self.tr("Xuất XLSX…"))):
            button = QPushButton(text)
            button.setObjectName(f"export_{fmt}")
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            actions.addWidget(button)

        self.summary = QLabel()
        self.summary.setObjectName("aggregate_summary")
        self.summary.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("import_result")
        self.result.setWordWrap(True)
        self.result.hide()

        self.model = AggregateUnitsModel(self)
        self.table = QTableView()
        self.table.setObjectName("units_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN["name"], QHeaderView.ResizeMode.Stretch)

        self.chart = BarChart()
        chart_scroll = QScrollArea()
        chart_scroll.setWidget(self.chart)
        chart_scroll.setWidgetResizable(True)
        chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        chart_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(6, 0, 0, 0)
        chart_layout.addWidget(QLabel(self.tr("<b>Tỷ lệ hoàn thành theo đơn vị</b>")))
        chart_layout.addWidget(chart_scroll, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(chart_box)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 500])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.result)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    # -- showing ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.period:
            self.period = self.opening_period()
        self._show_period()

    def opening_period(self) -> str:
        """The period of the package imported last; else the report due now."""
        try:
            received = aggregate.history(self.ctx.store)
            if received:
                return max(received, key=lambda p: p.imported_at).period
            return report_period_on(today(), tracking.period_rules(self.ctx.store)).code
        except UserError:
            return report_period_on(today()).code

    def _show_period(self) -> None:
        year = parse_period(self.period).year
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self.periods.set_year(year, self.period)
        self.load_view()

    def _year_changed(self, year: int) -> None:
        kind = parse_period(self.period).kind if self.period else "Y"
        self.period = f"{year}" if kind == "Y" else f"{year}-{kind}"
        self._show_period()

    def _period_chosen(self, code: str) -> None:
        self.period = code
        self.load_view()

    def load_view(self) -> None:
        try:
            view = aggregate.aggregate_view(self.ctx.store, self.period)
        except UserError as exc:
            show_error(self, exc)
            return
        self.view = view
        self.model.set_rows(view.units)
        self.chart.set_bars([(u.name, u.completion.get("rate")) for u in view.reported],
                            self.tr("Chưa có đơn vị nào gửi báo cáo {0}. Bấm «Nhập gói báo cáo…» để nhập "
                                    "các tệp .ccpr nhận được.").format(view.period_label))
        c = view.completion
        label = view.period_label[:1].upper() + view.period_label[1:]
        if view.expected:
            text = self.tr("<b>{0}</b>: đã báo cáo {1}/{2} đơn vị trong danh sách").format(
                label, view.expected_reported, len(view.expected))
            extra = len(view.reported) - view.expected_reported
            if extra:
                text += self.tr(", thêm {0} đơn vị ngoài danh sách").format(extra)
        else:
            text = self.tr("<b>{0}</b>: đã báo cáo {1} đơn vị (hồ sơ đơn vị chưa có danh sách cơ quan, "
                           "đơn vị để đối chiếu)").format(label, len(view.reported))
        if view.reported:
            text += self.tr(" · tỷ lệ hoàn thành chung {0} ({1}/{2} nhiệm vụ, không tính {3} không thực hiện)"
                            ).format(rate_text(c), c.get("done", 0), c.get("tasks", 0), c.get("dropped", 0))
        self.summary.setText(text)
        for button in self.export_buttons.values():
            button.setEnabled(bool(view.reported) and not self.jobs.pending)

    def is_ready(self) -> bool:
        return self.jobs.pending == 0

    # -- import ----------------------------------------------------------------------------------
    def choose_and_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn các gói báo cáo"),
                                                export_folder(self.ctx), self.tr("Gói báo cáo (*.ccpr)"))
        if paths:
            self.import_files([Path(p) for p in paths])

    def import_files(self, paths: list[Path]) -> None:
        if self.jobs.pending:
            return
        emit = self.relay.step.emit
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        self._start(lambda store: aggregate.import_packages(store, paths, progress=emit), self._imported)

    def open_package(self, path: Path, confirm: bool = True) -> None:
        """A package opened with the app (double-click, file association): check it, show what it
        holds, and import it only when the officer says so. A bad package is refused, nothing saved."""
        if self.jobs.pending:
            return
        self.ctx.status_message.emit(self.tr("Đang kiểm tra {0}…").format(path.name))
        self.jobs.start(lambda: packages.verify_package(path),
                        lambda result: self._offer_package(path, result, confirm), lambda: None)

    def _offer_package(self, path: Path, result: packages.VerifyResult, confirm: bool) -> None:
        if not result.ok or result.manifest is None or result.data is None:
            problems = "\n".join(f"• {p.message}" for p in result.problems[:10])
            QMessageBox.warning(self, self.tr("Gói không hợp lệ"), self.tr(
                "Gói {0} không hợp lệ, không nhập gì:\n{1}").format(path.name, problems))
            return
        self.offered = self.describe_package(result)
        if not confirm or self.confirm_package(path, self.offered):
            self.import_files([path])

    def describe_package(self, result: packages.VerifyResult) -> str:
        m, c = result.manifest, result.data.completion  # type: ignore[union-attr]
        assert m is not None
        plan = m.plan
        return "\n".join([
            self.tr("Đơn vị: {0}").format(m.unit.get("short_name", "")),
            self.tr("Kế hoạch: {0} · {1}").format(plan.get("number") or self.tr("chưa ban hành"),
                                                  plan.get("title", "")),
            self.tr("Kỳ báo cáo: {0} · tạo lúc {1}").format(m.period, m.created_at),
            self.tr("Nhiệm vụ: {0}; hoàn thành {1}, đang thực hiện {2}, chưa triển khai {3}, "
                    "không thực hiện {4}.").format(c.tasks, c.done, c.doing, c.todo, c.dropped),
        ])

    def confirm_package(self, path: Path, description: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Gói báo cáo"),
                          self.tr("Gói {0} hợp lệ:").format(path.name), parent=self)
        box.setInformativeText(description)
        save = box.addButton(self.tr("Nhập gói này"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        return box.clickedButton() is save

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _imported(self, summary: aggregate.ImportSummary) -> None:
        self.progress.hide()
        counts = summary.counts
        self.result.setText(self.tr("Đã nhập {0} gói ({1} thay bản cũ), {2} bản cũ hơn lưu vào lịch sử, "
                                    "{3} trùng, {4} bị từ chối.").format(
            counts["imported"] + counts["replaced"], counts["replaced"], counts["older"], counts["duplicate"],
            counts["rejected"]))
        self.result.show()
        periods = Counter(r.period for r in summary.results if r.period)
        if periods:
            self.period = periods.most_common(1)[0][0]
        self._show_period()
        if summary.rejected:
            lines = "\n".join(f"• {Path(r.path).name}: {r.reason}" for r in summary.rejected[:20])
            more = len(summary.rejected) - 20
            if more > 0:
                lines += "\n" + self.tr("… và {0} gói khác.").format(more)
            QMessageBox.warning(self, self.tr("Có gói bị từ chối"),
                                self.tr("Các gói sau không được nhập:\n{0}").format(lines))

    # -- background work -------------------------------------------------------------------------
    def _start(self, job: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        """`job(store)` in the background on its own store; on failure the progress bar goes."""
        self.jobs.start(in_own_store(self.ctx.data_dir, job), on_done, self.progress.hide)

    def _busy_changed(self) -> None:
        busy = self.jobs.pending > 0
        self.import_button.setEnabled(not busy)
        for button in self.export_buttons.values():
            button.setEnabled(not busy and bool(self.view and self.view.reported))

    # -- export ----------------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        if self.jobs.pending or not self.period:
            return
        out = ask_save_path(self, self.ctx, fmt, f"tong-hop-{self.period.lower()}.{fmt}")
        if out is None:
            return
        period = self.period
        self._start(lambda store: aggregate.render_aggregate(store, period, fmt),
                    lambda data: save_output(self, self.ctx, data, out))
