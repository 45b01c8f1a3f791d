"""Document model → DOCX with python-docx (the editable path). Same blocks, same order as the PDF."""

from __future__ import annotations

import io
from copy import deepcopy

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Twips

from . import fonts, kinh_gui
from . import nd30 as N
from .formats import printable
from .model import (
    AppendixHeading,
    Block,
    Document,
    Header,
    KinhGui,
    Paragraph,
    Part,
    Signature,
    TaskTable,
    Title,
)

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


# Elements that must follow the one we insert (ECMA-376 sequences). Word refuses a part whose
# property children are out of order, so insert before the first successor present, never append.
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
               "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
               "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
               "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
               "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_AFTER_TBL_BORDERS = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption",
                      "w:tblDescription", "w:tblPrChange")
_AFTER_TBL_CELL_MAR = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
_AFTER_CANT_SPLIT = ("w:trHeight", "w:tblHeader", "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del",
                     "w:trPrChange")
_AFTER_PG_NUM_TYPE = ("w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection",
                      "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")


def tw(points: float) -> int:
    return round(points * 20)


def _set_fonts(rpr) -> None:
    fonts_el = rpr.find(qn("w:rFonts"))
    if fonts_el is None:
        fonts_el = OxmlElement("w:rFonts")
        rpr.insert(0, fonts_el)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts_el.set(qn(attr), fonts.DOCX_FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "vi-VN")


def _run(paragraph, text: str, size: float, bold: bool = False, italic: bool = False):
    """Add text; "\n" inside becomes a line break within the same paragraph."""
    lines = printable(text).split("\n")
    run = None
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.font.size = Pt(size)
        run.bold = bold
        run.italic = italic
        _set_fonts(run._element.get_or_add_rPr())
        if index < len(lines) - 1:
            run.add_break()
    return run


def _para(container, text: str = "", *, size: float = N.BODY_SIZE, bold: bool = False,
          italic: bool = False, align: str = "justify", indent: float = 0, before: float = 0,
          after: float = 0, line: float | None = None, keep_next: bool = False):
    p = container.add_paragraph()
    fmt = p.paragraph_format
    fmt.alignment = ALIGN[align]
    fmt.first_line_indent = Twips(tw(indent)) if indent else None
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if line:
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(line)
    else:
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    fmt.keep_with_next = keep_next or None
    if text:
        _run(p, text, size, bold, italic)
    return p


def _border(p, sides: tuple[str, ...] = ("bottom",), space: int = 1) -> None:
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in sides:
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(round(N.RULE_WIDTH * 8)))  # eighths of a point
        el.set(qn("w:space"), str(space))
        el.set(qn("w:color"), "000000")
        bdr.append(el)
    ppr.insert_element_before(bdr, *_AFTER_PBDR)


def _rule(container, length: float, box_width: float) -> None:
    """A centred rule as an empty paragraph with a bottom border (editable; §3 "Rules")."""
    p = _para(container, size=2, align="center", line=3)
    side = max(0.0, (box_width - length) / 2)
    p.paragraph_format.left_indent = Twips(tw(side))
    p.paragraph_format.right_indent = Twips(tw(side))
    _border(p)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.insert_element_before(borders, *_AFTER_TBL_BORDERS)


def _cell_margins(table, twips: int) -> None:
    tbl_pr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(twips if side in ("left", "right") and twips else 0))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tbl_pr.insert_element_before(mar, *_AFTER_TBL_CELL_MAR)


def _grid_table(doc, rows: int, widths_pt: list[float]):
    """A table whose column widths LibreOffice and Word both honour (platform notes)."""
    table = doc.add_table(rows=rows, cols=len(widths_pt))
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, width in zip(table.columns, widths_pt, strict=True):
        column.width = Twips(tw(width))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_pt, strict=True):
            cell.width = Twips(tw(width))
    return table


def _clear(cell) -> None:
    """python-docx cells start with one empty paragraph; drop it so content starts at the top."""
    for p in list(cell.paragraphs):
        p._element.getparent().remove(p._element)


