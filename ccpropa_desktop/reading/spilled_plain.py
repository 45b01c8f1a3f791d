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

import re

from ccpropa_desktop.domain.text import clean_line, fold

from .cells import Slot, segment, split_line
from .columns import column_key, task_number
from .model import RawCell, RawTable
from .spilled import _paragraphs

_LABEL_WORDS = frozenset((
    "tt", "stt", "so", "thu", "tu", "noi", "dung", "cong", "viec", "tuyen", "truyen", "hinh", "thuc",
    "co", "quan", "don", "vi", "chu", "tri", "phoi", "hop", "thoi", "gian", "thuc", "hien", "tien", "do",
    "han", "nhiem", "vu", "cu", "the", "can", "san", "pham", "hoat", "dong", "ket", "qua", "ghi", "chu",
    "du", "kien",
))
# where a new label starts inside a header line holding several ("TT Nội dung … Thời gian")
_LABEL_START = re.compile(r"(?:^|(?<=\s))(?=(?:TT|STT|Nội dung|Nhiệm vụ|Hình thức|Cơ quan|Đơn vị|Thời gian|"
                          r"Sản phẩm|Hoạt động|Ghi chú|Kết quả|Thời hạn|Tiến độ)\b)")
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
    """"TT"/"STT" alone, or a header line that starts with it."""
    return _is_number_label(text) or (text.startswith(("TT ", "STT ")) and is_label_line(text))


def header(lines: list[str]) -> tuple[int, int, list[str], list[str]] | None:
    """(first line, line after the header zone, labels, task numbers met inside the zone) of a
    spilled table header: from a "TT"/"STT" line (or a line starting with it), the label lines that
    follow joined into the known column names. A label printed on two lines may come out after the
    first row's cells ("Thời gian" / "thực hiện"): it is looked for up to the header's next page."""
    for i, line in enumerate(lines):
        text = line.strip()
        if not text or not _is_header_start(text):
            continue
        pieces: list[str] = []
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
        if "number" in known and "content" in known and len(known) >= 2 and None not in keys:
            late = _late_labels(lines, j, set(known))
            if late:
                labels = join_labels(pieces + late)
                keys = [column_key(x) for x in labels]
            if len(keys) >= 3 and None not in keys and len(set(keys)) == len(keys):
                return i, j, labels, numbers
    return None


def _late_labels(lines: list[str], start: int, have: set[str | None]) -> list[str]:
    """Label lines after the header zone, before the header's next page, naming columns not yet
    found ("Thời gian" then "thực hiện" after the first row)."""
    out: list[str] = []
    for k in range(start, min(len(lines), start + 400)):
        t = lines[k].strip()
        if _is_number_label(t):
            break
        if not t or not is_label_line(t):
            continue
        key = column_key(t)
        if key is not None and key not in have and _LABEL_START.match(t):
            out.append(t)
            have.add(key)
            nxt = lines[k + 1].strip() if k + 1 < len(lines) else ""
            if nxt and is_label_line(nxt) and column_key(nxt) is None:
                out.append(nxt)
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


def plain_table(lines: list[str], labels: list[str]) -> RawTable:
    """The body of a spilled table (the lines after its header) → rows, cells by content."""
    keys = [column_key(x) for x in labels]
    columns = [k for k, key in enumerate(keys) if key != "number"]
    num_col = keys.index("number")
    items = [clean_line(x) for x in lines]
    items = [x for x in items if x]
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
            after_label = True
            continue                                   # a label of the repeated header, spilled
        after_label = False
        value = task_number(text)
        shared = _NUMBER_FIRST.match(text)
        if value is None and shared and _plausible(shared.group(1).rstrip("."), numbers):
            value, text = shared.group(1).rstrip("."), shared.group(2)       # "1 Tiếp tục tuyên truyền …"
            numbers.append(value)
            blocks.append((len(numbers) - 2 if len(numbers) > 1 else None, [len(numbers) - 1], [text]))
            continue
        if value is not None and len(text) <= 8:
            if _is_number_label(nxt) or not _plausible(value, numbers):
                continue                               # a page number
            numbers.append(value)
            if blocks and not blocks[-1][2]:
                blocks[-1][1].append(len(numbers) - 1)
            else:
                blocks.append((len(numbers) - 2 if len(numbers) > 1 else None, [len(numbers) - 1], []))
            continue
        if not blocks:
            blocks.append((None, [], []))
        blocks[-1][2].append(text)
    cells: list[dict[int, list[str]]] = [{} for _ in numbers]
    notes: dict[int, str] = {}
    for going_on, new_rows, block_lines in blocks:
        if not block_lines:
            continue
        rows = ([going_on] if going_on is not None else []) + new_rows
        if not rows:
            continue
        slots = [Slot(c, keys[c], r, r == going_on) for c in columns for r in rows]
        cut = [split_line(x) for x in block_lines]
        parts, sure = segment([q for x in cut for q in x], slots)
        split = {q for x in cut if len(x) > 1 for q in x}
        for slot, part in zip(slots, parts, strict=True):
            if part:
                cells[slot.row].setdefault(slot.col, []).extend(part)
        for r in new_rows:
            if len(new_rows) > 1:
                notes[r + 1] = SHARED
            elif not sure:
                notes.setdefault(r + 1, GUESSED)
        went_on = any(p for s, p in zip(slots, parts, strict=True) if s.going_on)
        if going_on is not None and went_on and not sure:
            notes.setdefault(going_on + 1, GUESSED)
        if split:                                      # two cells one space apart: cut, and said so
            for slot, part in zip(slots, parts, strict=True):
                if any(x in split for x in part):
                    notes[slot.row + 1] = MERGED
    table = RawTable(rows=[[RawCell([x]) for x in labels]], from_text=True)
    for r, value in enumerate(numbers):
        row = [RawCell() for _ in labels]
        row[num_col] = RawCell([value])
        for c, texts in cells[r].items():
            row[c] = RawCell(_paragraphs(texts))
        table.rows.append(row)
    table.row_notes = notes
    return table
