"""Document model → PDF with reportlab (the print path). Deterministic: invariant=1."""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus.doctemplate import LayoutError

from ccpropa_desktop.errors import UserError

from . import fonts, kinh_gui
from . import nd30 as N
from .formats import printable
from .glyphs import check_printable
from .model import (
    LAYOUT,
    AppendixHeading,
    Block,
    Document,
    Header,
    KinhGui,
    Paragraph,
    Signature,
    TaskTable,
    Title,
)
from .pdf_cells import CellText, wrap_lines

ASCENT = 0.891  # Times New Roman ascent / em
LINE = 1.15  # single line spacing / em
RULE_GAP = 5  # rule below the last line box, clear of descenders and stacked diacritics
CELL_PAD_LEFT = CELL_PAD_RIGHT = 3  # appendix table cells


def markup(text: str) -> str:
    """User text → reportlab paragraph markup: printable (NFC, no controls), escaped, newlines as
    <br/> (platform notes)."""
    return escape(printable(text)).replace("\n", "<br/>")


def _line(text: str | None) -> str | None:
    """A header line drawn as one string: printable, a line break read as a space."""
    return None if text is None else printable(text).replace("\n", " ")


def _style(name: str, size: float, *, bold: bool = False, italic: bool = False, align: int = TA_JUSTIFY,
           indent: float = 0, before: float = 0, leading: float | None = None,
           keep: bool = False) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=fonts.face(bold, italic), fontSize=size, leading=leading or size * LINE,
        alignment=align, firstLineIndent=indent, spaceBefore=before, keepWithNext=int(keep),
        splitLongWords=1, allowWidows=1, allowOrphans=0,
    )


def _styles() -> dict[str, ParagraphStyle]:
    body = dict(indent=N.BODY_INDENT, before=N.PARA_SPACE_BEFORE, leading=N.BODY_LEADING)
    return {
        "body": _style("body", N.BODY_SIZE, **body),
        "basis": _style("basis", N.BODY_SIZE, italic=True, **body),
        "article": _style("article", N.BODY_SIZE, **body),
        "heading1": _style("heading1", N.BODY_SIZE, bold=True, keep=True, **body),
        "heading2": _style("heading2", N.BODY_SIZE, bold=True, keep=True, **body),
        "heading3": _style("heading3", N.BODY_SIZE, keep=True, **body),
        "center_bold": _style("center_bold", N.BODY_SIZE, bold=True, align=TA_CENTER,
                              before=N.PARA_SPACE_BEFORE, leading=N.BODY_LEADING),
        "center_italic": _style("center_italic", N.BODY_SIZE, italic=True, align=TA_CENTER,
                                leading=N.BODY_LEADING),
        "title": _style("title", N.TITLE_SIZE, bold=True, align=TA_CENTER, leading=N.BODY_LEADING),
        "title_note": _style("title_note", N.TITLE_SIZE, italic=True, align=TA_CENTER,
                             leading=N.BODY_LEADING),
        "appendix_label": _style("appendix_label", N.APPENDIX_LABEL_SIZE, bold=True, align=TA_CENTER,
                                 leading=N.BODY_LEADING),
        "noi_nhan": _style("noi_nhan", N.NOI_NHAN_LABEL_SIZE, bold=True, italic=True, align=TA_LEFT),
        "noi_nhan_item": _style("noi_nhan_item", N.NOI_NHAN_ITEM_SIZE, align=TA_LEFT,
                                leading=N.NOI_NHAN_ITEM_SIZE * 1.2),
        "sign": _style("sign", N.SIGN_SIZE, bold=True, align=TA_CENTER),
        "cell": _style("cell", N.TABLE_SIZE, align=TA_LEFT, leading=N.TABLE_SIZE * 1.2),
        "cell_center": _style("cell_center", N.TABLE_SIZE, align=TA_CENTER, leading=N.TABLE_SIZE * 1.2),
        "cell_bold": _style("cell_bold", N.TABLE_SIZE, bold=True, align=TA_LEFT,
                            leading=N.TABLE_SIZE * 1.2),
        "cell_head": _style("cell_head", N.TABLE_HEADER_SIZE, bold=True, align=TA_CENTER,
                            leading=N.TABLE_HEADER_SIZE * 1.2),
        "kinh_gui": _style("kinh_gui", N.BODY_SIZE, align=TA_CENTER, leading=N.BODY_LEADING,
                           before=N.PARA_SPACE_BEFORE),
    }


