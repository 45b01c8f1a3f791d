"""installer/build.py: what the wine smoke test leaves out must follow the pages."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_build():
    spec = importlib.util.spec_from_file_location("installer_build", ROOT / "installer" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_page_with_a_pdf_preview_is_skipped_under_wine() -> None:
    """Qt's pdfium stops with a breakpoint trap under wine 8 as soon as a QPdfDocument is made, so
    the wine smoke test skips exactly the pages that build one (and only those)."""
    from ccpropa_desktop.ui.main_window import PAGES

    pages = ROOT / "ccpropa_desktop" / "ui" / "pages"
    with_preview = {spec.key for spec in PAGES
                    if "pdf_preview" in (pages / f"{spec.module}.py").read_text(encoding="utf-8")}
    assert set(load_build().PDF_PREVIEW_PAGES.split(",")) == with_preview
