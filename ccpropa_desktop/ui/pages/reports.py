"""Reports (W6): the Báo cáo of a period drafted from the tracking data; the officer rewrites its
prose (saved as typed, kept through every redraft), gives it its number and date («Ghi số, ngày…»),
sees the very PDF that will print, prints it, exports PDF / DOCX / XLSX, and makes the report
package (.ccpr) to send upward: from the issued report once it has a number, else the draft.

Drafting and saving prose run on the UI thread (they are quick); rendering and packaging run in a
worker with its own store, so the window never freezes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.dates import short_text
from ccpropa_desktop.domain.report import Report
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import binder, packages, reports
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.dialogs.print_dialog import PagePrinting
from ccpropa_desktop.ui.dialogs.report_issue_dialog import ReportIssueDialog
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.export_dialog import ask_save_path, save_output, show_written
from ccpropa_desktop.ui.models.domain_labels import capitalized, period_label
from ccpropa_desktop.ui.plan_period_page import PlanPeriodPage
from ccpropa_desktop.ui.printing import PrintJob
from ccpropa_desktop.ui.tasks import PageJobs, in_own_store
from ccpropa_desktop.ui.widgets.empty_state import EmptyState
from ccpropa_desktop.ui.widgets.flow_layout import FlowLayout
from ccpropa_desktop.ui.widgets.pdf_preview import PdfPreview
from ccpropa_desktop.ui.widgets.report_sections import ReportSectionsEditor, prose_beside_preview

PREVIEW_PAUSE_MS = 1500
"""After an edit, the preview is rendered again once the officer has paused this long."""
EXPORTS = {"pdf": QT_TRANSLATE_NOOP("ReportsPage", "Xuất PDF…"),
           "docx": QT_TRANSLATE_NOOP("ReportsPage", "Xuất DOCX…"),
           "xlsx": QT_TRANSLATE_NOOP("ReportsPage", "Xuất XLSX…")}


class ReportsPage(PlanPeriodPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.title.setText(self.tr("<h2>Báo cáo định kỳ</h2>"))
        self.report: Report | None = None
        self.issued: tuple[str, dt.date] | None = None  # the report's number and date, once given
        self.jobs = PageJobs(self)  # rendering and packaging, off the UI thread
        self.jobs.changed.connect(self._busy_changed)
        self._generation = 0

        self.redraft_button = QPushButton(self.tr("Soạn lại từ số liệu"))
        self.redraft_button.setObjectName("redraft")
        self.redraft_button.setToolTip(self.tr("Lấy lại số liệu theo dõi mới nhất; phần đã sửa được giữ"))
        self.redraft_button.clicked.connect(self.draft)
        self.issue_button = QPushButton(self.tr("Ghi số, ngày…"))
        self.issue_button.setObjectName("issue_report")
        self.issue_button.setToolTip(self.tr("Nhập số và ngày ban hành của báo cáo (do văn thư cấp): bản in, "
                                             "bản xuất và gói báo cáo không còn là dự thảo"))
        self.issue_button.clicked.connect(self.open_issue_dialog)
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setObjectName("print_report")
        self.print_button.setToolTip(self.tr("In báo cáo đang xem"))
        self.print_button.clicked.connect(self.print_current)
        self.issue_dialog: ReportIssueDialog | None = None
        self.export_buttons: dict[str, QPushButton] = {}
        actions = FlowLayout()  # wraps at a larger font rather than squeeze the buttons
        actions.addWidget(self.redraft_button)
        actions.addWidget(self.issue_button)
        actions.addWidget(self.print_button)
        for fmt, text in EXPORTS.items():
            button = QPushButton(self.tr(text))
            button.setObjectName(f"export_{fmt}")
            button.clicked.connect(lambda _=False, f=fmt: self.export(f))
            self.export_buttons[fmt] = button
            actions.addWidget(button)
        self.package_button = QPushButton(self.tr("Tạo gói báo cáo…"))
        self.package_button.setObjectName("make_package")
        self.package_button.setToolTip(self.tr("Một tệp .ccpr (số liệu và báo cáo PDF) để gửi cấp trên"))
        self.package_button.clicked.connect(self.make_package)
        actions.addWidget(self.package_button)
        self.binder_button = QPushButton(self.tr("Hồ sơ kiểm chứng…"))
        self.binder_button.setObjectName("make_binder")
        self.binder_button.setToolTip(self.tr("Một tệp .zip để tự chấm điểm Chỉ số CCHC: danh mục tài liệu "
                                              "kiểm chứng của kỳ, các tệp đính kèm, kế hoạch và báo cáo"))
        self.binder_button.clicked.connect(self.make_binder)
        actions.addWidget(self.binder_button)
        self.written_box: QWidget | None = None  # "written, open the folder?" after the binder
        self.summary = QLabel()
        self.summary.setObjectName("report_summary")
        self.summary.setWordWrap(True)

        self.sections = ReportSectionsEditor()
        self.sections.edit_requested.connect(self.save_section)
        self.preview = PdfPreview()
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_PAUSE_MS)
        self.preview_timer.timeout.connect(self.render_preview)
        heading = self.tr("<b>Nội dung soạn thảo</b> (lưu ngay khi gõ; soạn lại không ghi đè phần đã sửa)")
        splitter = prose_beside_preview(heading, self.sections, self.preview, 380, (560, 580))

        work = QWidget()
        work_layout = QVBoxLayout(work)
        work_layout.setContentsMargins(0, 0, 0, 0)
        work_layout.addLayout(actions)
        self.printing = PagePrinting(self, ctx, self.tr("In báo cáo"), self.print_current)
        work_layout.addWidget(self.printing.progress)
        work_layout.addWidget(self.summary)
        work_layout.addWidget(splitter, 1)

        self.set_body(work, EmptyState(
            ctx, "reports_empty",
            self.tr("Chưa có kế hoạch nào để báo cáo. Hãy lập kế hoạch ở trang «Kế hoạch», "
                    "ghi kết quả thực hiện ở trang «Theo dõi thực hiện»; báo cáo của từng kỳ "
                    "được soạn sẵn từ các số liệu đó."),
            self.tr("Đến trang Kế hoạch"), "plans"))

    # -- loading ---------------------------------------------------------------------------------
    def forget_plan(self) -> None:
        self.plan = self.report = None
        self.preview.clear()

    def leave_period(self) -> None:
        self.sections.flush()  # the prose being typed belongs to the period being left

    def show_period(self, new_period: bool) -> None:
        self.draft()

    def draft(self) -> None:
        """(Re)draft the report from the current tracking data; the officer's edits are kept."""
        if self.plan is None:
            return
        self.sections.flush()
        try:
            self.report = reports.draft_report(self.ctx.store, self.plan.id, self.period)  # type: ignore[arg-type]
            self.issued = reports.report_issue(self.ctx.store, self.plan.id, self.period)  # type: ignore[arg-type]
        except UserError as exc:
            show_error(self, exc)
            return
        self.sections.set_report(self.report)
        self._show_summary()
        self.render_preview()

    def _show_summary(self) -> None:
        report = self.report
        if report is None:
            return
        c = report.completion
        text = self.tr("<b>{0}</b> · tỷ lệ hoàn thành {1} ({2}/{3} nhiệm vụ").format(
            capitalized(period_label(report.period)), c.rate_text, c.done, c.counted)
        if c.dropped:
            text += self.tr("; {0} không thực hiện, không tính").format(c.dropped)
        text += ")"
        if self.issued is not None:
            text += self.tr(" · <b>số {0}/BC-{1}, ngày {2}</b>").format(
                self.issued[0], report.citation.issuer_abbr, short_text(self.issued[1]))
        else:
            text += self.tr(" · dự thảo (chưa có số)")
        todo = report.placeholders()
        if todo:
            names = ", ".join(s.title for s in todo)
            text += self.tr(" · <span style='color:#a61b1b'>Cần soạn trước khi ban hành: {0}</span>").format(
                names)
        self.summary.setText(text)

    # -- editing ---------------------------------------------------------------------------------
    def save_section(self, key: str, text: str) -> None:
        if self.plan is None:
            return
        try:
            self.report = reports.edit_report(self.ctx.store, self.plan.id, self.period, key,  # type: ignore[arg-type]
                                              text or None)
        except UserError as exc:
            show_error(self, exc)
            return
        self.sections.update_section(self.report.editable()[key])
        self._show_summary()
        self.preview_timer.start()

    # -- rendering in the background --------------------------------------------------------------
    def _render_job(self, fmt: str) -> Callable[[Any], bytes]:
        plan_id, period = self.plan.id if self.plan else None, self.period

        def job(store: Any) -> bytes:
            draft = reports.report_issue(store, plan_id, period) is None  # type: ignore[arg-type]
            return reports.render_report(store, plan_id, period, fmt, draft=draft)  # type: ignore[arg-type]

        return job

    def _start(self, job: Callable[[Any], Any], on_done: Callable[[Any], None], caption: str) -> None:
        """`job(store)` in the background on its own store, `caption` above the preview meanwhile."""
        self.preview.caption.setText(caption)
        self.jobs.start(in_own_store(self.ctx.data_dir, job), on_done,
                        lambda: self.preview.caption.setText(""))

    def _busy_changed(self) -> None:
        busy = self.jobs.pending > 0
        self.preview.set_busy(busy)
        for button in (*self.export_buttons.values(), self.package_button, self.binder_button,
                       self.issue_button, self.print_button):
            button.setEnabled(not busy)

    def render_preview(self) -> None:
        self.preview_timer.stop()
        if self.plan is None:
            return
        self._generation += 1
        generation, period = self._generation, self.period
        self._start(self._render_job("pdf"), lambda data: self._rendered(generation, period, data),
                    self.tr("Đang tạo văn bản…"))

    def _rendered(self, generation: int, period: str, data: bytes) -> None:
        if generation != self._generation:
            return  # a newer preview was asked for meanwhile
        self.preview.show_pdf(data, self.describe(period))

    def describe(self, period: str) -> str:
        label = period_label(self.report.period) if self.report else period
        if self.issued is not None and self.report is not None:
            return self.tr("Đang xem: báo cáo {0}, số {1}/BC-{2} ngày {3}, đúng như sẽ in.").format(
                label, self.issued[0], self.report.citation.issuer_abbr, short_text(self.issued[1]))
        return self.tr("Đang xem: báo cáo {0} (dự thảo), đúng như sẽ in.").format(label)

    def find_target(self) -> QWidget:
        """Ctrl+F searches the report on screen."""
        return self.preview.view

    def is_ready(self) -> bool:
        if self.plan is None or self.jobs.failed:
            return True
        return self.jobs.pending == 0 and not self.preview_timer.isActive() and self.preview.is_ready()

    # -- export and package -----------------------------------------------------------------------
    def file_stem(self) -> str:
        """bao-cao-6-thang-2022-ubnd-huyen-song-ma: the period and the unit (services.reports)."""
        return reports.file_stem(self.ctx.store, self.period)

    # -- number, date and printing ---------------------------------------------------------------
    def open_issue_dialog(self) -> ReportIssueDialog | None:
        """Number and date of the report being shown (again, to correct them)."""
        if self.plan is None or self.report is None:
            return None
        self.sections.flush()
        number, date = self.issued or ("", None)
        label = period_label(self.report.period)
        dialog = ReportIssueDialog(
            self.tr("Số và ngày của báo cáo {0}").format(label), f"/BC-{self.report.citation.issuer_abbr}",
            self.tr("Bản in, bản xuất và gói báo cáo sẽ mang số và ngày này, không còn chữ DỰ THẢO. Sửa "
                    "nội dung sau đó vẫn được; ghi lại số, ngày ở đây nếu văn thư cấp số khác."),
            number, date, self)
        dialog.accepted.connect(lambda: self._issue(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.issue_dialog = dialog
        dialog.open()
        return dialog

    def _issue(self, dialog: ReportIssueDialog) -> None:
        self.issue_dialog = None
        if self.plan is None:
            return
        try:
            reports.issue_report(self.ctx.store, self.plan.id, self.period, dialog.number_text(),  # type: ignore[arg-type]
                                 dialog.issued_on())
        except UserError as exc:
            show_error(self, exc)
            return
        self.draft()  # the summary and the preview now carry the number and date
        if self.issued is not None and self.report is not None:
            self.ctx.status_message.emit(self.tr("Đã ghi số {0}/BC-{1}, ngày {2} cho báo cáo {3}.").format(
                self.issued[0], self.report.citation.issuer_abbr, short_text(self.issued[1]),
                period_label(self.report.period)))

    def ask_printer(self) -> QPrinter | None:
        """The print dialog; None when the officer cancels."""
        return self.printing.ask(self.preview.document.pageCount(), self.file_stem())

    def print_current(self) -> None:
        """Print the report on screen: the PDF already rendered off the UI thread, page by page."""
        if self.plan is None or self.jobs.pending or self.printing.busy:
            return
        self.sections.flush()
        if self.preview_timer.isActive() or not self.preview.loaded():
            self.render_preview()  # the text just typed, first
            self.ctx.status_message.emit(self.tr("Đang tạo văn bản để in; bấm «In…» lại khi xem trước "
                                                 "đã xong."))
            return
        printer = self.ask_printer()
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> PrintJob | None:
        """Print the report on screen in the background (progress and «Hủy in» under the buttons)."""
        return self.printing.start(self.preview.data, printer, self.preview.document.pageCount())

    def export(self, fmt: str) -> None:
        if self.plan is None or self.jobs.pending:
            return
        self.sections.flush()
        out = ask_save_path(self, self.ctx, fmt, f"{self.file_stem()}.{fmt}")
        if out is None:
            return
        self._start(self._render_job(fmt), lambda data: save_output(self, self.ctx, data, out),
                    self.tr("Đang xuất…"))

    def make_package(self) -> None:
        if self.plan is None or self.jobs.pending:
            return
        self.sections.flush()
        out = ask_save_path(self, self.ctx, "ccpr", f"{self.file_stem()}.ccpr")
        if out is None:
            return
        plan_id, period = self.plan.id, self.period

        def job(store: Any) -> packages.VerifyResult:
            path = packages.make_package(store, plan_id, period, out)  # type: ignore[arg-type]
            return packages.verify_package(path)  # what the upper level will see

        self._start(job, self._packaged, self.tr("Đang tạo gói báo cáo…"))

    def _packaged(self, result: packages.VerifyResult) -> None:
        if not result.ok:
            show_error(self, UserError("package_invalid", self.tr("Gói vừa tạo không hợp lệ: {0}").format(
                result.problems[0].message if result.problems else "")))
            return
        self.ctx.status_message.emit(self.tr("Đã tạo gói báo cáo {0}: gửi tệp này cho cấp trên.").format(
            result.path))
        self.ctx.file_saved.emit(result.path)

    def make_binder(self) -> None:
        """The evidence binder of the period: one .zip (index, attached files, plan, report)."""
        if self.plan is None or self.jobs.pending:
            return
        self.sections.flush()
        out = ask_save_path(self, self.ctx, "zip", f"ho-so-kiem-chung-{self.period.lower()}.zip")
        if out is None:
            return
        plan_id, period = self.plan.id, self.period

        def job(store: Any) -> binder.BinderResult:
            return binder.make_binder(store, plan_id, period, out)  # type: ignore[arg-type]

        self._start(job, self._binder_made, self.tr("Đang tạo hồ sơ kiểm chứng…"))

    def _binder_made(self, result: binder.BinderResult) -> None:
        index = result.index
        if self.report is not None:
            self.preview.caption.setText(self.tr("Đang xem: báo cáo {0}, đúng như sẽ in.").format(
                period_label(self.report.period)))
        text = self.tr("Đã tạo hồ sơ kiểm chứng {0}: {1} nhiệm vụ, {2} tài liệu kiểm chứng ({3} tệp đính "
                       "kèm).").format(result.path.name, len(index.tasks), index.item_count, index.file_count)
        if index.missing_tasks:
            text += " " + self.tr("Chưa có tài liệu kiểm chứng: nhiệm vụ {0}.").format(
                ", ".join(index.missing_tasks))
        if index.missing_files:
            text += " " + self.tr("Thiếu hoặc hỏng {0} tệp (xem danh mục).").format(len(index.missing_files))
        self.ctx.status_message.emit(self.tr("Đã tạo hồ sơ kiểm chứng {0}").format(result.path))
        self.written_box = show_written(self, self.tr("Hồ sơ kiểm chứng"), text, result.path.parent)
