"""Where "Kính gửi:" (ô 9a) goes, shared by the PDF and DOCX renderers (spec §2, §3, §9).

ND30 II.9.d: one addressee on the same line ("Kính gửi: Sở Nội vụ tỉnh Sơn La."); several: "Kính
gửi:" alone, then one per line starting "- ", the dashes aligned under the colon. The official
layout puts the block below the trích yếu, centre-right (≈ 41–85 % of the text width): the block is
centred in that band, and a block too wide for it ends where the band ends.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import fonts
from . import nd30 as N

LABEL = "Kính gửi:"
BAND = (0.41, 0.85)  # share of the text width (official layout diagram, spec §2)


@dataclass(frozen=True)
class Line:
    text: str
    left: float  # left indent of the paragraph, points from the text area's left edge
    first: float  # first-line indent relative to ``left`` (negative: hanging)


def layout(recipients: list[str], width: float, size: float = N.BODY_SIZE) -> list[Line]:
    """Paragraphs for the Kính gửi block; continuation lines of a long item hang under its text."""
    items = [r for r in recipients if r.strip()]
    if not items:
        return []
    label_w = fonts.width(LABEL, size)
    space_w = fonts.width(" ", size)
    if len(items) == 1:
        head_w = label_w + space_w
        block = head_w + fonts.width(items[0], size)
        left = _left(block, width)
        return [Line(f"{LABEL} {items[0]}", left + head_w, -head_w)]
    colon = fonts.width(LABEL[:-1], size)  # the dash starts where the colon does
    dash_w = fonts.width("- ", size)
    block = colon + max(fonts.width(i, size) for i in items)
    left = _left(block, width)
    lines = [Line(LABEL, left, 0.0)]
    lines += [Line(item, left + colon + dash_w, -dash_w) for item in items]
    return lines


def _left(block: float, width: float) -> float:
    """Centred in the 41–85 % band when it fits there; a wider block ends where the band ends;
    never left of the margin (a block wider than the text wraps)."""
    low, high = BAND[0] * width, BAND[1] * width
    if block <= high - low:
        return (low + high - block) / 2
    return max(0.0, high - block)