def _header(doc, block: Header) -> None:
    table = _grid_table(doc, 2 if block.number_line is not None else 1, [N.LEFT_COL_W, N.RIGHT_COL_W])
    _no_borders(table)
    _cell_margins(table, 0)
    left, right = table.rows[0].cells
    _clear(left)
    _clear(right)
    for line in block.parent_lines:
        _para(left, line, size=N.AGENCY_SIZE, align="center")
    for line in block.name_lines:
        _para(left, line, size=N.AGENCY_SIZE, bold=True, align="center")
    widest = max((fonts.width(t, N.AGENCY_SIZE, True) for t in block.name_lines), default=0)
    _rule(left, widest * N.ISSUER_RULE_RATIO, N.LEFT_COL_W)
    qh_size = N.QUOC_HIEU_SIZE if fonts.width(N.QUOC_HIEU, N.QUOC_HIEU_SIZE, True) <= N.RIGHT_COL_W \
        else N.QUOC_HIEU_MIN_SIZE
    _para(right, N.QUOC_HIEU, size=qh_size, bold=True, align="center")
    _para(right, N.TIEU_NGU, size=N.TIEU_NGU_SIZE, bold=True, align="center")
    _rule(right, fonts.width(N.TIEU_NGU, N.TIEU_NGU_SIZE, True), N.RIGHT_COL_W)
    if block.number_line is None:
        return
    left, right = table.rows[1].cells
    _clear(left)
    _clear(right)
    # Same space before and the same exact line height, so "Số" (13 pt) and the date (14 pt) share
    # a baseline; with "single" spacing each would sit at its own font's ascent (~0.9 pt apart).
    _para(left, block.number_line, size=N.NUMBER_SIZE, align="center", before=N.ROW_GAP,
          line=N.BODY_LEADING)
    fits = fonts.width(block.date_line or "", N.DATE_SIZE, False, True) <= N.RIGHT_COL_W
    date_size = N.DATE_SIZE if fits else 13
    _para(right, block.date_line or "", size=date_size, italic=True, align="center", before=N.ROW_GAP,
          line=N.BODY_LEADING)
    if block.draft:
        p = _para(left, N.DRAFT_LABEL, size=N.TITLE_SIZE, bold=True, align="center", before=6)
        label = fonts.width(N.DRAFT_LABEL, N.TITLE_SIZE, True) + 14
        side = max(0.0, (N.LEFT_COL_W - label) / 2)
        p.paragraph_format.left_indent = Twips(tw(side))
        p.paragraph_format.right_indent = Twips(tw(side))
        _border(p, ("top", "left", "bottom", "right"), space=2)


def _title(doc, block: Title, width: float) -> None:
    _para(doc, block.kind.upper(), size=N.TITLE_SIZE, bold=True, align="center", before=12,
          line=N.BODY_LEADING)
    widest = 0.0
    for line in block.lines:
        _para(doc, line, size=N.TITLE_SIZE, bold=True, align="center", line=N.BODY_LEADING)
        widest = max(widest, min(fonts.width(line, N.TITLE_SIZE, True), width))
    if block.note:
        _para(doc, block.note, size=N.TITLE_SIZE, italic=True, align="center", line=N.BODY_LEADING)
    _rule(doc, widest * N.ISSUER_RULE_RATIO, width)
    for line in block.after:
        _para(doc, line, size=N.TITLE_SIZE, bold=True, align="center", before=6, line=N.BODY_LEADING)


def _paragraph(doc, block: Paragraph) -> None:
    body = dict(indent=N.BODY_INDENT, before=N.PARA_SPACE_BEFORE, line=N.BODY_LEADING)
    style = block.style
    if style == "basis":
        _para(doc, block.text, italic=True, **body)
    elif style in ("heading1", "heading2"):
        _para(doc, block.text, bold=True, keep_next=True, **body)
    elif style == "heading3":
        _para(doc, block.text, keep_next=True, **body)
    elif style == "center_bold":
        _para(doc, block.text, bold=True, align="center", before=N.PARA_SPACE_BEFORE, line=N.BODY_LEADING)
    elif style == "center_italic":
        _para(doc, block.text, italic=True, align="center", line=N.BODY_LEADING)
    elif block.lead:
        p = _para(doc, **body)
        _run(p, block.lead + " ", N.BODY_SIZE, bold=True)
        _run(p, block.text, N.BODY_SIZE)
    elif style == "article" and block.text.startswith("Điều "):
        head, _, rest = block.text.partition(". ")
        p = _para(doc, **body)
        _run(p, head + ". ", N.BODY_SIZE, bold=True)
        _run(p, rest, N.BODY_SIZE)
    else:
        _para(doc, block.text, **body)


