"""Build test .docx files of the seed plans with python-docx, the way provinces' Word files look.

Each file carries what the importer must survive: the two-column letterhead table (issuer and
"Số:" left, motto and date right), the signature table (Nơi nhận left, signer right), a landscape
section for the appendix, the appendix table split across a page (a second table that starts with
the header row repeated and a row with an empty STT continuing the last task, one cell cut
mid-sentence), vertically merged cells for a value shared by a group of sub-tasks, and cells with
several paragraphs. ``legacy="tcvn3"``/``"vni"`` writes the text in the old ".VnTime"/"VNI-Times"
fonts and encodings.

    .venv/bin/python tests/data/make_test_docx.py OUT_DIR     # one .docx per built-in template
"""

from __future__ import annotations

import copy
import io
import json
import sys
import textwrap
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ccpropa_desktop.domain.legacy_encoding import TCVN3_TO_UNICODE, VNI_TO_UNICODE

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "resources" / "templates"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
         "XVI", "XVII", "XVIII", "XIX", "XX"]
LETTERS = "abcdđeghiklmnopqrstuvxy"

_UNICODE_TO_TCVN3 = {u: c for c, u in TCVN3_TO_UNICODE.items()}
_UNICODE_TO_VNI = {u: c for c, u in sorted(VNI_TO_UNICODE.items(), key=lambda kv: -len(kv[0]))}


def _tcvn3_runs(text: str) -> list[tuple[str, str]]:
    """Text as (font, TCVN3 text) runs: ".VnTime" for what it can write, ".VnTimeH" (capitals
    drawn from lower-case codes) for accented capitals, as typists did."""
    runs: list[tuple[str, str]] = []
    for ch in text:
        if ch in _UNICODE_TO_TCVN3:
            font, code = ".VnTime", _UNICODE_TO_TCVN3[ch]
        elif ch.isupper() and not ch.isascii() and ch.lower() in _UNICODE_TO_TCVN3:
            font, code = ".VnTimeH", _UNICODE_TO_TCVN3[ch.lower()]
        else:
            font, code = ".VnTime", ch
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + code)
        else:
            runs.append((font, code))
    return runs


def _vni(text: str) -> str:
    return "".join(_UNICODE_TO_VNI.get(ch, ch) for ch in text)


class Builder:
    def __init__(self, legacy: str | None = None) -> None:
        self.doc = Document()
        self.legacy = legacy
        style = self.doc.styles["Normal"]
        style.font.name = "Times New Roman"
        style.font.size = Pt(13)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)

    def text(self, paragraph: Any, text: str, *, bold: bool = False, italic: bool = False) -> None:
        if self.legacy == "tcvn3":
            runs = _tcvn3_runs(text)
        elif self.legacy == "vni":
            runs = [("VNI-Times", _vni(text))]
        else:
            runs = [("", text)]
        for font, chunk in runs:
            run = paragraph.add_run(chunk)
            run.bold, run.italic = bold or None, italic or None
            if font:
                run.font.name = font
                run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), font)

    def para(self, container: Any, text: str = "", *, bold: bool = False, italic: bool = False,
             center: bool = False) -> Any:
        p = container.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if text:
            self.text(p, text, bold=bold, italic=italic)
        return p

    def cell_text(self, cell: Any, text: str, *, bold: bool = False, italic: bool = False,
                  center: bool = False) -> None:
        """Several paragraphs in one cell: one Word paragraph per line."""
        lines = text.split("\n") if text else [""]
        first = cell.paragraphs[0]
        for i, line in enumerate(lines):
            p = first if i == 0 else cell.add_paragraph()
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if line:
                self.text(p, line, bold=bold, italic=italic)

    def letterhead(self, doc: dict[str, Any], number: str, date_line: str) -> None:
        table = self.doc.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        issuer = doc["issuer"]
        lines = [*issuer["parent_lines"], *issuer["name_lines"]]
        self.cell_text(left, "\n".join(lines), bold=True, center=True)
        self.para(left, f"Số: {number}", center=True)
        self.cell_text(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
                       bold=True, center=True)
        self.para(right, date_line, italic=True, center=True)

    def signature(self, recipients: list[str], signer: dict[str, str]) -> None:
        table = self.doc.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        self.cell_text(left, "Nơi nhận:", bold=True, italic=True)
        for i, r in enumerate(recipients):
            self.para(left, f"- {r}{'.' if i == len(recipients) - 1 else ';'}")
        self.cell_text(right, f"{signer['authority']}\n{signer['title']}", bold=True, center=True)
        self.para(right, "")
        self.para(right, signer["name"], bold=True, center=True)

    def sections(self, sections: list[dict[str, Any]], depth: int = 0) -> None:
        for n, s in enumerate(sections):
            marker = [f"{ROMAN[n]}.", f"{n + 1}.", f"{LETTERS[n]})"][min(depth, 2)]
            self.para(self.doc, f"{marker} {s['title']}", bold=depth < 2)
            for text in s["paragraphs"]:
                self.para(self.doc, text)
            self.sections(s["children"], depth + 1)

    def landscape(self) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21)

    def task_table(self, columns: list[dict[str, str]], tasks: list[dict[str, str]], *,
                   header_repeat: bool = True) -> Any:
        table = self.doc.add_table(rows=1, cols=len(columns))
        table.style = "Table Grid"
        for cell, col in zip(table.rows[0].cells, columns, strict=True):
            self.cell_text(cell, col["label"], bold=True, center=True)
        if header_repeat:
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            mark = OxmlElement("w:tblHeader")
            tr_pr.append(mark)
        for task in tasks:
            cells = table.add_row().cells
            for cell, col in zip(cells, columns, strict=True):
                self.cell_text(cell, task.get(col["key"], ""), center=col["key"] == "number")
        return table


