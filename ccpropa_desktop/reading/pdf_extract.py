"""A PDF's text layer and ruling lines, by position (pypdf; see docs/benchmarks.md for the choice).

Each page becomes a ``PdfPage``: its text pieces (``Fragment``: text, left and right edge, baseline,
size, bold/italic) and its straight lines (``Rule``), in display coordinates — points from the
top-left corner of the page as it is shown, whatever its ``/Rotate`` (landscape appendices printed
on a portrait page turned by 90° read like any other page). Nothing here decides what the text
means: ``pdf_layout`` turns the geometry into paragraphs and tables.

Only pypdf's public hooks are used to walk the content (``extract_text`` with ``visitor_text`` for
text and ``visitor_operand_before`` for paths and the text state); a piece's width comes from the
font's glyph widths (pypdf's ``Font``; a fixed half-em estimate if that ever fails) plus the
character/word spacing and the TJ adjustments that justified lines use.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from typing import Any

RULE_THICKNESS = 3.0     # a filled rectangle thinner than this (points) is a drawn line
MIN_RULE = 4.0           # shorter strokes are glyph parts, ticks, not table rules


@dataclass(slots=True)
class Fragment:
    text: str
    x0: float
    x1: float
    y: float             # baseline, from the top of the page
    size: float
    bold: bool = False
    italic: bool = False
    first_word: float = 0.0  # width of its first word: would it have fitted on the line above?


@dataclass(slots=True)
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return (self.y1 - self.y0) <= (self.x1 - self.x0)


@dataclass
class PdfPage:
    number: int                   # 1-based
    width: float
    height: float
    fragments: list[Fragment] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    has_image: bool = False

    @property
    def has_text(self) -> bool:
        return any(f.text.strip() for f in self.fragments)


def _mul(m: list[float], n: list[float]) -> list[float]:
    """m × n for PDF 2×3 matrices [a b c d e f]."""
    return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
            m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
            m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]]


class _Widths:
    """Glyph widths by Unicode character for each font resource (1/1000 em)."""

    def __init__(self) -> None:
        self._cache: dict[Any, tuple[dict[str, float], float, bool, bool]] = {}

    def font(self, font: Any) -> tuple[dict[str, float], float, bool, bool]:
        ref = getattr(font, "indirect_reference", None)   # the same font on every page: parse it once
        key = (ref.idnum, ref.generation) if ref is not None else id(font)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = (*self._widths(font), *_style(font))
        return found

    @staticmethod
    def _widths(font: Any) -> tuple[dict[str, float], float]:
        try:
            from pypdf.generic._font import Font

            parsed = Font.from_font_resource(font)
            default = float(parsed.character_widths.get("default", 500) or 500)
            cmap = parsed.character_map or {}
            widths: dict[str, float] = {}
            for raw, width in parsed.character_widths.items():
                if raw != "default":
                    widths[cmap.get(raw, raw)] = float(width)
            if " " not in widths:
                widths[" "] = float(parsed.space_width or 250)
            return widths, default
        except Exception:            # an odd font: estimate, never fail the import for a width
            return {" ": 250.0}, 500.0


def _style(font: Any) -> tuple[bool, bool]:
    try:
        name = str(font.get("/BaseFont", "")).lower()
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        weight = float(descriptor.get_object().get("/FontWeight", 400)) if descriptor is not None else 400
    except Exception:
        name, weight = "", 400
    bold = weight >= 600 or any(w in name for w in ("bold", "black", "heavy", "semibold", "demi"))
    return bold, any(w in name for w in ("italic", "oblique"))


def _display(rotation: int, box: tuple[float, float, float, float]) -> Any:
    """Page space → display space (x right, y down from the top-left of the shown page)."""
    x0, y0, x1, y1 = box
    if rotation == 90:
        return lambda x, y: (y - y0, x - x0)
    if rotation == 180:
        return lambda x, y: (x1 - x, y - y0)
    if rotation == 270:
        return lambda x, y: (y1 - y, x1 - x)
    return lambda x, y: (x - x0, y1 - y)


def extract_page(page: Any, number: int, widths: _Widths) -> PdfPage:
    """One pypdf page → its fragments and rules in display coordinates."""
    box = tuple(float(v) for v in page.mediabox)
    rotation = int(page.get("/Rotate", 0) or 0) % 360
    to_display = _display(rotation, box)  # type: ignore[arg-type]
    width, height = box[2] - box[0], box[3] - box[1]
    if rotation in (90, 270):
        width, height = height, width
    out = PdfPage(number=number, width=width, height=height)
    state = {"Tc": 0.0, "Tw": 0.0, "Tz": 100.0, "extra": 0.0, "size": 0.0}
    pen: dict[str, Any] = {"key": None, "x": 0.0}
    path: list[list[tuple[float, float]]] = []
    rects: list[tuple[float, float, float, float]] = []

    def before(op: bytes, args: list[Any], cm: list[float], tm: list[float]) -> None:
        if op in (b"m", b"l", b"re", b"h", b"c", b"v", b"y"):
            _path_op(op, args, cm, path, rects)
        elif op in (b"S", b"s"):
            _stroke(path, rects, to_display, out.rules)
            path.clear()
            rects.clear()
        elif op in (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"):
            _fill(rects, to_display, out.rules, stroke=op.startswith((b"B", b"b")), path=path)
            path.clear()
            rects.clear()
        elif op == b"n":
            path.clear()
            rects.clear()
        elif op in (b"Tc", b"Tw", b"Tz") and args:
            state[op.decode()] = _num(args[0], state[op.decode()])
        elif op == b'"' and len(args) >= 2:
            state["Tw"], state["Tc"] = _num(args[0], 0.0), _num(args[1], 0.0)
        elif op == b"Tf" and len(args) >= 2:
            state["size"] = _num(args[1], 0.0)
        elif op == b"TJ" and args:
            # justified lines and kerning move the pen by the array's numbers (1/1000 em)
            shift = sum(-_num(x, 0.0) for x in args[0] if isinstance(x, (int, float)) or
                        type(x).__name__ in ("NumberObject", "FloatObject"))
            state["extra"] += shift / 1000.0 * state["size"]
        elif op == b"Do" and args:
            _note_image(page, args[0], out)

    def text(value: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        extra, state["extra"] = state["extra"], 0.0
        value = " ".join(value.split("\n"))
        if font is None:
            return
        # pypdf reports a piece at the text matrix of its line; pieces shown one after the other
        # without a move (a bold run-in heading, then the text) continue where the last one ended
        key = (*tm, *cm)
        if key != pen["key"]:
            pen["key"], pen["x"] = key, 0.0
        glyphs, default, bold, italic = widths.font(font)
        scale = state["Tz"] / 100.0

        def advance(chars: str) -> float:
            em = sum(glyphs.get(c, default) for c in chars) / 1000.0 * size
            return (em + state["Tc"] * len(chars) + state["Tw"] * chars.count(" ")) * scale

        stripped = value.strip()
        lead = len(value) - len(value.lstrip())
        start_at = pen["x"] + advance(value[:lead])
        body = advance(stripped) + extra * scale
        pen["x"] += advance(value[:lead]) + body + advance(value[lead + len(stripped):])
        if not stripped:
            return
        words = stripped.split(" ", 1)
        first = advance(words[0])
        m = _mul(tm, cm)
        scale_x = math.hypot(m[0], m[1]) or 1.0
        scale_y = math.hypot(m[2], m[3]) or 1.0
        ux, uy = m[0] / scale_x, m[1] / scale_x
        sx, sy = m[4] + ux * start_at * scale_x, m[5] + uy * start_at * scale_x
        ex, ey = sx + ux * body * scale_x, sy + uy * body * scale_x
        (ax, ay), (bx, by) = to_display(sx, sy), to_display(ex, ey)
        if abs(by - ay) > max(1.0, abs(bx - ax) * 0.2) or bx < ax - 0.5:
            return                       # rotated or mirrored text (a stamp, a margin note): not body text
        out.fragments.append(Fragment(stripped, ax, max(bx, ax + 0.1), ay, abs(size * scale_y), bold, italic,
                                      first * scale_x))

    page.extract_text(visitor_text=text, visitor_operand_before=before)
    if not out.has_text and not out.has_image:
        out.has_image = _page_has_image(page)
    return out


def _num(value: Any, default: float) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _point(cm: list[float], x: float, y: float) -> tuple[float, float]:
    return cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]


def _path_op(op: bytes, args: list[Any], cm: list[float], path: list[list[tuple[float, float]]],
             rects: list[tuple[float, float, float, float]]) -> None:
    values = [_num(a, 0.0) for a in args]
    if op == b"m" and len(values) >= 2:
        path.append([_point(cm, values[0], values[1])])
    elif op == b"l" and len(values) >= 2:
        if not path:
            path.append([])
        path[-1].append(_point(cm, values[0], values[1]))
    elif op == b"re" and len(values) >= 4:
        x, y, w, h = values[:4]
        corners = [_point(cm, x, y), _point(cm, x + w, y), _point(cm, x + w, y + h), _point(cm, x, y + h)]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        rects.append((min(xs), min(ys), max(xs), max(ys)))
    elif op == b"h" and path and path[-1]:
        path[-1].append(path[-1][0])
    elif op in (b"c", b"v", b"y") and path and len(values) >= 2:
        path[-1].append(_point(cm, values[-2], values[-1]))  # a curve: keep its end, it is no rule anyway


def _rule(a: tuple[float, float], b: tuple[float, float], to_display: Any) -> Rule | None:
    (x0, y0), (x1, y1) = to_display(*a), to_display(*b)
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    if (y1 - y0 <= 1.0 and x1 - x0 >= MIN_RULE) or (x1 - x0 <= 1.0 and y1 - y0 >= MIN_RULE):
        return Rule(x0, y0, x1, y1)
    return None


def _stroke(path: list[list[tuple[float, float]]], rects: list[tuple[float, float, float, float]],
            to_display: Any, rules: list[Rule]) -> None:
    for sub in path:
        for a, b in itertools.pairwise(sub):
            rule = _rule(a, b, to_display)
            if rule is not None:
                rules.append(rule)
    for x0, y0, x1, y1 in rects:
        for a, b in (((x0, y0), (x1, y0)), ((x1, y0), (x1, y1)), ((x0, y1), (x1, y1)), ((x0, y0), (x0, y1))):
            rule = _rule(a, b, to_display)
            if rule is not None:
                rules.append(rule)


def _fill(rects: list[tuple[float, float, float, float]], to_display: Any, rules: list[Rule], *,
          stroke: bool, path: list[list[tuple[float, float]]]) -> None:
    """A filled thin rectangle is a line (Word draws table borders so); a stroked fill is both."""
    if stroke:
        _stroke(path, rects, to_display, rules)
        return
    for x0, y0, x1, y1 in rects:
        w, h = x1 - x0, y1 - y0
        if h <= RULE_THICKNESS and w >= MIN_RULE:
            mid = (y0 + y1) / 2
            rule = _rule((x0, mid), (x1, mid), to_display)
        elif w <= RULE_THICKNESS and h >= MIN_RULE:
            mid = (x0 + x1) / 2
            rule = _rule((mid, y0), (mid, y1), to_display)
        else:
            rule = None
        if rule is not None:
            rules.append(rule)


def _note_image(page: Any, name: Any, out: PdfPage) -> None:
    if out.has_image:
        return
    try:
        xobject = page["/Resources"]["/XObject"][name].get_object()
        out.has_image = xobject.get("/Subtype") == "/Image"
    except Exception:
        return


def _page_has_image(page: Any) -> bool:
    try:
        xobjects = page["/Resources"].get_object().get("/XObject")
        if xobjects is None:
            return False
        return any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.get_object().values())
    except Exception:
        return False
