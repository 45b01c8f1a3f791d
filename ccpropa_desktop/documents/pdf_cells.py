"""A light table-cell flowable for the PDF: plain text, greedy word wrap, measured once per width.

A reportlab ``Paragraph`` parses markup and re-breaks its lines every time the table around it is
measured, and a long appendix table is measured again at each page split: for 300 tasks that was
4,900 line-breakings of 1,800 cells and most of the render time. Cells hold plain text (user text,
never markup), so this flowable skips the parser, caches word widths and its lines per width, and
can split between lines when a row runs over a page (``splitInRow``).
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from reportlab.pdfbase.pdfmetrics import getAscent, stringWidth
from reportlab.platypus import Flowable

_SPACES = re.compile(r"[ \t]+")


@functools.lru_cache(maxsize=200_000)
def _width(word: str, font: str, size: float) -> float:
    return stringWidth(word, font, size)


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the column, cut into pieces that fit (at least one character each)."""
    pieces, current = [], ""
    for char in word:
        if current and _width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    return [*pieces, current] if current else pieces


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy line breaking: hard breaks kept, runs of spaces collapsed, long words cut."""
    space = _width(" ", font, size)
    lines: list[str] = []
    for raw in text.split("\n"):
        words = [w for w in _SPACES.split(raw.strip()) if w]
        line: list[str] = []
        used = 0.0
        for word in words:
            w = _width(word, font, size)
            if w > width:
                pieces = _break_word(word, font, size, width)
                if line:
                    lines.append(" ".join(line))
                lines.extend(pieces[:-1])
                line, used = [pieces[-1]], _width(pieces[-1], font, size)
                continue
            if line and used + space + w > width:
                lines.append(" ".join(line))
                line, used = [word], w
            else:
                used += (space if line else 0) + w
                line.append(word)
        if line or not words:
            lines.append(" ".join(line))
    while lines and not lines[-1]:
        lines.pop()
    return lines


class CellText(Flowable):
    """Plain text in a table cell, left-aligned or centred, drawn line by line.

    ``width`` is the cell's inner width (column minus padding). reportlab measures a cell at that
    width but splits it across pages at the column's full width (``Table._splitCell``); lines broken
    at the wider measure ran over the column rule, and could not be cut where the page ended, so the
    table did not fit (LayoutError). With ``width`` every measure uses the inner width.
    """

    def __init__(self, text: str, font: str, size: float, leading: float,
                 align: Literal["left", "center"] = "left", lines: list[str] | None = None,
                 width: float | None = None) -> None:
        super().__init__()
        self.text = text
        self.font = font
        self.size = size
        self.leading = leading
        self.align = align
        self.inner = width
        self._fixed = lines
        self._by_width: dict[float, list[str]] = {}
        self.lines: list[str] = []

    def _measure(self, avail_width: float) -> float:
        return avail_width if self.inner is None else min(avail_width, self.inner)

    def _lines_for(self, width: float) -> list[str]:
        if self._fixed is not None:
            return self._fixed
        key = round(width, 3)
        if key not in self._by_width:
            self._by_width[key] = wrap_lines(self.text, self.font, self.size, width)
        return self._by_width[key]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width = self._measure(avail_width)
        self.lines = self._lines_for(width)
        self.width = width
        self.height = len(self.lines) * self.leading
        return width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self._lines_for(self._measure(avail_width))
        fit = int(avail_height // self.leading)
        if fit <= 0 or fit >= len(lines):
            return []
        return [CellText(self.text, self.font, self.size, self.leading, self.align, lines[:fit], self.inner),
                CellText(self.text, self.font, self.size, self.leading, self.align, lines[fit:], self.inner)]

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        y = self.height - getAscent(self.font, self.size)
        for line in self.lines:
            if self.align == "center":
                canvas.drawCentredString(self.width / 2, y, line)
            else:
                canvas.drawString(0, y, line)
            y -= self.leading
