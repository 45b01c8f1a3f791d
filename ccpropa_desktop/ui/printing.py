"""Printing a PDF on screen, off the UI thread, with progress and «Hủy in» (issue 12, item 5).

The pages are painted by a worker thread: it loads its own QPdfDocument from the bytes (pdfium is
serialised by QtPdf; the preview's document stays on the UI thread) and paints each page as an image
at the printer's resolution, capped at PRINT_DPI. Qt supports QPainter on a QPrinter outside the GUI
thread. Between pages the worker reports progress and looks at the cancel flag; a cancelled job is
aborted (`QPrinter.abort`), so the spooler drops what it had. The window stays responsive throughout.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.ui.tasks import run_task

PRINT_DPI = 300
"""Pages are painted as images at the printer's resolution, at most this: sharp text on an office laser
printer without holding hundreds of megabytes per page on an old PC."""
BAND_PX = 256


def tr(text: str) -> str:
    return QCoreApplication.translate("Printing", text)


@dataclass(frozen=True)
class PrintOutcome:
    printed: int       # pages that reached the printer
    total: int         # pages asked for
    cancelled: bool


def page_range(printer: QPrinter, count: int) -> list[int]:
    """0-based indexes of the pages to print: the printer's from–to range, or all."""
    first, last = 0, count - 1
    if printer.fromPage() > 0:
        first, last = printer.fromPage() - 1, min(count, printer.toPage() or count) - 1
    return list(range(first, last + 1))


def sheets(printer: QPrinter, count: int) -> list[int]:
    """The pages to paint, in order: the from–to range, once per copy when the printer (its driver)
    does not make the copies itself (Qt leaves that to the application), collated."""
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    return page_range(printer, count) * copies


def _load(data: bytes) -> tuple[QPdfDocument, QBuffer]:
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise UserError("print_failed", tr("Không đọc được văn bản để in."))
    return document, buffer


def paint_pdf(data: bytes, printer: QPrinter, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] = lambda: False, dpi_cap: int = PRINT_DPI) -> PrintOutcome:
    """Paint the pages of the PDF `data` on `printer` (any thread), each on paper of its own
    orientation (the appendix is landscape), at the PDF's own size. `progress(done, total)` after
    each page; `cancelled()` is asked before each page after the first and aborts the job."""
    document, buffer = _load(data)
    try:
        pages = sheets(printer, document.pageCount())
        if not pages:
            return PrintOutcome(0, 0, False)
        printer.setFullPage(True)  # the PDF carries its own ND30 margins; paint it on the whole sheet

        def orient(index: int) -> None:
            size = document.pagePointSize(index)
            printer.setPageOrientation(QPageLayout.Orientation.Landscape if size.width() > size.height()
                                       else QPageLayout.Orientation.Portrait)

        orient(pages[0])
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError("print_failed", tr("Không mở được máy in."))
        printed = 0
        try:
            for n, index in enumerate(pages):
                if n:
                    if cancelled():
                        printer.abort()
                        return PrintOutcome(printed, len(pages), True)
                    orient(index)
                    printer.newPage()
                _paint_page(document, index, printer, painter, dpi_cap)
                printed += 1
                if progress is not None:
                    progress(printed, len(pages))
        finally:
            painter.end()
        return PrintOutcome(printed, len(pages), False)
    finally:
        document.close()
        buffer.close()


def _paint_page(document: QPdfDocument, index: int, printer: QPrinter, painter: QPainter,
                dpi_cap: int) -> None:
    """One page, rendered and painted in bands of BAND_PX rows. Each QtPdf render and each drawImage
    holds Python's GIL for its whole length (a whole A4 page at 300 dpi: ~60 ms to render, ~300 ms to
    paint on a PDF printer), which would stall the UI thread; a band takes a few milliseconds. The
    bands are pixel-identical to a whole-page render."""
    points = document.pagePointSize(index)
    dpi = min(printer.resolution(), dpi_cap)
    full = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
    scale = min(paper.width() / points.width(), paper.height() / points.height()) * 72 / dpi
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(full)
    for top in range(0, full.height(), BAND_PX):
        band = QRect(0, top, full.width(), min(BAND_PX, full.height() - top))
        options.setScaledClipRect(band)
        image = QImage(band.size(), QImage.Format.Format_RGB32)  # opaque: no soft mask for the printer
        image.fill(Qt.GlobalColor.white)  # QtPdf leaves the paper transparent
        on_paper = QPainter(image)
        on_paper.drawImage(0, 0, document.render(index, band.size(), options))
        on_paper.end()
        painter.drawImage(QRectF(0, top * scale, band.width() * scale, band.height() * scale), image)


def new_printer(name: str = "", doc_name: str = "") -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if name:
        printer.setPrinterName(name)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setDocName(doc_name)
    return printer


class PrintJob(QObject):
    """One print under way: `progress(done, total)` after each page, then `finished(PrintOutcome)`
    or `failed(exception)`, all delivered on the UI thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, data: bytes, printer: QPrinter, page_count: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.printer = printer  # kept referenced until the worker is done with it
        self.total = len(sheets(printer, page_count))
        self.done = 0
        self.outcome: PrintOutcome | None = None
        self._cancel = threading.Event()
        self._data = data
        self.progress.connect(self._moved)

    def start(self) -> None:
        run_task(lambda: paint_pdf(self._data, self.printer, self.progress.emit, self._cancel.is_set),
                 self._finished, self.failed.emit)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()

    def _moved(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def _finished(self, outcome: PrintOutcome) -> None:
        self.outcome = outcome
        self.finished.emit(outcome)


def status_text(outcome: PrintOutcome) -> str:
    if outcome.cancelled:
        return tr("Đã hủy in: {0}/{1} trang đã gửi tới máy in.").format(outcome.printed, outcome.total)
    return tr("Đã gửi {0} trang tới máy in.").format(outcome.printed)
