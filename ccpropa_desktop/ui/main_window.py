"""The shell: navigation on the left, one workflow page at a time on the right, a status bar.

Pages are imported and built the first time they are shown, so start-up pays only for the first.
A window started by the app (`deferred=True`, ui/app.py) leaves what its first paint does not show
to `finish_start()`, called after that paint: the style that makes room for the marks, the menus'
commands, the find shortcut of the pages built so far. Until then it takes from Qt only what
ui/lean_qt.py allows.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, QThreadPool
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ccpropa_desktop.ui.context import AppContext
from ccpropa_desktop.ui.page import Page
from ccpropa_desktop.ui.widgets.mark_room import fit_label, row_height

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from ccpropa_desktop.ui.widgets.find_bar import FindBar, Target
    from ccpropa_desktop.ui.widgets.saved_bar import SavedBar


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


PACKAGE_SUFFIXES = {".ccpr"}
TEMPLATE_SUFFIXES = {".docx", ".pdf", ".txt", ".ccpt"}


def find_target(page: Page) -> Target | None:
    """What Ctrl+F searches on `page`: what the page names (`find_target()`), else its main list."""
    from ccpropa_desktop.ui.widgets.find_bar import largest_view

    named = getattr(page, "find_target", None)
    return named() if callable(named) else largest_view(page)


class PageSpec(NamedTuple):
    key: str
    label: str  # Vietnamese source string, marked for lupdate, translated at display time
    module: str  # under ccpropa_desktop.ui.pages
    cls: str


PAGES = (
    PageSpec("unit", QT_TRANSLATE_NOOP("MainWindow", "Hồ sơ đơn vị"), "unit_profile", "UnitProfilePage"),
    PageSpec("templates", QT_TRANSLATE_NOOP("MainWindow", "Kế hoạch mẫu"), "templates", "TemplatesPage"),
    PageSpec("plans", QT_TRANSLATE_NOOP("MainWindow", "Kế hoạch"), "plans", "PlansPage"),
    PageSpec("editor", QT_TRANSLATE_NOOP("MainWindow", "Soạn kế hoạch"), "plan_editor", "PlanEditorPage"),
    PageSpec("issue", QT_TRANSLATE_NOOP("MainWindow", "Ban hành và in"), "issue", "IssuePage"),
    PageSpec("tracking", QT_TRANSLATE_NOOP("MainWindow", "Theo dõi thực hiện"), "tracking", "TrackingPage"),
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Báo cáo"), "reports", "ReportsPage"),
    PageSpec("aggregate", QT_TRANSLATE_NOOP("MainWindow", "Tổng hợp đơn vị"), "aggregate", "AggregatePage"),
    PageSpec("settings", QT_TRANSLATE_NOOP("MainWindow", "Cài đặt"), "settings", "SettingsPage"),
)


def available_pages() -> list[PageSpec]:
    """The pages whose module exists (a page lands with its workflow)."""
    return [spec for spec in PAGES
            if importlib.util.find_spec(f"ccpropa_desktop.ui.pages.{spec.module}") is not None]


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, deferred: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.started = False
        self._unfinished: list[Page] = []  # pages built before `finish_start`
        self.setWindowTitle(tr("Tuyên truyền cải cách hành chính"))
        self.setMinimumSize(1000, 600)
        self.specs = available_pages()
        self.pages: dict[str, Page] = {}

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 11pt; }"
                               "QListWidget#navigation::item { padding: 8px 10px; }")
        font = self.nav.font()
        font.setPointSizeF(11)
        # Rows sized here, not by the style: their padding holds the marks, and they do not grow when
        # the style that makes room for them comes (after the first paint).
        item_size = QSize(0, row_height(font, padding=2 * 8))  # the style sheet's padding
        for spec in self.specs:
            item = QListWidgetItem(tr(spec.label))
            item.setSizeHint(item_size)
            self.nav.addItem(item)
        self.stack = QStackedWidget()
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(body, 1)
        self.body = body
        # The find bar (Ctrl+F: a page's list, table or PDF preview) and the export bar (open the file
        # or its folder) go under the page, built when first needed: start-up pays for neither.
        self.bars = column
        self._read_only_banner: QLabel | None = None
        self._find_bar: FindBar | None = None
        self._saved_bar: SavedBar | None = None
        self.setCentralWidget(central)
        self.update_read_only_banner()
        # The menus' titles now (they set the menu bar's height), their commands in `finish_start`.
        self.file_menu = self.menuBar().addMenu(tr("&Tệp"))
        self.help_menu = self.menuBar().addMenu(tr("Trợ &giúp"))
        self.folder_label = QLabel(tr("Dữ liệu: {0}").format(ctx.data_dir))
        fit_label(self.folder_label)  # the status bar is as tall as its label: room for the marks
        self.statusBar().addPermanentWidget(self.folder_label)

        self.nav.currentRowChanged.connect(self._show_row)
        ctx.navigate.connect(self.show_page)
        ctx.plan_opened.connect(self._plan_opened)
        ctx.unit_changed.connect(self.update_read_only_banner)  # also after a restore reopens the store
        ctx.store_opened.connect(self.update_read_only_banner)  # the deferred open at start-up (ui/app.py)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ctx.file_saved.connect(lambda path: self.saved_bar.show_saved(path))
        if not deferred:
            self.finish_start()

    def finish_start(self) -> None:
        """What the first paint does not show (module docstring): at once for a window not
        `deferred`, else after its first paint; once."""
        if self.started:
            return
        self.started = True
        from ccpropa_desktop.ui.widgets import text_fit

        text_fit.install()  # rows and headers with room for the marks over capitals ("Ủy", not "Uy")
        self._add_commands()
        unfinished, self._unfinished = self._unfinished, []
        for page in unfinished:
            self._finish_page(page)

    def _finish_page(self, page: Page) -> None:
        from ccpropa_desktop.ui.widgets.find_bar import add_find_action

        if not hasattr(page, "open_find"):  # the editor has its own find and replace
            add_find_action(page, lambda: self.find_bar, lambda p=page: find_target(p))

    @property
    def read_only_banner(self) -> QLabel:
        """Says on top that the store is open read-only (read-only folder, full disk, a newer
        version's store); built the first time it is needed."""
        if self._read_only_banner is None:
            from PySide6.QtCore import Qt

            banner = QLabel()
            banner.setObjectName("read_only_banner")
            banner.setWordWrap(True)
            banner.setTextFormat(Qt.TextFormat.PlainText)
            banner.setStyleSheet("QLabel#read_only_banner { background: #fff4e5; color: #5c3b00; "
                                 "border-bottom: 1px solid #f0b35a; padding: 6px 10px; }")
            banner.hide()
            self.bars.insertWidget(0, banner)
            self._read_only_banner = banner
        return self._read_only_banner

    @property
    def find_bar(self) -> FindBar:
        if self._find_bar is None:
            from ccpropa_desktop.ui.widgets.find_bar import FindBar

            self._find_bar = FindBar()
            self.bars.insertWidget(self.bars.indexOf(self.body) + 1, self._find_bar)  # under the page, above
            # the export bar
        return self._find_bar

    @property
    def saved_bar(self) -> SavedBar:
        if self._saved_bar is None:
            from ccpropa_desktop.ui.widgets.saved_bar import SavedBar

            self._saved_bar = SavedBar()
            self.bars.addWidget(self._saved_bar)
        return self._saved_bar

    def update_read_only_banner(self) -> None:
        reason = self.ctx.read_only
        if not reason and self._read_only_banner is None:
            return
        self.read_only_banner.setVisible(bool(reason))
        if reason:
            self.read_only_banner.setText(tr("Chế độ chỉ đọc: xem, in và xuất được; mọi thay đổi bị từ chối. "
                                             "Lý do: {0}.").format(reason))

    def _add_commands(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        quit_action = QAction(tr("&Thoát"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.file_menu.addAction(quit_action)
        guide = QAction(tr("&Hướng dẫn sử dụng"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        guide.triggered.connect(self.open_guide)
        self.help_menu.addAction(guide)
        about = QAction(tr("&Giới thiệu"), self)
        about.triggered.connect(self._about)
        self.help_menu.addAction(about)

    def open_guide(self) -> QWidget:
        """F1: the user guide, at the page of the workflow on screen (ui/help_viewer.py)."""
        from ccpropa_desktop.ui.help_viewer import open_guide

        return open_guide(self, self.current_key() if self.nav.currentRow() >= 0 else None)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, tr("Giới thiệu"), tr(
            "Phần mềm lập kế hoạch, theo dõi và báo cáo tuyên truyền cải cách hành chính, "
            "văn bản đúng thể thức Nghị định 30/2020/NĐ-CP. Không cần kết nối mạng."))

    def has_page(self, key: str) -> bool:
        return any(s.key == key for s in self.specs)

    def _plan_opened(self, _plan_id: int) -> None:
        if self.has_page("editor"):
            self.show_page("editor")

    def start_page(self) -> str:
        """First run (no unit profile yet): the profile page; otherwise the plans."""
        if not self.ctx.has_unit():
            return "unit"
        return "plans" if self.has_page("plans") else self.specs[0].key

    def page(self, key: str) -> Page:
        """The page with this key, built on first use."""
        if key not in self.pages:
            spec = next(s for s in self.specs if s.key == key)
            module = importlib.import_module(f"ccpropa_desktop.ui.pages.{spec.module}")
            page = getattr(module, spec.cls)(self.ctx)
            page.setObjectName(f"page_{key}")
            if self.started:
                self._finish_page(page)
            else:
                self._unfinished.append(page)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        row = next(i for i, s in enumerate(self.specs) if s.key == key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # → _show_row
        else:
            self._show_row(row)
        return self.pages[key]

    def open_file(self, path: Path) -> Page | None:
        """A file opened with the app (file association, `ccpropa-desktop FILE`): a report package
        goes to the aggregate page, a province's plan to the template import."""
        from PySide6.QtWidgets import QMessageBox

        suffix = path.suffix.lower()
        if not path.is_file():
            QMessageBox.warning(self, tr("Không mở được tệp"), tr("Không tìm thấy tệp {0}.").format(path))
            return None
        if suffix in PACKAGE_SUFFIXES and self.has_page("aggregate"):
            page = self.show_page("aggregate")
            page.open_package(path)  # type: ignore[attr-defined]
            return page
        if suffix in TEMPLATE_SUFFIXES and self.has_page("templates"):
            page = self.show_page("templates")
            page.import_file(path)  # type: ignore[attr-defined]
            return page
        QMessageBox.warning(self, tr("Không mở được tệp"), tr(
            "Không mở được tệp {0}: chương trình mở gói báo cáo (.ccpr) và kế hoạch của cấp trên "
            "(.docx, .pdf, .txt, gói kế hoạch mẫu .ccpt).").format(path.name))
        return None

    def current_key(self) -> str:
        return self.specs[self.nav.currentRow()].key

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(self.specs[row].key)
        if self.stack.currentWidget() is not page and self._find_bar is not None:
            self._find_bar.close_bar()
        self.stack.setCurrentWidget(page)
        page.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.set_setting("window/geometry", self.saveGeometry().toBase64().data().decode("ascii"))
        self.stop_printing()
        super().closeEvent(event)

    def stop_printing(self) -> None:
        """A print under way when the window closes is cancelled after its current page, and waited
        for: the printer must not go while a worker still paints on it."""
        printings = [p.printing for p in self.pages.values() if getattr(p, "printing", None) is not None]
        busy = [printing for printing in printings if printing.busy]
        for printing in busy:
            printing.progress.cancel()
        if busy:
            QThreadPool.globalInstance().waitForDone(30_000)
