"""`ccpropa-desktop --selftest`: the command line's checks, then the window offscreen on every page.

The window is built on the self-test's temporary data folder (a unit and a plan from every built-in
template), in both languages, so a missing Qt plugin, translation or page module shows up here
rather than on the officer's screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ccpropa_desktop.services import selftest
from ccpropa_desktop.services.selftest import Check

SKIP_ENV = "CCPROPA_SELFTEST_SKIP_PAGES"
"""Pages (comma-separated keys) the window check leaves out, each still listed as "BỎ QUA". The wine
smoke test sets it for the pages with a PDF preview: Qt's pdfium stops with a breakpoint trap as soon
as a QPdfDocument is made under wine 8, which real Windows does not do."""

REPORT_FILE = "ccpropa-desktop-selftest.txt"
"""Where the report goes when the window program has no console (the frozen, windowed exe)."""


def window_checks(folder: Path, languages: tuple[str, ...] = ("vi", "en")) -> Iterator[Check]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ccpropa_desktop.ui import i18n
    from ccpropa_desktop.ui.app import SCREEN, build_window
    from ccpropa_desktop.ui.collector import collect_on_gui_thread
    from ccpropa_desktop.ui.context import AppContext

    app = QApplication.instance() or QApplication([sys.argv[0]])
    collect_on_gui_thread(app)  # the pages render in worker threads (ui/collector.py)
    skipped = {key.strip() for key in os.environ.get(SKIP_ENV, "").split(",") if key.strip()}
    for language in languages:
        catalogs = [name for name in i18n.catalogs(language)
                    if not (selftest.paths.translations_dir() / f"{name}.qm").is_file()]
        yield Check(f"bản dịch giao diện «{language}»", not catalogs,
                    ("thiếu: " + ", ".join(catalogs)) if catalogs else "")
        ctx = AppContext.open(folder)
        try:
            window = build_window(ctx, app, language)  # type: ignore[arg-type]
            window.resize(*SCREEN)
            window.show()
            for spec in window.specs:
                name = f"mở trang «{spec.key}» ({language})"
                if spec.key in skipped:
                    yield Check(name, True, f"BỎ QUA theo {SKIP_ENV}")
                    continue
                yield selftest.run_check(name, _page_check(window, spec.key))
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            ctx.close()


def _page_check(window: Any, key: str) -> Callable[[], str]:
    from ccpropa_desktop.ui.app import wait_until_ready

    def show() -> str:
        page = window.show_page(key)
        if not wait_until_ready(page.is_ready, timeout=30):
            raise TimeoutError("trang chưa sẵn sàng sau 30 giây")
        image = window.grab()
        if image.isNull() or image.width() < 100:
            raise ValueError("không chụp được cửa sổ")
        return f"{image.width()}×{image.height()}"

    return show


def run_selftest(language: str | None = None) -> int:
    """Print the report (or write it to a file when there is no console); exit 0, or 1 on a failure."""
    languages = (language,) if language else ("vi", "en")
    checks = selftest.run_checks(lambda folder: window_checks(folder, languages))
    text, code = selftest.report(checks)
    stream = sys.stdout
    if stream is None:  # a windowed exe has no console: leave the report where it can be found
        path = Path(tempfile.gettempdir()) / REPORT_FILE
        path.write_text(text, encoding="utf-8")
        return code
    if hasattr(stream, "reconfigure"):
        stream.reconfigure(encoding="utf-8")
    stream.write(text)
    stream.flush()
    return code
