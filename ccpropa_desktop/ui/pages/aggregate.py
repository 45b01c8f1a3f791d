"""Aggregate (W7), at the upper level, in three tabs:

- «Tình hình báo cáo»: import the units' report packages (.ccpr) with a progress bar; for a period,
  who has reported and who has not, counted against this level's own list of expected units; the
  completion rate of each unit as a bar chart; each received report opens, its PDF in the preview.
- «Đơn vị cấp dưới»: that list (the communes of a district, the units of a Sở), kept apart from the
  unit profile's agency directory (the agencies that take tasks): added, renamed and removed here,
  or imported from a text file, one name per line.
- «Báo cáo tổng hợp»: the consolidated report. Its prose (Ưu điểm, Tồn tại, Nguyên nhân, Phương
  hướng, Đề xuất) is drafted from the figures; the officer rewrites it (saved as typed, kept through
  new packages), gives it its number and date, previews, prints and exports it (PDF / DOCX / XLSX).

Importing and rendering run in a worker with its own store (services.session.open_store); the table,
the chart, the list and the prose read and write through `services.aggregate` on the UI thread.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.aggregate import AggregateView, UnitRow
from ccpropa_desktop.domain.dates import short_text
from ccpropa_desktop.domain.periods import parse_period, report_period_on
from ccpropa_desktop.domain.report import ReportSection
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import aggregate, packages, tracking
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.dialogs.print_dialog import PagePrinting
from ccpropa_desktop.ui.dialogs.report_issue_dialog import ReportIssueDialog
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.export_dialog import ask_save_path, export_folder, save_output
from ccpropa_desktop.ui.models.aggregate_units import COLUMN, AggregateUnitsModel, rate_text
from ccpropa_desktop.ui.models.domain_labels import capitalized, period_label
from ccpropa_desktop.ui.page import Page
from ccpropa_desktop.ui.printing import PrintJob
from ccpropa_desktop.ui.tasks import PageJobs, in_own_store
from ccpropa_desktop.ui.widgets import text_fit
from ccpropa_desktop.ui.widgets.bar_chart import BarChart
from ccpropa_desktop.ui.widgets.find_bar import largest_view
from ccpropa_desktop.ui.widgets.no_wheel import guard_wheel
from ccpropa_desktop.ui.widgets.pdf_preview import PdfPreview
from ccpropa_desktop.ui.widgets.period_picker import PeriodPicker
from ccpropa_desktop.ui.widgets.report_sections import ReportSectionsEditor, prose_beside_preview

PREVIEW_PAUSE_MS = 1500
"""After an edit of the prose, the consolidated report is rendered again once the officer has paused."""
TABS = ("status", "units", "report")


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
        self.issued: tuple[str, dt.date] | None = None  # the consolidated report's number and date
        self.jobs = PageJobs(self)  # importing and rendering, off the UI thread
        self.jobs.changed.connect(self._busy_changed)
        self.relay = _Progress(self)
        self._generation = 0
        self._report_stale = True  # the consolidated preview needs rendering again
        self.issue_dialog: ReportIssueDialog | None = None
        self.opened_unit: UnitRow | None = None  # the unit whose received report is in the preview

        title = QLabel(self.tr("<h2>Tổng hợp báo cáo của các đơn vị</h2>"))
        self.year = QSpinBox()
        self.year.setObjectName("aggregate_year")
        self.year.setRange(2000, 2100)
        self.year.setGroupSeparatorShown(False)
        guard_wheel(self.year)  # the wheel over it does not change the year
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
        self.summary = QLabel()
        self.summary.setObjectName("aggregate_summary")
        self.summary.setWordWrap(True)
        self.result = QLabel()
        self.result.setObjectName("import_result")
        self.result.setWordWrap(True)
        self.result.hide()

        self.tabs = QTabWidget()
        self.tabs.setObjectName("aggregate_tabs")
        self.tabs.addTab(self._status_tab(), self.tr("Tình hình báo cáo"))
        self.tabs.addTab(self._units_tab(), self.tr("Đơn vị cấp dưới"))
        self.tabs.addTab(self._report_tab(), self.tr("Báo cáo tổng hợp"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    # -- building the tabs -----------------------------------------------------------------------
    def _status_tab(self) -> QWidget:
        self.open_button = QPushButton(self.tr("Xem báo cáo của đơn vị"))
        self.open_button.setObjectName("open_unit_report")
        self.open_button.setToolTip(self.tr("Mở bản PDF đơn vị đã gửi trong gói (bấm đúp vào dòng cũng "
                                            "được)"))
        self.open_button.clicked.connect(self.open_selected_report)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.progress, 1)
        actions.addStretch(1)
        actions.addWidget(self.open_button)

        self.model = AggregateUnitsModel(self)
        self.table = QTableView()
        self.table.setObjectName("units_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Rows as tall as their text: a long unit name wraps in the stretched column (a handful of rows),
        # measured again once the columns have their widths.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN["name"], QHeaderView.ResizeMode.Stretch)
        text_fit.keep_readable(self.table, COLUMN["name"])  # at 125 % or 12 pt: scrolls, never 19 px wide
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        self.table.doubleClicked.connect(lambda _index: self.open_selected_report())
        self.table.activated.connect(lambda _index: self.open_selected_report())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_open_button())

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

        self.unit_preview = PdfPreview()
        self.unit_preview.setObjectName("unit_report_preview")
        self.back_button = QPushButton(self.tr("← Biểu đồ"))
        self.back_button.setObjectName("back_to_chart")
        self.back_button.clicked.connect(self.show_chart)
        unit_box = QWidget()
        unit_layout = QVBoxLayout(unit_box)
        unit_layout.setContentsMargins(6, 0, 0, 0)
        unit_layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        unit_layout.addWidget(self.unit_preview, 1)
        self.right = QStackedWidget()
        self.right.addWidget(chart_box)
        self.right.addWidget(unit_box)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([600, 540])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        return tab

    def _units_tab(self) -> QWidget:
        explain = QLabel(self.tr(
            "Các đơn vị cấp dưới phải gửi báo cáo lên (các xã, thị trấn của huyện; các đơn vị thuộc Sở). "
            "«Đã báo cáo» được đếm theo danh sách này. Danh sách riêng với danh bạ cơ quan trong hồ sơ "
            "đơn vị (các cơ quan nhận nhiệm vụ). Bấm đúp vào một tên để sửa; mỗi thay đổi được lưu ngay."))
        explain.setWordWrap(True)
        self.units_list = QListWidget()
        self.units_list.setObjectName("expected_units")
        self.units_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                        | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.units_list.itemChanged.connect(self._unit_renamed)
        self.unit_input = QLineEdit()
        self.unit_input.setObjectName("unit_input")
        self.unit_input.setPlaceholderText(self.tr("Tên đơn vị, ví dụ UBND xã Chiềng Khương, rồi Enter"))
        self.unit_input.returnPressed.connect(self.add_unit)
        self.add_unit_button = QPushButton(self.tr("Thêm"))
        self.add_unit_button.setObjectName("add_unit")
        self.add_unit_button.clicked.connect(self.add_unit)
        self.remove_unit_button = QPushButton(self.tr("Xóa"))
        self.remove_unit_button.setObjectName("remove_unit")
        self.remove_unit_button.clicked.connect(self.remove_unit)
        self.import_units_button = QPushButton(self.tr("Nhập từ tệp văn bản…"))
        self.import_units_button.setObjectName("import_units")
        self.import_units_button.setToolTip(self.tr("Một tệp .txt, mỗi dòng một tên đơn vị: các tên chưa có "
                                                    "được thêm vào danh sách"))
        self.import_units_button.clicked.connect(self.choose_and_import_units)
        self.add_reported_button = QPushButton(self.tr("Thêm các đơn vị đã gửi báo cáo"))
        self.add_reported_button.setObjectName("add_reported_units")
        self.add_reported_button.setToolTip(self.tr("Thêm vào danh sách các đơn vị đã gửi gói báo cáo kỳ này "
                                                    "mà chưa có trong danh sách"))
        self.add_reported_button.clicked.connect(self.add_reported_units)
        self.units_count = QLabel()
        self.units_count.setObjectName("units_count")
        entry = QHBoxLayout()
        entry.addWidget(self.unit_input, 1)
        entry.addWidget(self.add_unit_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_unit_button)
        buttons.addWidget(self.import_units_button)
        buttons.addWidget(self.add_reported_button)
        buttons.addStretch(1)
        buttons.addWidget(self.units_count)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(explain)
        layout.addLayout(entry)
        layout.addWidget(self.units_list, 1)
        layout.addLayout(buttons)
        return tab

    def _report_tab(self) -> QWidget:
        self.redraft_button = QPushButton(self.tr("Soạn lại từ số liệu"))
        self.redraft_button.setObjectName("redraft_aggregate")
        self.redraft_button.setToolTip(self.tr("Lấy lại số liệu các gói mới nhất; phần đã sửa được giữ"))
        self.redraft_button.clicked.connect(self.load_view)
        self.issue_button = QPushButton(self.tr("Ghi số, ngày…"))
        self.issue_button.setObjectName("issue_aggregate")
        self.issue_button.setToolTip(self.tr("Nhập số và ngày ban hành của báo cáo tổng hợp"))
        self.issue_button.clicked.connect(self.open_issue_dialog)
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setObjectName("print_aggregate")
        self.print_button.clicked.connect(self.print_current)
        self.export_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for button in (self.redraft_button, self.issue_button, self.print_button):
            actions.addWidget(button)
        for fmt, text in (("pdf", self.tr("Xuất PDF…")), ("docx", self.tr("Xuất DOCX…")),
                          ("xlsx", self.tr("Xuất XLSX…"))):
            button = QPushButton(text)
            button.setObjectName(f"export_{fmt}")
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.report_summary = QLabel()
        self.report_summary.setObjectName("aggregate_report_summary")
        self.report_summary.setWordWrap(True)

        self.sections = ReportSectionsEditor()
        self.sections.setObjectName("aggregate_sections")
        self.sections.edit_requested.connect(self.save_section)
        self.preview = PdfPreview()
        self.preview.setObjectName("aggregate_preview")
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_PAUSE_MS)
        self.preview_timer.timeout.connect(self.render_preview)
        heading = self.tr("<b>Đánh giá, phương hướng, kiến nghị</b> (soạn sẵn từ số liệu; lưu ngay khi gõ)")
        splitter = prose_beside_preview(heading, self.sections, self.preview, 360, (540, 600))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(actions)
        self.printing = PagePrinting(self, self.ctx, self.tr("In báo cáo tổng hợp"), self.print_current)
        layout.addWidget(self.printing.progress)
        layout.addWidget(self.report_summary)
        layout.addWidget(splitter, 1)
        return tab

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
        self.sections.flush()
        self.period = f"{year}" if kind == "Y" else f"{year}-{kind}"
        self._show_period()

    def _period_chosen(self, code: str) -> None:
        self.sections.flush()  # the prose being typed belongs to the period being left
        self.period = code
        self.load_view()

    def load_view(self) -> None:
        """Read the period's view, the expected units, the prose and the number; show them all."""
        self.sections.flush()
        try:
            view = aggregate.aggregate_view(self.ctx.store, self.period)
            units = aggregate.expected_units(self.ctx.store)
            sections = aggregate.report_sections(self.ctx.store, self.period, view)
            self.issued = aggregate.aggregate_issue(self.ctx.store, self.period)
        except UserError as exc:
            show_error(self, exc)
            return
        self.view = view
        self.model.set_units(view.units, bool(view.expected))
        self.chart.set_bars([(u.name, u.completion.get("rate")) for u in view.reported],
                            self.tr("Chưa có đơn vị nào gửi báo cáo {0}. Bấm «Nhập gói báo cáo…» để nhập "
                                    "các tệp .ccpr nhận được.").format(period_label(self.period)))
        self.summary.setText(self._summary_text(view))
        self._show_units(units)
        self.sections.set_sections(list(sections.values()))
        self._show_report_summary(sections)
        self._report_stale = True
        opened = self.opened_unit
        if opened is not None and not any(u.sha256 == opened.sha256 for u in view.reported):
            self.show_chart()
        self._busy_changed()
        if self.tabs.currentIndex() == TABS.index("report"):
            self.render_preview()

    def _summary_text(self, view: AggregateView) -> str:
        c = view.completion
        label = capitalized(period_label(self.period))
        if view.expected:
            text = self.tr("<b>{0}</b>: đã báo cáo {1}/{2} đơn vị trong danh sách").format(
                label, view.expected_reported, len(view.expected))
            extra = len(view.reported) - view.expected_reported
            if extra:
                text += self.tr(", thêm {0} đơn vị ngoài danh sách").format(extra)
        else:
            text = self.tr("<b>{0}</b>: đã báo cáo {1} đơn vị (chưa có danh sách đơn vị cấp dưới để đối "
                           "chiếu: nhập ở thẻ «Đơn vị cấp dưới»)").format(label, len(view.reported))
        if view.reported:
            text += self.tr(" · tỷ lệ hoàn thành chung {0} ({1}/{2} nhiệm vụ, không tính {3} không thực hiện)"
                            ).format(rate_text(c), c.get("done", 0), c.get("tasks", 0), c.get("dropped", 0))
        return text

    def _show_report_summary(self, sections: dict[str, ReportSection]) -> None:
        if self.issued is not None:
            text = self.tr("Báo cáo tổng hợp <b>số {0}, ngày {1}</b>").format(self.issued[0],
                                                                               short_text(self.issued[1]))
        else:
            text = self.tr("Báo cáo tổng hợp: dự thảo (chưa có số)")
        todo = [s.title for s in sections.values() if s.placeholder]
        if todo:
            text += self.tr(" · <span style='color:#a61b1b'>Cần soạn trước khi ban hành: {0}</span>").format(
                ", ".join(todo))
        self.report_summary.setText(text)

    def find_target(self) -> QWidget | None:
        """Ctrl+F searches the consolidated report on its tab, else the tab's list of units."""
        if self.preview.isVisibleTo(self):
            return self.preview.view
        return largest_view(self.tabs.currentWidget())

    def is_ready(self) -> bool:
        if self.jobs.pending or self.jobs.failed:
            return self.jobs.pending == 0
        if self.tabs.currentIndex() == TABS.index("report") and self.view is not None:
            return not self.preview_timer.isActive() and self.preview.is_ready()
        return True

    def _tab_changed(self, index: int) -> None:
        if index == TABS.index("report") and self._report_stale:
            self.render_preview()

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

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
            self.sections.flush()
            self.period = periods.most_common(1)[0][0]
        self._show_period()
        if summary.rejected:
            lines = "\n".join(f"• {Path(r.path).name}: {r.reason}" for r in summary.rejected[:20])
            more = len(summary.rejected) - 20
            if more > 0:
                lines += "\n" + self.tr("… và {0} gói khác.").format(more)
            QMessageBox.warning(self, self.tr("Có gói bị từ chối"),
                                self.tr("Các gói sau không được nhập:\n{0}").format(lines))

    # -- a unit's received report ----------------------------------------------------------------
    def selected_unit(self) -> UnitRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def _update_open_button(self) -> None:
        unit = self.selected_unit()
        self.open_button.setEnabled(unit is not None and unit.reported and not self.jobs.pending)

    def open_selected_report(self) -> None:
        """The PDF the selected unit sent in its package, in the preview beside the table."""
        unit = self.selected_unit()
        if unit is None or self.jobs.pending:
            return
        if not unit.reported:
            self.ctx.status_message.emit(self.tr("{0} chưa gửi báo cáo {1}.").format(
                unit.name, period_label(self.period)))
            return
        sha = unit.sha256
        self.opened_unit = unit
        self.right.setCurrentIndex(1)
        self.unit_preview.set_busy(True, self.tr("Đang mở báo cáo của {0}…").format(unit.name))
        self._start(lambda store: aggregate.package_pdf(store, sha),
                    lambda data: self._unit_report_opened(unit, data))

    def _unit_report_opened(self, unit: UnitRow, data: bytes) -> None:
        self.unit_preview.set_busy(False)
        if self.opened_unit is not unit:
            return
        label = period_label(self.period)
        self.unit_preview.show_pdf(data, self.tr("Báo cáo {0} của {1}, đúng như đơn vị gửi (gói ngày "
                                                 "{2}).").format(label, unit.name, unit.created_at[:10]))

    def show_chart(self) -> None:
        self.opened_unit = None
        self.unit_preview.clear()
        self.right.setCurrentIndex(0)

    # -- the expected units ----------------------------------------------------------------------
    def _show_units(self, units: list[str]) -> None:
        self.units_list.blockSignals(True)
        self.units_list.clear()
        for name in units:
            item = QListWidgetItem(name, self.units_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.units_list.blockSignals(False)
        self.units_count.setText(self.tr("{0} đơn vị").format(len(units)))
        self.tabs.setTabText(TABS.index("units"), self.tr("Đơn vị cấp dưới ({0})").format(len(units)))

    def listed_units(self) -> list[str]:
        return [self.units_list.item(r).text() for r in range(self.units_list.count())]

    def _save_units(self, names: list[str], message: str) -> bool:
        try:
            units = aggregate.set_expected_units(self.ctx.store, names)
        except UserError as exc:
            show_error(self, exc)
            self.load_view()  # back to what is stored
            return False
        self.ctx.status_message.emit(message.format(len(units)))
        self.load_view()
        return True

    def add_unit(self) -> None:
        name = self.unit_input.text().strip()
        if not name:
            return
        if self._save_units([*self.listed_units(), name],
                            self.tr("Đã thêm «{0}»; danh sách có {{0}} đơn vị.").format(name)):
            self.unit_input.clear()
            self.units_list.scrollToBottom()

    def remove_unit(self) -> None:
        row = self.units_list.currentRow()
        if row < 0:
            return
        names = self.listed_units()
        name = names.pop(row)
        self._save_units(names, self.tr("Đã xóa «{0}» khỏi danh sách; còn {{0}} đơn vị.").format(name))
        self.units_list.setCurrentRow(min(row, self.units_list.count() - 1))

    def _unit_renamed(self, item: QListWidgetItem) -> None:
        names = [n for n in self.listed_units() if n.strip()]
        QTimer.singleShot(0, lambda: self._save_units(names, self.tr("Đã lưu danh sách {0} đơn vị.")))

    def add_reported_units(self) -> None:
        if self.view is None:
            return
        extra = [u.name for u in self.view.reported if not u.in_directory or not self.view.expected]
        if not extra:
            self.ctx.status_message.emit(self.tr("Các đơn vị đã gửi báo cáo đều có trong danh sách."))
            return
        self._save_units([*self.listed_units(), *extra], self.tr("Đã thêm {0} đơn vị; danh sách có {{0}} "
                                                                 "đơn vị.").format(len(extra)))

    def choose_and_import_units(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp danh sách đơn vị"),
                                              export_folder(self.ctx),
                                              self.tr("Tệp văn bản (*.txt);;Mọi tệp (*)"))
        if path:
            self.import_units(Path(path))

    def import_units(self, path: Path) -> None:
        try:
            units, added = aggregate.import_expected_units(self.ctx.store, path)
        except UserError as exc:
            show_error(self, exc)
            return
        self.ctx.status_message.emit(self.tr("Đã thêm {0} đơn vị từ {1}; danh sách có {2} đơn vị.").format(
            added, path.name, len(units)))
        self.load_view()

    # -- the consolidated report -----------------------------------------------------------------
    def save_section(self, key: str, text: str) -> None:
        try:
            sections = aggregate.edit_aggregate(self.ctx.store, self.period, key, text or None)
        except UserError as exc:
            show_error(self, exc)
            return
        self.sections.update_section(sections[key])
        self._show_report_summary(sections)
        self._report_stale = True
        self.preview_timer.start()

    def render_preview(self) -> None:
        self.preview_timer.stop()
        if not self.period or self.view is None:
            return
        if not self.view.reported:
            self.preview.clear()
            self.preview.caption.setText(self.tr("Chưa có gói báo cáo nào của kỳ này: chưa có gì để tổng "
                                                 "hợp."))
            self._report_stale = False
            return
        self._report_stale = False
        self._generation += 1
        generation, period = self._generation, self.period
        self.preview.caption.setText(self.tr("Đang tạo văn bản…"))
        self._start(lambda store: aggregate.render_aggregate(store, period, "pdf"),
                    lambda data: self._rendered(generation, data))

    def _rendered(self, generation: int, data: bytes) -> None:
        if generation != self._generation:
            return  # a newer preview was asked for meanwhile
        label = period_label(self.period)
        if self.issued is not None:
            caption = self.tr("Đang xem: báo cáo tổng hợp {0}, số {1} ngày {2}, đúng như sẽ in.").format(
                label, self.issued[0], short_text(self.issued[1]))
        else:
            caption = self.tr("Đang xem: báo cáo tổng hợp {0} (dự thảo), đúng như sẽ in.").format(label)
        self.preview.show_pdf(data, caption)

    def open_issue_dialog(self) -> ReportIssueDialog | None:
        if not self.period:
            return None
        self.sections.flush()
        abbreviation = getattr(self.ctx.store.get_unit(), "abbreviation", "") or "UBND"
        number, date = self.issued or ("", None)
        label = period_label(self.period)
        dialog = ReportIssueDialog(
            self.tr("Số và ngày của báo cáo tổng hợp {0}").format(label), f"/BC-{abbreviation}",
            self.tr("Bản in và bản xuất sẽ mang số và ngày này, không còn chữ DỰ THẢO. Nhận thêm gói hay sửa "
                    "nội dung sau đó vẫn được."), number, date, self)
        dialog.accepted.connect(lambda: self._issue(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.issue_dialog = dialog
        dialog.open()
        return dialog

    def _issue(self, dialog: ReportIssueDialog) -> None:
        self.issue_dialog = None
        try:
            number, date = aggregate.issue_aggregate(self.ctx.store, self.period, dialog.number_text(),
                                                     dialog.issued_on())
        except UserError as exc:
            show_error(self, exc)
            return
        self.ctx.status_message.emit(self.tr("Đã ghi số {0}, ngày {1} cho báo cáo tổng hợp.").format(
            number, short_text(date)))
        self.load_view()

    def ask_printer(self) -> QPrinter | None:
        """The print dialog; None when the officer cancels."""
        return self.printing.ask(self.preview.document.pageCount(), f"tong-hop-{self.period.lower()}")

    def print_current(self) -> None:
        """Print the consolidated report on screen (rendered off the UI thread)."""
        if self.jobs.pending or self.printing.busy or self.view is None or not self.view.reported:
            return
        self.sections.flush()
        if self.preview_timer.isActive() or self._report_stale or not self.preview.loaded():
            self.render_preview()
            self.ctx.status_message.emit(self.tr("Đang tạo văn bản để in; bấm «In…» lại khi xem trước "
                                                 "đã xong."))
            return
        printer = self.ask_printer()
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> PrintJob | None:
        """Print the consolidated report on screen in the background, with progress and «Hủy in»."""
        return self.printing.start(self.preview.data, printer, self.preview.document.pageCount())

    # -- background work -------------------------------------------------------------------------
    def _start(self, job: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        """`job(store)` in the background on its own store; on failure the progress bars go."""

        def failed() -> None:
            self.progress.hide()
            self.unit_preview.set_busy(False)
            self.preview.caption.setText("")

        self.jobs.start(in_own_store(self.ctx.data_dir, job), on_done, failed)

    def _busy_changed(self) -> None:
        busy = self.jobs.pending > 0
        reported = bool(self.view and self.view.reported)
        self.import_button.setEnabled(not busy)
        self.preview.set_busy(busy and self.tabs.currentIndex() == TABS.index("report"))
        for button in (*self.export_buttons.values(), self.print_button, self.issue_button):
            button.setEnabled(not busy and reported)
        self._update_open_button()

    # -- export ----------------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        if self.jobs.pending or not self.period:
            return
        self.sections.flush()
        out = ask_save_path(self, self.ctx, fmt, f"tong-hop-{self.period.lower()}.{fmt}")
        if out is None:
            return
        period = self.period
        self._start(lambda store: aggregate.render_aggregate(store, period, fmt),
                    lambda data: save_output(self, self.ctx, data, out))