class Rule(Flowable):
    """A short centred solid rule (under trích yếu and appendix lines)."""

    def __init__(self, length: float, space_before: float = 6, space_after: float = 6) -> None:
        super().__init__()
        self.length = length
        self.before = space_before
        self.after = space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, self.before + self.after

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(N.RULE_WIDTH)
        x = (self.avail - self.length) / 2
        c.line(x, self.after, x + self.length, self.after)


class HeaderBlock(Flowable):
    """ô 1–4 drawn at exact positions, so "Số:" and the date line share one baseline (§2)."""

    def __init__(self, header: Header, layout: int = LAYOUT) -> None:
        super().__init__()
        self.header = Header([_line(t) for t in header.parent_lines], [_line(t) for t in header.name_lines],
                             _line(header.number_line), _line(header.date_line), header.draft)
        self.layout = layout  # 1: a word wider than its column was left to run over it
        self.ops: list[tuple] = []

    def _fit(self, text: str, size: float, min_size: float, width: float, bold: bool, italic: bool
             ) -> tuple[float, list[str]]:
        """Largest size in [min_size, size] that fits one line; else wrap at min_size."""
        for s in (size, min_size):
            if fonts.width(text, s, bold, italic) <= width:
                return s, [text]
        face = fonts.face(bold, italic)
        lines = simpleSplit(text, face, min_size, width) or [""]
        if self.layout >= 2 and any(fonts.width(line, min_size, bold, italic) > width for line in lines):
            lines = wrap_lines(text, face, min_size, width)  # a word wider than the column: cut it
        return min_size, lines

    def _column(self, x_center: float, y: float, lines: list[tuple[str, float, float, bool, bool]],
                width: float) -> tuple[float, list[float]]:
        """Stack lines from top ``y`` (distance from block top); returns bottom y and line widths."""
        widths = []
        for text, size, min_size, bold, italic in lines:
            s, parts = self._fit(text, size, min_size, width, bold, italic)
            for part in parts:
                baseline = y + ASCENT * s
                self.ops.append(("text", x_center, baseline, part, s, bold, italic))
                widths.append(fonts.width(part, s, bold, italic))
                y += LINE * s
        return y, widths

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.ops = []
        h = self.header
        left_x, right_x = N.LEFT_COL_W / 2, N.LEFT_COL_W + N.RIGHT_COL_W / 2
        left = [(t, N.AGENCY_SIZE, 12, False, False) for t in h.parent_lines]
        top_name = len(left)
        left += [(t, N.AGENCY_SIZE, 12, True, False) for t in h.name_lines]
        y_left, widths = self._column(left_x, 0, left, N.LEFT_COL_W)
        name_w = max(widths[top_name:] or [0])
        rule_y = y_left + RULE_GAP
        self.ops.append(("rule", left_x, rule_y, name_w * N.ISSUER_RULE_RATIO))
        y_right, _ = self._column(right_x, 0, [(N.QUOC_HIEU, N.QUOC_HIEU_SIZE, N.QUOC_HIEU_MIN_SIZE, True,
                                                False)], N.RIGHT_COL_W)
        y_right, tw = self._column(right_x, y_right, [(N.TIEU_NGU, N.TIEU_NGU_SIZE, 13, True, False)],
                                   N.RIGHT_COL_W)
        self.ops.append(("rule", right_x, y_right + RULE_GAP, tw[0]))
        height = max(rule_y, y_right + RULE_GAP) + 2
        if h.number_line is not None:
            top = height + N.ROW_GAP
            s, parts = self._fit(h.date_line or "", N.DATE_SIZE, 13, N.RIGHT_COL_W, False, True)
            baseline = top + ASCENT * max(s, N.NUMBER_SIZE)
            self.ops.append(("text", left_x, baseline, h.number_line, N.NUMBER_SIZE, False, False))
            for i, part in enumerate(parts):
                self.ops.append(("text", right_x, baseline + i * LINE * s, part, s, False, True))
            bottom = baseline + (len(parts) - 1) * LINE * s + 0.3 * s
            if h.draft:
                box_top = baseline + 8
                box_h = N.TITLE_SIZE * 1.5
                label_w = fonts.width(N.DRAFT_LABEL, N.TITLE_SIZE, True)
                self.ops.append(("box", left_x, box_top, label_w + 12, box_h))
                self.ops.append(("text", left_x, box_top + box_h / 2 + 0.33 * N.TITLE_SIZE,
                                 N.DRAFT_LABEL, N.TITLE_SIZE, True, False))
                bottom = max(bottom, box_top + box_h)
            height = bottom
        self.height = height + 10
        return avail_width, self.height

    def draw(self) -> None:
        c = self.canv
        H = self.height
        c.setLineWidth(N.RULE_WIDTH)
        for op in self.ops:
            if op[0] == "text":
                _, x, y, text, size, bold, italic = op
                c.setFont(fonts.face(bold, italic), size)
                c.drawCentredString(x, H - y, text)
            elif op[0] == "rule":
                _, x, y, length = op
                c.line(x - length / 2, H - y, x + length / 2, H - y)
            elif op[0] == "box":
                _, x, y, w, h = op
                c.rect(x - w / 2, H - y - h, w, h, stroke=1, fill=0)


