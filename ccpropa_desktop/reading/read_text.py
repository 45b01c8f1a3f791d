"""Text copied out of a PDF (or a .txt file) → paragraphs and tables (issue 4, item 2).

Such text has hard line breaks in mid-sentence, blank lines between lines, words hyphenated at
a line end, page numbers and running headers, table rows as tab-separated cells (with HTML or
Markdown marks when it went through a converter), or table cells spilled one per line. This
module repairs that damage only; deciding what each paragraph *is* belongs to ``assemble``.
A copy that kept the page's spacing (``pdftotext -layout``) has its table read by position
(``spilled``); a plain copy (``pdftotext``, pypdf, a viewer's Copy) by content (``spilled_plain``,
``cells``). A paragraph goes on across a hard wrap unless the line before ends a sentence.
"""

from __future__ import annotations

import html
import itertools
import re

from ccpropa_desktop.domain.legacy_encoding import to_unicode
from ccpropa_desktop.domain.text import clean_line
from ccpropa_desktop.reading import spilled_plain
from ccpropa_desktop.reading.columns import column_key, task_number
from ccpropa_desktop.reading.model import RawBlock, RawCell, RawDocument, RawParagraph, RawTable
from ccpropa_desktop.reading.spilled import find_header, is_layout, layout_table, unlayout

MAX_TEXT_CHARS = 5_000_000   # ~2 000 pages; more is not a plan

