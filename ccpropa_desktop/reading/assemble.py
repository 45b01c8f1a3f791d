"""The import model → a template document (issue 4, W2): the order ND30 lays a plan out.

The readers (``read_docx``, ``read_pdf``, ``read_text``) repair what extraction broke; this module
decides what each paragraph is: letterhead (issuer, "Số:", place and date), KẾ HOẠCH — or QUYẾT
ĐỊNH with the Kế hoạch attached —, trích yếu, Căn cứ, the section tree (``sections``), the
closing, Nơi nhận and signer, and the appendix table(s) (``tables``). The result has exactly the
shape of docs/template-format.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ccpropa_desktop.domain.text import clean_line
from ccpropa_desktop.errors import UserError

from .columns import task_number
from .issuer import issuer_of, level_of
from .model import RawDocument, RawParagraph
from .patterns import (
    APPENDIX_HEADING,
    ARABIC,
    AUTHORITY,
    DATE_LINE,
    LETTER,
    NUMBER_LINE,
    ROMAN,
    SUB,
    clean_number,
    fold_key,
    is_appendix_heading,
    is_doctype,
    is_motto,
    is_signer_title,
    is_upper,
    iso_date,
    looks_like_name,
    split_header_line,
    strip_bullet,
    word_count,
    year_in,
)
from .sections import build_sections
from .tables import TaskTable, flatten, is_layout_table, row_texts, table_grid, table_tasks, task_table

COLUMN_HINT = ("TT, Nội dung (hoặc Nhiệm vụ), Hình thức, Cơ quan chủ trì, Cơ quan phối hợp, "
               "Thời gian thực hiện, Sản phẩm")
NO_APPENDIX = ("Không tìm thấy bảng phụ lục (bảng nhiệm vụ) trong văn bản: đã nhập phần nội dung (căn cứ, "
               "các mục, người ký, nơi nhận). Phụ lục nhiệm vụ phải thêm bằng tay: lập kế hoạch từ mẫu này "
               "rồi thêm nhiệm vụ trong trang «Soạn kế hoạch».")

Item = str | TaskTable


@dataclass
class Assembly:
    """The template and what the person should check before saving it."""

    doc: dict[str, Any]
    warnings: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)   # rows left out
    checks: list[str] = field(default_factory=list)     # rows imported on a guess: to check
    no_appendix: bool = False     # no task table: the body was imported, the appendix is empty


# -- the assembler ---------------------------------------------------------------------------------
class _Assembler:
    def __init__(self, raw: RawDocument) -> None:
        self.warnings: list[str] = list(raw.warnings)
        self.unplaced: list[str] = []
        self.checks: list[str] = []
        self.items: list[Item] = []
        self.unknown_tables: list[list[str]] = []
        self.table_count = 0
        self._collect(raw)

    def _collect(self, raw: RawDocument) -> None:
        previous: TaskTable | None = None
        for block in raw.blocks:
            if isinstance(block, RawParagraph):
                text = clean_line(block.text)
                head = _run_in_heading(block, text)
                if head:
                    self.items.extend([head, text[len(head):].strip()])
                elif text:
                    self.items.extend(line for line in text.split("\n") if line)
                continue
            if not block.rows:
                continue
            self.table_count += 1
            found = task_table(block)
            if found is not None:
                self.items.append(found)
                previous = found
                continue
            width = max(len(r) for r in block.rows)
            first = row_texts(table_grid(block)[0])
            if previous is not None and width == len(previous.keys) and (
                    not first[0] or task_number(first[0]) is not None):
                previous.rows.extend(table_grid(block))      # the table goes on without its header
                continue
            if is_layout_table(block):
                self.items.extend(flatten(block))
            elif width >= 3 and len(block.rows) >= 2:
                self.unknown_tables.append([x for x in first if x])
            else:
                self.items.extend(flatten(block))

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
            if isinstance(self.items[i], TaskTable):
                return i
        return None

    # -- parts ------------------------------------------------------------------------------------
    def letterhead(self, end: int) -> dict[str, Any]:
        info: dict[str, Any] = {"issuer_lines": [], "number": None, "place": "", "date": None, "year": None}
        for _i, text in self._texts_between(0, end):
            for part in split_header_line(text):
                self._letterhead_part(part, info)
        return info

    def _letterhead_part(self, part: str, info: dict[str, Any]) -> None:
        m = NUMBER_LINE.match(part)
        if m and info["number"] is None:
            info["number"] = m.group(1)
            return
        d = DATE_LINE.match(part)
        if d and not info["place"]:
            info["place"] = d.group("place").strip()
            info["date"] = iso_date(d.group("d"), d.group("m"), d.group("y"))
            info["year"] = int(d.group("y"))
            return
        if is_motto(part) or is_doctype(part):
            return
        if is_upper(part) and word_count(part) <= 12:
            info["issuer_lines"].append(" ".join(part.split()))

    def title_after(self, i: int, end: int) -> tuple[str, int]:
        """The trích yếu after the KẾ HOẠCH / QUYẾT ĐỊNH line, and the index after it."""
        j = i + 1
        parts: list[str] = []
        while j < end:
            item = self.items[j]
            if not isinstance(item, str):
                break
            if is_motto(item):
                j += 1
                continue
            if parts and not (item[:1].islower() or item[:1].isdigit()):
                break
            if not parts and (item.startswith(("(", "Căn cứ")) or ROMAN.match(item)):
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
            k = fold_key(text)
            if k.startswith("noi nhan"):
                mode = "recipients"
                rest = text.split(":", 1)[1].strip() if ":" in text else ""
                if rest:
                    out["recipients"].append(strip_bullet(rest).rstrip(";.,").strip())
                continue
            if AUTHORITY.match(text) and is_upper(text) and not signer["authority"]:
                signer["authority"] = " ".join(text.split())
                mode = "signer"
                continue
            if mode == "signer" or (is_signer_title(text) and not signer["title"]):
                title_like = is_signer_title(text) or (is_upper(text) and word_count(text) <= 8)
                if not signer["title"] and title_like:
                    signer["title"] = " ".join(text.split())
                    mode = "signer"
                    continue
                if k.startswith(("da ky", "ky boi")) or text.startswith("(") or is_motto(text):
                    continue
                if signer["title"] and not signer["name"] and looks_like_name(text):
                    signer["name"] = text
                    mode = "after"
                    continue
            if mode == "recipients":
                recipient = strip_bullet(text).rstrip(";,").strip()
                if recipient.endswith(".") and not recipient.endswith(".."):
                    recipient = recipient[:-1].rstrip()
                if recipient:
                    out["recipients"].append(recipient)
            elif mode == "closing":
                out["closing"].append(text)
            elif mode == "after" and not looks_like_name(text):
                self.warnings.append(f"Bỏ qua đoạn sau chữ ký: “{text[:60]}”.")
        return out


    def appendix(self, start: int) -> dict[str, Any]:
        """The appendix heading, title and subtitle before the first task table, and its tasks."""
        first = self._first_table(start)
        assert first is not None
        heading_at = None
        for i in range(first - 1, start - 1, -1):
            item = self.items[i]
            if isinstance(item, str) and is_appendix_heading(item):
                heading_at = i
                break
        heading, title, subtitle = "Phụ lục", "", ""
        if heading_at is not None:
            text = self.items[heading_at]
            assert isinstance(text, str)
            m = APPENDIX_HEADING.match(text)
            if m:
                heading, title = m.group(1), m.group(2)
            for _i, line in self._texts_between(heading_at + 1, first):
                if line.startswith("(") and not subtitle:
                    subtitle = line
                elif not title:
                    title = line
                elif line[:1].islower() or (is_upper(title) and is_upper(line) and not subtitle):
                    title = f"{title} {line}"
                else:
                    self.warnings.append(f"Bỏ qua đoạn trước bảng phụ lục: “{line[:60]}”.")
        else:
            self.warnings.append("Không thấy dòng “Phụ lục” trước bảng nhiệm vụ; đã đặt tên “Phụ lục”.")
        tables = [x for x in self.items[first:] if isinstance(x, TaskTable)]
        columns, tasks = table_tasks(tables, self.warnings, self.unplaced, self.checks)
        return {"heading": heading, "title": title, "subtitle": subtitle, "columns": columns, "tasks": tasks}

    # -- the whole document -------------------------------------------------------------------
    def run(self) -> Assembly:
        no_appendix = False
        if self._first_table() is None:
            if self.unknown_tables:
                labels = "; ".join("“" + "”, “".join(x[:8]) + "”" for x in self.unknown_tables[:3])
                raise UserError("unknown_columns", f"Không nhận ra cột của bảng trong văn bản ({labels}). "
                                f"Bảng phụ lục cần các cột như: {COLUMN_HINT}.")
            if not any(isinstance(x, str) for x in self.items):
                raise UserError("empty_document", "Văn bản trống: không có nội dung nào để nhập.")
            if not self._looks_like_plan():
                raise UserError("no_plan", "Không nhận ra kế hoạch trong văn bản: không có dòng “KẾ HOẠCH”, "
                                "mục I., II., … hay bảng phụ lục nào. Hãy kiểm tra lại tệp đã chọn.")
            no_appendix = True      # no table is not the end: the body imports, the appendix is added by hand
            self.warnings.insert(0, NO_APPENDIX)
        first_table = self._first_table()
        if first_table is None:
            first_table = len(self.items)
        doctype_at = self._find(lambda t: is_doctype(t) is not None, 0, first_table)
        form = "A"
        if doctype_at is None:
            self.warnings.append("Không thấy dòng “KẾ HOẠCH” hay “QUYẾT ĐỊNH”: coi là Kế hoạch.")
            head_end = 0
        else:
            form = is_doctype(self.items[doctype_at]) or "A"  # type: ignore[arg-type]
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
            if line.startswith("(") and "kem theo" in fold_key(line):  # type: ignore[union-attr,arg-type]
                attached = line  # type: ignore[assignment]
                body_start += 1
        first_heading = self._find(lambda t: bool(ROMAN.match(t)), body_start, first_table)
        if first_heading is None:
            first_heading = self._find(lambda t: bool(ARABIC.match(t)) and word_count(t) <= 26,
                                       body_start, first_table)
        legal_end = first_heading if first_heading is not None else body_start
        legal_bases = [t for _i, t in self._texts_between(body_start, legal_end)
                       if not is_motto(t) and is_doctype(t) is None]

        appendix_at = None
        for i in range(first_table - 1, legal_end - 1, -1):
            item = self.items[i]
            if isinstance(item, str) and is_appendix_heading(item):
                appendix_at = i
                break
        body_end = appendix_at if appendix_at is not None else first_table
        tail_at = self._find(lambda t: fold_key(t).startswith(("tren day", "noi nhan")) or
                             (bool(AUTHORITY.match(t)) and is_upper(t)) or is_signer_title(t),
                             legal_end, body_end)
        sections_end = tail_at if tail_at is not None else body_end
        sections = build_sections([t for _i, t in self._texts_between(legal_end, sections_end)]) \
            if first_heading is not None else []
        tail = self.tail(tail_at, body_end) if tail_at is not None else \
            {"closing": [], "recipients": [], "signer": {"authority": "", "title": "", "name": ""}}
        appendix = self.appendix(legal_end) if not no_appendix else self._appendix_heading(body_end)
        if not appendix["tasks"] and not no_appendix:
            raise UserError("no_tasks", "Bảng phụ lục không có dòng nhiệm vụ nào có số thứ tự để nhập.")

        if form == "B" and decision_tail is not None:
            tail = {"closing": tail["closing"], "recipients": decision_tail["recipients"],
                    "signer": decision_tail["signer"]}
        issuer = issuer_of(head, tail["signer"], "\n".join(x for x in self.items if isinstance(x, str)),
                           self.warnings)
        year = head["year"] or year_in(title) or \
            year_in(" ".join(x for x in self.items if isinstance(x, str)))
        number = clean_number(head["number"])
        doc: dict[str, Any] = {
            "format": 1, "id": "", "name": "", "source": "",
            "level": level_of(issuer), "year": year or 0, "issuer": issuer, "form": form,
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
        return Assembly(doc=doc, warnings=self.warnings, unplaced=self.unplaced, checks=self.checks,
                        no_appendix=no_appendix)

    def _looks_like_plan(self) -> bool:
        texts = [x for x in self.items if isinstance(x, str)]
        return any(is_doctype(t) for t in texts) or sum(bool(ROMAN.match(t)) for t in texts) >= 2

    def _appendix_heading(self, at: int) -> dict[str, Any]:
        """The appendix of a plan whose table was not found: its heading lines if they are there,
        no columns and no tasks (the officer adds them in the editor)."""
        heading, title, subtitle = "Phụ lục", "", ""
        if at < len(self.items) and isinstance(self.items[at], str):
            m = APPENDIX_HEADING.match(self.items[at])  # type: ignore[arg-type]
            if m:
                heading, title = m.group(1), m.group(2)
            for _i, line in self._texts_between(at + 1, min(at + 4, len(self.items))):
                if line.startswith("(") and not subtitle:
                    subtitle = line
                elif not title and is_upper(line):
                    title = line
        return {"heading": heading, "title": title, "subtitle": subtitle, "columns": [], "tasks": []}

    def _decision(self, at: int, head: dict[str, Any], end: int
                  ) -> tuple[dict[str, Any], int | None, dict[str, Any]]:
        title, j = self.title_after(at, end)
        authority = ""
        if j < end and isinstance(self.items[j], str) and is_upper(self.items[j]) \
                and is_doctype(self.items[j]) is None and fold_key(self.items[j]) != "quyet dinh":  # type: ignore[arg-type]
            authority = self.items[j]  # type: ignore[assignment]
            j += 1
        operative = self._find(lambda t: fold_key(t) == "quyet dinh" and t.rstrip().endswith(":"), j, end)
        first_article = self._find(lambda t: bool(re.match(r"^Điều\s+\d+", t)), j, end)
        bases_end = operative if operative is not None else \
            (first_article if first_article is not None else j)
        bases = [t for _i, t in self._texts_between(j, bases_end)]
        plan_at = self._find(lambda t: is_doctype(t) == "A", bases_end, end)
        stop = plan_at if plan_at is not None else end
        tail_at = self._find(lambda t: fold_key(t).startswith("noi nhan") or (bool(AUTHORITY.match(t))
                             and is_upper(t)) or is_signer_title(t), bases_end, stop)
        articles: list[str] = []
        for _i, text in self._texts_between(first_article if first_article is not None else bases_end,
                                            tail_at if tail_at is not None else stop):
            if re.match(r"^Điều\s+\d+", text) or not articles:
                articles.append(text)
            elif not is_upper(text) and not is_motto(text):
                articles[-1] = f"{articles[-1]}\n{text}"
        # the attached plan's letterhead (issuer again, motto) sits between the signature and KẾ HOẠCH
        tail_end = stop
        if tail_at is not None:
            signer_name = None
            for i in range(tail_at, stop):
                item = self.items[i]
                if isinstance(item, str) and looks_like_name(item) and not is_upper(item):
                    signer_name = i
            if signer_name is not None:
                tail_end = signer_name + 1
        tail = self.tail(tail_at, tail_end) if tail_at is not None else \
            {"closing": [], "recipients": [], "signer": {"authority": "", "title": "", "name": ""}}
        if plan_at is None:
            self.warnings.append("Quyết định không kèm dòng “KẾ HOẠCH”: phần nội dung kế hoạch có thể thiếu.")
        decision = {"number": clean_number(head["number"]), "date": head["date"], "title": title,
                    "authority": authority, "legal_bases": bases, "articles": articles}
        return decision, plan_at, tail

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


def _run_in_heading(block: RawParagraph, text: str) -> str:
    """"3. Đối tượng tuyên truyền" printed in bold at the start of its paragraph, without a colon:
    the heading of its own section (issue 13). With a colon it stays a run-in heading."""
    lead = clean_line(block.lead)
    if not lead or lead.endswith(":") or not text.startswith(lead) or len(text) <= len(lead) + 1:
        return ""
    if not any(p.match(lead) for p in (ROMAN, ARABIC, SUB, LETTER)) or word_count(lead) > 14 \
            or lead.rstrip().endswith((".", ";", ",")):
        return ""
    return lead


def assemble(raw: RawDocument) -> Assembly:
    """The template a document's paragraphs and tables describe (``id``, ``name`` and ``source``
    are left for the caller), with warnings and the rows it could not place."""
    return _Assembler(raw).run()
