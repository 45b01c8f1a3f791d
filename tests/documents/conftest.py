"""Document fixtures: the Sông Mã plan rendered once per test session, each render parsed once.

The unit is tests/data/unit_song_ma.json; the plan is what the built-in template "song-ma-2022"
gives it, with the seed's own Căn cứ paragraph. Renders:

- ``issued_a``: form A (Kế hoạch) issued as 18 on 2022-01-13, i.e. the frozen version 1;
- ``draft_a``: the same plan as a draft (DỰ THẢO box, blank number, day and month);
- ``issued_b``: form B (Quyết định ban hành Kế hoạch), 18 on 2022-01-13;
- ``phong_noi_vu``: a specialised agency with a chủ quản line (UBND HUYỆN SÔNG MÃ / PHÒNG NỘI VỤ),
  a "KT." signer and an "a)" heading, issued as 5 on 2024-02-09 (zero padding of number, day, month).

Each is a ``Rendered``: the document model, the PDF parsed with pdfplumber (``PdfDoc``: characters
grouped into one-line segments) and the DOCX read with python-docx (``DocxDoc``: every paragraph in
body order, with its run and paragraph properties as numbers).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import pytest

# Reproducible faces: the bundled Liberation Serif even where a system Times New Roman exists.
# Set before anything registers the fonts (fonts.register() is cached per process).
os.environ.setdefault("CCPROPA_BUNDLED_FONT", "1")

import docx
import pdfplumber
from conftest import song_ma_unit_dict
from docx.oxml.ns import qn

from ccpropa_desktop.documents import nd30 as N
from ccpropa_desktop.documents.model import Document, TaskTable
from ccpropa_desktop.documents.plan_document import Issue, build_plan_document
from ccpropa_desktop.services import editing, issuing, plans, render, templates, unit
from ccpropa_desktop.services.session import memory_store

SEED_NUMBER = "18"
SEED_DATE = dt.date(2022, 1, 13)
RIGHT_SPLIT = N.MARGIN_LEFT + N.LEFT_COL_W  # x of the column split (85.04 + 65 mm)
LEFT_CENTRE = N.MARGIN_LEFT + N.LEFT_COL_W / 2
RIGHT_CENTRE = RIGHT_SPLIT + N.RIGHT_COL_W / 2
WATERMARK_MIN_SIZE = 50  # characters this big are the draft watermark, not text


# -- PDF ---------------------------------------------------------------------------------------
def base_font(name: str) -> str:
    """"AAAAAA+LiberationSerif-Bold" → "LiberationSerif-Bold" (drop the subset tag)."""
    return name.split("+", 1)[-1]


def baseline(char: dict[str, Any], page_height: float) -> float:
    """Baseline as distance from the page top: the text matrix's y (exact, font-independent)."""
    return page_height - char["matrix"][5]


@dataclass
class Seg:
    """A run of characters drawn on one baseline without a jump: one line of one text block."""

    page: int
    chars: list[dict[str, Any]]
    page_height: float

    @cached_property
    def ink(self) -> list[dict[str, Any]]:
        return [c for c in self.chars if c["text"].strip()] or self.chars

    @property
    def text(self) -> str:
        return "".join(c["text"] for c in self.chars)

    @property
    def x0(self) -> float:
        return min(c["x0"] for c in self.ink)

    @property
    def x1(self) -> float:
        return max(c["x1"] for c in self.ink)

    @property
    def top(self) -> float:
        return min(c["top"] for c in self.ink)

    @property
    def bottom(self) -> float:
        return max(c["bottom"] for c in self.ink)

    @property
    def baseline(self) -> float:
        return baseline(self.chars[0], self.page_height)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def sizes(self) -> set[float]:
        return {round(c["size"], 2) for c in self.ink}

    @property
    def size(self) -> float:
        return max(self.sizes)

    @property
    def fonts(self) -> set[str]:
        return {base_font(c["fontname"]) for c in self.ink}

    @property
    def bold(self) -> bool:
        return all("Bold" in f for f in self.fonts)

    @property
    def italic(self) -> bool:
        return all("Italic" in f or "Oblique" in f for f in self.fonts)

    @property
    def upright(self) -> bool:
        return not any("Italic" in f or "Oblique" in f for f in self.fonts)

    @property
    def regular(self) -> bool:
        return self.upright and not any("Bold" in f for f in self.fonts)

    def __repr__(self) -> str:
        return (f"Seg(p{self.page + 1} {self.text!r} x={self.x0:.2f}..{self.x1:.2f} "
                f"base={self.baseline:.2f} {sorted(self.fonts)} {sorted(self.sizes)})")


