"""The last line of a Nơi nhận list: "- Lưu: VT, <drafting unit>[, copies]." (ND30 PL I II.9.d).

"VT" is the văn thư that files the original; the drafting unit ("NV", "CCHC") keeps the second
copy. Items here are bare, without the printed "- " and ";" (the documents add those).
"""

from __future__ import annotations

import re

from .text import fold

_ARCHIVE = re.compile(r"^-?\s*luu\s*(:|vt\b)")


def is_archive(item: str) -> bool:
    """"Lưu: VT, NV", "- Lưu: VT." … (not "Lưu trữ tỉnh", a recipient)."""
    return _ARCHIVE.match(fold(item.strip())) is not None


def archive_line(drafting_unit: str = "") -> str:
    """"Lưu: VT, NV"; "Lưu: VT" when the profile names no drafting unit."""
    unit = drafting_unit.strip().rstrip(" .;,")
    return f"Lưu: VT, {unit}" if unit else "Lưu: VT"


def with_archive(items: list[str], drafting_unit: str = "") -> list[str]:
    """``items`` ending with the archive line: the user's own moved last, else `archive_line` added."""
    archive = [i for i in items if is_archive(i)]
    return [i for i in items if not is_archive(i)] + (archive or [archive_line(drafting_unit)])
