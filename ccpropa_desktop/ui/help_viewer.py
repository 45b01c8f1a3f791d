"""The offline user guide (F1, «Trợ giúp → Hướng dẫn sử dụng»): a window with the contents on the left
and the page on the right, in the UI language.

The guide is plain HTML in ``resources/guide/<vi|en>/`` with its screenshots in
``resources/guide/images/<vi|en>/`` (written by ``tools/make_ui_images.py --guide``), found through
``paths.resources_dir()`` in a checkout, an installed wheel and the frozen bundle. Nothing is ever
fetched from the network: a link is followed only when it resolves to a file inside the guide, and the
browser loads no resource from outside it. F1 opens the page of the workflow on screen: each page key
of the main window has a guide page of the same name (``editor`` → ``editor.html``).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QResizeEvent, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QWidget,
)

from ccpropa_desktop import paths

LANGUAGES = ("vi", "en")
INDEX = "index.html"
CONTENTS = ("index", "unit", "templates", "plans", "editor", "issue", "tracking", "reports", "aggregate",
            "settings", "backup", "yearly-cycle")
"""The guide's pages in reading order, as the contents list shows them (titles from each page's <title>)."""
PAGE_KEYS = ("unit", "templates", "plans", "editor", "issue", "tracking", "reports", "aggregate", "settings")
"""The main window's page keys; each has a guide page ``<key>.html`` (F1 on that page opens it)."""
IMAGE_MARGIN = 36  # the browser's document margins and scroll bar, kept free beside a fitted picture


def tr(text: str) -> str:
    return QCoreApplication.translate("HelpViewer", text)


def guide_root() -> Path:
    return paths.resources_dir() / "guide"


def ui_language() -> str:
    """The language of the UI as installed (ui.i18n sets the default locale with the translators)."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def page_for(key: str | None) -> str:
    """The guide page for a main-window page key; the contents page for anything else."""
    return f"{key}.html" if key in PAGE_KEYS else INDEX


def page_title(path: Path) -> str:
    match = re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"), re.S)
    return re.sub(r"\s+", " ", match.group(1)).strip() if match else path.stem


def inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that loads only files of the guide, and shrinks a screenshot wider than the page."""

    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.root = root
        self.refused: list[str] = []  # links and resources refused (outside the guide, or not files)
        self._fitted_width = 0
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(150)
        self._relayout.timeout.connect(self._refit)

    def local_file(self, url: QUrl) -> Path | None:
        if url.isRelative() and self.source().isValid():
            url = self.source().resolved(url)
        if not url.isLocalFile():
            return None
        path = Path(url.toLocalFile())
        return path if inside(path, self.root) and path.is_file() else None

    def image_width(self) -> int:
        return max(200, self.viewport().width() - IMAGE_MARGIN)

    def loadResource(self, kind: int, name: QUrl) -> object:
        path = self.local_file(name)
        if path is None:
            self.refused.append(name.toString())
            return None
        if getattr(kind, "value", kind) == QTextDocument.ResourceType.ImageResource.value:
            image = QImage(str(path))
            if image.isNull():
                return None
            self._fitted_width = self.image_width()
            if image.width() > self._fitted_width:
                image = image.scaledToWidth(self._fitted_width, Qt.TransformationMode.SmoothTransformation)
            return image
        return path.read_text(encoding="utf-8")  # the page itself, or its style sheet

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted_width and self.image_width() != self._fitted_width:
            self._relayout.start()

    def _refit(self) -> None:
        """Reload the page so that its pictures fit the new width, at the same place in the text."""
        if not self.source().isValid():
            return
        bar = self.verticalScrollBar()
        ratio = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.reload()
        bar.setValue(round(ratio * bar.maximum()))