def page_segments(page: Any, index: int) -> list[Seg]:
    """Characters in content-stream order, cut where the baseline changes, x jumps or a table
    grid line lies between two characters (cells of one row share a baseline)."""
    out: list[Seg] = []
    current: list[dict[str, Any]] = []
    height = page.height
    grid = sorted({round(ln["x0"], 2) for ln in page.lines
                   if abs(ln["x0"] - ln["x1"]) < 0.5 and abs(ln["top"] - ln["bottom"]) > 5})
    for char in page.chars:
        if char["size"] > WATERMARK_MIN_SIZE:
            continue
        if current:
            prev = current[-1]
            gap = char["x0"] - prev["x1"]
            crosses = any(prev["x1"] <= x <= char["x0"] for x in grid)
            if abs(baseline(char, height) - baseline(prev, height)) > 0.5 or gap < -1 or gap > 20 \
                    or crosses:
                out.append(Seg(index, current, height))
                current = []
        current.append(char)
    if current:
        out.append(Seg(index, current, height))
    return [s for s in out if s.text.strip()]


class PdfDoc:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pdf = pdfplumber.open(io.BytesIO(data))
        self.pages = self.pdf.pages
        self.segs = [page_segments(p, i) for i, p in enumerate(self.pages)]

    def landscape(self, index: int) -> bool:
        page = self.pages[index]
        return page.width > page.height

    def body_segs(self, index: int) -> list[Seg]:
        """Text inside the page's top margin is the page number; everything else is content."""
        return [s for s in self.segs[index] if s.top >= N.MARGIN_TOP - 1]

    def number_segs(self, index: int) -> list[Seg]:
        return [s for s in self.segs[index] if s.top < N.MARGIN_TOP - 1]

    def find(self, pattern: str, page: int | None = None) -> list[Seg]:
        rx = re.compile(pattern)
        pages = range(len(self.pages)) if page is None else [page]
        return [s for i in pages for s in self.body_segs(i) if rx.search(s.text)]

    def one(self, pattern: str, page: int | None = None) -> Seg:
        found = self.find(pattern, page)
        assert len(found) == 1, f"expected one line matching {pattern!r}, found {found}"
        return found[0]

    def page_text(self, index: int) -> str:
        return " ".join(s.text for s in self.segs[index])

    def all_chars(self) -> list[dict[str, Any]]:
        return [c for p in self.pages for c in p.chars]

    @cached_property
    def part_starts(self) -> list[int]:
        """First page of each part: page 1, a page that opens with a Quốc hiệu, an orientation change."""
        starts = []
        for i in range(len(self.pages)):
            opens_header = any(s.text == N.QUOC_HIEU for s in self.body_segs(i))
            turns = i > 0 and self.landscape(i) != self.landscape(i - 1)
            if i == 0 or opens_header or turns:
                starts.append(i)
        return starts

    def part_pages(self, part: int) -> list[int]:
        starts = [*self.part_starts, len(self.pages)]
        return list(range(starts[part], starts[part + 1]))

    def stream_text(self, table_labels: list[str] | None = None) -> str:
        """All content text in drawing order without whitespace, page numbers and watermark.

        On a landscape page that continues a table, the repeated header row (``table_labels``) that
        opens the page is dropped, so the text reads once through, like the DOCX body.
        """
        labels = "".join("".join(table_labels or []).split())
        out = []
        for i in range(len(self.pages)):
            text = "".join("".join(s.text.split()) for s in self.body_segs(i))
            if labels and self.landscape(i) and i not in self.part_starts and text.startswith(labels):
                text = text[len(labels):]
            out.append(text)
        return "".join(out)


# -- DOCX --------------------------------------------------------------------------------------
def on(parent: Any, tag: str) -> bool | None:
    """An on/off property (w:b, w:i, w:caps …): None when absent."""
    if parent is None:
        return None
    el = parent.find(qn(tag))
    if el is None:
        return None
    return el.get(qn("w:val")) not in ("0", "false", "off")


def int_attr(el: Any, attr: str) -> int | None:
    if el is None:
        return None
    value = el.get(qn(attr))
    return int(value) if value is not None else None


@dataclass
class Run:
    text: str
    size: float | None  # points
    bold: bool
    italic: bool
    fonts: dict[str, str]
    caps: bool | None


