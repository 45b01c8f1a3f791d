"""Characters the print face lacks: refuse with a message that says where, never print boxes.

Times New Roman (and its bundled twin) covers Vietnamese and common punctuation, not emoji or CJK.
reportlab would draw such characters as empty boxes that extract as U+0000, silently changing the
text of an official document, so the PDF renderer checks first and names the place to fix.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator

from ccpropa_desktop.errors import UserError

from . import fonts
from .formats import printable
from .model import AppendixHeading, Document, Header, KinhGui, Paragraph, Signature, TaskTable, Title


@functools.cache
def _covered() -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    faces = [pdfmetrics.getFont(fonts.face(b, i)).face for b in (False, True) for i in (False, True)]
    common = set(faces[0].charToGlyph)
    for face in faces[1:]:
        common &= set(face.charToGlyph)
    return frozenset(common)


@functools.cache
def _covered_chars() -> frozenset[str]:
    return frozenset(map(chr, _covered()))


def missing(text: str) -> list[str]:
    """Characters of `text` (as printed) that some face of the family lacks, in order, once each."""
    printed = printable(text)
    covered = _covered_chars()
    if covered.issuperset(printed):  # the usual case, at C speed
        return []
    return [ch for ch in dict.fromkeys(printed) if ch not in covered and not ch.isspace()]


def _places(document: Document) -> Iterator[tuple[str, str]]:
    """(where, text) for every piece of text, `where` in words an officer can find."""
    for block in document.text_blocks():
        if isinstance(block, Header):
            for line in [*block.parent_lines, *block.name_lines]:
                yield "tên cơ quan ở đầu văn bản", line
            for line in (block.number_line, block.date_line):
                if line:
                    yield "số, ký hiệu hoặc địa danh", line
        elif isinstance(block, Title):
            for line in [*block.lines, block.note, *block.after]:
                yield "trích yếu", line
        elif isinstance(block, Paragraph):
            yield "đoạn văn", block.printed
        elif isinstance(block, KinhGui):
            for line in block.recipients:
                yield "Kính gửi", line
        elif isinstance(block, Signature):
            for line in [*block.authority_lines, block.name]:
                yield "chữ ký", line
            for line in block.recipients:
                yield "Nơi nhận", line
        elif isinstance(block, AppendixHeading):
            for line in (block.label, block.title, block.attached_line):
                yield "tiêu đề phụ lục", line
        elif isinstance(block, TaskTable):
            for row in block.rows:
                for column, text in zip(block.columns[1:], row[1:], strict=False):
                    yield f"phụ lục, nhiệm vụ {row[0]}, cột «{column.label}»", text


def check_printable(document: Document) -> None:
    """Raise a UserError naming the first place with a character the face cannot print."""
    for where, text in _places(document):
        chars = missing(text)
        if chars:
            shown = ", ".join(f"«{c}» (U+{ord(c):04X} {unicodedata.name(c, '').lower()})".replace(" )", ")")
                              for c in chars[:3])
            snippet = printable(text).replace("\n", " ")
            snippet = snippet if len(snippet) <= 60 else snippet[:57] + "…"
            raise UserError(
                "glyph_missing",
                f"Không in được {where}: «{snippet}» có ký tự mà phông Times New Roman không có: {shown}. "
                "Hãy xóa hoặc thay ký tự đó (biểu tượng cảm xúc, chữ Hán…) rồi in lại.",
                where=where, chars="".join(chars))
