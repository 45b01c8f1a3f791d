"""Text copied from a PDF with its layout kept (``pdftotext -layout``, "Save as text" of a reader):
read by the shape of the page, not by the order of its lines (issue 13).

- **Two columns** side by side (the letterhead: issuer | Quốc hiệu; Nơi nhận | signer) come apart
  at their gap of spaces and are read column by column: left, then right.
- **The appendix table**: its header is found where the words under each other, joined, name the
  known columns ("Hình thức tuyên" / "truyền", "Cơ quan chủ" / "trì"): a heading wrapped over two or
  three lines is joined until it matches. The columns' extents give the boundaries; each later
  piece of text goes to the column its position falls in; a task number in the number column starts
  a row, every other line goes on with the row above. A row whose text straddles a boundary, or
  has text left of the first column, is kept and flagged (``RawTable.row_notes``).
"""

from __future__ import annotations

import re

from ccpropa_desktop.domain.text import clean_line

from .columns import header_keys, split_labels, task_number
from .model import RawCell, RawTable

_GAP = re.compile(r"\S+(?: \S+)*")          # runs of text separated by two spaces or more
_BULLET = re.compile(r"^[-+•]\s")
_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$")
_SENTENCE_END = (".", ";", ":", "!", "?", "…")


def pieces(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each run of a line; runs are parted by two spaces or more."""
    return [(m.start(), m.end(), m.group(0)) for m in _GAP.finditer(line.expandtabs(8))]


def is_layout(lines: list[str]) -> bool:
    """Text whose lines keep the page's spacing: many lines with wide runs of spaces inside."""
    wide = sum(1 for x in lines if re.search(r"\S {4,}\S", x))
    indented = sum(1 for x in lines if re.match(r" {4,}\S", x))
    return wide >= 4 and wide + indented >= 0.15 * max(1, sum(1 for x in lines if x.strip()))


def find_header(lines: list[str]) -> tuple[int, int, list[tuple[int, int, str]]] | None:
    """(first line, line count, columns) of a table header whose labels may wrap over 1–4 lines,
    above or below the line that holds most of them (a reader centres each label in its cell)."""
    for i, line in enumerate(lines):
        if len(pieces(line)) < 2:
            continue
        best: tuple[int, int, int, list[tuple[int, int, str]]] | None = None
        for first in range(max(0, i - 2), i + 1):
            for depth in range(i - first + 1, i - first + 4):
                block = lines[first:first + depth]
                if len(block) < depth or any(not x.strip() for x in block) or \
                        any(task_number(pieces(x)[0][2].split(" ", 1)[0]) for x in block[1:]):
                    continue
                columns = _stack([r for x in block for q in pieces(x) for r in split_labels(q[0], q[2])])
                keys = header_keys([c[2] for c in columns])
                known = sum(k is not None for k in keys) if keys else 0
                if keys and "number" in keys and known >= 3 and None not in keys:
                    score = (len(columns), -depth)
                    if best is None or score > best[:2]:
                        best = (*score, first, columns)  # type: ignore[assignment]
                        best = (len(columns), -depth, first, columns)
        if best is not None:
            _n, neg_depth, first, columns = best
            return first, -neg_depth, columns
    return None


def _under(parts: list[tuple[int, int, str]], columns: list[tuple[int, int, str]]) -> bool:
    if not parts or task_number(parts[0][2].split(" ", 1)[0]) is not None:
        return False
    return all(any(start < end_c + 1 and end > start_c - 1 for start_c, end_c, _t in columns)
               for start, end, _text in parts) and len(parts) <= len(columns)


def _stack(parts: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Header pieces under each other (their spans overlap) joined into one label each."""
    columns: list[list[int | str]] = []
    for start, end, text in parts:
        for col in columns:
            if start < int(col[1]) + 1 and end > int(col[0]) - 1:
                col[0], col[1] = min(int(col[0]), start), max(int(col[1]), end)
                col[2] = f"{col[2]} {text}"
                break
        else:
            columns.append([start, end, text])
    columns.sort(key=lambda c: int(c[0]))
    return [(int(a), int(b), str(t)) for a, b, t in columns]


def layout_table(lines: list[str], header_at: int, depth: int,
                 columns: list[tuple[int, int, str]]) -> RawTable:
    """The table under a header found by ``find_header``: cells by position.

    Each page may place the columns a few characters apart (the header repeats on every page), so
    every page's column edges are learnt from where its own lines' runs start. A run that crosses
    an edge holds two cells one space apart ("… trong thực - Trên Cổng/Trang thông"): it is cut at
    that space."""
    depth = _header_depth(lines, header_at, depth, columns)
    header_lines = {" ".join(x.split()) for x in lines[header_at:header_at + depth]}
    table = RawTable(rows=[[RawCell([_label(lines, header_at, depth, c)]) for c in columns]], from_text=True)
    rows: list[list[list[str]]] = []
    notes: dict[int, str] = {}
    keys = header_keys([c[2] for c in columns]) or []
    num = keys.index("number") if "number" in keys else 0
    for page in _pages(lines[header_at + depth:], header_lines):
        bounds, seen = _edges(page, columns)
        for line in page:
            whole = _split_number(pieces(line), bounds) if num == 0 else pieces(line)
            parts = _split_at_edges(whole, seen, line.expandtabs(8))
            if len(parts) == 1 and _PAGE_NUMBER.match(parts[0][2]) and \
                    not bounds[num] <= parts[0][0] < bounds[num + 1]:
                continue                                   # a page number, not a task number
            cells: list[list[str]] = [[] for _ in columns]
            straddles = False
            for start, end, text in parts:
                j = next(k for k in range(len(columns)) if start < bounds[k + 1])
                if end > bounds[j + 1] + 1 and j + 1 < len(columns):
                    straddles = True
                cells[j].append(text)
            number = " ".join(cells[num])
            starts_row = task_number(number) is not None if number else False
            if starts_row or not rows:
                rows.append([[] for _ in columns])
                if not starts_row:
                    notes[len(rows)] = "dòng đầu bảng không có số thứ tự, đã giữ lại"
            elif number:                                 # text in the number column, not a number
                notes[len(rows)] = "cột số thứ tự có chữ lạ, đã ghép vào dòng trên"
            row = rows[-1]
            for j, texts in enumerate(cells):
                if texts:
                    row[j].append(" ".join(texts))
            if straddles:
                notes[len(rows)] = "chữ tràn qua hai cột, các ô được xếp theo vị trí"
            elif len(parts) > len(whole):
                notes.setdefault(len(rows), "hai ô chỉ cách nhau một dấu cách, đã tách theo vị trí cột")
    for row in rows:
        table.rows.append([RawCell(_paragraphs(cell)) for cell in row])
    table.row_notes = notes
    return table


def _header_depth(lines: list[str], at: int, depth: int, columns: list[tuple[int, int, str]]) -> int:
    """The header's line count, with the short second lines of wrapped labels ("Thời gian" /
    "thực hiện") that lie wholly under a label and name no task."""
    while at + depth < len(lines) and depth < 4:
        parts = pieces(lines[at + depth])
        if not parts or task_number(parts[0][2].split(" ", 1)[0]) is not None or \
                any(len(t.split()) > 3 for _s, _e, t in parts):
            break
        if not all(any(s >= a - 3 and e <= b + 3 for a, b, _t in columns) for s, e, _t in parts):
            break
        depth += 1
    return depth


def _label(lines: list[str], at: int, depth: int, column: tuple[int, int, str]) -> str:
    """A column's label, with the words of the header's later lines under it."""
    a, b, text = column
    extra = [t for x in lines[at:at + depth] for s, e, t in pieces(x) if s >= a - 3 and e <= b + 3]
    words = text.split()
    for t in extra:
        if t not in text:
            words.append(t)
    return " ".join(words)


def _pages(lines: list[str], header_lines: set[str]) -> list[list[str]]:
    """The table's lines cut where its header repeats (a new page); blank lines dropped."""
    out: list[list[str]] = [[]]
    for line in lines:
        if not line.strip():
            continue
        if " ".join(line.split()) in header_lines:
            if out[-1]:
                out.append([])
            continue
        out[-1].append(line)
    return [x for x in out if x]


def _edges(page: list[str], columns: list[tuple[int, int, str]]) -> tuple[list[int], list[int]]:
    """Each column's left bound on one page, and the edges actually seen there. A column's edge is
    the commonest start of a run between the end of the label before and the start of its own
    label; where no two runs start there, the bound is the end of the label before (as in the
    header) and no run is cut at it."""
    starts: dict[int, int] = {}
    for line in page:
        for s, _e, _t in pieces(line):
            starts[s] = starts.get(s, 0) + 1
    bounds, seen = [0], []
    for j in range(1, len(columns)):
        low = max(columns[j - 1][1] - 4, bounds[-1] + 1)
        found = [(n, -s) for s, n in starts.items() if low <= s <= columns[j][0] + 2 and n >= 2]
        if found:
            bounds.append(-max(found)[1])
            seen.append(bounds[-1])
        else:
            bounds.append(columns[j - 1][1] + 1)
    return [*bounds, 10_000], seen


def _split_number(parts: list[tuple[int, int, str]], bounds: list[int]) -> list[tuple[int, int, str]]:
    """"1 Tiếp tục …": the task number and the text, one space apart, as two runs."""
    out = []
    for start, end, text in parts:
        m = re.match(r"^(\d{1,3}(?:\.\d{1,3})*\.?) (\S.*)$", text)
        if m and start < bounds[1] <= end + 1:
            cut = start + len(m.group(1))
            out += [(start, cut, m.group(1)), (max(cut + 1, bounds[1]), end, m.group(2))]
        else:
            out.append((start, end, text))
    return out


_JOINS = re.compile(r"(?:^|\s)(?:và|của|các|cấp|với|cho|tại|về|trên|theo|những|được|đến|từ|-)$")


def _cut_cost(line: str, start: int, k: int, edge: int) -> float:
    """How unlikely a cut at the space ``k`` is: far from the edge, a cell starting in lower case
    or the left part ending on "và", "của" … cost; a bullet starting the right part is a gain."""
    right = line[k + 1:k + 3]
    cost = abs(k + 1 - edge)
    cost -= 3 if _BULLET.match(line[k + 1:]) else 0
    cost += 3 if right[:1].islower() else -1 if right[:1].isupper() else 0
    cost += 3 if _JOINS.search(line[start:k]) else 0
    return cost


def _split_at_edges(parts: list[tuple[int, int, str]], edges: list[int],
                    line: str) -> list[tuple[int, int, str]]:
    """A run that crosses a column's edge is two cells one space apart: cut it at a space near the
    edge (a line squeezed by the extractor starts a column up to six characters early), best where
    the right part starts with a bullet, never right after a bullet's dash."""
    out: list[tuple[int, int, str]] = []
    queue = list(parts)
    while queue:
        start, end, text = queue.pop(0)
        for edge in edges:
            if not start + 2 < edge < end - 1:
                continue
            own = max([e for e in edges if e < edge], default=0)
            if start > own + 3:
                continue                 # the run starts inside a column, not at its edge: one cell
            spaces = [k for k in range(edge - 7, edge + 2) if start + 1 < k < end - 1 and line[k] == " "
                      and not re.search(r"(?:^|\s)[-+•]$", line[start:k])]
            if spaces:
                k = min(spaces, key=lambda x: _cut_cost(line, start, x, edge))
                # the right part is the next column's, wherever the squeezed line put it
                queue[:0] = [(start, k, line[start:k]), (max(k + 1, edge), end, line[k + 1:end])]
                break
        else:
            out.append((start, end, text))
    return out


def _paragraphs(lines: list[str]) -> list[str]:
    """A cell's lines → paragraphs: a bullet starts one, as does a capital after a sentence's end."""
    out: list[str] = []
    for line in lines:
        text = clean_line(line)
        if not text:
            continue
        new = not out or (_BULLET.match(text) and (out[-1].endswith(_SENTENCE_END) or _BULLET.match(out[-1])))
        if new:
            out.append(text)
        elif re.search(r"\w-$", out[-1]) and not out[-1].endswith(" -"):
            out[-1] += text
        else:
            out[-1] = f"{out[-1]} {text}"
    return out


def unlayout(lines: list[str]) -> list[str]:
    """Body lines with the page's spacing → plain lines; a two-column block (letterhead, Nơi nhận |
    signer) is given column by column, left then right."""
    width = max((len(x.rstrip()) for x in lines), default=80) or 80
    out: list[str] = []
    block_left: list[str] = []
    block_right: list[str] = []

    def flush() -> None:
        out.extend(block_left)
        out.extend(block_right)
        block_left.clear()
        block_right.clear()

    for line in lines:
        parts = pieces(line)
        two = len(parts) == 2 and parts[1][0] - parts[0][1] >= 4
        right_only = len(parts) == 1 and parts[0][0] >= 0.4 * width and (block_left or block_right)
        left_only = len(parts) == 1 and (block_left or block_right) and parts[0][1] <= 0.5 * width \
            and parts[0][0] < 0.2 * width
        if two:
            block_left.append(parts[0][2])
            block_right.append(parts[1][2])
        elif right_only:
            block_right.append(parts[0][2])
        elif left_only:
            if block_left and parts[0][2][:1].islower():
                block_left[-1] += " " + parts[0][2]
            else:
                block_left.append(parts[0][2])
        else:
            flush()
            out.append(" ".join(p[2] for p in parts) if parts else "")
    flush()
    return out