@dataclass
class Para:
    el: Any
    section: int
    where: tuple[Any, int, int] | None  # (w:tbl, row, cell) for paragraphs inside a table
    runs: list[Run] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)

    @property
    def ppr(self) -> Any:
        return self.el.find(qn("w:pPr"))

    def _child(self, tag: str) -> Any:
        ppr = self.ppr
        return None if ppr is None else ppr.find(qn(tag))

    @property
    def jc(self) -> str | None:
        el = self._child("w:jc")
        return None if el is None else el.get(qn("w:val"))

    @property
    def first_line(self) -> int | None:
        return int_attr(self._child("w:ind"), "w:firstLine")

    @property
    def left(self) -> int:
        return int_attr(self._child("w:ind"), "w:left") or 0

    @property
    def right(self) -> int:
        return int_attr(self._child("w:ind"), "w:right") or 0

    @property
    def before(self) -> int:
        return int_attr(self._child("w:spacing"), "w:before") or 0

    @property
    def line(self) -> int | None:
        return int_attr(self._child("w:spacing"), "w:line")

    @property
    def line_rule(self) -> str | None:
        el = self._child("w:spacing")
        return None if el is None else el.get(qn("w:lineRule"))

    @property
    def borders(self) -> set[str]:
        el = self._child("w:pBdr")
        return set() if el is None else {qn_local(c.tag) for c in el}

    @property
    def keep_next(self) -> bool:
        return bool(on(self.ppr, "w:keepNext"))

    @property
    def text_runs(self) -> list[Run]:
        return [r for r in self.runs if r.text.strip()]

    def all_runs(self, predicate: Any) -> bool:
        runs = self.text_runs
        return bool(runs) and all(predicate(r) for r in runs)

    @property
    def sizes(self) -> set[float | None]:
        return {r.size for r in self.text_runs}

    def __repr__(self) -> str:
        return f"Para(s{self.section} {self.text[:60]!r} jc={self.jc} sizes={self.sizes})"


def qn_local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def read_runs(p: Any) -> list[Run]:
    runs = []
    for r in p.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        parts = []
        for child in r:
            name = qn_local(child.tag)
            if name == "t":
                parts.append(child.text or "")
            elif name == "tab":
                parts.append("\t")
            elif name in ("br", "cr"):
                parts.append("\n")
        sz = int_attr(rpr.find(qn("w:sz")) if rpr is not None else None, "w:val")
        fonts_el = rpr.find(qn("w:rFonts")) if rpr is not None else None
        fonts = {} if fonts_el is None else {qn_local(k): v for k, v in fonts_el.attrib.items()}
        runs.append(Run("".join(parts), sz / 2 if sz else None, bool(on(rpr, "w:b")),
                        bool(on(rpr, "w:i")), fonts, on(rpr, "w:caps")))
    return runs


class DocxDoc:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.doc = docx.Document(io.BytesIO(data))
        self.body = self.doc.element.body
        self.sections = [s._sectPr for s in self.doc.sections]
        self.paras: list[Para] = []
        self.tables: list[tuple[int, Any]] = []  # (section, w:tbl) for top-level tables
        section = 0
        for child in self.body.iterchildren():
            if child.tag == qn("w:p"):
                self.paras.append(Para(child, section, None, read_runs(child)))
                if child.xpath("./w:pPr/w:sectPr"):
                    section += 1
            elif child.tag == qn("w:tbl"):
                self.tables.append((section, child))
                for r_i, tr in enumerate(child.findall(qn("w:tr"))):
                    for c_i, tc in enumerate(tr.findall(qn("w:tc"))):
                        for p in tc.iter(qn("w:p")):
                            self.paras.append(Para(p, section, (child, r_i, c_i), read_runs(p)))

    def texts(self) -> list[str]:
        return [p.text for p in self.paras if p.text.strip()]

    def find(self, pattern: str) -> list[Para]:
        rx = re.compile(pattern)
        return [p for p in self.paras if rx.search(p.text)]

    def one(self, pattern: str) -> Para:
        found = self.find(pattern)
        assert len(found) == 1, f"expected one paragraph matching {pattern!r}, found {found}"
        return found[0]

    def cell_paras(self, table: Any, row: int, cell: int) -> list[Para]:
        return [p for p in self.paras if p.where is not None and p.where[0] is table
                and p.where[1:] == (row, cell)]

    def header_parts(self) -> list[Any]:
        """(section index, kind, w:hdr element) for every header the sections reference."""
        out = []
        for index, section in enumerate(self.doc.sections):
            out.append((index, "default", section.header._element))
            out.append((index, "first", section.first_page_header._element))
        return out


