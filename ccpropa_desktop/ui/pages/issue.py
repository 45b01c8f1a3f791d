"""Issue and print (W4): preview the very PDF that will print, issue with a number and a date,
browse the frozen versions, print, export PDF/DOCX.

Rendering (reportlab) runs off the UI thread in a worker with its own store, so the window never
freezes; the preview is QtPdf showing those exact bytes, and printing paints those same pages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.domain.model import Plan
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import issuing, plans, sheets, template_packages
from ccpropa_desktop.services.unit import get_unit
from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.dialogs.number_date_dialog import NumberDateDialog
from ccpropa_desktop.ui.dialogs.print_dialog import PagePrinting
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.export_dialog import ask_folder, ask_save_path, save_output, show_written
from ccpropa_desktop.ui.page import Page
from ccpropa_desktop.ui.printing import PrintJob
from ccpropa_desktop.ui.tasks import PageJobs, in_own_store
from ccpropa_desktop.ui.widgets.empty_state import EmptyState
from ccpropa_desktop.ui.widgets.pdf_preview import PdfPreview
from ccpropa_desktop.ui.widgets.plan_choice import PlanChoice

STATUS = {"draft": QT_TRANSLATE_NOOP("IssuePage", "Dự thảo"),
          "issued": QT_TRANSLATE_NOOP("IssuePage", "Đã ban hành")}
FORMS = {"A": QT_TRANSLATE_NOOP("IssueDialog", "A — Kế hoạch (ban hành trực tiếp)"),
         "B": QT_TRANSLATE_NOOP("IssueDialog", "B — Quyết định ban hành kèm theo Kế hoạch")}
DRAFT = ("draft", 0)
Preview = tuple[str, int]  # ("draft", 0) or ("version", n)


def _date_text(iso: str) -> str:
    return plans.format_date(iso) if iso else ""


def _slug(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-").lower()


class IssueDialog(NumberDateDialog):
    """Number, date (dd/MM/yyyy) and form A/B of the document to issue."""

    def __init__(self, abbreviation: str, form: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ban hành kế hoạch"), self.tr(
            "Sau khi ban hành, văn bản được lưu cố định thành một phiên bản; in lại luôn ra đúng văn bản "
            "đó. Sửa kế hoạch sau đó sẽ tạo dự thảo của phiên bản mới."), self.tr("Ban hành"),
            self.tr("ví dụ 18"), parent=parent)
        self.setObjectName("issue_dialog")
        self.abbreviation = abbreviation
        self.forms = QButtonGroup(self)
        form_box = QVBoxLayout()
        for key, text in FORMS.items():
            radio = QRadioButton(self.tr(text))
            radio.setObjectName(f"form_{key.lower()}")
            radio.setProperty("form", key)
            radio.setChecked(key == form)
            self.forms.addButton(radio)
            form_box.addWidget(radio)
        self.forms.buttonToggled.connect(lambda *_: self._update_suffix())
        self.add_row(self.tr("Hình thức:"), form_box)
        self.setMinimumWidth(480)
        self._update_suffix()

    def form(self) -> str:
        checked = self.forms.checkedButton()
        return str(checked.property("form")) if checked else "A"

    def _update_suffix(self) -> None:
        kind = "QĐ" if self.form() == "B" else "KH"
        self.suffix.setText(f"/{kind}-{self.abbreviation}")


class IssuePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.plan_id: int | None = None
        self.plan: Plan | None = None
        self.versions: list[dict[str, Any]] = []
        self.preview: Preview | None = None
        self.jobs = PageJobs(self)  # rendering and issuing, off the UI thread
        self.jobs.changed.connect(self._busy_changed)
        self._generation = 0
        self.issue_dialog: IssueDialog | None = None
        # The preview holds the bytes of the document on screen: the PDF that prints and exports.
        self.pdf = PdfPreview()
        self.pdf.layout().setContentsMargins(6, 0, 0, 0)
        self.document = self.pdf.document
        self.showing = self.pdf.caption
        self.progress = self.pdf.progress

        title = QLabel(self.tr("<h2>Ban hành và in</h2>"))
        self.plan_choice = PlanChoice(ctx)
        self.plan_choice.setMinimumContentsLength(30)
        self.plan_choice.plan_chosen.connect(self._plan_chosen)
        self.plan_label = QLabel()
        self.plan_label.setObjectName("plan_label")
        self.plan_label.setWordWrap(True)
        self.plan_label.setTextFormat(Qt.TextFormat.RichText)

        self.draft_button = QPushButton(self.tr("In dự thảo"))
        self.draft_button.setObjectName("print_draft")
        self.draft_button.setToolTip(self.tr("Xem và in bản dự thảo: chưa có số, có chữ DỰ THẢO"))
        self.issue_button = QPushButton(self.tr("Ban hành…"))
        self.issue_button.setObjectName("issue")
        self.issue_button.setToolTip(self.tr("Nhập số, ngày ban hành và lưu cố định văn bản"))
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setObjectName("print")
        self.print_button.setToolTip(self.tr("In văn bản đang xem"))
        self.pdf_button = QPushButton(self.tr("Xuất PDF…"))
        self.pdf_button.setObjectName("export_pdf")
        self.docx_button = QPushButton(self.tr("Xuất DOCX…"))
        self.docx_button.setObjectName("export_docx")
        self.draft_button.clicked.connect(self.print_draft)
        self.issue_button.clicked.connect(self.open_issue_dialog)
        self.print_button.clicked.connect(self.print_current)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        buttons = QGridLayout()
        buttons.addWidget(self.draft_button, 0, 0)
        buttons.addWidget(self.issue_button, 0, 1)
        buttons.addWidget(self.print_button, 1, 0)
        buttons.addWidget(self.pdf_button, 1, 1)
        buttons.addWidget(self.docx_button, 2, 1)
        self.publish_button = QPushButton(self.tr("Gửi cho cấp dưới…"))
        self.publish_button.setObjectName("publish_template")
        self.publish_button.setToolTip(self.tr("Gói kế hoạch mẫu (.ccpt) của bản đã ban hành đang xem: cấp "
                                               "dưới nhập làm mẫu, không phải gõ lại"))
        self.publish_button.clicked.connect(self.publish)
        buttons.addWidget(self.publish_button, 2, 0)
        self.sheets_button = QPushButton(self.tr("Phiếu nhiệm vụ cho từng cơ quan…"))
        self.sheets_button.setObjectName("export_sheets")
        self.sheets_button.setToolTip(self.tr("Mỗi cơ quan chủ trì, phối hợp trong phụ lục một tệp PDF: "
                                              "nhiệm vụ, thời hạn và các kỳ báo cáo, trích từ văn bản đang "
                                              "xem"))
        self.sheets_button.clicked.connect(self.export_sheets)
        buttons.addWidget(self.sheets_button, 3, 0, 1, 2)
        self.written_box: QWidget | None = None  # "written, open the folder?" after the sheets

        self.versions_table = QTableWidget(0, 4)
        self.versions_table.setObjectName("versions")
        self.versions_table.setHorizontalHeaderLabels(
            [self.tr("Phiên bản"), self.tr("Trạng thái"), self.tr("Số"), self.tr("Ngày ban hành")])
        self.versions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions_table.verticalHeader().hide()
        header = self.versions_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.versions_table.itemSelectionChanged.connect(self._version_chosen)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 6, 0)
        side_layout.addWidget(self.plan_label)
        side_layout.addLayout(buttons)
        self.printing = PagePrinting(self, ctx, self.tr("In kế hoạch"), self.print_current)
        side_layout.addWidget(self.printing.progress)
        side_layout.addSpacing(8)
        side_layout.addWidget(QLabel(self.tr("<b>Các phiên bản</b> (chọn để xem đúng văn bản đó):")))
        side_layout.addWidget(self.versions_table, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(self.pdf)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 800])
        side.setMinimumWidth(300)

        self.empty = EmptyState(
            ctx, "issue_empty",
            self.tr("Chưa có kế hoạch nào để ban hành. Hãy lập kế hoạch từ kế hoạch mẫu ở "
                    "trang «Kế hoạch», soạn lại nếu cần, rồi quay lại đây để in dự thảo "
                    "và ban hành."),
            self.tr("Đến trang Kế hoạch"), "plans")
        self.plans_button = self.empty.button

        self.body = QStackedWidget()
        self.body.addWidget(self.empty)
        self.body.addWidget(splitter)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        self.plan_choice_label = QLabel(self.tr("Kế hoạch:"))
        top.addWidget(self.plan_choice_label)
        top.addWidget(self.plan_choice, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

    # -- what is shown ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.plan_id = self.plan_choice.reload()
        self.plan_choice.setVisible(self.plan_id is not None)
        self.plan_choice_label.setVisible(self.plan_id is not None)
        if self.plan_id is None:
            self.plan = None
            self.body.setCurrentWidget(self.empty)
            self.pdf.clear()
            return
        self.body.setCurrentIndex(1)
        self._load_plan()

    def _plan_chosen(self, plan_id: int) -> None:
        if plan_id != self.plan_id:
            self.plan_id = plan_id
            self._load_plan()

    def _load_plan(self, select: Preview | None = None) -> None:
        """Read the plan and its versions (UI thread, ctx.store), then render the chosen version."""
        assert self.plan_id is not None
        try:
            plan = plans.get_plan(self.ctx.store, self.plan_id)
            self.versions = issuing.list_versions(self.ctx.store, self.plan_id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.plan = plan
        status = self.tr(STATUS.get(plan.status, plan.status))
        self.plan_label.setText(self.tr("<b>{0}</b><br>Năm {1} · {2} nhiệm vụ · {3}").format(
            plan.title, plan.year, len(plan.tasks), status))
        table = self.versions_table
        table.blockSignals(True)
        table.setRowCount(len(self.versions))
        for r, v in enumerate(self.versions):
            values = [str(v["version"]), self.tr(STATUS.get(v["status"], v["status"])), v["number"] or "",
                      _date_text(v["issued_on"])]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, self._key(v))
                table.setItem(r, c, item)
        table.blockSignals(False)
        keys = [self._key(v) for v in self.versions]
        target = select if select in keys else (keys[-1] if keys else DRAFT)
        table.blockSignals(True)
        table.clearSelection()
        if target in keys:
            table.selectRow(keys.index(target))
        table.blockSignals(False)
        self.show_preview(target)

    @staticmethod
    def _key(version: dict[str, Any]) -> Preview:
        return DRAFT if version["status"] == "draft" else ("version", int(version["version"]))

    def _version_chosen(self) -> None:
        items = self.versions_table.selectedItems()
        if items:
            self.show_preview(tuple(items[0].data(Qt.ItemDataRole.UserRole)))  # type: ignore[arg-type]

    def describe(self, key: Preview) -> str:
        if key == DRAFT:
            return self.tr("Đang xem: bản dự thảo (chưa có số, có chữ DỰ THẢO).")
        version = next((v for v in self.versions if self._key(v) == key), None)
        if version is None:
            return ""
        return self.tr("Đang xem: phiên bản {0}, số {1}, ngày {2} — đúng văn bản đã ban hành.").format(
            version["version"], version["number"], _date_text(version["issued_on"]))

    def show_preview(self, key: Preview, then: Callable[[], None] | None = None) -> None:
        """Render `key` in the background and load it into the preview; `then` runs once it is shown."""
        if self.plan_id is None:
            return
        self.preview = key
        self._generation += 1
        generation = self._generation
        self.showing.setText(self.tr("Đang tạo văn bản…"))
        self._render(key, "pdf", lambda data: self._rendered(generation, key, data, then))

    def _render(self, key: Preview, fmt: str, on_done: Callable[[bytes], None]) -> None:
        plan_id = self.plan_id

        def job(store: Any) -> bytes:
            if key == DRAFT:
                return issuing.render_current(store, plan_id, fmt, draft=True).data
            return issuing.render_version(store, plan_id, key[1], fmt).data

        self._start(job, on_done)

    def _start(self, job: Callable[[Any], Any], on_done: Callable[[Any], None]) -> None:
        """`job(store)` in the background on its own store; on failure the caption is cleared."""
        self.jobs.start(in_own_store(self.ctx.data_dir, job), on_done, lambda: self.showing.setText(""))

    def _busy_changed(self) -> None:
        busy = self.jobs.pending > 0
        self.pdf.set_busy(busy)
        self.sheets_button.setEnabled(not busy)
        for button in (self.draft_button, self.issue_button, self.print_button, self.pdf_button,
                       self.docx_button):
            button.setEnabled(not busy)
        self.publish_button.setEnabled(not busy and self.preview is not None and self.preview != DRAFT)

    def _rendered(self, generation: int, key: Preview, data: bytes, then: Callable[[], None] | None) -> None:
        if generation != self._generation:
            return  # a newer preview was asked for meanwhile
        self.pdf.show_pdf(data, self.describe(key))
        if then is not None:
            then()

    @property
    def pdf_data(self) -> bytes:
        """The bytes of the document on screen (empty while none is loaded)."""
        return self.pdf.data

    def find_target(self) -> QWidget:
        """Ctrl+F searches the document on screen."""
        return self.pdf.view

    def is_ready(self) -> bool:
        """No plan, or the preview waited for: rendered, loaded and its first page painted."""
        if self.plan_id is None or self.jobs.failed:
            return True
        return self.jobs.pending == 0 and self.pdf.is_ready()

    # -- actions ---------------------------------------------------------------------------------
    def print_draft(self) -> None:
        """Show the draft, then print it."""
        self.versions_table.clearSelection()
        draft_rows = [r for r, v in enumerate(self.versions) if self._key(v) == DRAFT]
        if draft_rows:
            self.versions_table.blockSignals(True)
            self.versions_table.selectRow(draft_rows[0])
            self.versions_table.blockSignals(False)
        self.show_preview(DRAFT, then=self.print_current)

    def open_issue_dialog(self) -> IssueDialog | None:
        if self.plan_id is None:
            return None
        try:
            abbreviation = get_unit(self.ctx.store).abbreviation
        except UserError as exc:
            show_error(self, exc)
            return None
        dialog = IssueDialog(abbreviation, self.plan.form if self.plan else "A", self)
        dialog.accepted.connect(lambda: self._issue(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.issue_dialog = dialog
        dialog.open()
        return dialog

    def _issue(self, dialog: IssueDialog) -> None:
        plan_id = self.plan_id
        number, date, form = dialog.number.text(), dialog.issued_on(), dialog.form()
        self.issue_dialog = None
        self.showing.setText(self.tr("Đang ban hành…"))
        self._start(lambda store: issuing.issue_plan(store, plan_id, number, date, form), self._issued)

    def _issued(self, result: dict[str, Any]) -> None:
        self.ctx.plans_changed.emit()
        self.ctx.status_message.emit(self.tr("Đã ban hành phiên bản {0}, số {1}, ngày {2}.").format(
            result["version"], result["number"], _date_text(result["date"])))
        if self.plan_id == result["plan"]:
            self._load_plan(select=("version", int(result["version"])))

    def ask_printer(self) -> QPrinter | None:
        """The print dialog; None when the officer cancels."""
        return self.printing.ask(self.document.pageCount(), self.plan.title if self.plan else "")

    def print_current(self) -> None:
        if self.jobs.pending or self.printing.busy or not self.pdf.loaded():
            return
        printer = self.ask_printer()
        if printer is None:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> PrintJob | None:
        """Print the document on screen in the background (progress and «Hủy in» under the buttons)."""
        return self.printing.start(self.pdf_data, printer, self.document.pageCount())

    def default_file_name(self, fmt: str) -> str:
        year = self.plan.year if self.plan else ""
        if self.preview == DRAFT or self.preview is None:
            return f"ke-hoach-{year}-du-thao.{fmt}"
        version = next((v for v in self.versions if self._key(v) == self.preview), {})
        return f"ke-hoach-{year}-so-{_slug(str(version.get('number', '')))}-v{self.preview[1]}.{fmt}"

    def export(self, fmt: str) -> None:
        """Save the document being previewed: the PDF bytes on screen, or the same version as DOCX."""
        if self.plan_id is None or self.preview is None or self.jobs.pending:
            return
        out = ask_save_path(self, self.ctx, fmt, self.default_file_name(fmt))
        if out is None:
            return
        if fmt == "pdf" and self.pdf_data:
            save_output(self, self.ctx, self.pdf_data, out)
            return
        self._render(self.preview, fmt, lambda data: save_output(self, self.ctx, data, out))

    def publish(self) -> None:
        """The issued version being previewed as a template package for the level below."""
        if self.plan_id is None or self.preview is None or self.preview == DRAFT or self.jobs.pending:
            return
        plan_id, version = self.plan_id, self.preview[1]
        name = self.default_file_name("ccpt").replace("ke-hoach-", "ke-hoach-mau-", 1)
        out = ask_save_path(self, self.ctx, "ccpt", name)
        if out is None:
            return

        def job(store: Any) -> Any:
            return template_packages.publish(store, plan_id, out, version=version)

        def done(path: Any) -> None:
            self.ctx.status_message.emit(self.tr("Đã ghi {0}").format(path))
            self.written_box = show_written(self, self.tr("Gửi cho cấp dưới"), self.tr(
                "Đã ghi gói kế hoạch mẫu {0}. Gửi tệp này cho cấp dưới: họ mở tệp bằng phần mềm để nhập "
                "làm kế hoạch mẫu.").format(path), path.parent)

        self._start(job, done)

    def export_sheets(self) -> None:
        """One task sheet per agency of the appendix, extracted from the document being previewed (an
        issued version, or the draft marked as such), written as PDFs into a folder the officer picks."""
        if self.plan_id is None or self.preview is None or self.jobs.pending:
            return
        folder = ask_folder(self, self.ctx, self.tr("Chọn thư mục ghi phiếu nhiệm vụ"))
        if folder is None:
            return
        plan_id, key = self.plan_id, self.preview
        version = None if key == DRAFT else key[1]

        def job(store: Any) -> tuple[sheets.SheetSet, list]:
            return sheets.write_sheets(store, plan_id, folder, "pdf", version=version, draft=key == DRAFT)

        self.showing.setText(self.tr("Đang tạo phiếu nhiệm vụ…"))
        self._start(job, lambda result: self._sheets_written(folder, key, result))

    def _sheets_written(self, folder: Any, key: Preview, result: tuple[sheets.SheetSet, list]) -> None:
        found, paths = result
        if self.preview == key:
            self.showing.setText(self.describe(key))
        text = self.tr("Đã ghi {0} phiếu nhiệm vụ vào thư mục {1}.").format(len(paths), folder)
        if found.draft:
            text += " " + self.tr("Kế hoạch chưa ban hành: các phiếu ghi rõ là trích dự thảo.")
        self.ctx.status_message.emit(self.tr("Đã ghi {0} phiếu nhiệm vụ vào {1}").format(len(paths), folder))
        self.written_box = show_written(self, self.tr("Phiếu nhiệm vụ"), text, folder)