def _signature(doc, block: Signature) -> None:
    """ô 7–9b as a borderless table of one row that cannot break (w:cantSplit) and whose paragraphs
    keep with the next; with ``keep_with_previous`` the last body paragraph and the spacer keep with
    it too, so Word and LibreOffice never leave the block alone on a page (§8)."""
    if block.keep_with_previous and doc.paragraphs:
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    _para(doc, size=6, keep_next=block.keep_with_previous)
    table = _grid_table(doc, 1, [N.LEFT_COL_W, N.RIGHT_COL_W])
    _no_borders(table)
    _cell_margins(table, 0)
    left, right = table.rows[0].cells
    _clear(left)
    _clear(right)
    _para(left, "Nơi nhận:", size=N.NOI_NHAN_LABEL_SIZE, bold=True, italic=True, align="left", keep_next=True)
    for item in block.recipients:
        _para(left, item, size=N.NOI_NHAN_ITEM_SIZE, align="left", keep_next=True)
    for line in block.authority_lines:
        _para(right, line, size=N.SIGN_SIZE, bold=True, align="center", keep_next=True)
    _para(right, block.name, size=N.SIGN_SIZE, bold=True, align="center", before=N.SIGN_GAP)
    for row in table.rows:  # keep the block on one page
        row._tr.get_or_add_trPr().insert_element_before(OxmlElement("w:cantSplit"), *_AFTER_CANT_SPLIT)


def _appendix_heading(doc, block: AppendixHeading, width: float) -> None:
    _para(doc, block.label, size=N.APPENDIX_LABEL_SIZE, bold=True, align="center", line=N.BODY_LEADING)
    _para(doc, block.title, size=N.TITLE_SIZE, bold=True, align="center", line=N.BODY_LEADING)
    _para(doc, block.attached_line, size=N.TITLE_SIZE, italic=True, align="center", line=N.BODY_LEADING)
    _rule(doc, min(fonts.width(block.attached_line, N.BODY_SIZE, False, True), width) * N.ISSUER_RULE_RATIO,
          width)
    _para(doc, size=2, line=6)  # keeps the rule off the table's top border (as the PDF's spacer)


def _task_table(doc, block: TaskTable, width: float) -> None:
    total = sum(c.weight for c in block.columns)
    widths = [width * c.weight / total for c in block.columns]
    table = _grid_table(doc, len(block.rows) + 1, widths)
    table.style = doc.styles["Table Grid"]
    header = table.rows[0]
    tr_pr = header._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")  # repeat the header row on every page
    repeat.set(qn("w:val"), "true")
    tr_pr.append(repeat)
    for cell, column in zip(header.cells, block.columns, strict=True):
        _clear(cell)
        _para(cell, column.label, size=N.TABLE_HEADER_SIZE, bold=True, align="center")
    cells = _CellParagraphs(header.cells[0])
    for index, (row, values) in enumerate(zip(table.rows[1:], block.rows, strict=True)):
        for col_index, (cell, column, text) in enumerate(zip(row.cells, block.columns, values, strict=True)):
            _clear(cell)
            cells.add(cell, text, bold=index in block.bold_rows and col_index == 1, align=column.align)


class _CellParagraphs:
    """Table-cell paragraphs cloned from one made the slow way per (bold, align).

    python-docx sets each run property by searching and inserting child elements in schema order,
    about 1.5 ms per cell paragraph; a 300-task appendix has 1,800 of them. A deep copy of a finished
    paragraph with its text swapped in gives the same XML at a fraction of the cost.
    """

    def __init__(self, scratch_cell) -> None:
        self.scratch = scratch_cell  # where the models are made, then taken out again
        self.models: dict[tuple[bool, str], tuple[object, object]] = {}

    def _model(self, bold: bool, align: str) -> tuple[object, object]:
        key = (bold, align)
        if key not in self.models:
            p = _para(self.scratch, "x", size=N.TABLE_SIZE, bold=bold, align=align)._p
            self.scratch._tc.remove(p)
            run = p.findall(qn("w:r"))[0]
            p.remove(run)
            self.models[key] = (p, run)
        return self.models[key]

    def add(self, cell, text: str, *, bold: bool, align: str) -> None:
        p_model, run_model = self._model(bold, align)
        p = deepcopy(p_model)
        lines = printable(text).split("\n") if text else []
        for index, line in enumerate(lines):
            run = deepcopy(run_model)
            t = run.find(qn("w:t"))
            t.text = line
            if line != line.strip():  # as python-docx does: keep leading/trailing spaces
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            if index < len(lines) - 1:
                run.append(OxmlElement("w:br"))
            p.append(run)
        cell._tc.append(p)