class _Doc(BaseDocTemplate):
    """Page templates per part: first page without number, later pages numbered from 2."""

    def __init__(self, buffer: io.BytesIO, document: Document) -> None:
        super().__init__(buffer, pagesize=(N.PAGE_W, N.PAGE_H), leftMargin=N.MARGIN_LEFT,
                         rightMargin=N.MARGIN_RIGHT, topMargin=N.MARGIN_TOP, bottomMargin=N.MARGIN_BOTTOM,
                         invariant=1, title=document.title, author="ccpropa-desktop",
                         creator="ccpropa-desktop", producer="ccpropa-desktop", subject="", keywords="",
                         # reportlab's default initial font, Helvetica, would be declared on every
                         # page and never embedded (pdffonts / preflight flag it); start in TNR.
                         initialFontName=fonts.face(), initialFontSize=N.BODY_SIZE)
        self.draft = document.draft
        self.part_start = 1
        portrait = (N.PAGE_W, N.PAGE_H)
        landscape = (N.PAGE_H, N.PAGE_W)
        templates = []
        for name, size in (("portrait", portrait), ("landscape", landscape)):
            w, h = size
            frame = Frame(N.MARGIN_LEFT, N.MARGIN_BOTTOM, w - N.MARGIN_LEFT - N.MARGIN_RIGHT,
                          h - N.MARGIN_TOP - N.MARGIN_BOTTOM, leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0, id=name)
            templates.append(PageTemplate(f"{name}-first", [frame], onPage=self._first_page,
                                          pagesize=size, autoNextPageTemplate=name))
            templates.append(PageTemplate(name, [frame], onPage=self._later_page, pagesize=size))
        self.addPageTemplates(templates)

    def _watermark(self, canvas, doc) -> None:
        if not self.draft:
            return
        w, h = canvas._pagesize
        canvas.saveState()
        canvas.setFillGray(0.88)
        canvas.setFont(fonts.face(True), 96)
        canvas.translate(w / 2, h / 2)
        canvas.rotate(35)
        canvas.drawCentredString(0, -30, N.DRAFT_LABEL)
        canvas.restoreState()

    def _first_page(self, canvas, doc) -> None:
        self.part_start = canvas.getPageNumber()
        self._watermark(canvas, doc)

    def _later_page(self, canvas, doc) -> None:
        self._watermark(canvas, doc)
        number = canvas.getPageNumber() - self.part_start + 1
        w, h = canvas._pagesize
        canvas.setFont(fonts.face(), N.PAGE_NUMBER_SIZE)
        x = N.MARGIN_LEFT + (w - N.MARGIN_LEFT - N.MARGIN_RIGHT) / 2
        canvas.drawCentredString(x, h - N.PAGE_NUMBER_BASELINE_FROM_TOP, str(number))