# -- renders -----------------------------------------------------------------------------------
@dataclass
class Rendered:
    name: str
    model: Document
    pdf: PdfDoc
    docx: DocxDoc
    issued: bool
    form: str

    @property
    def table(self) -> TaskTable | None:
        tables = [b for b in self.model.text_blocks() if isinstance(b, TaskTable)]
        return tables[0] if tables else None


def make_song_ma_plan(store: Any) -> int:
    """Unit profile + ``plan new --template song-ma-2022 --year 2022`` + the seed's Căn cứ."""
    unit.set_unit(store, unit.unit_from_dict(song_ma_unit_dict()))
    plan = plans.create_plan(store, "song-ma-2022", 2022)
    basis = templates.get_template(store, "song-ma-2022")["legal_bases"]
    plans.edit_plan(store, plan.id, legal_bases=basis)
    return plan.id


def _model(store: Any, pid: int, issue: Issue, form: str) -> Document:
    return build_plan_document(plans.get_plan(store, pid), unit.get_unit(store), issue, form=form)


@pytest.fixture(scope="session")
def song_ma_issued_store() -> Any:
    """A store with the Sông Mã plan issued (version 1) as 18 on 2022-01-13, form A."""
    store = memory_store()
    pid = make_song_ma_plan(store)
    issuing.issue_plan(store, pid, SEED_NUMBER, SEED_DATE, "A")
    yield store, pid
    store.close()


@pytest.fixture(scope="session")
def issued_a(song_ma_issued_store: Any) -> Rendered:
    store, pid = song_ma_issued_store
    pdf = issuing.render_version(store, pid, 1, "pdf").data
    docx_data = issuing.render_version(store, pid, 1, "docx").data
    model = _model(store, pid, Issue(SEED_NUMBER, SEED_DATE), "A")
    return Rendered("issued_a", model, PdfDoc(pdf), DocxDoc(docx_data), True, "A")


@pytest.fixture(scope="session")
def draft_a(song_ma_issued_store: Any) -> Rendered:
    store, pid = song_ma_issued_store
    pdf = issuing.render_current(store, pid, "pdf", draft=True).data
    docx_data = issuing.render_current(store, pid, "docx", draft=True).data
    model = _model(store, pid, Issue(None, None, draft=True), "A")
    return Rendered("draft_a", model, PdfDoc(pdf), DocxDoc(docx_data), False, "A")


@pytest.fixture(scope="session")
def issued_b(song_ma_issued_store: Any) -> Rendered:
    store, pid = song_ma_issued_store
    kwargs = dict(number=SEED_NUMBER, date=SEED_DATE, form="B")
    pdf = render.render_plan(store, pid, "pdf", **kwargs)
    docx_data = render.render_plan(store, pid, "docx", **kwargs)
    model = _model(store, pid, Issue(SEED_NUMBER, SEED_DATE), "B")
    return Rendered("issued_b", model, PdfDoc(pdf), DocxDoc(docx_data), True, "B")


PHONG_NOI_VU = {
    "name_lines": ["PHÒNG NỘI VỤ"],
    "parent_lines": ["UBND HUYỆN SÔNG MÃ"],
    "abbreviation": "PNV",
    "short_name": "Phòng Nội vụ huyện Sông Mã",
    "signer": {"authority": "KT. TRƯỞNG PHÒNG", "title": "PHÓ TRƯỞNG PHÒNG", "name": "Cầm Thị Lan"},
}


@pytest.fixture(scope="session")
def phong_noi_vu() -> Rendered:
    store = memory_store()
    try:
        unit.set_unit(store, unit.unit_from_dict({**song_ma_unit_dict(), **PHONG_NOI_VU}))
        pid = plans.create_plan(store, "song-ma-2022", 2024).id
        editing.add_section(store, pid, "Đối với các cơ quan, đơn vị",
                            ["Quán triệt Kế hoạch đến toàn thể cán bộ, công chức, viên chức."],
                            after="1.", as_child=True)
        issuing.issue_plan(store, pid, "5", dt.date(2024, 2, 9), "A")
        pdf = issuing.render_version(store, pid, 1, "pdf").data
        docx_data = issuing.render_version(store, pid, 1, "docx").data
        model = _model(store, pid, Issue("05", dt.date(2024, 2, 9)), "A")
    finally:
        store.close()
    return Rendered("phong_noi_vu", model, PdfDoc(pdf), DocxDoc(docx_data), True, "A")


DOCS = ("issued_a", "draft_a", "issued_b", "phong_noi_vu")


@pytest.fixture(params=DOCS)
def rendered(request: pytest.FixtureRequest) -> Rendered:
    """Each of the four renders in turn."""
    return request.getfixturevalue(request.param)