def _split_task(task: dict[str, str], columns: list[dict[str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """Cut a task's row at a page break: its longest cell loses its second half to a continuation
    row with an empty STT; a single line is cut mid-sentence before a lower-case word."""
    head, tail = dict(task), dict.fromkeys(task, "")
    key = max((c["key"] for c in columns if c["key"] != "number"), key=lambda k: len(task.get(k, "")))
    lines = task[key].split("\n")
    if len(lines) >= 2:
        cut = len(lines) // 2
        head[key], tail[key] = "\n".join(lines[:cut]), "\n".join(lines[cut:])
    else:
        words = task[key].split(" ")
        cut = next((i for i in range(len(words) // 2, len(words)) if words[i][:1].islower()), None)
        if cut is None:
            return task, {}
        head[key], tail[key] = " ".join(words[:cut]), " ".join(words[cut:])
    return head, tail


def _merge_groups(table: Any, columns: list[dict[str, str]], tasks: list[dict[str, str]], first_row: int,
                  builder: Builder) -> int:
    """Vertically merge a value that a task and all its sub-tasks share (Bình Định 5–5.6)."""
    merged = 0
    i = 0
    while i < len(tasks):
        prefix = tasks[i]["number"] + "."
        j = i + 1
        while j < len(tasks) and tasks[j]["number"].startswith(prefix):
            j += 1
        if j - i >= 3:
            for c, col in enumerate(columns):
                if col["key"] in ("number", "content"):
                    continue
                values = {t[col["key"]] for t in tasks[i:j]}
                if len(values) == 1 and values != {""}:
                    top = table.cell(first_row + i, c)
                    bottom = table.cell(first_row + j - 1, c)
                    cell = top.merge(bottom)
                    for p in list(cell.paragraphs)[1:]:
                        p._p.getparent().remove(p._p)
                    for r in list(cell.paragraphs[0].runs):
                        r._r.getparent().remove(r._r)
                    builder.cell_text(cell, values.pop(), center=False)
                    merged += 1
        i = j
    return merged


def build(doc: dict[str, Any], *, legacy: str | None = None, split: bool = True,
          merge: bool = True) -> bytes:
    """The template written as a Word file (see the module docstring for what it contains)."""
    doc = copy.deepcopy(doc)
    b = Builder(legacy)
    year = doc["year"]
    date = doc["date"]
    date_line = f"{doc['issuer']['place']}, ngày {date[8:10]} tháng {date[5:7]} năm {date[:4]}" if date else \
        f"{doc['issuer']['place']}, ngày     tháng     năm {year}"
    number = doc["number"] or f"     /{'QĐ' if doc['form'] == 'B' else 'KH'}-{doc['issuer']['abbreviation']}"
    if doc["form"] == "B":
        d = doc["decision"]
        b.letterhead(doc, number, date_line)
        b.para(b.doc, "QUYẾT ĐỊNH", bold=True, center=True)
        b.para(b.doc, d["title"], bold=True, center=True)
        b.para(b.doc, d["authority"], bold=True, center=True)
        for text in d["legal_bases"]:
            b.para(b.doc, text, italic=True)
        b.para(b.doc, "QUYẾT ĐỊNH:", bold=True, center=True)
        for text in d["articles"]:
            b.para(b.doc, text)
        b.signature(doc["recipients"], doc["signer"])
        b.para(b.doc).add_run().add_break(WD_BREAK.PAGE)
        table = b.doc.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        b.cell_text(left, "\n".join(doc["issuer"]["name_lines"]), bold=True, center=True)
        b.cell_text(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True,
                    center=True)
    else:
        b.letterhead(doc, number, date_line)
    b.para(b.doc, "KẾ HOẠCH", bold=True, center=True)
    b.para(b.doc, doc["title"], bold=True, center=True)
    if doc.get("attached_line"):
        b.para(b.doc, doc["attached_line"], italic=True, center=True)
    for text in doc["legal_bases"]:
        b.para(b.doc, text)
    b.sections(doc["sections"])
    for text in doc["closing"]:
        b.para(b.doc, text)
    if doc["form"] == "A":
        b.signature(doc["recipients"], doc["signer"])

    b.landscape()
    a = doc["appendix"]
    b.para(b.doc, a["heading"], bold=True, center=True)
    b.para(b.doc, a["title"], bold=True, center=True)
    if a["subtitle"]:
        b.para(b.doc, a["subtitle"], italic=True, center=True)
    columns, tasks = a["columns"], a["tasks"]
    cut = len(tasks) // 2 if split else len(tasks)
    # keep a merged group on one page
    while 0 < cut < len(tasks) and "." in tasks[cut]["number"]:
        cut += 1
    first, rest = tasks[:cut], tasks[cut:]
    continuation: dict[str, str] = {}
    if split and first and rest:
        first[-1], continuation = _split_task(first[-1], columns)
    table = b.task_table(columns, first)
    if merge:
        _merge_groups(table, columns, first, 1, b)
    if rest:
        b.para(b.doc).add_run().add_break(WD_BREAK.PAGE)
        table2 = b.task_table(columns, ([continuation] if continuation else []) + rest)
        if merge:
            _merge_groups(table2, columns, rest, 2 if continuation else 1, b)
    buffer = io.BytesIO()
    b.doc.save(buffer)
    return buffer.getvalue()


# -- shared by the import tests ---------------------------------------------------------------------
# The tolerance of an import against the hand-made built-in template (docs/template-format.md,
# "Import"): ``id``, ``name`` and ``source`` are the importer's own; every other field must be
# equal exactly. For hard-wrapped text (``loose=True``) a paragraph boundary may also be lost or
# gained where a paragraph's last line happens to be full width — the section tree and its titles
# must still be equal, and the body's words (section paragraphs, then the closing) in the same
# order.
OWN_FIELDS = ("id", "name", "source")


def differences(imported: Any, expected: Any, *, loose: bool = False, path: str = "") -> list[str]:
    """Where ``imported`` departs from ``expected`` beyond the tolerance (empty when none)."""
    if path == "" and loose:
        imported, expected = _loosen(imported), _loosen(expected)
    if isinstance(imported, dict) and isinstance(expected, dict):
        out = []
        for key in sorted(set(imported) | set(expected)):
            if path == "" and key in OWN_FIELDS:
                continue
            if key not in imported or key not in expected:
                out.append(f"{path}/{key}: {'missing' if key not in imported else 'extra'}")
                continue
            out.extend(differences(imported[key], expected[key], path=f"{path}/{key}"))
        return out
    if isinstance(imported, list) and isinstance(expected, list):
        out = [] if len(imported) == len(expected) else \
            [f"{path}: {len(imported)} items, expected {len(expected)}"]
        for i, (a, b) in enumerate(zip(imported, expected, strict=False)):
            out.extend(differences(a, b, path=f"{path}[{i}]"))
        return out
    return [] if imported == expected else [f"{path}: {str(imported)[:120]!r} != {str(expected)[:120]!r}"]


def _loosen(doc: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(doc)
    words: list[str] = []

    def strip(sections: list[dict[str, Any]]) -> None:
        for s in sections:
            words.extend(" ".join(s["paragraphs"]).split())
            s["paragraphs"] = []
            strip(s["children"])

    strip(doc["sections"])
    words.extend(" ".join(doc["closing"]).split())
    doc["closing"] = []
    doc["body_words"] = words
    return doc


def pdf_like(text: str, width: int = 78, header: str = "Kế hoạch tuyên truyền CCHC – bản sao từ PDF") -> str:
    """A seed as a PDF copy gives it: lines hard-wrapped at ``width``, a blank line after every
    line, a long lower-case word hyphenated at the margin now and then, and every 40 lines a page
    number ("- 3 -") and a running header. Table rows (tab-separated) are left whole."""
    out: list[str] = []
    count = 0
    for line in text.split("\n"):
        if "\t" in line or not line.strip():
            out.append(line)
            continue
        rows = textwrap.wrap(line, width=width, break_long_words=False, break_on_hyphens=False)
        for i in range(len(rows) - 1):
            head, _, rest = rows[i + 1].partition(" ")
            count += 1
            if count % 5 == 0 and len(head) >= 6 and head.isalpha() and head.islower() \
                    and len(rows[i]) + 4 <= width:
                rows[i], rows[i + 1] = f"{rows[i]} {head[:2]}-", f"{head[2:]} {rest}".strip()
        out.extend(rows)
    paged: list[str] = []
    page = 1
    for n, line in enumerate(out, 1):
        paged.extend([line] if "\t" in line else [line, ""])
        if n % 40 == 0:
            page += 1
            paged.extend([f"- {page} -", "", header, ""])
    return "\n".join(paged)


def plain_text(doc: dict[str, Any]) -> str:
    """The template written as pasted plan text, the way the seeds' text extraction gives it: one
    paragraph a line with a blank line between, headings numbered ("I.", "1.", "a)"), the letterhead
    and signature tables as lines, and the appendix table as tab-separated rows with a cell's
    paragraphs in ``<p>`` tags. It stands in for a seed where a test needs realistic text to import
    but not the real document (a plain clone has no raw seed plans)."""
    paras: list[str] = []
    year, date, issuer = doc["year"], doc["date"], doc["issuer"]
    date_line = f"{issuer['place']}, ngày {date[8:10]} tháng {date[5:7]} năm {date[:4]}" if date else \
        f"{issuer['place']}, ngày tháng năm {year}"
    number = doc["number"] or f"/{'QĐ' if doc['form'] == 'B' else 'KH'}-{issuer['abbreviation']}"
    letterhead = [*issuer["parent_lines"], *issuer["name_lines"], f"Số: {number}",
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", date_line]

    def signature() -> None:
        recipients = doc["recipients"]
        paras.append("Nơi nhận:\n" + "\n".join(
            f"- {r}{'.' if i == len(recipients) - 1 else ';'}" for i, r in enumerate(recipients)))
        signer = doc["signer"]
        paras.extend([f"{signer['authority']}\n{signer['title']}", signer["name"]])

    def sections(items: list[dict[str, Any]], depth: int = 0) -> None:
        for n, s in enumerate(items):
            marker = [f"{ROMAN[n]}.", f"{n + 1}.", f"{LETTERS[n]})"][min(depth, 2)]
            paras.append(f"{marker} {s['title']}")
            paras.extend(s["paragraphs"])
            sections(s["children"], depth + 1)

    paras.extend(letterhead)
    if doc["form"] == "B":
        d = doc["decision"]
        paras.extend(["QUYẾT ĐỊNH", d["title"], d["authority"], *d["legal_bases"], "QUYẾT ĐỊNH:",
                      *d["articles"]])
        signature()
        paras.extend([*issuer["name_lines"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                      "Độc lập - Tự do - Hạnh phúc"])
    paras.extend(["KẾ HOẠCH", doc["title"]])
    if doc.get("attached_line"):
        paras.append(doc["attached_line"])
    paras.extend(doc["legal_bases"])
    sections(doc["sections"])
    paras.extend(doc["closing"])
    if doc["form"] == "A":
        signature()
    a = doc["appendix"]
    paras.extend([a["heading"], a["title"], *([a["subtitle"]] if a["subtitle"] else [])])
    columns = a["columns"]

    def cell(text: str) -> str:
        lines = text.split("\n")
        return lines[0] if len(lines) == 1 else " ".join(f"<p>{line}</p>" for line in lines)

    rows = ["\t".join(c["label"] for c in columns)]
    rows += ["\t".join(cell(t.get(c["key"], "")) for c in columns) for t in a["tasks"]]
    return "\n\n".join(paras) + "\n\n" + "\n".join(rows) + "\n"


def builtin(template_id: str) -> dict[str, Any]:
    return json.loads((TEMPLATES / f"{template_id}.json").read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("test-docx")
    out.mkdir(parents=True, exist_ok=True)
    for path in sorted(TEMPLATES.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        target = out / f"{doc['id']}.docx"
        target.write_bytes(build(doc))
        print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
