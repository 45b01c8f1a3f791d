"""Start the window: QApplication, language, store, main window; or take a screenshot and exit.

Start-up imports only what the first page needs: the window starts on the store's first look
(`AppContext.start`) and opens the store in full (sqlite-utils, health check, migrations, daily
backup) once the first page is painted (`after_first_paint`); a page built before then opens it
itself, on demand (`AppContext.store`).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ccpropa_desktop import __version__, paths
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.ui import i18n
from ccpropa_desktop.ui.collector import collect_on_gui_thread
from ccpropa_desktop.ui.context import UI_SETTINGS_FILE, AppContext
from ccpropa_desktop.ui.errors import install_excepthook, set_recovery_handler
from ccpropa_desktop.ui.main_window import MainWindow, available_pages
from ccpropa_desktop.ui.startup import resume_collection
from ccpropa_desktop.ui.window_fit import fit_to_screen, keep_on_screen

if TYPE_CHECKING:
    from ccpropa_desktop.ui.recovery import RecoveryWindow

SCREEN = (1366, 768)
"""The common office screen; screenshots are taken at this size."""

DIALOGS = {"wizard": ("plans", "open_wizard"), "report_issue": ("reports", "open_issue_dialog"),
           "aggregate_issue": ("aggregate", "open_issue_dialog")}
"""Screenshot targets that are dialogs: name → (page that opens it, method returning the dialog)."""


class _Unparsed(Exception):
    """The command line asks for help or holds a mistake: the Vietnamese parser answers it."""


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _Unparsed(message)


def _parser(cls: type[argparse.ArgumentParser], **options: Any) -> argparse.ArgumentParser:
    parser = cls(prog="ccpropa-desktop", description="Tuyên truyền cải cách hành chính", **options)
    parser.add_argument("file", nargs="?", metavar="TỆP",
                        help="tệp cần mở: gói báo cáo .ccpr (Tổng hợp) hoặc kế hoạch cấp trên .docx/.txt")
    parser.add_argument("--data-dir", help="thư mục dữ liệu")
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES), help="ngôn ngữ giao diện")
    parser.add_argument("--screenshot", metavar="PNG", help="chụp màn hình cửa sổ vào tệp rồi thoát")
    parser.add_argument("--page", default=None,
                        help="trang mở đầu (unit, templates, plans, wizard, editor, issue, …)")
    parser.add_argument("--selftest", action="store_true",
                        help="tự kiểm tra bản cài đặt, kể cả mở từng trang của cửa sổ, rồi thoát")
    parser.add_argument("--version", action="version", version=f"ccpropa-desktop {__version__}",
                        help="in số phiên bản rồi thoát")
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The window's options. A command line that parses goes through plain argparse; help and
    mistakes through the Vietnamese parser (cli/argparse_vi.py), imported only then (≈ 3 ms of every
    start otherwise)."""
    try:
        return _parser(_QuietParser, add_help=False).parse_args(list(argv))
    except _Unparsed:
        from ccpropa_desktop.cli.argparse_vi import VietnameseArgumentParser

        return _parser(VietnameseArgumentParser).parse_args(list(argv))


def build_window(ctx: AppContext, app: QApplication, language: str | None = None,
                 deferred: bool = False) -> MainWindow:
    i18n.install(app, language or ctx.setting("language", i18n.DEFAULT_LANGUAGE))
    return MainWindow(ctx, deferred)


def wait_until_ready(widget_ready: Callable[[], bool], timeout: float = 20.0) -> bool:
    """Let the event loop run until the page says it is ready and no background task is running."""
    from ccpropa_desktop.ui import tasks

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if widget_ready() and not tasks.busy():
            for _ in range(5):
                QCoreApplication.processEvents()
            return True
        time.sleep(0.02)
    return False


