"""Times New Roman for documents: the PC's own when installed, else the bundled metric twin.

Registered once per process under the family "TNR" (TNR, TNR-Bold, TNR-Italic, TNR-BoldItalic) so
``<b>``/``<i>`` in reportlab markup select the right face. DOCX always names "Times New Roman".
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

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
