"""Ctrl+F on every page (issue 12, item 6): a find bar under the page that searches its list or
table, or the PDF it previews.

Matching ignores case and Vietnamese diacritics, so "uy ban" finds "Ủy ban" and "UBND Sông Mã":
officers often type without accents. Enter goes to the next match, Shift+Enter to the one before,
Esc closes the bar and gives the focus back to the list. The editor keeps its own find and replace.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

if TYPE_CHECKING:
    from PySide6.QtPdfWidgets import QPdfView

PDF_SEARCH_WAIT_MS = 1500  # QtPdf has searched a plan's pages by then; no match means none


def tr(text: str) -> str:
    return QCoreApplication.translate("FindBar", text)


def fold(text: str) -> str:
    """Lower case without diacritics: "Ủy ban ĐỒNG" → "uy ban dong"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def largest_view(page: QWidget) -> QAbstractItemView | None:
    """The page's main list or table: its largest visible item view."""
    views = [v for v in page.findChildren(QAbstractItemView) if v.isVisibleTo(page) and v.model() is not None]
    return max(views, key=lambda v: v.width() * v.height(), default=None)


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model of ours: PySide keeps columnCount private (one column)
        return 1


def _has_children(model: QAbstractItemModel, index: QModelIndex) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # a table or list model of ours: PySide keeps hasChildren private (flat)
        return False


class ItemViewSearch:
    """Matches in every column of a list, table or tree (children included)."""

    def __init__(self, view: QAbstractItemView) -> None:
        self.view = view
        self.matches: list[QPersistentModelIndex] = []

    def search(self, text: str) -> int:
        model, wanted = self.view.model(), fold(text)
        self.matches = []

        def walk(parent: QModelIndex) -> None:
            for row in range(model.rowCount(parent)):
                first = model.index(row, 0, parent)
                for column in range(_columns(model, parent)):
                    value = model.data(model.index(row, column, parent), Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str) and wanted in fold(value):
                        self.matches.append(QPersistentModelIndex(model.index(row, column, parent)))
                        break
                if _has_children(model, first):
                    walk(first)

        if wanted:
            walk(QModelIndex())
        return len(self.matches)

    def show(self, n: int) -> None:
        index = QModelIndex(self.matches[n])
        self.view.scrollTo(index)
        self.view.setCurrentIndex(index)

    def clear(self) -> None:
        self.matches = []


class PdfSearch:
    """Matches in the previewed PDF (QtPdf's search model), highlighted in the view. QtPdf searches
    page by page in the background: `counted(n)` is called as the count grows. It matches case but
    not diacritics loosely: "cải cách" is found, "cai cach" is not."""

    def __init__(self, view: QPdfView, counted: Callable[[int], None]) -> None:
        from PySide6.QtPdf import QPdfSearchModel  # QtPdf loads with the first PDF searched, not at start

        self.view = view
        self.model = QPdfSearchModel(view.document())  # goes with the document, never outlives it
        self.model.setDocument(view.document())
        # queued: stepping to a result from inside the model's own update crashes QtPdf
        self.model.countChanged.connect(lambda: counted(self.model.count()),
                                        Qt.ConnectionType.QueuedConnection)
        view.setSearchModel(self.model)

    def search(self, text: str) -> int:
        self.model.setSearchString(text)
        return self.model.count()

    def show(self, n: int) -> None:
        self.view.setCurrentSearchResultIndex(n)
        link = self.model.resultAtIndex(n)
        self.view.pageNavigator().jump(link)

    def clear(self) -> None:
        self.model.setSearchString("")
        self.view.setCurrentSearchResultIndex(-1)


Target = QAbstractItemView | QWidget  # a QPdfView (QtPdfWidgets is not imported at start)


class FindBar(QWidget):
    """One bar for the window; `start(target)` opens it on a page's list, table or PDF preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.field = QLineEdit()
        self.field.setObjectName("find_field")
        self.field.setPlaceholderText(tr("Tìm (không cần gõ dấu)"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(360)
        self.field.textChanged.connect(self._search)
        self.field.installEventFilter(self)
        self.count = QLabel()
        self.count.setObjectName("find_count")
        self.previous_button = QToolButton()
        self.previous_button.setText("▲")
        self.previous_button.setToolTip(tr("Kết quả trước (Shift+Enter)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QToolButton()
        self.next_button.setText("▼")
        self.next_button.setToolTip(tr("Kết quả tiếp (Enter)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        close = QToolButton()
        close.setObjectName("find_close")
        close.setText("✕")
        close.setToolTip(tr("Đóng (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(QLabel(tr("Tìm:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count)
        layout.addStretch(1)
        layout.addWidget(close)
        self.searcher: ItemViewSearch | PdfSearch | None = None
        self.target: Target | None = None
        self.current = -1
        self.total = 0
        self.hide()

    def start(self, target: Target | None) -> None:
        if target is None:
            self.searcher = None
            self.count.setText(tr("Trang này không có danh sách để tìm."))
        elif target is not self.target:
            self.searcher = (PdfSearch(target, self._counted) if target.inherits("QPdfView")
                             else ItemViewSearch(target))
        self.target = target
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.searcher is not None:
            self._search(self.field.text())

    def _search(self, text: str) -> None:
        if self.searcher is None:
            return
        self.total = self.searcher.search(text) if text.strip() else 0
        self.current = -1
        if self.total:
            self.step(1)
        elif isinstance(self.searcher, PdfSearch) and text.strip():
            self.count.setText(tr("Đang tìm…"))
            # (the bar as context: the call is dropped if the bar is gone by then)
            QTimer.singleShot(PDF_SEARCH_WAIT_MS, self, lambda t=text: self._pdf_none_found(t))
        else:
            self.count.setText(tr("Không thấy") if text.strip() else "")
        self._mark(bool(text.strip()) and not self.total and not isinstance(self.searcher, PdfSearch))

    def _counted(self, total: int) -> None:
        """More matches found by a background search (the PDF)."""
        if not self.isVisible() or not self.field.text().strip():
            return
        self.total = total
        if self.current < 0 and total:
            self.step(1)
        elif total:
            self.count.setText(tr("{0}/{1}").format(self.current + 1, total))
        self._mark(not total)

    def _pdf_none_found(self, text: str) -> None:
        if self.isVisible() and self.field.text() == text and not self.total:
            self.count.setText(tr("Không thấy"))
            self._mark(True)

    def _mark(self, not_found: bool) -> None:
        self.field.setStyleSheet("QLineEdit { background: #fde8e8; }" if not_found else "")

    def step(self, delta: int) -> None:
        if self.searcher is None or not self.total:
            return
        self.current = (self.current + delta) % self.total
        self.searcher.show(self.current)
        self.count.setText(tr("{0}/{1}").format(self.current + 1, self.total))

    def close_bar(self) -> None:
        if self.searcher is not None:
            self.searcher.clear()
        target = self.target
        self.hide()
        self.searcher = None
        self.target = None
        if target is not None and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: object, event: object) -> bool:
        if watched is self.field and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]


def add_find_action(page: QWidget, bar: Callable[[], FindBar], target: Callable[[], Target | None]
                    ) -> QAction:
    """Ctrl+F on `page` (while it is shown) opens the bar (`bar()`, made on first use) on `target()`."""
    action = QAction(tr("Tìm…"), page)
    action.setObjectName("action_find_in_page")
    action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.triggered.connect(lambda: bar().start(target()))
    page.addAction(action)
    return action
