"""PDF geometry → the import model: lines by baseline, paragraphs by indent and spacing, tables by rules.

- **Lines** are fragments on one baseline; a wide gap (two ems) splits a line into pieces, so the
  letterhead's two columns ("ỦY BAN NHÂN DÂN" | "CỘNG HÒA …") and the Nơi nhận | signer block
  come apart. Such a two-column block is read column by column: left, then right.
- **Paragraphs** follow ND30's own marks, not the line order of a copy: a new paragraph starts
  with a first-line indent, a space above it (≥ 6 pt), a change of style (bold headings), or
  after a line that ended short (the next line's first word would have fitted on it). Centred
  lines of the same style (a title over two lines) are one paragraph.
- **Tables** are found from their ruling lines: the grid's columns are the vertical rules, its
  rows the horizontal ones; a missing rule inside the grid is a merged cell (vertical merges
  become ``merged_above``, horizontal ones ``span``). Each word is placed in the cell its position
  falls in, never by line order. A table that goes on over the next page (its header row
  repeated or not) is one table; a row cut by the page break is continued by ``tables``.
- **Page furniture**: page numbers in the top or bottom margin and running headers (the same
  text at the same height on three pages or more) are dropped.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from ccpropa_desktop.domain.text import clean_line, nfc

from .model import RawBlock, RawCell, RawParagraph, RawTable
from .patterns import AUTHORITY, is_doctype, is_upper
from .pdf_extract import Fragment, PdfPage, Rule

_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^(?:Trang|trang)\s+\d{1,3}(?:\s*/\s*\d{1,3})?$")
_BULLET = re.compile(r"^(?:[-+•*–]\s|[a-zđ]\)\s)")
_SENTENCE_END = (".", ";", ":", "!", "?", "…")
_TOL = 1.5  # points: rules drawn by different producers meet within this


@dataclass
class Piece:
    text: str
    x0: float
    x1: float
    y: float
    size: float
    bold: bool
    italic: bool
    lead: str = ""            # the bold text a mixed line starts with ("3. Đối tượng tuyên truyền")
    first_word: float = 0.0

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Line:
    page: int
    y: float
    pieces: list[Piece]

    @property
    def x0(self) -> float:
        return self.pieces[0].x0

    @property
    def x1(self) -> float:
        return self.pieces[-1].x1


@dataclass
class _Table:
    page: int
    top: float
    bottom: float
    rows: list[list[RawCell]]
    left: float = 0.0
    right: float = 0.0


@dataclass
class _PageMetrics:
    left: float
    right: float
    leadings: dict[int, float] = field(default_factory=dict)  # font size → usual baseline distance

    def leading(self, size: float) -> float:
        return self.leadings.get(round(size), 1.3 * size)

    @property
    def center(self) -> float:
        return (self.left + self.right) / 2


# -- fragments → lines -----------------------------------------------------------------------------
def _join(frags: list[Fragment]) -> str:
    out = ""
    prev: Fragment | None = None
    for f in frags:
        gap = f.x0 - prev.x1 if prev is not None else 0.0
        if prev is not None and not out.endswith(" ") and not f.text.startswith(" ") and (
                gap > 0.12 * min(f.size, prev.size) or (gap > -1.0 and out.endswith((":", ";", ",", "."))
                                                         and f.text[:1].isalnum())):
            out += " "
        out += f.text
        prev = f
    return " ".join(out.split())


def _piece(frags: list[Fragment]) -> Piece:
    chars = sum(len(f.text) for f in frags) or 1
    bold_chars = sum(len(f.text) for f in frags if f.bold)
    italic_chars = sum(len(f.text) for f in frags if f.italic)
    lead = ""
    if frags[0].bold and bold_chars < chars:
        leading: list[Fragment] = []
        for f in frags:
            if not f.bold and f.text.strip():
                break
            leading.append(f)
        lead = _join(leading)
    size = max(frags, key=lambda f: len(f.text)).size
    return Piece(_join(frags), frags[0].x0, max(f.x1 for f in frags), frags[0].y, size,
                 bold_chars >= 0.9 * chars, italic_chars >= 0.9 * chars, lead, frags[0].first_word)


def lines_of(fragments: list[Fragment], page: int) -> list[Line]:
    """Fragments → lines top to bottom, each split into pieces at gaps of two ems or more."""
    rows: list[list[Fragment]] = []
    for f in sorted(fragments, key=lambda f: (f.y, f.x0)):
        if rows and abs(f.y - rows[-1][0].y) <= 0.5 * min(f.size, rows[-1][0].size):
            rows[-1].append(f)
        else:
            rows.append([f])
    out: list[Line] = []
    for row in rows:
        row.sort(key=lambda f: f.x0)
        pieces: list[list[Fragment]] = [[row[0]]]
        for f in row[1:]:
            prev = pieces[-1][-1]
            if f.x0 - prev.x1 >= 2.0 * min(f.size, prev.size):
                pieces.append([f])
            else:
                pieces[-1].append(f)
        made = [_piece(p) for p in pieces]
        made = [p for p in made if p.text]
        if made:
            out.append(Line(page, row[0].y, made))
    return out


# -- rules → tables --------------------------------------------------------------------------------
def _merge(segments: list[Rule], horizontal: bool) -> list[Rule]:
    """Collinear segments that touch become one (a border drawn cell by cell)."""
    def pos(r: Rule) -> float:
        return (r.y0 + r.y1) / 2 if horizontal else (r.x0 + r.x1) / 2

    def lo(r: Rule) -> float:
        return r.x0 if horizontal else r.y0

    def hi(r: Rule) -> float:
        return r.x1 if horizontal else r.y1

    out: list[Rule] = []
    for r in sorted(segments, key=lambda r: (round(pos(r)), lo(r))):
        if out and abs(pos(out[-1]) - pos(r)) <= _TOL and lo(r) <= hi(out[-1]) + _TOL:
            last = out[-1]
            if horizontal:
                out[-1] = Rule(min(last.x0, r.x0), last.y0, max(last.x1, r.x1), last.y1)
            else:
                out[-1] = Rule(last.x0, min(last.y0, r.y0), last.x1, max(last.y1, r.y1))
        else:
            out.append(r)
    return out


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= _TOL * 2:
            continue
        out.append(v)
    return out


def _grids(rules: list[Rule]) -> list[tuple[list[Rule], list[Rule]]]:
    """Groups of rules that touch each other: each group with 3+ vertical rules and a horizontal
    one is a table."""
    hs = _merge([r for r in rules if r.horizontal], True)
    vs = _merge([r for r in rules if not r.horizontal], False)
    parent = list(range(len(hs) + len(vs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, h in enumerate(hs):
        hy = (h.y0 + h.y1) / 2
        for j, v in enumerate(vs):
            vx = (v.x0 + v.x1) / 2
            if h.x0 - _TOL <= vx <= h.x1 + _TOL and v.y0 - _TOL <= hy <= v.y1 + _TOL:
                parent[find(i)] = find(len(hs) + j)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for i, h in enumerate(hs):
        groups.setdefault(find(i), ([], []))[0].append(h)
    for j, v in enumerate(vs):
        groups.setdefault(find(len(hs) + j), ([], []))[1].append(v)
    return [g for g in groups.values() if g[0] and len(_cluster([(v.x0 + v.x1) / 2 for v in g[1]])) >= 3]


def _table(page: int, hs: list[Rule], vs: list[Rule], frags: list[Fragment], raw: list[Rule]
           ) -> tuple[_Table, list[Fragment]]:
    """One ruled table: its cells, and the fragments of the page that are not in it. ``raw`` are the
    page's rules before collinear ones were joined."""
    xs = _cluster([(v.x0 + v.x1) / 2 for v in vs])
    lo, hi = min(v.y0 for v in vs), max(v.y1 for v in vs)
    # vertical rules drawn row by row end where a row ends, even where its horizontal rule is
    # missing (a producer that leaves the rules out where a row is cut by the page break)
    ends = [y for v in raw if not v.horizontal and xs[0] - _TOL <= v.x0 <= xs[-1] + _TOL
            and v.y1 >= lo - _TOL and v.y0 <= hi + _TOL for y in (v.y0, v.y1)]
    ys = _cluster([*((h.y0 + h.y1) / 2 for h in hs), lo, hi, *ends])
    top, bottom = ys[0], ys[-1]
    left, right = xs[0], xs[-1]
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    unruled = {k for k in range(1, n_rows) if not any(abs((h.y0 + h.y1) / 2 - ys[k]) <= _TOL * 2 for h in hs)}

    def h_covered(k: int, j: int) -> bool:          # the rule between band k-1 and k, over column j
        if k in unruled:
            return True                             # no rule at all across the table: still a row end
        mid = (xs[j] + xs[j + 1]) / 2
        return any(abs((h.y0 + h.y1) / 2 - ys[k]) <= _TOL * 2 and h.x0 - _TOL <= mid <= h.x1 + _TOL
                   for h in hs)

    def v_covered(j: int, k: int) -> bool:          # the rule between column j-1 and j, over band k
        mid = (ys[k] + ys[k + 1]) / 2
        return any(abs((v.x0 + v.x1) / 2 - xs[j]) <= _TOL * 2 and v.y0 - _TOL <= mid <= v.y1 + _TOL
                   for v in vs)

    region = {(k, j): (k, j) for k in range(n_rows) for j in range(n_cols)}

    def find(c: tuple[int, int]) -> tuple[int, int]:
        while region[c] != c:
            c = region[c]
        return c

    for k in range(n_rows):
        for j in range(n_cols):
            if j > 0 and not v_covered(j, k):
                a, b = find((k, j - 1)), find((k, j))
                region[max(a, b)] = min(a, b)
            if k > 0 and not h_covered(k, j):
                a, b = find((k - 1, j)), find((k, j))
                region[max(a, b)] = min(a, b)
    cells: dict[tuple[int, int], list[Fragment]] = {}
    rest: list[Fragment] = []
    for f in frags:
        mid_y = f.y - 0.3 * f.size
        if not (top - _TOL <= mid_y <= bottom + _TOL and left - _TOL <= f.x0 + 0.5 <= right + _TOL):
            rest.append(f)
            continue
        k = max(0, min(n_rows - 1, next((i for i in range(n_rows) if mid_y <= ys[i + 1]), n_rows - 1)))
        j = max(0, min(n_cols - 1, next((i for i in range(n_cols) if f.x0 + 0.5 <= xs[i + 1]), n_cols - 1)))
        cells.setdefault(find((k, j)), []).append(f)
    extent: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for k in range(n_rows):
        for j in range(n_cols):
            extent.setdefault(find((k, j)), []).append((k, j))
    rows: list[list[RawCell]] = []
    for k in range(n_rows):
        row: list[RawCell] = []
        for j in range(n_cols):
            anchor = find((k, j))
            members = extent[anchor]
            in_band = [c for c in members if c[0] == k]
            if min(c[1] for c in in_band) != j:
                continue                             # covered by the span of the cell on its left
            span = len(in_band)
            if anchor[0] < k:
                row.append(RawCell(span=span, merged_above=True))
            else:
                left_edge, right_edge = xs[anchor[1]], xs[max(c[1] for c in members) + 1]
                paragraphs, room, first = cell_paragraphs(cells.get(anchor, []), left_edge, right_edge)
                cell = RawCell(paragraphs=paragraphs, span=span)
                cell.room, cell.first_word = room, first  # type: ignore[attr-defined]
                row.append(cell)
        rows.append(row)
    return _Table(page, top, bottom, rows, left, right), rest