def _page_number_header(section) -> None:
    """No number on the first page of a part; a centred PAGE field from page 2 (§1)."""
    section.different_first_page_header_footer = True
    section.header.is_linked_to_previous = False
    section.first_page_header.is_linked_to_previous = False
    for p in section.first_page_header.paragraphs:
        p.text = ""
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run_xml in p._p.findall(qn("w:r")):
        p._p.remove(run_xml)
    parts = [("begin", None), (None, "PAGE"), ("separate", None), (None, None), ("end", None)]
    for kind, instr in parts:
        run = p.add_run("1" if (kind is None and instr is None) else "")
        run.font.size = Pt(N.PAGE_NUMBER_SIZE)
        _set_fonts(run._element.get_or_add_rPr())
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif instr:
            text = OxmlElement("w:instrText")
            text.set(qn("xml:space"), "preserve")
            text.text = f" {instr} "
            run._r.append(text)


def _setup_section(section, orientation: str) -> None:
    if orientation == "landscape":
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Twips(tw(N.PAGE_H)), Twips(tw(N.PAGE_W))
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Twips(tw(N.PAGE_W)), Twips(tw(N.PAGE_H))
    section.top_margin = Twips(tw(N.MARGIN_TOP))
    section.bottom_margin = Twips(tw(N.MARGIN_BOTTOM))
    section.left_margin = Twips(tw(N.MARGIN_LEFT))
    section.right_margin = Twips(tw(N.MARGIN_RIGHT))
    section.header_distance = Twips(tw(N.HEADER_DISTANCE_MM * N.MM))
    sect_pr = section._sectPr
    pg = sect_pr.find(qn("w:pgNumType"))
    if pg is None:
        pg = OxmlElement("w:pgNumType")
        sect_pr.insert_element_before(pg, *_AFTER_PG_NUM_TYPE)
    pg.set(qn("w:start"), "1")  # each part (main text, each appendix) restarts at 1
    _page_number_header(section)


def _base_styles(doc) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = fonts.DOCX_FONT
    normal.font.size = Pt(N.BODY_SIZE)
    _set_fonts(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_after = Pt(0)


def _kinh_gui(doc, block: KinhGui, width: float) -> None:
    """ô 9a laid out by `kinh_gui.layout`, the same indents as the PDF."""
    for index, line in enumerate(kinh_gui.layout([printable(r) for r in block.recipients], width)):
        p = _para(doc, line.text, align="left", before=6 if index == 0 else 0, line=N.BODY_LEADING)
        p.paragraph_format.left_indent = Twips(tw(line.left))
        p.paragraph_format.first_line_indent = Twips(tw(line.first)) if line.first else None


def _block(doc, block: Block, width: float) -> None:
    if isinstance(block, Header):
        _header(doc, block)
    elif isinstance(block, Title):
        _title(doc, block, width)
    elif isinstance(block, Paragraph):
        _paragraph(doc, block)
    elif isinstance(block, KinhGui):
        _kinh_gui(doc, block, width)
    elif isinstance(block, Signature):
        _signature(doc, block)
    elif isinstance(block, AppendixHeading):
        _appendix_heading(doc, block, width)
    elif isinstance(block, TaskTable):
        _task_table(doc, block, width)
    else:
        raise TypeError(f"unknown block {block!r}")


CORE_PROPERTY_MAX = 255
"""python-docx refuses a core property (docProps/core.xml) longer than this."""


def core_title(title: str) -> str:
    """The file's Title property: the document's name cut to 255 characters with "…" (a trích yếu
    may be longer; the document's own text is never cut)."""
    text = printable(title).replace("\n", " ")
    return text if len(text) <= CORE_PROPERTY_MAX else text[:CORE_PROPERTY_MAX - 1].rstrip() + "…"


def render_docx(document: Document) -> bytes:
    doc = new_docx()
    _base_styles(doc)
    doc.core_properties.title = core_title(document.title)
    doc.core_properties.author = "ccpropa-desktop"
    parts: list[Part] = document.parts
    for index, part in enumerate(parts):
        section = doc.sections[0] if index == 0 else doc.add_section(WD_SECTION.NEW_PAGE)
        _setup_section(section, part.orientation)
        width = N.TEXT_W if part.orientation == "portrait" else N.LANDSCAPE_TEXT_W
        for block in part.blocks:
            _block(doc, block, width)
    body = doc.element.body
    first = body[0]
    if first.tag == qn("w:p") and not first.xpath(".//w:t"):
        body.remove(first)  # the template's empty opening paragraph
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