def take_screenshot(window: MainWindow, page: str | None, out: Path) -> int:
    window.resize(*SCREEN)
    window.show()
    target: QWidget = window
    if page in DIALOGS:
        page_key, method = DIALOGS[page]
        shown = window.show_page(page_key)
        wait_until_ready(shown.is_ready)
        target = getattr(shown, method)() or window  # None: nothing to open it on (no plan yet)
        target.show()
        ready = getattr(target, "is_ready", lambda: True)
    else:
        shown = window.show_page(page or window.start_page())
        ready = shown.is_ready
    if not wait_until_ready(ready):
        sys.stderr.write("Trang chưa sẵn sàng sau 20 giây; vẫn chụp.\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    if not target.grab().save(str(out)):
        sys.stderr.write(f"Lỗi: không ghi được ảnh {out}\n")
        return 2
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.selftest:
        # Paused for the window's start (ui/startup.py); the self-test's window checks collect on the
        # GUI thread (ui/collector.py), its other checks as any program does.
        resume_collection()
        from ccpropa_desktop.ui.selftest import run_selftest

        return run_selftest(args.lang)
    if args.screenshot and sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a screenshot needs no screen
    app = QApplication.instance() or QApplication([sys.argv[0]])
    collect_on_gui_thread(app)  # never in a worker thread (ui/collector.py); its first pass follows the paint
    app.setApplicationName("ccpropa-desktop")
    app.setWindowIcon(QIcon(str(paths.resources_dir() / "icons" / "ccpropa.png")))
    folder = paths.data_dir(args.data_dir)
    install_excepthook(folder / "logs")
    shell = Shell(app, folder, args.lang)
    if args.page and args.page not in DIALOGS and args.page not in {s.key for s in available_pages()}:
        sys.stderr.write(f"Lỗi: không có trang «{args.page}».\n")
        return 2
    if args.screenshot:
        return screenshot(shell, args.page, Path(args.screenshot))
    shell.start(args.page, Path(args.file) if args.file else None)
    code = app.exec()
    shell.close()
    return code


def screenshot(shell: Shell, page: str | None, out: Path) -> int:
    """`--screenshot`: the store opened in full first (the page as a session shows it), then the grab."""
    try:
        ctx = AppContext.open(shell.folder)
    except UserError as exc:  # damaged, empty, locked…: the recovery page instead of the pages
        recovery = shell.show_recovery(exc)
        code = save_grab(recovery, out)
        recovery.close()
        return code
    window = build_window(ctx, shell.app, shell.language)
    code = take_screenshot(window, page, out)
    window.close()
    ctx.close()
    return code


class Shell:
    """Which window is up: the main window on the open store, or the recovery page when the store
    cannot be opened, at start-up or when it turns out damaged mid-session; moves between them (the new
    window is shown before the old one closes, so the application does not quit in between)."""

    def __init__(self, app: QApplication, folder: Path, language: str | None) -> None:
        self.app = app
        self.folder = folder
        self.language = language
        self.ctx: AppContext | None = None
        self.window: MainWindow | None = None
        self.recovery: RecoveryWindow | None = None

    def start(self, page: str | None = None, file: Path | None = None) -> MainWindow | RecoveryWindow:
        """The window's start: the main window on the store's first look (its full open follows the
        first paint), or the recovery page when the store cannot be opened (damaged, empty, locked…)."""
        try:
            ctx = AppContext.start(self.folder)
        except UserError as exc:
            return self.show_recovery(exc)
        return self.show_main(ctx, None, page, file)

    def show_main(self, ctx: AppContext, window: MainWindow | None = None, page: str | None = None,
                  file: Path | None = None) -> MainWindow:
        self.ctx = ctx
        window = window or build_window(ctx, self.app, self.language, deferred=True)
        set_recovery_handler(self.show_recovery, ctx.data_dir / paths.DB_FILENAME)
        geometry = ctx.setting("window/geometry")
        if geometry:
            window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
            keep_on_screen(window)
        else:
            fit_to_screen(window)  # the title bar and the status bar on screen, above the taskbar
        window.show_page(page or window.start_page())
        window.show()
        self.window = window
        after_first_paint(window, lambda: self._after_first_paint(window))
        if not ctx.store_open:
            after_first_paint(window, lambda: self._finish_opening(ctx))
        if file is not None:
            window.open_file(file)
        return window

    def _after_first_paint(self, window: MainWindow) -> None:
        """What the first page's paint did without: the window's remaining set-up
        (MainWindow.finish_start) and a visible focus."""
        from ccpropa_desktop.ui.widgets import focus_ring

        window.finish_start()
        focus_ring.install(self.app)

    def _finish_opening(self, ctx: AppContext) -> None:
        """The deferred part of the start: open the store in full (unless a page did already); a store
        that turns out damaged then brings up the recovery page, as at start-up. On this thread: a
        worker importing the store's modules would contend with a click importing them here on
        Python's module locks, and gain nothing (both hold the GIL)."""
        if self.ctx is not ctx:
            return  # the recovery page took over meanwhile
        try:
            ctx.open_now()
        except UserError as exc:
            self.show_recovery(exc)

    def show_recovery(self, problem: UserError) -> RecoveryWindow:
        from ccpropa_desktop.ui.recovery import RecoveryWindow

        old, self.window = self.window, None
        if self.ctx is not None:
            language = self.ctx.setting("language", i18n.DEFAULT_LANGUAGE)
        else:
            ini = QSettings(str(self.folder / UI_SETTINGS_FILE), QSettings.Format.IniFormat)
            language = str(ini.value("language") or i18n.DEFAULT_LANGUAGE)
        i18n.install(self.app, self.language or language)
        self.recovery = RecoveryWindow(self.folder, problem, self._recovered)
        self.recovery.resize(*SCREEN)
        self.recovery.show()
        if old is not None:
            old.close()
            old.deleteLater()
        if self.ctx is not None:
            self.ctx.close()
            self.ctx = None
        set_recovery_handler(None)
        return self.recovery

    def _recovered(self, ctx: AppContext) -> None:
        self.show_main(ctx)

    def close(self) -> None:
        set_recovery_handler(None)
        if self.ctx is not None:
            self.ctx.close()
            self.ctx = None


def save_grab(widget: QWidget, out: Path) -> int:
    widget.resize(*SCREEN)
    widget.show()
    wait_until_ready(lambda: True)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(out)):
        sys.stderr.write(f"Lỗi: không ghi được ảnh {out}\n")
        return 2
    return 0


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], None], latest_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._then is not None:
            QTimer.singleShot(0, self, self._fire)  # after the whole paint pass, children included
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._widget.removeEventFilter(self)
            then()


def after_first_paint(widget: QWidget, then: Callable[[], None], latest_ms: int = 1000) -> None:
    """Call `then` once from the event loop, as soon as `widget` (a top-level window) has been painted,
    or after `latest_ms` should no paint come (a window started minimised). A zero timer alone would
    run before the first paint: the event loop runs timers before the window's first update."""
    _AfterFirstPaint(widget, then, latest_ms)
