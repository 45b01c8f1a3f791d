"""A table spilled by a plain copy (``pdftotext`` without ``-layout``, pypdf ``extract_text``, a
viewer's "Copy"): cells one per line *in some order*, read by their content (issue 13, item 2).

Such a copy keeps no position. What it keeps:

- the header's labels, one per line or several on one line, each possibly wrapped over two lines
  ("Thời gian" / "thực hiện", "Cơ quan, đơn vị phối" / "hợp thực hiện"): the pieces are joined
  until they form a known column name (``header``);
- the task numbers, as bare lines: each starts a row; numbers may come spilled together ("2", "2.1",
  "2.2", "3") ahead of their rows' cells, which then follow column by column;
- the header repeated on every page (the rows go on after it);
- the cells' text, in the columns' order within one row and one page, or column by column for a
  page's rows.

The lines of a stretch are cut into the cells it can hold by content (``cells.segment``): an agency
starts a lead or partners cell, a time phrase ("Quý I", "Thường xuyên", "Tháng 4 hằng năm") a
schedule, "- Trên Cổng…", "Hội nghị" a form; a cell never starts in lower case. Every row whose cut
was a guess is flagged (``RawTable.row_notes``): the officer checks it, nothing is dropped silently.
"""

from __future__ import annotations

import itertools
import re

from ccpropa_desktop.domain.text import clean_line, fold

from .cells import Slot, kind, segment, split_line
from .columns import LABEL_START, column_key, task_number
from .model import RawCell, RawTable
from .spilled import _paragraphs

_LABEL_WORDS = frozenset((
    "tt", "stt", "so", "thu", "tu", "noi", "dung", "cong", "viec", "tuyen", "truyen", "hinh", "thuc",
    "co", "quan", "don", "vi", "chu", "tri", "phoi", "hop", "thoi", "gian", "thuc", "hien", "tien", "do",
    "han", "nhiem", "vu", "cu", "the", "can", "san", "pham", "hoat", "dong", "ket", "qua", "ghi", "chu",
    "du", "kien",
))
_LABEL_START = LABEL_START
# the full names columns are printed with; a wrapped piece is joined to the label it completes
KNOWN_LABELS = tuple(fold(x) for x in (
    "Nội dung tuyên truyền", "Nội dung công việc tuyên truyền", "Nội dung công việc", "Nhiệm vụ",
    "Nhiệm vụ cụ thể cần thực hiện", "Nội dung, nhiệm vụ", "Hình thức tuyên truyền", "Hình thức thực hiện",
    "Cơ quan chủ trì", "Cơ quan phối hợp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Cơ quan thực hiện",
    "Cơ quan, đơn vị chủ trì thực hiện", "Cơ quan, đơn vị phối hợp thực hiện", "Cơ quan chủ trì thực hiện",
    "Cơ quan phối hợp thực hiện", "Đơn vị chủ trì thực hiện", "Đơn vị phối hợp thực hiện",
    "Thời gian thực hiện", "Thời gian, tiến độ thực hiện", "Thời gian hoàn thành", "Tiến độ thực hiện",
    "Sản phẩm", "Sản phẩm dự kiến", "Hoạt động/sản phẩm", "Kết quả, sản phẩm", "Ghi chú"))
