"""Where "Kính gửi:" (ô 9a) goes, shared by the PDF and DOCX renderers (spec §2, §3, §9).

ND30 II.9.d: one addressee on the same line ("Kính gửi: Sở Nội vụ tỉnh Sơn La."); several: "Kính
gửi:" alone, then one per line starting "- ", the dashes aligned under the colon. The official
layout puts the block below the trích yếu, centre-right (≈ 41–85 % of the text width): the block is
centred on the 63 % axis, moved left as far as needed to stay inside the right margin.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import fonts
from . import nd30 as N

LABEL = "Kính gửi:"
AXIS = 0.63  # centre of the 41–85 % band


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
    """Centred on the 63 % axis, never past the right margin, never left of the margin."""
    return max(0.0, min(AXIS * width - block / 2, width - block))
