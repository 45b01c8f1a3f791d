"""A preview of PDF bytes (QtPdf's QPdfView): the very document that will print or be sent.

The bytes are rendered elsewhere (off the UI thread, ui/tasks.run_task); `set_busy(True)` shows a
busy bar meanwhile, `show_pdf(data)` loads the result. `is_ready()` is true once a page has been
painted, so screenshots and tests can wait for it.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = b""
        self.busy = False
        # The document reads from this buffer for as long as it is loaded: keep both referenced.
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.caption = QLabel()
        self.caption.setObjectName("preview_label")
        self.caption.setWordWrap(True)
        self.pages = QLabel()
        self.pages.setObjectName("page_count")
        self.zoom = QComboBox()
        self.zoom.setObjectName("zoom")
        self.zoom.addItem(self.tr("Vừa chiều rộng"), QPdfView.ZoomMode.FitToWidth)
        self.zoom.addItem(self.tr("Cả trang"), QPdfView.ZoomMode.FitInView)
        self.progress = QProgressBar()
        self.progress.setObjectName("render_progress")
        self.progress.setRange(0, 0)  # busy: rendering time is not known in advance
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.view = QPdfView()
        self.view.setObjectName("pdf_view")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.zoom.currentIndexChanged.connect(
            lambda i: self.view.setZoomMode(QPdfView.ZoomMode(self.zoom.itemData(i))))
        self._painted = True
        self._renderer = self.view.findChild(QPdfPageRenderer)
        if self._renderer is not None:
            self._renderer.pageRendered.connect(self._page_rendered)
        above = QHBoxLayout()
        above.addWidget(self.caption, 1)
        above.addWidget(self.pages)
        above.addWidget(self.zoom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(above)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)

    def set_busy(self, busy: bool, caption: str | None = None) -> None:
        self.busy = busy
        self.progress.setVisible(busy)
        if caption is not None:
            self.caption.setText(caption)

    def show_pdf(self, data: bytes, caption: str = "") -> None:
        self.clear()
        self.data = data
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._painted = self._renderer is None
        self.document.load(self._buffer)
        self.caption.setText(caption)
        self.pages.setText(self.tr("{0} trang").format(self.document.pageCount()))

    def clear(self) -> None:
        self.document.close()
        self.pages.setText("")
        if self._buffer is not None:
            self._buffer.close()
        self._buffer = None
        self.data = b""

    def loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0

    def is_ready(self) -> bool:
        """Not rendering, and the loaded document has a painted page (or the view is hidden)."""
        return not self.busy and self.loaded() and (self._painted or not self.view.isVisible())

    def _page_rendered(self) -> None:
        """(No parameters: PySide then hands over none of the signal's five, a page's QImage and its
        render options among them, each converted to Python on every page rendered.)"""
        self._painted = True