def cell_paragraphs(frags: list[Fragment], left: float, right: float) -> tuple[list[str], float, float]:
    """A cell's words → its paragraphs (a bullet, or a line after one that ended short, starts
    one); the room left after its last line and the width of its first word, to tell whether a
    cell cut by a page break goes on mid-paragraph."""
    lines = lines_of(frags, 0)
    out: list[str] = []
    prev: Line | None = None
    # the cell's right padding is taken equal to its left one (the text starts that far in)
    usable = right - 2.0 if not lines else right - max(2.0, min(ln.x0 for ln in lines) - left)
    for line in lines:
        text = " ".join(p.text for p in line.pieces)
        short = prev is not None and _ended_short(prev, line, usable)
        # a dash after a full line that ends mid-sentence is "Truyền thông - Văn hóa", not a bullet
        # (in a list of bullets, a dash before a capital is the next bullet all the same)
        bullet = bool(_BULLET.match(text)) and prev is not None and (
            short or out[-1].endswith(_SENTENCE_END)
            or (bool(_BULLET.match(out[-1])) and text[2:3].isupper()))
        if prev is None or bullet or short:
            out.append(text)
        else:
            out[-1] = _glue(out[-1], text)
        prev = line
    room = usable - lines[-1].x1 if lines else 0.0
    first = _first_word_width(lines[0]) + 0.6 * lines[0].pieces[0].size if lines else 0.0
    return [nfc(clean_line(p)) for p in out if p.strip()], room, first


