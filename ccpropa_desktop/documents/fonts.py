"""Times New Roman for documents: the PC's own when installed, else the bundled metric twin.

Registered once per process under the family "TNR" (TNR, TNR-Bold, TNR-Italic, TNR-BoldItalic) so
``<b>``/``<i>`` in reportlab markup select the right face. DOCX always names "Times New Roman".
"""

from __future__ import annotations

import functools
import os
import re
import sys
from pathlib import Path
from typing import Any

from ccpropa_desktop.paths import resources_dir

FAMILY = "TNR"
FACES = {"regular": FAMILY, "bold": f"{FAMILY}-Bold", "italic": f"{FAMILY}-Italic",
         "bolditalic": f"{FAMILY}-BoldItalic"}
DOCX_FONT = "Times New Roman"

_SYSTEM_CANDIDATES = [
    # Windows
    {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf", "bolditalic": "timesbi.ttf"},
    # Linux msttcorefonts
    {"regular": "Times_New_Roman.ttf", "bold": "Times_New_Roman_Bold.ttf",
     "italic": "Times_New_Roman_Italic.ttf", "bolditalic": "Times_New_Roman_Bold_Italic.ttf"},
]
_BUNDLED = {"regular": "LiberationSerif-Regular.ttf", "bold": "LiberationSerif-Bold.ttf",
            "italic": "LiberationSerif-Italic.ttf", "bolditalic": "LiberationSerif-BoldItalic.ttf"}


def _system_font_dirs() -> list[Path]:
    dirs = []
    windir = os.environ.get("WINDIR")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    dirs += [Path("/usr/share/fonts/truetype/msttcorefonts"), Path.home() / ".fonts"]
    return dirs


def font_files() -> dict[str, Path]:
    """The four face files in use: system Times New Roman if complete, else Liberation Serif.

    ``CCPROPA_BUNDLED_FONT=1`` forces the bundled face (tests, reproducible issued versions).
    """
    if not os.environ.get("CCPROPA_BUNDLED_FONT"):
        for folder in _system_font_dirs():
            for names in _SYSTEM_CANDIDATES:
                paths = {k: folder / v for k, v in names.items()}
                if all(p.is_file() for p in paths.values()):
                    return paths
    folder = resources_dir() / "fonts"
    return {k: folder / v for k, v in _BUNDLED.items()}


@functools.cache
def register() -> str:
    """Register the TNR family with reportlab (once); returns the family name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    files = font_files()
    for key, face in FACES.items():
        pdfmetrics.registerFont(TTFont(face, str(files[key])))
    addMapping(FAMILY, 0, 0, FACES["regular"])
    addMapping(FAMILY, 1, 0, FACES["bold"])
    addMapping(FAMILY, 0, 1, FACES["italic"])
    addMapping(FAMILY, 1, 1, FACES["bolditalic"])
    return FAMILY


def face(bold: bool = False, italic: bool = False) -> str:
    register()
    if bold and italic:
        return FACES["bolditalic"]
    if bold:
        return FACES["bold"]
    if italic:
        return FACES["italic"]
    return FACES["regular"]


def width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """Printed width in points (same metrics as Times New Roman)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, face(bold, italic), size)


# -- a whole process's start (the CLI's `plan render`) -----------------------------------------------
class _DeferredPattern:
    """A regular expression compiled on its first use."""

    def __init__(self, compile_: Any, pattern: str, flags: int) -> None:
        self._args = (compile_, pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            compile_, pattern, flags = self._args
            self._compiled = compile_(pattern, flags)
        return getattr(self._compiled, name)


def _compile_deferring_wide(compile_: Any, pattern: Any, flags: int = 0) -> Any:
    # A case-insensitive class up to U+FFFF costs ≈ 25 ms to compile (re folds every code point).
    if isinstance(pattern, str) and flags & re.IGNORECASE and "\uffff" in pattern:
        return _DeferredPattern(compile_, pattern, int(flags))
    return compile_(pattern, flags)


class _DeferringLoader:
    """Runs a module's code with `re.compile` deferring the wide patterns (see `defer_import_costs`)."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def create_module(self, spec: Any) -> Any:
        return self._inner.create_module(spec)

    def exec_module(self, module: Any) -> None:
        compile_ = re.compile
        re.compile = functools.partial(_compile_deferring_wide, compile_)  # type: ignore[assignment]
        try:
            self._inner.exec_module(module)
        finally:
            re.compile = compile_

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


class _WidePatternFinder:
    """Finds `module` as the other finders do, and wraps its (plain source or bytecode) loader."""

    def __init__(self, module: str) -> None:
        self.module = module

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if name != self.module:
            return None
        from importlib.machinery import SourceFileLoader, SourcelessFileLoader

        sys.meta_path.remove(self)
        for finder in sys.meta_path:
            find = getattr(finder, "find_spec", None)
            spec = find(name, path, target) if find is not None else None
            if spec is not None:
                if isinstance(spec.loader, SourceFileLoader | SourcelessFileLoader):
                    spec.loader = _DeferringLoader(spec.loader)
                return spec
        return None


DEFERRED_MODULES = ("PIL.Image", "urllib.request")
"""Imported when reportlab loads, by reportlab.lib.utils (`from PIL import Image`, for pictures) and
by xml.sax.saxutils (`import urllib.request`, for URLs; with http.client, email, ssl), and used in
none of our documents: ≈ 35 ms of a `plan render` process."""


def _defer_module(name: str) -> None:
    """Put a stand-in for `name` in sys.modules that imports the module when one of its attributes is
    first read (PEP 562's module `__getattr__`), under a lock. Unlike importlib's LazyLoader it also
    survives a plain `import package.module`, which reads the module's `__spec__`."""
    import importlib
    import importlib.util
    import threading
    import types

    parent_name, _, child = name.rpartition(".")
    try:
        parent = importlib.import_module(parent_name)
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return
    if spec is None or name in sys.modules:
        return
    stand_in = types.ModuleType(name)
    stand_in.__spec__ = spec
    stand_in.__loader__ = spec.loader
    stand_in.__file__ = spec.origin
    lock = threading.Lock()

    def load(attr: str) -> Any:
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)  # a probe (`__path__`, `__wrapped__`…) loads nothing
        with lock:
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
                if getattr(parent, child, None) is stand_in:
                    delattr(parent, child)
            module = importlib.import_module(name)
        return getattr(module, attr)

    stand_in.__getattr__ = load  # type: ignore[method-assign]
    sys.modules[name] = stand_in
    setattr(parent, child, stand_in)


def defer_import_costs() -> None:
    """Keep what reportlab's import pays for and our documents never use off a short process: its
    one very wide pattern (reportlab.platypus.paragraph's `uri_pat`, for links) is compiled on first
    use, and `DEFERRED_MODULES` are imported when first used. For the command line: the window
    imports reportlab in worker threads, mid-session, where none of this matters. Does nothing once
    reportlab is imported."""
    if "reportlab.platypus.paragraph" in sys.modules:
        return
    sys.meta_path.insert(0, _WidePatternFinder("reportlab.platypus.paragraph"))
    for name in DEFERRED_MODULES:
        if name not in sys.modules:
            _defer_module(name)