_CONTROL = re.compile("[\u0000-\u0008\u000b\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_STRAY_MARK = re.compile(r"(?:^|\s+)LSL\s*$")
_TAG = re.compile(r"<[^>]{0,400}>")
_BLOCK_TAG = re.compile(r"<\s*(?:br|/?p|/?li|/?ul|/?ol|/?div|/?tr|/?h\d)\b[^>]{0,400}>", re.IGNORECASE)
_PAGE_NUMBER = re.compile(
    r"^(?:trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?|-\s*\d{1,3}\s*-|\d{1,3}\s*/\s*\d{1,3}|\d{1,3})$", re.IGNORECASE)
# The start of a new paragraph in wrapped text: a bullet, a heading number, an article.
_MARKER = re.compile(r"^(?:[-+•–]\s|[IVXLC]{1,6}\.\s|\d{1,2}(?:\.\d{1,2})*\.\s|[a-zđ]\)\s|Điều\s+\d+|"
                     r"Căn cứ\s|Nơi nhận|Phụ lục|PHỤ LỤC|\()")
_ROMAN_HEADING = re.compile(r"^[IVXLC]{1,6}\.\s")
_HEADING_START = re.compile(r"^(?:[IVXLC]{1,6}\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))\s")
_SENTENCE_END = (".", "!", "?", "…")
_OPEN_END = re.compile(r"\s(?:và|của|các|với|cho|về|tại|trên|theo|những|được|đến|từ|là)$")


def decode_bytes(data: bytes) -> str:
    """Bytes of a text file → str (``decode_report`` without its warnings)."""
    return decode_report(data)[0]


def decode_report(data: bytes, name: str = "tệp") -> tuple[str, list[str]]:
    """Bytes of a text file → str and what the officer should know about its encoding.

    UTF-8 or UTF-16 with BOM; a UTF-8 file with a few bad bytes (a byte damaged in a copy) stays
    UTF-8, each bad byte reported with its line and shown as "�"; otherwise a legacy 8-bit file,
    read as Latin-1 when it carries TCVN3/VNI letters (converted later) and as Windows-1258 (the
    Vietnamese Windows code page) otherwise.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), []
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    bad = _bad_utf8(data)
    valid_multibyte = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", data))
    if bad and len(bad) <= max(3, valid_multibyte // 200) and valid_multibyte >= 4 * len(bad):
        lines = [data.count(b"\n", 0, at) + 1 for at in bad]
        where = ", ".join(str(n) for n in dict.fromkeys(lines))
        note = (f"Tệp “{name}” có {len(bad)} byte không đúng mã UTF-8 (dòng {where}); đã thay bằng “�” và "
                "đọc phần còn lại theo UTF-8. Hãy xem lại dòng đó sau khi nhập.")
        return data.decode("utf-8-sig", errors="replace"), [note]
    latin = data.decode("latin-1")
    if to_unicode(latin)[1] != "unicode":
        return latin, []
    return data.decode("cp1258", errors="replace"), []


def _bad_utf8(data: bytes) -> list[int]:
    """Offsets of the bytes that are not valid UTF-8 (the first ten)."""
    out: list[int] = []
    at = 0
    while at < len(data) and len(out) < 10:
        try:
            data[at:].decode("utf-8")
            break
        except UnicodeDecodeError as exc:
            out.append(at + exc.start)
            at += exc.start + max(1, exc.end - exc.start)
    return out


def strip_markup(line: str) -> str:
    """One line without Markdown marks, HTML tags or stray marks ("LSL"); tabs kept."""
    line = _MD_HEADING.sub("", line)
    if "<" in line:
        line = html.unescape(_TAG.sub("", line))
    line = _MD_EMPHASIS.sub("", line)
    return _STRAY_MARK.sub("", line).rstrip()


def cell_paragraphs(raw: str) -> list[str]:
    """A table cell's text → its paragraphs. HTML blocks (<p>, <li>) and inline bullets
    ("- Trên đài; - Trên Cổng …") become one paragraph each."""
    if "<" in raw:
        raw = html.unescape(_TAG.sub("", _BLOCK_TAG.sub("\n", raw)))
    raw = _MD_EMPHASIS.sub("", raw)
    out: list[str] = []
    for line in raw.split("\n"):
        line = clean_line(line)
        if not line:
            continue
        out.extend(split_inline_bullets(line))
    return out


def split_inline_bullets(line: str) -> list[str]:
    """"- A; - B. - C" → ["- A;", "- B.", "- C"]; only in a line that itself starts with a
    bullet, and only before a capital, so "chính trị - xã hội" stays whole."""
    if not line.startswith(("- ", "+ ", "• ")):
        return [line]
    parts: list[str] = []
    start = 0
    for m in re.finditer(r" ([-+•]) (?=\S)", line):
        before = line[m.start() - 1] if m.start() else ""
        after = line[m.end()]
        if (before in ";.:…)" or before.isdigit()) and after.isupper():
            parts.append(line[start:m.start()].strip())
            start = m.start() + 1
    parts.append(line[start:].strip())
    return [p for p in parts if p]


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(_SENTENCE_END)


def _continues(prev: str, nxt: str, wrapped: bool, width: int) -> bool:
    """Whether line ``nxt`` carries on the paragraph that ``prev`` ends (a hard line break).

    A new paragraph starts with a marker (bullet before a capital, heading number, "Điều",
    "Căn cứ") or in capitals; a continuation starts in lower case. In hard-wrapped text a line
    is also continued when it is *full*: the next line's first word would not have fitted on it,
    so the break is the wrap's, not the author's.
    """
    ends = prev.rstrip().endswith((*_SENTENCE_END, ";", ":"))
    full = wrapped and len(prev) + 1 + len(nxt.split(" ", 1)[0]) > width
    if _ROMAN_HEADING.match(prev) and wrapped and not ends and nxt.isupper() and not _MARKER.match(nxt):
        return True                       # a long section heading wrapped onto a second line
    if _is_caps(nxt) and not _is_caps(prev):
        return False
    dash = re.match(r"^[-+–]\s+(\w)", nxt)
    if dash and dash.group(1).islower():    # "kinh tế" / "- xã hội": a dash, not a bullet
        return not ends or full
    long_line = wrapped and len(prev) >= 0.6 * width and not _is_caps(prev)
    if _MARKER.match(nxt):                # "… cạnh tranh" / "(PCI) cấp tỉnh": a bracket, not a new line
        word = nxt[1:].split(" ", 1)[0].strip(")],;.")
        inside = word[:1].islower() or word[:1].isdigit() or (len(word) >= 2 and word.isupper())
        return bool(nxt.startswith("(") and not ends and (full or (long_line and inside)))
    if nxt[:1].islower() or nxt[:1].isdigit():     # "… năm" / "2024 của …"
        return not _ends_sentence(prev) or full
    if wrapped and _OPEN_END.search(prev) and not _MARKER.match(nxt) and not _is_caps(nxt):
        return True                       # "… giữa Nhà nước và" / "Nhân dân; …": no line ends on "và"
    if prev.rstrip().endswith("./.") or (_HEADING_START.match(prev) and not ends and "," not in prev):
        return False                      # the end of a document, or a numbered heading's line
    # a capital after a hard wrap ("… huyện Sông" / "Mã về …", "… trên" / "Website") goes on with the
    # paragraph unless the line before ended a sentence or stopped well short of the width
    return (long_line and not _ends_sentence(prev) and not prev.rstrip().endswith(":")) or full


def _is_caps(text: str) -> bool:
    """A line in capitals (a heading, an authority), not an acronym in brackets like "(DTI)."."""
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 2 and all(c.isupper() for c in letters) and bool(letters)


def join_lines(lines: list[str], wrapped: bool = False, width: int = 0) -> list[str]:
    """Lines → paragraphs: hard breaks and hyphenation repaired, blank lines ignored."""
    out: list[str] = []
    last = ""                                    # the previous physical line
    for raw in lines:
        line = clean_line(raw)
        if not line:
            continue
        # only a paragraph's first line can be a heading: pass later lines without their marker
        prev_line = last if out and out[-1] == last else f"… {last}"
        if out and _continues(prev_line, line, wrapped, width):
            prev = out[-1]
            if re.search(r"[^\W\d_]-$", prev) and line[:1].islower():
                out[-1] = prev[:-1] + line          # "ph-" + "át" → "phát"
            else:
                out[-1] = f"{prev} {line}"
        else:
            out.append(line)
        last = line
    return out


def _wrap_width(lines: list[str]) -> tuple[bool, int]:
    """Whether the text was hard-wrapped (a PDF copy) and at about what width."""
    lengths = sorted(len(x) for x in lines if x.strip() and "\t" not in x)
    if len(lengths) < 8:
        return False, 0
    typical = lengths[int(len(lengths) * 0.9)]
    width = max(x for x in lengths if x <= typical * 1.2)
    return typical <= 150, width


def _normal(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def _spilled_header(lines: list[str], start: int) -> int:
    """The number of header labels spilled one per line from ``start`` (0 if none)."""
    keys = []
    i = start
    while i < len(lines) and len(keys) < 12:
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        key = column_key(line) if len(line) <= 40 and "\t" not in line else None
        if key is None:
            break
        keys.append(key)
        i += 1
    if len(keys) >= 3 and keys[0] == "number" and "content" in keys:
        return len(keys)
    return 0


def _drop_page_furniture(lines: list[str], table_from: int) -> list[str]:
    """Page numbers and running headers/footers out; lines from ``table_from`` on keep their
    bare numbers (task numbers of a spilled table) and repeated values ("Thường xuyên")."""
    body = [_normal(x) for x in lines[:table_from] if x.strip() and "\t" not in x]
    seen: dict[str, list[int]] = {}
    for i, k in enumerate(body):
        seen.setdefault(k, []).append(i)
    # a running header comes back once a page: three times or more, never right after itself
    repeated = {k for k, at in seen.items() if len(at) >= 3 and len(k) <= 100 and re.search(r"[^\W\d_]", k)
                and not k.startswith(("-", "+", "•")) and min(b - a for a, b in itertools.pairwise(at)) >= 3}
    out = []
    for i, line in enumerate(lines):
        text = line.strip()
        if not text or "\t" in line:
            out.append(line)
            continue
        in_table = i >= table_from
        if _PAGE_NUMBER.match(text) and (not in_table or not text.isdigit()):
            continue
        if _normal(text) in repeated and not (in_table and re.fullmatch(r"[\d./-]+", text)):
            continue
        out.append(line)
    return out


def _split_row(line: str) -> list[RawCell]:
    return [RawCell(paragraphs=cell_paragraphs(cell)) for cell in line.split("\t")]


def _spilled_table(lines: list[str], n_cols: int) -> RawTable:
    """Cells one per line → rows: a task number starts a row; the lines up to the next number
    fill its cells. A row whose line count does not fit the columns is kept, flagged."""
    items = [clean_line(strip_markup(x)) for x in lines]
    items = [x for x in items if x]
    header, body = items[:n_cols], items[n_cols:]
    rows: list[list[str]] = []
    i = 0
    while i < len(body):
        if body[i:i + n_cols] == header:           # header repeated on a later page
            i += n_cols
            continue
        if task_number(body[i]) is not None or not rows:
            rows.append([body[i]])
        else:
            rows[-1].append(body[i])
        i += 1
    table = RawTable(rows=[[RawCell([h]) for h in header]], from_text=True)
    notes: dict[int, str] = {}
    for row in rows:
        cells = _fit_cells(row[1:], n_cols - 1)
        if cells is None:
            notes[len(table.rows)] = "các ô được đoán theo thứ tự dòng"
            cells = [*row[1:n_cols - 1], "\n".join(row[n_cols - 1:])] if len(row) > n_cols else row[1:]
            cells = cells + [""] * (n_cols - 1 - len(cells))
        table.rows.append([RawCell([row[0]]), *(RawCell(cell_paragraphs(c)) for c in cells)])
    table.row_notes = notes
    return table


def _table_of_spilled(lines: list[str], n_cols: int,
                      plain: tuple[int, int, list[str], list[str], bool] | None) -> RawTable:
    """Cells one per line in order (``_spilled_table``) when every row fits the columns so; else
    read by content (``spilled_plain``: wrapped labels, cells out of order, numbers spilled)."""
    if n_cols:
        table = _spilled_table(lines, n_cols)
        if plain is None or (not table.row_notes and [c.text for c in table.rows[0]] == plain[2]):
            return table
    assert plain is not None
    start, end, labels, numbers, in_order = plain
    return spilled_plain.plain_table(numbers + lines[end - start:], labels, in_order)


def _fit_cells(lines: list[str], n: int) -> list[str] | None:
    """Join wrapped lines of a spilled row until it has ``n`` cells; None if it cannot."""
    cells = list(lines)
    while len(cells) > n:
        for j in range(1, len(cells)):
            both_bullets = cells[j].startswith(("- ", "+ ")) and cells[j - 1].startswith(("- ", "+ "))
            if _continues(cells[j - 1], cells[j], False, 0) or both_bullets:
                sep = " " if cells[j][:1].islower() else "\n"
                cells[j - 1:j + 1] = [cells[j - 1] + sep + cells[j]]
                break
        else:
            return None
    return cells if len(cells) == n else None


def read_text(text: str) -> RawDocument:
    """Pasted text → paragraphs and tables, converted from TCVN3/VNI if need be, NFC."""
    if len(text) > MAX_TEXT_CHARS:
        from ccpropa_desktop.errors import UserError
        raise UserError("text_too_large", "Văn bản quá dài (hơn 5 triệu ký tự): đây không phải một kế hoạch.")
    text, encoding = to_unicode(text)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).replace("\f", "\n")
    source_lines = text.split("\n")
    positioned: RawTable | None = None
    if "\t" not in text and is_layout(source_lines):   # the page's spacing kept: read by position
        found = find_header(source_lines)
        if found is not None:
            positioned = layout_table(source_lines, *found)
            source_lines = source_lines[:found[0]]
        source_lines = unlayout(source_lines)
    lines = [x if "\t" in x else strip_markup(x) for x in source_lines]
    table_from = len(lines)
    for i in range(len(lines)):
        if ("\t" in lines[i] and len(lines[i].split("\t")) >= 3) or _spilled_header(lines, i):
            table_from = i
            break
    plain = spilled_plain.header(lines) if positioned is None and "\t" not in text else None
    if plain is not None and plain[0] <= table_from:
        table_from = plain[0]
    else:
        plain = None
    lines = _drop_page_furniture(lines, table_from)
    if plain is not None:
        plain = spilled_plain.header(lines)            # the same header, on the lines kept
        table_from = plain[0] if plain is not None else len(lines)
    wrapped, width = _wrap_width(lines)

    blocks: list[RawBlock] = []
    pending: list[str] = []
    table: RawTable | None = None

    def flush() -> None:
        blocks.extend(RawParagraph(p) for p in join_lines(pending, wrapped, width))
        pending.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line and line.strip():
            flush()
            if table is None:
                table = RawTable(rows=[], from_text=True)
                blocks.append(table)
            table.rows.append(_split_row(line))
            i += 1
            continue
        if not line.strip():
            i += 1
            continue
        n_cols = _spilled_header(lines, i)
        if n_cols or (plain is not None and i >= table_from):
            flush()
            blocks.append(_table_of_spilled(lines[i:], n_cols, plain))
            break
        table = None
        pending.append(line)
        i += 1
    flush()
    if positioned is not None:
        blocks.append(positioned)
    return RawDocument(blocks=blocks, encoding=encoding, source="text")