def _first_word_width(line: Line) -> float:
    piece = line.pieces[0]
    if piece.first_word:
        return piece.first_word
    word = piece.text.split(" ", 1)[0]
    return (piece.x1 - piece.x0) * len(word) / max(len(piece.text), 1)


def _ended_short(prev: Line, line: Line, right: float) -> bool:
    """The previous line stopped although the next line's first word would have fitted on it."""
    room = right - prev.x1
    return room > _first_word_width(line) + 0.6 * line.pieces[0].size


def _glue(a: str, b: str) -> str:
    """Two lines of one paragraph; a line broken at a hyphen ("08-" + "NQ/TU") joins without a space."""
    if re.search(r"\w-$", a) and not re.search(r"\s-$", a):
        return a + b
    return f"{a} {b}"


# -- pages → blocks --------------------------------------------------------------------------------
def _metrics(lines: list[Line], width: float, tables: list[_Table]) -> _PageMetrics:
    """The page's text margins and line spacing; a page that is mostly a table takes its margins
    from the table (the few lines above it are centred headings)."""
    singles = [ln for ln in lines if len(ln.pieces) == 1]
    if tables and len(singles) < 6:
        return _PageMetrics(min(t.left for t in tables), max(t.right for t in tables))
    if not singles:
        return _PageMetrics(0.0, width)
    lefts = Counter(round(ln.x0) for ln in singles)
    common = lefts.most_common(1)[0][1]
    left = float(min(x for x, n in lefts.items() if n >= min(common, max(2, common // 3))))
    rights = sorted(ln.x1 for ln in singles)
    right = rights[int(len(rights) * 0.9)] if len(rights) >= 3 else rights[-1]
    gaps: dict[int, list[float]] = {}
    for a, b in itertools.pairwise(singles):
        if 0 < b.y - a.y < 2.2 * a.pieces[0].size and round(a.pieces[0].size) == round(b.pieces[0].size):
            gaps.setdefault(round(b.pieces[0].size), []).append(b.y - a.y)
    return _PageMetrics(left, max(right, left + 1), {k: statistics.median(v) for k, v in gaps.items()})


def _furniture(pages: list[list[Line]], heights: list[float]) -> set[tuple[int, int]]:
    """(page, line index) of page numbers and running headers/footers."""
    drop: set[tuple[int, int]] = set()
    seen: dict[str, list[tuple[int, int]]] = {}
    for p, (lines, height) in enumerate(zip(pages, heights, strict=True)):
        for i, line in enumerate(lines):
            margin = line.y < 0.1 * height or line.y > 0.92 * height
            text = " ".join(x.text for x in line.pieces)
            if margin and len(line.pieces) == 1 and _PAGE_NUMBER.match(text):
                drop.add((p, i))
            elif margin:
                seen.setdefault(re.sub(r"\d+", "#", text.casefold()), []).append((p, i))
    for at in seen.values():
        if len({p for p, _i in at}) >= 3:
            drop.update(at)
    return drop


@dataclass
class _Builder:
    blocks: list[RawBlock] = field(default_factory=list)
    para: list[Line] = field(default_factory=list)
    metrics: dict[int, _PageMetrics] = field(default_factory=dict)
    last_table: int | None = None     # index in blocks of a table that may go on over the page

    def flush(self) -> None:
        if not self.para:
            return
        text = self.para[0].pieces[0].text
        for prev, line in zip(self.para, self.para[1:], strict=False):
            _ = prev
            text = _glue(text, line.pieces[0].text)
        first = self.para[0].pieces[0]
        bold = all(ln.pieces[0].bold for ln in self.para)
        self.blocks.append(RawParagraph(nfc(clean_line(text)), bold, "" if bold else first.lead))
        self.para = []
        self.last_table = None

    def line(self, line: Line) -> None:
        if self.para and self._continues(self.para[-1], line):
            self.para.append(line)
            return
        self.flush()
        self.para = [line]

    def _centered(self, line: Line, indent: float = 1.5) -> bool:
        """Centred on the text width: equal margins (a first-line indent has none on the right)."""
        m = self.metrics[line.page]
        piece = line.pieces[0]
        return piece.x0 > m.left + indent * piece.size and \
            abs((piece.x0 - m.left) - (m.right - piece.x1)) <= max(6.0, 0.025 * (m.right - m.left))

    def _continues(self, prev: Line, line: Line) -> bool:
        a, b = prev.pieces[0], line.pieces[0]
        if a.bold != b.bold or a.italic != b.italic or abs(a.size - b.size) > 0.6:
            return False
        m = self.metrics[line.page]
        if line.page == prev.page and line.y - prev.y > m.leading(b.size) + 3.0:
            return False                                       # a space above: a new paragraph
        centered_a, centered_b = self._centered(prev), self._centered(line)
        if centered_a or centered_b:
            # a centred line over two lines: the first may run almost margin to margin
            wide_a = centered_a or self._centered(prev, indent=0.04)
            return wide_a and centered_b and is_upper(a.text) == is_upper(b.text) and \
                is_doctype(a.text) is None and not b.text.startswith("(")
        if b.x0 > m.left + 0.4 * b.size:
            return False                                       # a first-line indent
        pm = self.metrics[prev.page]
        return not _ended_short(prev, line, pm.right - 1.0)

    def columns(self, lines: list[Line], split: float) -> None:
        """A two-column block (letterhead, Nơi nhận | signer): the left column, then the right."""
        self.flush()
        left: list[str] = []
        right: list[str] = []
        for line in lines:
            for piece in line.pieces:
                side = left if piece.x0 < split else right
                text = nfc(clean_line(piece.text))
                if side and text[:1].islower() and not side[-1].endswith((";", ".", ":")):
                    side[-1] = f"{side[-1]} {text}"          # a wrapped recipient or date line
                else:
                    side.append(text)
        self.blocks.extend(RawParagraph(t) for t in [*left, *right] if t)
        self.last_table = None

    def table(self, table: _Table) -> None:
        self.flush()
        if self.last_table is not None:
            previous = self.blocks[self.last_table]
            assert isinstance(previous, RawTable)
            if _width(previous.rows) == _width(table.rows):
                rows = table.rows
                header = [_row_text(r) for r in previous.rows[:2]]
                while rows and _row_text(rows[0]) in header:
                    rows = rows[1:]                              # the header row repeated on this page
                if rows and previous.rows and _continues_row(previous.rows[-1], rows[0]):
                    rows = rows[1:]                              # a row cut by the page break: joined
                previous.rows.extend(rows)
                return
        self.blocks.append(RawTable(rows=table.rows, from_text=True))
        self.last_table = len(self.blocks) - 1


def _continues_row(above: list[RawCell], row: list[RawCell]) -> bool:
    """Join ``row`` (the top of a page, its number cell empty) into ``above`` cell by cell, a
    paragraph cut in mid-line going on with a space; False (nothing joined) when it is a row."""
    if len(row) != len(above) or not row or row[0].text or not any(c.text for c in row[1:]) or \
            any(a.span != b.span for a, b in zip(above, row, strict=True)):
        return False
    for a, b in zip(above, row, strict=True):
        if b.merged_above or not b.paragraphs:
            continue
        goes_on = a.paragraphs and not _BULLET.match(b.paragraphs[0]) and (
            not a.paragraphs[-1].endswith(_SENTENCE_END)
            or getattr(a, "room", 0.0) < getattr(b, "first_word", 0.0))
        if goes_on:   # the last line was full, or stopped mid-sentence: the same paragraph goes on
            a.paragraphs = [*a.paragraphs[:-1], _glue(a.paragraphs[-1], b.paragraphs[0]), *b.paragraphs[1:]]
        else:
            a.paragraphs = [*a.paragraphs, *b.paragraphs]
        a.room = getattr(b, "room", 0.0)  # type: ignore[attr-defined]
    return True


def _width(rows: list[list[RawCell]]) -> int:
    return max((sum(max(c.span, 1) for c in r) for r in rows), default=0)


def _row_text(row: list[RawCell]) -> str:
    return " | ".join(" ".join(c.text.split()).casefold() for c in row)


def _block_split(line: Line, m: _PageMetrics) -> float | None:
    """Where a line's columns part, if it opens a two-column block."""
    if len(line.pieces) >= 2:
        gaps = [(b.x0 - a.x1, (a.x1 + b.x0) / 2) for a, b in zip(line.pieces, line.pieces[1:], strict=False)]
        return max(gaps)[1]
    piece = line.pieces[0]
    text = piece.text
    if text.startswith(("Nơi nhận", "NƠI NHẬN")) and piece.x1 < m.center:
        return m.center
    if piece.x0 > m.center - 10 and is_upper(text) and AUTHORITY.match(text):
        return m.center - 10
    return None


def _in_block(line: Line, split: float, limit: float, lc: float, rc: float, half_l: float, half_r: float,
              m: _PageMetrics) -> bool:
    """Whether a line goes on with a two-column block: its left pieces stop short of the right
    column's text (``limit``) and sit at the margin or round the left column's centre; its right
    pieces are centred in the right column."""
    for p in line.pieces:
        if p.x0 < split:
            if p.x1 > limit - 2 or not (abs(p.center - lc) <= 0.6 * half_l or p.x0 <= m.left + 1.2 * p.size):
                return False
        elif abs(p.center - rc) > max(0.6 * half_r, 40.0):
            return False
    return True


def layout(pages: list[PdfPage]) -> list[RawBlock]:
    """Every page's geometry → paragraphs and tables in reading order."""
    builder = _Builder()
    page_lines: list[list[Line]] = []
    page_tables: list[list[_Table]] = []
    for page in pages:
        frags = list(page.fragments)
        tables: list[_Table] = []
        for hs, vs in _grids(page.rules):
            table, frags = _table(page.number, hs, vs, frags, page.rules)
            if any(c.text for r in table.rows for c in r):
                tables.append(table)
        page_lines.append(lines_of(frags, page.number))
        page_tables.append(tables)
    drop = _furniture(page_lines, [p.height for p in pages])
    for p, page in enumerate(pages):
        lines = [ln for i, ln in enumerate(page_lines[p]) if (p, i) not in drop]
        m = builder.metrics[page.number] = _metrics(lines, page.width, page_tables[p])
        items: list[tuple[float, Line | _Table]] = [(ln.y, ln) for ln in lines]
        items += [(t.top, t) for t in page_tables[p]]
        items.sort(key=lambda x: x[0])
        i = 0
        while i < len(items):
            item = items[i][1]
            if isinstance(item, _Table):
                builder.table(item)
                i += 1
                continue
            split = _block_split(item, m)
            if split is None:
                builder.line(item)
                i += 1
                continue
            left = [p for p in item.pieces if p.x0 < split]
            right = [p for p in item.pieces if p.x0 >= split]
            lc = left[0].center if left else (m.left + split) / 2
            rc = right[0].center if right else (split + m.right) / 2
            limit = min((p.x0 for p in right), default=split)
            half_l, half_r = (split - m.left) / 2, (m.right - split) / 2
            block = [item]
            i += 1
            while i < len(items):
                nxt = items[i][1]
                if isinstance(nxt, _Table) or not _in_block(nxt, split, limit, lc, rc, half_l, half_r, m):
                    break
                block.append(nxt)
                i += 1
            builder.columns(block, split)
    builder.flush()
    return builder.blocks