def _title(block: Title, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 6), RLParagraph(markup(block.kind.upper()), st["title"])]
    widest = 0.0
    for line in block.lines:
        out.append(RLParagraph(markup(line), st["title"]))
        for part in simpleSplit(line, fonts.face(True), N.TITLE_SIZE, width):
            widest = max(widest, fonts.width(part, N.TITLE_SIZE, True))
    if block.note:
        out.append(RLParagraph(markup(block.note), st["title_note"]))
    out.append(Rule(widest * N.ISSUER_RULE_RATIO))
    for line in block.after:
        out.append(RLParagraph(markup(line), st["title"]))
    out.append(Spacer(1, 4))
    return out


def _signature(block: Signature, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """ô 7–9b: the flowables to keep together on one page (with the last body paragraph when the
    block says so: one KeepTogether around all of them, never nested, as a nested one measures
    0xffffff points tall and would always start a new page)."""
    left: list[Flowable] = [RLParagraph("Nơi nhận:", st["noi_nhan"])]
    left += [RLParagraph(markup(r), st["noi_nhan_item"]) for r in block.recipients]
    right: list[Flowable] = [RLParagraph(markup(line), st["sign"]) for line in block.authority_lines]
    right += [Spacer(1, N.SIGN_GAP), RLParagraph(markup(block.name), st["sign"])]
    # Kept on one page (KeepTogether); only a block taller than a page (hundreds of recipients) runs on,
    # cut inside its one row, rather than failing to print.
    table = Table([[left, right]], colWidths=[N.LEFT_COL_W, N.RIGHT_COL_W], splitInRow=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.face()),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 12), table]


class AppendixTable(Table):
    """A task table that breaks between rows; a row is cut only when it is taller than a page.

    reportlab's own order (between rows, then inside a row) cuts the remainder of a split table
    again on the same page, under a second header row. Here a row that does not fit the space left
    goes whole to the next page, as long as it fits on an empty page.
    """

    frame_height = N.PAGE_W - N.MARGIN_TOP - N.MARGIN_BOTTOM  # landscape; set per table

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._calc(avail_width, avail_height)
        head = sum(self._rowHeights[:self.repeatRows])
        parts = self._splitRows(avail_height, doInRowSplit=0)
        if parts:
            rest = len(parts[0]._cellvalues) if len(parts) == 2 else len(self._rowHeights)
            if rest >= len(self._rowHeights) or head + self._rowHeights[rest] <= self.frame_height:
                return parts
            # the next row cannot fit any page: cut it here, under this page's header
            return self._splitRows(avail_height, doInRowSplit=1) or parts
        first_row = self._rowHeights[self.repeatRows] if len(self._rowHeights) > self.repeatRows else 0
        if head + first_row <= self.frame_height and avail_height < self.frame_height - 1:
            return []  # fits on the next page: move it there whole
        return self._splitRows(avail_height, doInRowSplit=1)


