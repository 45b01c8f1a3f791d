"""Paragraphs and tables of a province's plan → a template document (issue 4, W2).

The readers (``read_docx``, ``read_text``) repair what extraction broke; this module decides what
each paragraph is, in the order ND30 lays a plan out: letterhead (issuer, "Số:", place and date),
KẾ HOẠCH — or QUYẾT ĐỊNH with the Kế hoạch attached —, trích yếu, Căn cứ, the I./1./a) section
tree, the closing, Nơi nhận and signer, and the appendix table(s), whose columns are matched by
their header text. The result has exactly the shape of docs/template-format.md.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from ccpropa_desktop.documents.import_columns import TASK_KEYS, header_keys, task_number
from ccpropa_desktop.documents.import_model import RawCell, RawDocument, RawParagraph, RawTable
from ccpropa_desktop.domain.text import clean_line, fold
from ccpropa_desktop.errors import UserError

COLUMN_HINT = ("TT, Nội dung (hoặc Nhiệm vụ), Hình thức, Cơ quan chủ trì, Cơ quan phối hợp, "
               "Thời gian thực hiện, Sản phẩm")

_ROMAN = re.compile(r"^([IVXLC]{1,6})\s*[.:–-]\s*(\S.*)$")
_ARABIC = re.compile(r"^(\d{1,2})\.\s*([^\d\s].*)$")
_SUB = re.compile(r"^(\d{1,2}\.\d{1,2})\.?\s+(\S.*)$")
_LETTER = re.compile(r"^([a-zđ])\)\s*(\S.*)$")
_APPENDIX_HEADING = re.compile(
    r"^((?:PHỤ LỤC|Phụ lục|Phụ Lục)(?:\s+(?:[IVXLC]{1,5}|\d{1,2})\b)?)\s*[:.–-]?\s*(.*)$")
_KIND_RANK = {"roman": 0, "arabic": 1, "sub": 2, "letter": 3}
_NUMBER_LINE = re.compile(r"^Số\s*:?\s*(.*)$")
_DATE_LINE = re.compile(r"^(?P<place>[^\d,;:()]{2,40}?),\s*ngày\s*(?P<d>\d{1,2})?[\s.…/_-]*tháng\s*"
                        r"(?P<m>\d{1,2})?[\s.…/_-]*năm\s*(?P<y>\d{4})")
_AUTHORITY = re.compile(r"^(?:TM|KT|TL|TUQ|Q|QUYỀN|THỪA LỆNH|THỪA ỦY QUYỀN)\s*[.:]?\s+\S")
_TITLES = {"CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG",
           "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "BÍ THƯ",
           "PHÓ BÍ THƯ", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "CHÁNH THANH TRA"}
_HEADER_ANCHORS = re.compile(
    r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|"
    r"Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|(?<!\w)Số\s*:|"
    r"(?<![\w,])[A-ZĐÀ-Ỹ][^\d\s,;:()]*(?:\s+[A-ZĐÀ-Ỹ][^\d\s,;:()]*){0,3},\s*ngày(?!\w)")
_UNIT_WORDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường", "đặc khu")
_CENTRAL_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}
_SENTENCE_END = (".", ";", "!", "?", "…")


@dataclass
class Assembly:
    """The template and what the person should check before saving it."""

    doc: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


@dataclass
class _TaskTable:
    keys: list[str | None]
    labels: list[str]
    rows: list[list[RawCell | None]]
    from_text: bool
    uncertain: set[int] = field(default_factory=set)


Item = str | _TaskTable


# -- small predicates ------------------------------------------------------------------------------
def _words(text: str) -> int:
    return len(text.split())


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def _is_doctype(text: str) -> str | None:
    if text.rstrip().endswith(":") or not _is_upper(text):
        return None
    k = _key(text)
    return {"ke hoach": "A", "quyet dinh": "B"}.get(k)


def _is_motto(text: str) -> bool:
    k = _key(text)
    return k.startswith(("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc")) or \
        bool(re.fullmatch(r"[-_=*.·•\s]{3,}", text))


def _is_appendix_heading(text: str) -> bool:
    k = _key(text)
    return k.startswith("phu luc") and _words(text) <= 12 and not text.startswith("(")


def _is_signer_title(text: str) -> bool:
    return _is_upper(text) and " ".join(text.split()) in _TITLES


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 6 and not any(c.isdigit() for c in text) and \
        all(w[:1].isupper() for w in words) and not text.startswith(("(", "-"))


def _strip_bullet(text: str) -> str:
    return re.sub(r"^[-+•–]\s*", "", text).strip()


def _join_continuation(prev: str, new: str) -> str:
    """A cell continued on the next page: a word cut at the page break joins with a space."""
    if not prev:
        return new
    if not new:
        return prev
    if new[:1].islower() and not prev.rstrip().endswith((".", "!", "?", ":", ";", "…")):
        return f"{prev} {new}"
    return f"{prev}\n{new}"


def _iso(day: str | None, month: str | None, year: str | None) -> str | None:
    if not (day and month and year):
        return None
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


# -- tables ----------------------------------------------------------------------------------------
def _grid(table: RawTable) -> list[list[RawCell | None]]:
    """Rows on the grid: a cell spanning columns sits in its first one; a vertically merged
    cell takes the value of the cell above (written into every row of its group)."""
    rows: list[list[RawCell | None]] = []
    width = max((sum(max(c.span, 1) for c in row) for row in table.rows), default=0)
    for row in table.rows:
        out: list[RawCell | None] = []
        for cell in row:
            col = len(out)
            if cell.merged_above and rows and col < len(rows[-1]) and rows[-1][col] is not None:
                above = rows[-1][col]
                cell = RawCell(list(above.paragraphs), cell.span, True)  # type: ignore[union-attr]
            out.append(cell)
            out.extend([None] * (max(cell.span, 1) - 1))
        out.extend([None] * (width - len(out)))
        rows.append(out[:width] if width else out)
    return rows


def _texts(row: list[RawCell | None]) -> list[str]:
    return [clean_line(c.text) if c is not None else "" for c in row]


def _is_column_numbering(texts: list[str]) -> bool:
    values = [t for t in texts if t]
    return len(values) >= 3 and all(re.fullmatch(r"\(?\d{1,2}\)?", t) for t in values)


def _task_table(table: RawTable) -> _TaskTable | None:
    grid = _grid(table)
    for h, row in enumerate(grid[:3]):
        texts = _texts(row)
        keys = header_keys(texts)
        if keys is None:
            continue
        labels = texts
        body = grid[h + 1:]
        # A two-row header ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp").
        if body:
            sub = _texts(body[0])
            sub_keys = [header_keys([x, "Nội dung"]) and header_keys([x, "Nội dung"])[0] if x else None
                        for x in sub]
            if any(sub) and task_number(sub[0] or "x") is None and all(
                    k is not None for x, k in zip(sub, sub_keys, strict=True) if x):
                for i, (x, k) in enumerate(zip(sub, sub_keys, strict=True)):
                    if x and k:
                        keys[i], labels[i] = k, x
                body = body[1:]
        return _TaskTable(keys=keys, labels=labels, rows=body, from_text=table.from_text,
                          uncertain={u - h - 1 for u in table.uncertain_rows})
    return None


def _is_layout_table(table: RawTable) -> bool:
    """Letterhead and signature tables: two columns of lines, not data."""
    cols = max((len(r) for r in table.rows), default=0)
    text = " ".join(c.text for r in table.rows for c in r)
    k = _key(text)
    return cols <= 2 or "cong hoa xa hoi" in k or "noi nhan" in k or bool(re.search(r"\bSố\s*:", text))


def _flatten(table: RawTable) -> list[str]:
    """A layout table read column by column: the issuer's column, then the motto's."""
    out: list[str] = []
    width = max((len(r) for r in table.rows), default=0)
    for col in range(width):
        for row in table.rows:
            if col < len(row):
                out.extend(p for p in row[col].paragraphs if p.strip())
    return out


def _split_header_line(text: str) -> list[str]:
    """A letterhead line pasted side by side ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …") → its parts."""
    starts = sorted({m.start() for m in _HEADER_ANCHORS.finditer(text)} | {0})
    parts = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return [p for p in parts if p]


