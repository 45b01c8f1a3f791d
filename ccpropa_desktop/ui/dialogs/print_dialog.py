"""Our own print dialog, in the app's language whatever the language of Windows (issue 12, item 5),
and the progress row of a print under way.

Qt's QPrintDialog is Windows' own dialog on Windows (English on an English Windows) and Qt's
untranslated one elsewhere. This one asks what an officer needs: the printer, which pages, how many
copies, both sides when the printer can. «Thuộc tính máy in» stays in Windows' printer settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.errors import show_error
from ccpropa_desktop.ui.printing import PrintJob, PrintOutcome, new_printer, status_text


def tr(text: str) -> str:
    return QCoreApplication.translate("PrintDialog", text)


class PrintDialog(QDialog):
    """Printer, pages (all, or from–to), copies, both sides. `printer()` builds the QPrinter."""

    def __init__(self, title: str, page_count: int, doc_name: str = "", parent: QWidget | None = None,
                 printers: list[str] | None = None, default: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_dialog")
        self.setWindowTitle(title)
        self.page_count = max(1, page_count)
        self.doc_name = doc_name
        names = QPrinterInfo.availablePrinterNames() if printers is None else printers
        default = QPrinterInfo.defaultPrinterName() if default is None else default
        self.printer_choice = QComboBox()
        self.printer_choice.setObjectName("printer_choice")
        self.printer_choice.addItems(names)
        if default in names:
            self.printer_choice.setCurrentIndex(names.index(default))
        self.no_printer = QLabel(tr("Máy tính chưa cài máy in nào. Hãy cài máy in trong Windows, hoặc dùng "
                                    "«Xuất PDF…» rồi in tệp PDF ở máy khác."))
        self.no_printer.setObjectName("no_printer")
        self.no_printer.setWordWrap(True)
        self.no_printer.setVisible(not names)

        self.all_pages = QRadioButton(tr("Tất cả ({0} trang)").format(self.page_count))
        self.all_pages.setObjectName("all_pages")
        self.some_pages = QRadioButton(tr("Từ trang"))
        self.some_pages.setObjectName("some_pages")
        group = QButtonGroup(self)
        group.addButton(self.all_pages)
        group.addButton(self.some_pages)
        self.all_pages.setChecked(True)
        self.first = QSpinBox()
        self.first.setObjectName("first_page")
        self.last = QSpinBox()
        self.last.setObjectName("last_page")
        for box, value in ((self.first, 1), (self.last, self.page_count)):
            box.setRange(1, self.page_count)
            box.setValue(value)
            box.valueChanged.connect(lambda _v: self.some_pages.setChecked(True))
        self.first.valueChanged.connect(lambda v: self.last.setValue(max(v, self.last.value())))
        self.last.valueChanged.connect(lambda v: self.first.setValue(min(v, self.first.value())))
        pages_row = QHBoxLayout()
        pages_row.addWidget(self.all_pages)
        pages_row.addSpacing(12)
        pages_row.addWidget(self.some_pages)
        pages_row.addWidget(self.first)
        pages_row.addWidget(QLabel(tr("đến")))
        pages_row.addWidget(self.last)
        pages_row.addStretch(1)

        self.copies = QSpinBox()
        self.copies.setObjectName("copies")
        self.copies.setRange(1, 99)
        self.copies.setSuffix(tr(" bản"))
        self.duplex = QCheckBox(tr("In hai mặt"))
        self.duplex.setObjectName("duplex")
        self.printer_choice.currentTextChanged.connect(self._printer_changed)

        form = QFormLayout()
        form.addRow(tr("Máy in:"), self.printer_choice)
        form.addRow("", self.no_printer)
        form.addRow(tr("Trang:"), pages_row)
        form.addRow(tr("Số bản:"), self.copies)
        form.addRow("", self.duplex)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(tr("In"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button.setObjectName("print_ok")
        self.print_button.setEnabled(bool(names))
        self.print_button.setDefault(True)
        # (the literal context: lupdate files a bare tr() of a word another module has under that module)
        cancel = self.buttons.addButton(QCoreApplication.translate("PrintDialog", "Hủy"),
                                        QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("print_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._printer_changed(self.printer_choice.currentText())
        layout.activate()

    def _printer_changed(self, name: str) -> None:
        info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo()
        two_sided = any(mode != QPrinter.DuplexMode.DuplexNone for mode in info.supportedDuplexModes())
        self.duplex.setEnabled(two_sided)
        if not two_sided:
            self.duplex.setChecked(False)
        self.duplex.setToolTip("" if two_sided else tr("Máy in này không in được hai mặt."))

    def pages(self) -> tuple[int, int]:
        """1-based first and last page to print."""
        if self.all_pages.isChecked():
            return 1, self.page_count
        return self.first.value(), self.last.value()

    def printer(self) -> QPrinter:
        printer = new_printer(self.printer_choice.currentText(), self.doc_name)
        first, last = self.pages()
        if (first, last) != (1, self.page_count):
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(first, last)
        printer.setCopyCount(self.copies.value())
        printer.setCollateCopies(True)
        if self.duplex.isChecked():
            printer.setDuplex(QPrinter.DuplexMode.DuplexAuto)
        return printer


class PrintProgress(QWidget):
    """"Đang in trang 3/12…", a bar and «Hủy in», under a page's buttons while a print is under way."""

    finished = Signal(object)  # PrintOutcome

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("print_progress")
        self.label = QLabel()
        self.label.setObjectName("print_progress_label")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(12)
        self.cancel_button = QPushButton(tr("Hủy in"))
        self.cancel_button.setObjectName("cancel_print")
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.job: PrintJob | None = None
        self.hide()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def follow(self, job: PrintJob) -> None:
        self.job = job
        job.progress.connect(self._moved)
        job.finished.connect(self._done)
        job.failed.connect(lambda _exc: self._done(None))
        self.cancel_button.setEnabled(True)
        self._moved(0, job.total)
        self.show()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(tr("Đang hủy in…"))

    def _moved(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        if self.job is not None and not self.job.cancelling:
            self.label.setText(tr("Đang in trang {0}/{1}…").format(min(done + 1, total), total))

    def _done(self, outcome: PrintOutcome | None) -> None:
        self.job = None
        self.hide()
        self.finished.emit(outcome)

    def status(self, outcome: PrintOutcome) -> str:
        return status_text(outcome)


class PagePrinting(QObject):
    """A page's printing: Ctrl+P, the dialog, the job off the UI thread and its progress row (the page
    puts `progress` in its layout). Used by the issue, report and roll-up pages alike."""

    def __init__(self, page: QWidget, ctx: AppContext, title: str, on_print: Callable[[], None]) -> None:
        super().__init__(page)
        self.page = page
        self.ctx = ctx
        self.title = title
        self.progress = PrintProgress(page)
        self.progress.finished.connect(self._finished)
        self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), page, on_print,
                                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.dialog: PrintDialog | None = None

    @property
    def busy(self) -> bool:
        return self.progress.busy

    def ask(self, page_count: int, doc_name: str) -> QPrinter | None:
        """Our print dialog; None when the officer cancels."""
        self.dialog = PrintDialog(self.title, page_count, doc_name, self.page)
        try:
            return self.dialog.printer() if self.dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            self.dialog.deleteLater()
            self.dialog = None

    def start(self, data: bytes, printer: QPrinter, page_count: int) -> PrintJob | None:
        """Print `data` in the background; None while another print of this page is under way."""
        if self.busy or not data:
            return None
        job = PrintJob(data, printer, page_count, self)
        job.failed.connect(lambda exc: show_error(self.page, exc))
        self.progress.follow(job)
        job.start()
        return job

    def _finished(self, outcome: PrintOutcome | None) -> None:
        if outcome is not None:
            self.ctx.status_message.emit(status_text(outcome))
