"""The room Vietnamese marks need beyond a font's ascent and descent, measured with its own metrics.

A font's ascent and descent do not hold every Vietnamese letter: the marks over capitals ("Ủ",
"Ề", "Ỗ") rise above the ascent (2–3 px at 9 pt in DejaVu Sans; none in Segoe UI), and Qt clips an
item's text to the item's rect. `ui/widgets/text_fit.py` gives every item view that room through the
application's style; this module holds the measure, and the sizes that need no style. It touches
neither Qt's namespace nor QStyle, so the first page can use it before its first paint
(`ui/lean_qt.py`).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget

TALL = "ỖẪỮỄẴẲẨỔỂẶẬỆỘỰỢỦỶỎẺẢỈẤẦẾỀỐỒỨỪỚỜẮẰÁÀÃÉÈÍÌÓÒÕÚÙÝỲ"
"""The Vietnamese capitals with the highest marks (stacked ones first)."""
DEEP = "ỴỵgjpqyỤụẠạỆệ"
"""The letters reaching lowest (the dot below under a descender's line)."""
STYLED = "room_for_marks"
"""The application's property set once its style makes the room (`text_fit.install`)."""


@lru_cache(maxsize=256)
def _room(ascent: int, descent: int, above: int, below: int) -> int:
    return max(0, above - ascent, below - descent)


def room_of(metrics: QFontMetrics) -> int:
    """Pixels of marks beyond ascent (above) or descent (below), the larger of the two."""
    return _room(metrics.ascent(), metrics.descent(), -metrics.tightBoundingRect(TALL).top(),
                 metrics.tightBoundingRect(DEEP).bottom() + 1)


@lru_cache(maxsize=64)
def _room_for_font(font_key: str) -> int:
    font = QFont()
    font.fromString(font_key)
    return room_of(QFontMetrics(font))


def mark_room(font: QFont) -> int:
    """The room a line of `font` needs on each side beyond ascent+descent so no mark is cut."""
    return _room_for_font(font.toString())


def row_height(font: QFont, lines: int = 1, padding: int = 0) -> int:
    """A row for `lines` lines of centred text in `font`, marks included, plus `padding` px."""
    metrics = QFontMetrics(font)
    return metrics.lineSpacing() * max(lines, 1) + 2 * mark_room(font) + padding


def fit_label(widget: QWidget) -> None:
    """Room for the marks above and below a label's (or check box's…) text, as contents margins;
    once (a label whose owner resets its minimum height keeps them)."""
    if widget.property("mark_room") is None:
        room = mark_room(widget.font())
        margins = widget.contentsMargins()
        widget.setContentsMargins(margins.left(), margins.top() + room, margins.right(),
                                  margins.bottom() + room)
        widget.setProperty("mark_room", room)


def styled() -> bool:
    """Whether the application's style already makes the room (`text_fit.install`)."""
    app = QApplication.instance()
    return app is not None and bool(app.property(STYLED))


def hold_header_room(header: QHeaderView) -> None:
    """A header built before the style makes the room (it is installed after the first paint,
    ui/app.py) is made as tall now as it will be then, so that it does not grow under the officer's
    eyes; a header built after needs nothing."""
    if not styled():
        header.setMinimumHeight(header.sizeHint().height() + 2 * mark_room(header.font()))