# -- the assembler ---------------------------------------------------------------------------------
class _Assembler:
    def __init__(self, raw: RawDocument) -> None:
        self.warnings: list[str] = []
        self.unplaced: list[str] = []
        self.items: list[Item] = []
        self.unknown_tables: list[list[str]] = []
        self.table_count = 0
        self._collect(raw)

    def _collect(self, raw: RawDocument) -> None:
        previous: _TaskTable | None = None
        for block in raw.blocks:
            if isinstance(block, RawParagraph):
                text = clean_line(block.text)
                if text:
                    self.items.extend(line for line in text.split("\n") if line)
                continue
            if not block.rows:
                continue
            self.table_count += 1
            found = _task_table(block)
            if found is not None:
                self.items.append(found)
                previous = found
                continue
            width = max(len(r) for r in block.rows)
            first = _texts(_grid(block)[0])
            if previous is not None and width == len(previous.keys) and (
                    not first[0] or task_number(first[0]) is not None):
                previous.rows.extend(_grid(block))      # the table goes on without its header
                continue
            if _is_layout_table(block):
                self.items.extend(_flatten(block))
            elif width >= 3 and len(block.rows) >= 2:
                self.unknown_tables.append([x for x in first if x])
            else:
                self.items.extend(_flatten(block))

    # -- reading order helpers ------------------------------------------------------------------
    def _texts_between(self, a: int, b: int) -> list[tuple[int, str]]:
        return [(i, x) for i, x in enumerate(self.items[a:b], a) if isinstance(x, str)]

    def _find(self, pred: Any, start: int = 0, end: int | None = None) -> int | None:
        for i in range(start, len(self.items) if end is None else end):
            item = self.items[i]
            if isinstance(item, str) and pred(item):
                return i
        return None

    def _first_table(self, start: int = 0) -> int | None:
        for i in range(start, len(self.items)):
            if isinstance(self.items[i], _TaskTable):
                return i
        return None

    # -- parts ------------------------------------------------------------------------------------
    def letterhead(self, end: int) -> dict[str, Any]:
        info: dict[str, Any] = {"issuer_lines": [], "number": None, "place": "", "date": None, "year": None}
        for _i, text in self._texts_between(0, end):
            for part in _split_header_line(text):
                self._letterhead_part(part, info)
        return info

    def _letterhead_part(self, part: str, info: dict[str, Any]) -> None:
        m = _NUMBER_LINE.match(part)
        if m and info["number"] is None:
            info["number"] = m.group(1)
            return
        d = _DATE_LINE.match(part)
        if d and not info["place"]:
            info["place"] = d.group("place").strip()
            info["date"] = _iso(d.group("d"), d.group("m"), d.group("y"))
            info["year"] = int(d.group("y"))
            return
        if _is_motto(part) or _is_doctype(part):
            return
        if _is_upper(part) and _words(part) <= 12:
            info["issuer_lines"].append(" ".join(part.split()))

    def title_after(self, i: int, end: int) -> tuple[str, int]:
        """The trích yếu after the KẾ HOẠCH / QUYẾT ĐỊNH line, and the index after it."""
        j = i + 1
        parts: list[str] = []
        while j < end:
            item = self.items[j]
            if not isinstance(item, str):
                break
            if _is_motto(item):
                j += 1
                continue
            if parts and not (item[:1].islower() or item[:1].isdigit()):
                break
            if not parts and (item.startswith(("(", "Căn cứ")) or _ROMAN.match(item)):
                break
            parts.append(item)
            j += 1
        return " ".join(parts), j

    def tail(self, start: int, end: int) -> dict[str, Any]:
        """Closing, Nơi nhận and signer, in whatever order they come."""
        out: dict[str, Any] = {"closing": [], "recipients": [], "signer": {"authority": "", "title": "",
                                                                          "name": ""}}
        mode = "closing"
        signer = out["signer"]
        for _i, text in self._texts_between(start, end):
            k = _key(text)
            if k.startswith("noi nhan"):
                mode = "recipients"
                rest = text.split(":", 1)[1].strip() if ":" in text else ""
                if rest:
                    out["recipients"].append(_strip_bullet(rest).rstrip(";.,").strip())
                continue
            if _AUTHORITY.match(text) and _is_upper(text) and not signer["authority"]:
                signer["authority"] = " ".join(text.split())
                mode = "signer"
                continue
            if mode == "signer" or (_is_signer_title(text) and not signer["title"]):
                title_like = _is_signer_title(text) or (_is_upper(text) and _words(text) <= 8)
                if not signer["title"] and title_like:
                    signer["title"] = " ".join(text.split())
                    mode = "signer"
                    continue
                if k.startswith(("da ky", "ky boi")) or text.startswith("(") or _is_motto(text):
                    continue
                if signer["title"] and not signer["name"] and _looks_like_name(text):
                    signer["name"] = text
                    mode = "after"
                    continue
            if mode == "recipients":
                recipient = _strip_bullet(text).rstrip(";,").strip()
                if recipient.endswith(".") and not recipient.endswith(".."):
                    recipient = recipient[:-1].rstrip()
                if recipient:
                    out["recipients"].append(recipient)
            elif mode == "closing":
                out["closing"].append(text)
            elif mode == "after" and not _looks_like_name(text):
                self.warnings.append(f"Bỏ qua đoạn sau chữ ký: “{text[:60]}”.")
        return out

    def sections(self, start: int, end: int) -> list[dict[str, Any]]:
        entries = self._classify(self._texts_between(start, end))
        roots: list[dict[str, Any]] = []
        stack: list[tuple[int, dict[str, Any]]] = []
        for kind, title, paragraphs in entries:
            if kind is None:
                if stack:
                    stack[-1][1]["paragraphs"].extend(paragraphs)
                elif roots:
                    roots[-1]["paragraphs"].extend(paragraphs)
                else:
                    roots.append({"title": "", "paragraphs": list(paragraphs), "children": []})
                continue
            rank = _KIND_RANK[kind]
            while stack and stack[-1][0] >= rank:
                stack.pop()
            node = {"title": title, "paragraphs": list(paragraphs), "children": []}
            (stack[-1][1]["children"] if stack else roots).append(node)
            stack.append((rank, node))
        return roots

    def _classify(self, texts: list[tuple[int, str]]) -> list[tuple[str | None, str, list[str]]]:
        """Each body paragraph: (heading kind, title, its own paragraphs) or (None, "", [text])."""
        raw: list[tuple[str | None, str, str]] = []   # (kind, marker-less text, full text)
        for _i, text in texts:
            kind, rest = None, text
            for name, pattern in (("roman", _ROMAN), ("sub", _SUB), ("arabic", _ARABIC), ("letter", _LETTER)):
                m = pattern.match(text)
                if m:
                    kind, rest = name, m.group(2).strip()
                    break
            raw.append((kind, rest, text))

        def heading(kind: str | None, rest: str) -> bool:
            ends = rest.endswith(_SENTENCE_END)
            if kind == "roman":
                return not (ends and _words(rest) > 30)
            if kind in ("arabic", "sub"):
                return (_words(rest) <= 25 and not ends) or _words(rest) <= 9
            if kind == "letter":
                return _words(rest) <= 15 and not ends
            return False

        flags = [heading(k, r) for k, r, _t in raw]
        out: list[tuple[str | None, str, list[str]]] = []
        for n, (kind, rest, text) in enumerate(raw):
            if kind and flags[n]:
                out.append((kind, rest, []))
                continue
            head, sep, body = rest.partition(":")
            if kind in ("arabic", "sub") and sep and body.strip() and _words(head) <= 10 \
                    and self._sibling_is_heading(raw, flags, n):
                out.append((kind, head.strip() + ":", [body.strip()]))  # a run-in heading keeps its colon
                continue
            out.append((None, "", [text]))
        return out

    @staticmethod
    def _sibling_is_heading(raw: list[tuple[str | None, str, str]], flags: list[bool], n: int) -> bool:
        kind = raw[n][0]
        rank = _KIND_RANK[kind or "letter"]
        for step in (-1, 1):
            j = n + step
            while 0 <= j < len(raw):
                other = raw[j][0]
                if other and _KIND_RANK[other] < rank and flags[j]:
                    break
                if other == kind and flags[j]:
                    return True
                j += step
        return False

    def appendix(self, start: int) -> dict[str, Any]:
        """The appendix heading, title and subtitle before the first task table, and its tasks."""
        first = self._first_table(start)
        assert first is not None
        heading_at = None
        for i in range(first - 1, start - 1, -1):
            item = self.items[i]
            if isinstance(item, str) and _is_appendix_heading(item):
                heading_at = i
                break
        heading, title, subtitle = "Phụ lục", "", ""
        if heading_at is not None:
            text = self.items[heading_at]
            assert isinstance(text, str)
            m = _APPENDIX_HEADING.match(text)
            if m:
                heading, title = m.group(1), m.group(2)
            for _i, line in self._texts_between(heading_at + 1, first):
                if line.startswith("(") and not subtitle:
                    subtitle = line
                elif not title:
                    title = line
                elif line[:1].islower() or (_is_upper(title) and _is_upper(line) and not subtitle):
                    title = f"{title} {line}"
                else:
                    self.warnings.append(f"Bỏ qua đoạn trước bảng phụ lục: “{line[:60]}”.")
        else:
            self.warnings.append("Không thấy dòng “Phụ lục” trước bảng nhiệm vụ; đã đặt tên “Phụ lục”.")
        tables = [x for x in self.items[first:] if isinstance(x, _TaskTable)]
        columns, tasks = self._tasks(tables)
        return {"heading": heading, "title": title, "subtitle": subtitle, "columns": columns, "tasks": tasks}

    def _tasks(self, tables: list[_TaskTable]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
        columns: list[dict[str, str]] = []
        tasks: list[dict[str, str]] = []
        has_note = False
        for t_index, table in enumerate(tables, 1):
            for key, label in zip(table.keys, table.labels, strict=True):
                if key and key not in {c["key"] for c in columns}:
                    columns.append({"key": key, "label": label})
                    has_note = has_note or key == "note"
                elif key is None and label:
                    self.warnings.append(f"Cột “{label}” của bảng {t_index} không khớp cột nào của mẫu; "
                                         "đã bỏ qua.")
            header_fold = [_key(x) for x in table.labels]
            num_col = table.keys.index("number") if "number" in table.keys else None
            table_tasks: list[dict[str, str]] = []
            for r, row in enumerate(table.rows):
                texts = [c.text.strip() if c is not None else "" for c in row]
                texts = [clean_line(x) for x in texts]
                if not any(texts) or [_key(x) for x in texts] == header_fold or _is_column_numbering(texts):
                    continue
                if r in table.uncertain:
                    self.unplaced.append(f"Bảng {t_index}, dòng “{texts[0] or '…'}”: các ô được đoán "
                                         "theo thứ tự dòng, cần kiểm tra.")
                values: dict[str, str] = {}
                for key, text in zip(table.keys, texts, strict=False):
                    if key and text:
                        values[key] = f"{values[key]}\n{text}" if values.get(key) else text
                raw_number = texts[num_col] if num_col is not None and num_col < len(texts) else ""
                number = task_number(raw_number) if raw_number else None
                if num_col is None:
                    number = str(len(tasks) + len(table_tasks) + 1)
                elif raw_number and number is None:
                    number = raw_number.rstrip(".")
                if not number:
                    target = table_tasks[-1] if table_tasks else (tasks[-1] if tasks else None)
                    if target is None:
                        shown = " | ".join(x for x in texts if x)[:80]
                        self.unplaced.append(f"Bảng {t_index}: dòng không có số thứ tự ở đầu bảng, không "
                                             f"biết thuộc nhiệm vụ nào: “{shown}”.")
                        continue
                    for key, text in values.items():
                        if key != "number":
                            target[key] = _join_continuation(target.get(key, ""), text)
                    continue
                task = dict.fromkeys(TASK_KEYS, "")
                if has_note:
                    task["note"] = ""
                task.update({k: v for k, v in values.items() if k != "number"})
                task["number"] = number
                table_tasks.append(task)
            if table.from_text:
                _fill_group_merges(table_tasks, [k for k in table.keys if k])
            tasks.extend(table_tasks)
        return columns, tasks

    # -- the whole document -------------------------------------------------------------------
    def run(self) -> Assembly:
        if self._first_table() is None:
            if self.unknown_tables:
                labels = "; ".join("“" + "”, “".join(x[:8]) + "”" for x in self.unknown_tables[:3])
                raise UserError("unknown_columns", f"Không nhận ra cột của bảng trong văn bản ({labels}). "
                                f"Bảng phụ lục cần các cột như: {COLUMN_HINT}.")
            if not any(isinstance(x, str) for x in self.items):
                raise UserError("empty_document", "Văn bản trống: không có nội dung nào để nhập.")
            raise UserError("no_table", "Không tìm thấy bảng nhiệm vụ (phụ lục) nào trong văn bản. Kế hoạch "
                            f"mẫu cần một bảng phụ lục với các cột như: {COLUMN_HINT}.")
        first_table = self._first_table()
        assert first_table is not None
        doctype_at = self._find(lambda t: _is_doctype(t) is not None, 0, first_table)
        form = "A"
        if doctype_at is None:
            self.warnings.append("Không thấy dòng “KẾ HOẠCH” hay “QUYẾT ĐỊNH”: coi là Kế hoạch.")
            head_end = 0
        else:
            form = _is_doctype(self.items[doctype_at]) or "A"  # type: ignore[arg-type]
            head_end = doctype_at
        head = self.letterhead(head_end)
        decision = None
        plan_at = doctype_at
        decision_tail: dict[str, Any] | None = None
        if form == "B" and doctype_at is not None:
            decision, plan_at, decision_tail = self._decision(doctype_at, head, first_table)
        title, body_start = ("", head_end) if plan_at is None else self.title_after(plan_at, first_table)
        attached = ""
        if body_start < first_table and isinstance(self.items[body_start], str):
            line = self.items[body_start]
            if line.startswith("(") and "kèm theo" in line:  # type: ignore[union-attr]
                attached = line  # type: ignore[assignment]
                body_start += 1
        first_heading = self._find(lambda t: bool(_ROMAN.match(t)), body_start, first_table)
        if first_heading is None:
            first_heading = self._find(lambda t: bool(_ARABIC.match(t)) and _words(t) <= 26,
                                       body_start, first_table)
        legal_end = first_heading if first_heading is not None else body_start
        legal_bases = [t for _i, t in self._texts_between(body_start, legal_end)
                       if not _is_motto(t) and _is_doctype(t) is None]

        appendix_at = None
        for i in range(first_table - 1, legal_end - 1, -1):
            item = self.items[i]
            if isinstance(item, str) and _is_appendix_heading(item):
                appendix_at = i
                break
        body_end = appendix_at if appendix_at is not None else first_table
        tail_at = self._find(lambda t: _key(t).startswith(("tren day", "noi nhan")) or
                             (bool(_AUTHORITY.match(t)) and _is_upper(t)) or _is_signer_title(t),
                             legal_end, body_end)
        sections_end = tail_at if tail_at is not None else body_end
        sections = self.sections(legal_end, sections_end) if first_heading is not None else []
        tail = self.tail(tail_at, body_end) if tail_at is not None else \
            {"closing": [], "recipients": [], "signer": {"authority": "", "title": "", "name": ""}}
        appendix = self.appendix(legal_end)
        if not appendix["tasks"]:
            raise UserError("no_tasks", "Bảng phụ lục không có dòng nhiệm vụ nào có số thứ tự để nhập.")

        if form == "B" and decision_tail is not None:
            tail = {"closing": tail["closing"], "recipients": decision_tail["recipients"],
                    "signer": decision_tail["signer"]}
        issuer = self._issuer(head, tail["signer"])
        year = head["year"] or _year_in(title) or \
            _year_in(" ".join(x for x in self.items if isinstance(x, str)))
        number = _clean_number(head["number"])
        doc: dict[str, Any] = {
            "format": 1, "id": "", "name": "", "source": "",
            "level": _level(issuer), "year": year or 0, "issuer": issuer, "form": form,
            "number": number, "date": head["date"], "title": title,
        }
        if attached or form == "B":
            doc["attached_line"] = attached
        doc.update({
            "legal_bases": legal_bases, "sections": sections, "closing": tail["closing"],
            "signer": tail["signer"], "recipients": tail["recipients"], "decision": decision,
            "appendix": appendix,
        })
        self._check(doc)
        return Assembly(doc=doc, warnings=self.warnings, unplaced=self.unplaced)

    def _decision(self, at: int, head: dict[str, Any], end: int
                  ) -> tuple[dict[str, Any], int | None, dict[str, Any]]:
        title, j = self.title_after(at, end)
        authority = ""
        if j < end and isinstance(self.items[j], str) and _is_upper(self.items[j]) \
                and _is_doctype(self.items[j]) is None and _key(self.items[j]) != "quyet dinh":  # type: ignore[arg-type]
            authority = self.items[j]  # type: ignore[assignment]
            j += 1
        operative = self._find(lambda t: _key(t) == "quyet dinh" and t.rstrip().endswith(":"), j, end)
        first_article = self._find(lambda t: bool(re.match(r"^Điều\s+\d+", t)), j, end)
        bases_end = operative if operative is not None else \
            (first_article if first_article is not None else j)
        bases = [t for _i, t in self._texts_between(j, bases_end)]
        plan_at = self._find(lambda t: _is_doctype(t) == "A", bases_end, end)
        stop = plan_at if plan_at is not None else end
        tail_at = self._find(lambda t: _key(t).startswith("noi nhan") or (bool(_AUTHORITY.match(t))
                             and _is_upper(t)) or _is_signer_title(t), bases_end, stop)
        articles: list[str] = []
        for _i, text in self._texts_between(first_article if first_article is not None else bases_end,
                                            tail_at if tail_at is not None else stop):
            if re.match(r"^Điều\s+\d+", text) or not articles:
                articles.append(text)
            elif not _is_upper(text) and not _is_motto(text):
                articles[-1] = f"{articles[-1]}\n{text}"
        # the attached plan's letterhead (issuer again, motto) sits between the signature and KẾ HOẠCH
        tail_end = stop
        if tail_at is not None:
            signer_name = None
            for i in range(tail_at, stop):
                item = self.items[i]
                if isinstance(item, str) and _looks_like_name(item) and not _is_upper(item):
                    signer_name = i
            if signer_name is not None:
                tail_end = signer_name + 1
        tail = self.tail(tail_at, tail_end) if tail_at is not None else \
            {"closing": [], "recipients": [], "signer": {"authority": "", "title": "", "name": ""}}
        if plan_at is None:
            self.warnings.append("Quyết định không kèm dòng “KẾ HOẠCH”: phần nội dung kế hoạch có thể thiếu.")
        decision = {"number": _clean_number(head["number"]), "date": head["date"], "title": title,
                    "authority": authority, "legal_bases": bases, "articles": articles}
        return decision, plan_at, tail

    def _issuer(self, head: dict[str, Any], signer: dict[str, str]) -> dict[str, Any]:
        lines: list[str] = list(head["issuer_lines"])
        place = head["place"]
        number = head["number"] or ""
        m = re.search(r"/\s*(?:KH|QĐ|QD|KH-|QĐ-)\s*-?\s*([^\s/]+)", number)
        abbreviation = m.group(1) if m else ""
        all_text = "\n".join(x for x in self.items if isinstance(x, str))
        if not lines and place:
            unit = re.search(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(" + "|".join(_UNIT_WORDS) + r")\s+"
                             + re.escape(place), all_text, re.IGNORECASE)
            if unit and (abbreviation in ("", "UBND") or "ỦY BAN" in signer.get("authority", "")):
                lines = ["ỦY BAN NHÂN DÂN", f"{unit.group(1)} {place}".upper()]
                self.warnings.append("Văn bản không có phần tên cơ quan ban hành; đã suy ra "
                                     f"“{' '.join(lines)}” từ nội dung, cần kiểm tra.")
        if not lines:
            self.warnings.append("Không tìm thấy tên cơ quan ban hành; cần điền trước khi dùng mẫu.")
        first = _key(lines[0]) if lines else ""
        if len(lines) >= 2 and first not in ("uy ban nhan dan", "hoi dong nhan dan"):
            parent, name = lines[:1], lines[1:]
        else:
            parent, name = [], lines
        short = self._short_name(name, place, all_text)
        if not abbreviation:
            abbreviation = "UBND" if name and _key(name[0]) == "uy ban nhan dan" else \
                "".join(w[0] for w in " ".join(name).split() if w[:1].isalpha())[:6]
        return {"parent_lines": parent, "name_lines": name, "abbreviation": abbreviation,
                "short_name": short, "place": place}

    @staticmethod
    def _short_name(name: list[str], place: str, all_text: str) -> str:
        if not name:
            return ""
        if _key(name[0]) == "uy ban nhan dan" and len(name) >= 2:
            area = " ".join(name[1:])
            for word in sorted(_UNIT_WORDS, key=len, reverse=True):
                if _key(area).startswith(_key(word) + " "):
                    rest = area[len(word):].strip()
                    rest_title = place if place and _key(place) == _key(rest) else rest.title()
                    return f"UBND {word} {rest_title}"
            return f"UBND {area.title()}"
        joined = " ".join(name)
        m = re.search(re.escape(joined), all_text, re.IGNORECASE)
        if m and not _is_upper(m.group(0)):
            return m.group(0)
        return joined[:1] + joined[1:].lower()

    def _check(self, doc: dict[str, Any]) -> None:
        if not doc["title"]:
            self.warnings.append("Không tìm thấy trích yếu (dòng tên kế hoạch dưới “KẾ HOẠCH”).")
        if not doc["sections"]:
            self.warnings.append("Không tìm thấy mục nào (I., II., …) trong phần nội dung.")
        if not doc["signer"]["name"]:
            self.warnings.append("Không tìm thấy người ký.")
        if not doc["recipients"]:
            self.warnings.append("Không tìm thấy “Nơi nhận”.")
        if not doc["year"]:
            self.warnings.append("Không xác định được năm của kế hoạch.")


def _fill_group_merges(tasks: list[dict[str, str]], keys: list[str]) -> None:
    """Pasted text loses vertical merges: a value printed once for a group (5, 5.1 … 5.6) shows
    in the group's row and one middle row only. Write it into the group's empty sub-rows."""
    i = 0
    while i < len(tasks):
        parent = tasks[i]
        prefix = parent["number"] + "."
        j = i + 1
        while j < len(tasks) and tasks[j]["number"].startswith(prefix):
            j += 1
        children = tasks[i + 1:j]
        if children:
            for key in keys:
                if key in ("number", "content") or not parent.get(key):
                    continue
                values = {c[key] for c in children if c.get(key)}
                if values <= {parent[key]} and any(not c.get(key) for c in children):
                    for c in children:
                        c[key] = c.get(key) or parent[key]
        i = j if children else i + 1


def _clean_number(raw: str | None) -> str:
    """"854 /QĐ-UBND" → "854/QĐ-UBND"; "/KH-UBND" (left blank for the number) → ""."""
    if not raw:
        return ""
    value = re.sub(r"\s*([/-])\s*", r"\1", raw.strip())
    value = value.split()[0] if value.split() else ""
    return "" if value.startswith("/") or not value[:1].isdigit() else value


def _year_in(text: str) -> int | None:
    m = re.search(r"năm\s+(20\d\d|19\d\d)", text)
    return int(m.group(1)) if m else None


def _level(issuer: dict[str, Any]) -> str:
    name = [_key(x) for x in issuer["name_lines"]]
    parent = " ".join(_key(x) for x in issuer["parent_lines"])
    if not name:
        return "tinh"
    if name[0] in ("uy ban nhan dan", "hoi dong nhan dan") and len(name) >= 2:
        area = name[1]
        if area.startswith("tinh"):
            return "tinh"
        if area.startswith("thanh pho"):
            return "tinh" if area.removeprefix("thanh pho ").strip() in _CENTRAL_CITIES else "huyen"
        if area.startswith(("huyen", "quan", "thi xa")):
            return "huyen"
        return "xa"
    first = name[0]
    if first.startswith("phong"):
        return "phong"
    if first.startswith(("so", "ban", "van phong", "thanh tra")):
        return "so" if "tinh" in parent or "thanh pho" in parent or not parent else "phong"
    return "tinh"


def assemble(raw: RawDocument) -> Assembly:
    """The template a document's paragraphs and tables describe (``id``, ``name`` and ``source``
    are left for the caller), with warnings and the rows it could not place."""
    return _Assembler(raw).run()