def _table(block: TaskTable, st: dict[str, ParagraphStyle], width: float, layout: int = LAYOUT) -> Table:
    total = sum(c.weight for c in block.columns)
    widths = [width * c.weight / total for c in block.columns]
    # Each cell measured inside its padding (layout 1: reportlab's in-row split used the full width).
    inner = [w - CELL_PAD_LEFT - CELL_PAD_RIGHT if layout >= 2 else None for w in widths]
    data: list[list[list[Flowable]]] = [[[RLParagraph(markup(c.label), st["cell_head"])]
                                         for c in block.columns]]
    leading = N.TABLE_SIZE * 1.2
    regular, bold = fonts.face(), fonts.face(True)
    for index, row in enumerate(block.rows):
        cells: list[list[Flowable]] = []
        for col, text, cell_width in zip(block.columns, row, inner, strict=True):
            face = bold if index in block.bold_rows and col is block.columns[1] else regular
            # In a list, not bare: reportlab's in-row split (splitInRow) only splits list cells; a
            # bare flowable cell is dropped and the table overprints itself.
            cells.append([CellText(printable(text), face, N.TABLE_SIZE, leading, col.align,
                                   width=cell_width)])
        data.append(cells)
    table = AppendixTable(data, colWidths=widths, repeatRows=1, splitInRow=int(2 * leading + 7))
    if width <= N.TEXT_W:  # a table in a portrait part
        table.frame_height = N.PAGE_H - N.MARGIN_TOP - N.MARGIN_BOTTOM
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), fonts.face()),  # not reportlab's default, unembedded Helvetica
        ("GRID", (0, 0), (-1, -1), N.RULE_WIDTH, "black"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_LEFT), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_RIGHT),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _kinh_gui(block: KinhGui, st: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    """ô 9a laid out by `kinh_gui.layout`: one addressee on the label's line, several under it."""
    out: list[Flowable] = []
    for index, line in enumerate(kinh_gui.layout([printable(r) for r in block.recipients], width)):
        style = ParagraphStyle(f"kinh_gui_{index}", parent=st["kinh_gui"], alignment=TA_LEFT,
                               leftIndent=line.left, firstLineIndent=line.first,
                               spaceBefore=st["kinh_gui"].spaceBefore if index == 0 else 0)
        out.append(RLParagraph(markup(line.text), style))
    return out


def _flowables(block: Block, st: dict[str, ParagraphStyle], width: float, layout: int = LAYOUT
               ) -> list[Flowable]:
    if isinstance(block, Header):
        return [HeaderBlock(block, layout)]
    if isinstance(block, Title):
        return _title(block, st, width)
    if isinstance(block, Paragraph):
        text = markup(block.text)
        if block.style == "article" and text.startswith("Điều "):
            head, _, rest = text.partition(". ")
            text = f"<b>{head}.</b> {rest}"
        if block.lead:
            text = f"<b>{markup(block.lead)}</b> {text}"
        return [RLParagraph(text, st[block.style])]
    if isinstance(block, KinhGui):
        return _kinh_gui(block, st, width)
    if isinstance(block, Signature):
        return [KeepTogether(_signature(block, st))]
    if isinstance(block, AppendixHeading):
        out: list[Flowable] = [RLParagraph(markup(block.label), st["appendix_label"]),
                               RLParagraph(markup(block.title), st["title"])]
        widest = fonts.width(block.attached_line, N.BODY_SIZE, False, True)
        out += [RLParagraph(markup(block.attached_line), st["title_note"]),
                Rule(min(widest, width) * N.ISSUER_RULE_RATIO), Spacer(1, 4)]
        return out
    if isinstance(block, TaskTable):
        return [_table(block, st, width, layout)]
    raise TypeError(f"unknown block {block!r}")


def render_pdf(document: Document) -> bytes:
    fonts.register()
    check_printable(document)  # a character without a glyph: a message, not a box
    st = _styles()
    buffer = io.BytesIO()
    doc = _Doc(buffer, document)
    story: list[Flowable] = []
    for index, part in enumerate(document.parts):
        width = N.TEXT_W if part.orientation == "portrait" else N.LANDSCAPE_TEXT_W
        if index:
            story += [NextPageTemplate(f"{part.orientation}-first"), PageBreak()]
        for block in part.blocks:
            flowables = _flowables(block, st, width, document.layout)
            if isinstance(block, Signature) and block.keep_with_previous and story \
                    and isinstance(story[-1], RLParagraph):
                flowables = [KeepTogether([story.pop(), *_signature(block, st)])]
            story += flowables
    if document.parts and document.parts[0].orientation == "landscape":
        story.insert(0, NextPageTemplate("landscape-first"))
    try:
        doc.build(story)
    except LayoutError as exc:  # only a part drawn whole (the header: ô 1–4) can be taller than a page
        raise UserError("layout_too_tall", "Không in được văn bản: phần phải in trọn trên một trang (phần "
                        "đầu văn bản: tên cơ quan, địa danh) dài hơn một trang giấy. Hãy rút gọn các dòng đó "
                        "trong Hồ sơ đơn vị rồi in lại.", detail=str(exc)[:200]) from exc
    return buffer.getvalue()