_NUMBER_FIRST = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*\.?)\s+([A-ZĐÀ-Ỹ\-+\"“(].*)$")
PAGE_GUESSED = "ô bị ngắt trang, phần tiếp theo được ghép theo nội dung"
NUMBER_LAST = "số thứ tự ở cột cuối, các ô được chia theo nội dung"
COLUMNS_GUESSED = "thứ tự các cột được đoán (tiêu đề cột bị tách rời trong văn bản dán)"
GUESSED = "các ô được chia theo nội dung (văn bản dán không giữ vị trí cột)"
MERGED = "hai ô nằm chung một dòng, đã tách theo nội dung"
SHARED = "các số thứ tự của trang đứng liền nhau, các ô được chia theo thứ tự cột"


def _folded_words(text: str) -> list[str]:
    return re.sub(r"[^0-9a-z]+", " ", fold(text)).split()


def is_label_line(line: str) -> bool:
    """A line made only of header words ("Hình thức tuyên", "thực hiện", "TT Nội dung … Thời gian")."""
    words = _folded_words(line)
    return bool(words) and len(line) <= 120 and not line.lstrip().startswith(("-", "+", "•")) and \
        all(w in _LABEL_WORDS for w in words)


def _is_number_label(line: str) -> bool:
    return column_key(line) == "number" and len(line) <= 10


def _is_header_start(text: str) -> bool:
    """"TT"/"STT" alone, or a header line holding it and two more labels."""
    if _is_number_label(text):
        return True
    if not is_label_line(text) or not re.search(r"(?:^|\s)S?TT(?:\s|$)", text):
        return False
    return sum(1 for _ in _LABEL_START.finditer(text)) >= 3


def header(lines: list[str]) -> tuple[int, int, list[str], list[str], bool] | None:
    """(first line, line after the header zone, labels, task numbers met inside the zone, whether
    the labels' order is the page's) of a spilled table header: the label lines around a "TT"/"STT"
    line (or one starting with it) joined into the known column names. A label printed on two lines
    may come out after the first row's cells ("Thời gian" / "thực hiện"): it is looked for up to the
    header's next page, and then the columns' order is a guess (the usual one)."""
    for i, line in enumerate(lines):
        text = line.strip()
        # the header starts at "TT", or at the content's label when "TT" comes out later
        content_first = bool(text) and is_label_line(text) and bool(_LABEL_START.match(text)) and \
            column_key(text) == "content"
        if not text or not (_is_header_start(text) or content_first):
            continue
        first = i
        while first > 0 and i - first < 12 and (not lines[first - 1].strip()
                                                 or is_label_line(lines[first - 1])):
            first -= 1
        while first < i and not lines[first].strip():
            first += 1
        pieces = [x.strip() for x in lines[first:i] if x.strip()]
        numbers: list[str] = []
        j = i
        while j < len(lines) and j - i < 24:
            t = lines[j].strip()
            if t and task_number(t) is not None and not _is_number_label(t):
                numbers.append(t)
                j += 1
                continue
            if t and not is_label_line(t):
                break
            if t:
                pieces.append(t)
            j += 1
        labels = join_labels(pieces)
        keys = [column_key(x) for x in labels]
        known = [k for k in keys if k]
        # from the content's label, only when a bare task number follows it (not a heading "Nội dung …")
        if ("number" in known or (content_first and numbers)) and "content" in known and None not in keys:
            late = _late_labels(lines, j, set(known), with_number="number" not in known)
            if late:
                labels = join_labels(pieces + late)
                keys = [column_key(x) for x in labels]
                if None not in keys:
                    ranked = sorted(zip(keys, labels, strict=True), key=lambda kx: _ORDER.index(kx[0] or ""))
                    labels = [x for _k, x in ranked]
            if len(keys) >= 3 and "number" in keys and None not in keys and len(set(keys)) == len(keys):
                return first, j, labels, numbers, not late
    return None


_ORDER = ("number", "content", "form", "lead", "partners", "schedule", "product", "note")


def _late_labels(lines: list[str], start: int, have: set[str | None], with_number: bool = False) -> list[str]:
    """Runs of label lines after the header zone, before the header's next page, that name
    columns not found yet ("Thời gian" / "Hoạt động/sản" / "thực hiện" / "phẩm" after the first row);
    ``with_number``: the page's "TT" is one of them (the header began at the content's label)."""
    out: list[str] = []
    k = start
    while k < min(len(lines), start + 400):
        t = lines[k].strip()
        if _is_number_label(t):
            if with_number and "number" not in have:
                out.append(t)
                have.add("number")
            break
        if not t or not is_label_line(t):
            k += 1
            continue
        run = []
        while k < len(lines) and lines[k].strip() and is_label_line(lines[k]) \
                and not _is_number_label(lines[k].strip()):
            run.append(lines[k].strip())
            k += 1
        # a run of labels starts with one ("Thời gian"); its other lines are labels or bare pieces of
        # one ("thực hiện", "phẩm"), never a cell's words with their stops ("quan, đơn vị.")
        if not _LABEL_START.match(run[0]) or any(not _LABEL_START.match(x) and re.search(r"[.,;:]", x)
                                                 for x in run):
            continue
        keys = {column_key(x) for x in join_labels(run)}
        if keys - have - {None}:
            out.extend(run)
            have.update(keys)
    return out


def join_labels(pieces: list[str]) -> list[str]:
    """Header lines → labels: a line holding several labels is cut where each starts; a piece that
    starts no label completes the first label it turns into a known column name."""
    labels: list[str] = []
    loose: list[str] = []
    for piece in pieces:
        for part in (p.strip() for p in _LABEL_START.split(piece)):
            if not part:
                continue
            if _LABEL_START.match(part) or not labels:
                labels.append(part)
            else:
                loose.append(part)
    for part in loose:
        # a label that is not a full name yet ("Thời gian") before one that already is
        order = sorted(range(len(labels)), key=lambda k: fold(labels[k]) in KNOWN_LABELS)
        fits = [k for k in order if fold(f"{labels[k]} {part}") in KNOWN_LABELS]
        fits = fits or [k for k in order
                        if any(x.startswith(fold(f"{labels[k]} {part}")) for x in KNOWN_LABELS)]
        if fits:
            labels[fits[0]] = f"{labels[fits[0]]} {part}"
        elif labels:
            labels[-1] = f"{labels[-1]} {part}"
    return labels


def _number_key(value: str) -> tuple[int, ...] | None:
    return tuple(int(x) for x in value.split(".")) if re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*", value) else None


def _plausible(value: str, previous: list[str]) -> bool:
    """Whether a bare number goes on the numbering so far (not a page number)."""
    now = _number_key(value)
    if now is None:
        return bool(re.fullmatch(r"[IVXLC]{1,6}", value))
    before = next((_number_key(p) for p in reversed(previous) if _number_key(p) is not None), None)
    if before is None:
        return now in ((1,), (1, 1))
    nexts = {(*before, 1)}
    for level in range(len(before)):
        nexts.add((*before[:level], before[level] + 1))
    return now in nexts


def _numbers_first(items: list[str]) -> list[str]:
    """A table whose number column is the last: each row's number comes after its cells. Each
    number is moved before the run of cells it closes; a number followed by the header (the next
    page's) is a page number and dropped."""
    out: list[str] = []
    run_start = 0
    for n, text in enumerate(items):
        nxt = items[n + 1] if n + 1 < len(items) else ""
        header_line = is_label_line(text) and bool(_LABEL_START.match(text) or _is_header_start(text))
        if task_number(text) is not None and len(text) <= 8:
            if nxt and is_label_line(nxt) and _LABEL_START.match(nxt):
                continue
            out.insert(run_start, text)
            run_start = len(out)
            continue
        out.append(text)
        if header_line:
            run_start = len(out)
    return out


_MARK = "\x00"


def _columns_allowed(lines: list[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """A block's lines without the column labels spilled among them, and for each line the columns
    it may belong to: a page prints a column's label before its text ("Nội dung tuyên truyền",
    then the contents; "Hình thức …", "Cơ quan chủ trì" …, then the other cells)."""
    texts: list[str] = []
    low: list[int] = []
    marks: list[tuple[int, int]] = []              # (line index it precedes, column)
    current = 0
    bunch_open = False
    for line in lines:
        if line.startswith(_MARK):
            col = int(line[1:])
            current = col if not bunch_open else min(current, col)
            bunch_open = True
            marks.append((len(texts), col))
            continue
        bunch_open = False
        texts.append(line)
        low.append(current)
    high = [10_000] * len(texts)
    nxt = 10_000
    by_line: dict[int, int] = {}
    for at, col in marks:
        by_line[at] = min(by_line.get(at, 10_000), col)
    for t in range(len(texts) - 1, -1, -1):
        if t + 1 in by_line:
            nxt = by_line[t + 1]
        high[t] = nxt - 1 if nxt > low[t] else 10_000
    return texts, list(zip(low, high, strict=True))


def _fits(key: str | None, lines: list[str]) -> bool:
    """Whether a cell's lines look like its column's: one time phrase in a schedule, no channel
    ("- Trên đài …") among agencies."""
    if key == "schedule":
        return sum(1 for x in lines if kind(x) == "time") <= 1
    if key in ("lead", "partners"):
        return not any(x.startswith(("- ", "+ ", "• ")) or kind(x) == "form" for x in lines)
    if key == "form":                   # "…; đoàn thể;" / "Các cơ quan, đơn vị;": an agency's cell
        return not any(kind(b) != "agency" and kind(x) == "agency" and b.rstrip().endswith((";", "."))
                       for b, x in itertools.pairwise(lines))
    return True


def plain_table(lines: list[str], labels: list[str], in_order: bool = True) -> RawTable:
    """The body of a spilled table (the lines after its header) → rows, cells by content; when the
    labels' order is a guess (``in_order`` false), every row is flagged."""
    keys = [column_key(x) for x in labels]
    columns = [k for k, key in enumerate(keys) if key != "number"]
    num_col = keys.index("number")
    items = [clean_line(x) for x in lines]
    items = [x for x in items if x]
    number_last = num_col == len(keys) - 1
    if number_last:
        items = _numbers_first(items)
    numbers: list[str] = []
    blocks: list[tuple[int | None, list[int], list[str]]] = []   # (row going on, new rows, lines)
    after_label = False
    for n, text in enumerate(items):
        nxt = items[n + 1] if n + 1 < len(items) else ""
        if _is_header_start(text) or \
                (is_label_line(text) and sum(1 for _ in _LABEL_START.finditer(text)) >= 3):
            blocks.append((len(numbers) - 1 if numbers else None, [], []))   # a page's header
            after_label = True
            continue
        named = column_key(text) is not None and _LABEL_START.match(text)
        if is_label_line(text) and (named or after_label):
            after_label = True                         # a label of the repeated header, spilled: a
            if named and column_key(text) in keys and blocks:    # column's text may follow it
                blocks[-1][2].append(f"{_MARK}{keys.index(column_key(text))}")
            continue
        after_label = False
        value = task_number(text)
        shared = _NUMBER_FIRST.match(text)
        if value is None and shared and _plausible(shared.group(1).rstrip("."), numbers):
            value, text = shared.group(1).rstrip("."), shared.group(2)       # "1 Tiếp tục tuyên truyền …"
            numbers.append(value)
            if blocks and not blocks[-1][2]:
                blocks[-1][1].append(len(numbers) - 1)
                blocks[-1][2].append(text)
            else:
                blocks.append((None, [len(numbers) - 1], [text]))
            continue
        if value is not None and len(text) <= 8:
            if _is_header_start(nxt) or not _plausible(value, numbers):
                continue                               # a page number
            numbers.append(value)
            if blocks and not blocks[-1][2]:
                blocks[-1][1].append(len(numbers) - 1)     # numbers spilled together, or after a header
            else:
                blocks.append((None, [len(numbers) - 1], []))
            continue
        if not blocks:
            blocks.append((None, [], []))
        blocks[-1][2].append(text)
    for b, (going_on, new_rows, block_lines) in enumerate(blocks):
        if going_on is None and not new_rows and block_lines:   # text before the first number
            first = next((nr[0] for _g, nr, _l in blocks[b + 1:] if nr), None)
            if first is not None:
                blocks[b] = (first, [], block_lines)
    cells: list[dict[int, list[str]]] = [{} for _ in numbers]
    notes: dict[int, str] = {}
    for going_on, new_rows, block_lines in blocks:
        if not block_lines:
            continue
        rows = ([going_on] if going_on is not None else []) + new_rows
        if not rows:
            continue
        slots = [Slot(c, keys[c], r, r == going_on, (cells[r].get(c) or [""])[-1])
                 for c in columns for r in rows]
        block_lines, allowed = _columns_allowed(block_lines)
        if not block_lines:
            continue
        cut = [split_line(x) for x in block_lines]
        flat = [q for x in cut for q in x]
        parts, sure = segment(flat, slots, [a for x, a in zip(cut, allowed, strict=True) for _ in x])
        slot_of = [s for s, part in enumerate(parts) for _ in part]
        at, split = 0, set()
        for x in cut:                              # a line cut in two: two cells may share it
            if len(x) > 1:
                split.update(slots[slot_of[k]].row for k in range(at, at + len(x)))
            at += len(x)
        for slot, part in zip(slots, parts, strict=True):
            if not _fits(slot.key, part):
                notes.setdefault(slot.row + 1, GUESSED)
        for slot, part in zip(slots, parts, strict=True):
            if part:
                cells[slot.row].setdefault(slot.col, []).extend(part)
        for r in new_rows:
            if len(new_rows) > 1:
                notes[r + 1] = SHARED
            elif not sure:
                notes.setdefault(r + 1, GUESSED)
        went_on = any(p for s, p in zip(slots, parts, strict=True) if s.going_on)
        if going_on is not None and went_on:          # a cell cut by a page: which one goes on is a guess
            notes.setdefault(going_on + 1, PAGE_GUESSED)
        for r in split:                                # two cells one space apart: cut, and said so
            notes[r + 1] = MERGED
    table = RawTable(rows=[[RawCell([x]) for x in labels]], from_text=True)
    for r, value in enumerate(numbers):
        row = [RawCell() for _ in labels]
        row[num_col] = RawCell([value])
        for c, texts in cells[r].items():
            row[c] = RawCell(_paragraphs(texts))
        table.rows.append(row)
    if not in_order or number_last:
        for r in range(1, len(numbers) + 1):
            notes.setdefault(r, COLUMNS_GUESSED if not in_order else NUMBER_LAST)
    table.row_notes = notes
    return table