class HelpViewer(QMainWindow):
    """The guide in one language; a window of its own, never modal (the officer reads and works)."""

    def __init__(self, language: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help_viewer")
        self.language = language if language in LANGUAGES else ui_language()
        self.root = guide_root()
        self.folder = self.root / self.language
        self.setWindowTitle(tr("Hướng dẫn sử dụng"))

        self.browser = GuideBrowser(self.root)
        self.browser.setObjectName("help_browser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # every link goes through _follow: inside the guide only
        self.browser.anchorClicked.connect(self._follow)
        self.browser.sourceChanged.connect(self._source_changed)
        style = self.root / "guide.css"  # Qt's rich text does not follow <link rel="stylesheet">
        if style.is_file():
            self.browser.document().setDefaultStyleSheet(style.read_text(encoding="utf-8"))

        self.contents = QListWidget()
        self.contents.setObjectName("help_contents")
        self.contents.setWordWrap(True)
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.contents.setSpacing(2)
        for name in CONTENTS:
            path = self.folder / f"{name}.html"
            if path.is_file():
                item = QListWidgetItem(page_title(path))
                item.setData(Qt.ItemDataRole.UserRole, path.name)
                self.contents.addItem(item)
        self.contents.itemActivated.connect(self._contents_clicked)
        self.contents.itemClicked.connect(self._contents_clicked)

        splitter = QSplitter()
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 990])
        self.setCentralWidget(splitter)

        bar = QToolBar(tr("Điều hướng"))
        bar.setObjectName("help_toolbar")
        bar.setMovable(False)
        self.back_action = QAction(tr("◀ Trở lại"), self)
        self.back_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Back))
        self.back_action.triggered.connect(self.browser.backward)
        self.forward_action = QAction(tr("Tiếp ▶"), self)
        self.forward_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Forward))
        self.forward_action.triggered.connect(self.browser.forward)
        self.home_action = QAction(tr("Mục lục"), self)
        self.home_action.triggered.connect(lambda: self.show_page(INDEX))
        close_action = QAction(QCoreApplication.translate("HelpViewer", "Đóng"), self)  # (not tr(): lupdate
        # files a bare tr() of a word another module has under that module's context)
        close_action.setShortcuts([QKeySequence(Qt.Key.Key_Escape),
                                   *QKeySequence.keyBindings(QKeySequence.StandardKey.Close)])
        close_action.triggered.connect(self.close)
        for action in (self.back_action, self.forward_action, self.home_action):
            bar.addAction(action)
        self.addAction(close_action)
        self.addToolBar(bar)
        self.browser.backwardAvailable.connect(self.back_action.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_action.setEnabled)
        self.back_action.setEnabled(False)
        self.forward_action.setEnabled(False)
        self.note = QLabel()
        self.statusBar().addWidget(self.note, 1)
        self.setMinimumSize(640, 400)  # (also spares the offscreen platform a size-hint warning)
        self.resize(1240, 700)

    def show_page(self, name: str) -> bool:
        """Show a page of the guide by file name (``editor.html``, ``editor.html#tim``); False if the
        guide has no such page (the contents page is shown instead)."""
        file, _, fragment = name.partition("#")
        path = self.folder / file
        found = path.is_file()
        if not found:
            path = self.folder / INDEX
        url = QUrl.fromLocalFile(str(path))
        if found and fragment:
            url.setFragment(fragment)
        self.browser.setSource(url)
        return found

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).name

    def _follow(self, url: QUrl) -> None:
        if not url.isRelative() and url.scheme() not in ("", "file"):
            self.note.setText(tr("Hướng dẫn chỉ mở các trang của chính nó: {0} không được mở.").format(
                url.toString()))
            return
        if url.hasFragment() and not url.path():  # "#steps" on the same page
            self.browser.scrollToAnchor(url.fragment())
            return
        path = self.browser.local_file(QUrl(url.toString().split("#", 1)[0]))
        if path is None or path.suffix.lower() != ".html":
            self.note.setText(tr("Không có trang này trong hướng dẫn: {0}").format(url.toString()))
            return
        target = QUrl.fromLocalFile(str(path))
        if url.hasFragment():
            target.setFragment(url.fragment())
        self.browser.setSource(target)

    def _contents_clicked(self, item: QListWidgetItem) -> None:
        self.show_page(str(item.data(Qt.ItemDataRole.UserRole)))

    def _source_changed(self, url: QUrl) -> None:
        self.note.clear()
        name = Path(url.toLocalFile()).name
        for row in range(self.contents.count()):
            if self.contents.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
                break
        self.setWindowTitle(tr("Hướng dẫn sử dụng") + " — " + self.browser.documentTitle()
                            if self.browser.documentTitle() else tr("Hướng dẫn sử dụng"))


def open_guide(owner: QWidget, key: str | None = None) -> HelpViewer:
    """F1: the guide at the page of `key` (the main window's page on screen), in the UI language; one
    viewer per window, brought to the front (and rebuilt when the UI language changed)."""
    viewer: HelpViewer | None = getattr(owner, "_help_viewer", None)
    if viewer is None or viewer.language != ui_language():
        if viewer is not None:
            viewer.close()
            viewer.deleteLater()
        viewer = HelpViewer(ui_language(), owner)
        owner._help_viewer = viewer  # type: ignore[attr-defined]
    viewer.show_page(page_for(key))
    viewer.show()
    viewer.activateWindow()
    return viewer
