"""The DOCX against the ND30 checklist (spec §16 items 1–14), read from the XML with python-docx.

Lengths in the XML are twips (1/20 pt) and half-points (w:sz); the spec's defaults are 20/20/30/15 mm
margins = 1134/1134/1701/851 twips, header columns 65 + 100 mm = 3685 + 5670 twips. Those twips are
rounded from millimetres, so lengths are compared within ±1 twip. Where a rule length is given in
points (1/3–1/2 of a line, = the Tiêu ngữ width ±1 pt) the line widths are measured with the same
font metrics the renderers use.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from io import BytesIO

import pytest
from docx.oxml.ns import qn
from reportlab.lib.utils import simpleSplit

from ccpropa_desktop.documents import fonts
from ccpropa_desktop.documents import nd30 as N
from ccpropa_desktop.documents.model import AppendixHeading, Header, Paragraph, Signature, Title

from .conftest import Para, Rendered, qn_local

NUMBER_LINE_RE = re.compile(r"^Số: (\d{2,}|\s+)/[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ&]*)+$")
DATE_LINE_RE = re.compile(
    r"^.+, ngày (0[1-9]|[12]\d|3[01]|\s+) tháng (0[12]|[3-9]|1[0-2]|\s+) năm \d{4}$")
BODY_STYLES = {"body", "basis", "heading1", "heading2", "heading3", "article"}
TNR = "Times New Roman"


def tw(points: float) -> int:
    return round(points * 20)


LEFT_TW, RIGHT_TW = tw(N.LEFT_COL_W), tw(N.RIGHT_COL_W)


# -- helpers -----------------------------------------------------------------------------------
def blocks_of(r: Rendered, part: int, kind: type) -> list:
    return [b for b in r.model.parts[part].blocks if isinstance(b, kind)]


def tables_in(r: Rendered, section: int) -> list:
    return [t for s, t in r.docx.tables if s == section]


def grid(table) -> list[int]:
    return [int(c.get(qn("w:w"))) for c in table.find(qn("w:tblGrid")).findall(qn("w:gridCol"))]


def cell(r: Rendered, table, row: int, col: int) -> list[Para]:
    return r.docx.cell_paras(table, row, col)


def top_paras(r: Rendered, section: int) -> list[Para]:
    return [p for p in r.docx.paras if p.section == section and p.where is None]


def rule_length(p: Para, box: float) -> float:
    """Points: a rule is an empty paragraph with a bottom border between its indents."""
    assert p.borders == {"bottom"} and p.text == "", p
    return box - (p.left + p.right) / 20


def centred(p: Para) -> bool:
    return abs(p.left - p.right) <= 1


def is_bold(p: Para) -> bool:
    return p.all_runs(lambda r: r.bold)


def is_italic(p: Para) -> bool:
    return p.all_runs(lambda r: r.italic)


def is_regular(p: Para) -> bool:
    return p.all_runs(lambda r: not r.bold and not r.italic)


def size_between(p: Para, low: float, high: float) -> bool:
    return p.all_runs(lambda r: r.size is not None and low <= r.size <= high)


def header_table(r: Rendered, part: int):
    return tables_in(r, part)[0]


def header_parts(r: Rendered) -> list[int]:
    return [k for k, part in enumerate(r.model.parts) if isinstance(part.blocks[0], Header)]


def signature_table(r: Rendered, part: int):
    found = [t for t in tables_in(r, part) if any(p.text == "Nơi nhận:" for p in cell(r, t, 0, 0))]
    assert len(found) == 1
    return found[0]


def wrapped_widths(text: str, size: float, bold: bool, italic: bool, width: float) -> list[float]:
    return [fonts.width(line, size, bold, italic)
            for line in simpleSplit(text, fonts.face(bold, italic), size, width)]


def squash(text: str) -> str:
    return "".join(text.split())


# -- §16.1 page size, margins ----------------------------------------------------------------------
def test_01_sections_page_size_orientation_margins(rendered: Rendered) -> None:
    sections = rendered.docx.sections
    assert len(sections) == len(rendered.model.parts)
    for sect, part in zip(sections, rendered.model.parts, strict=True):
        pg = sect.find(qn("w:pgSz"))
        size = (int(pg.get(qn("w:w"))), int(pg.get(qn("w:h"))))
        if part.orientation == "portrait":
            assert size == (11906, 16838) and pg.get(qn("w:orient")) in (None, "portrait")
        else:
            assert size == (16838, 11906) and pg.get(qn("w:orient")) == "landscape"
        mar = sect.find(qn("w:pgMar"))
        margins = {k: int(mar.get(qn(f"w:{k}"))) for k in ("top", "bottom", "left", "right", "header")}
        assert margins["top"] == pytest.approx(1134, abs=1)
        assert margins["bottom"] == pytest.approx(1134, abs=1)
        assert margins["left"] == pytest.approx(1701, abs=1)
        assert margins["right"] == pytest.approx(851, abs=1)  # 15 mm = 850.4 twips
        assert 1134 - 1 <= margins["top"] <= 1418 and 1134 - 1 <= margins["bottom"] <= 1418
        assert 1701 - 1 <= margins["left"] <= 1985 and 850 <= margins["right"] <= 1134
        assert margins["header"] == 567  # page number 10 mm from the top edge


# -- §16.2 fonts, caps, NFC ------------------------------------------------------------------------
def _all_runs(r: Rendered):
    from .conftest import read_runs

    for p in r.docx.paras:
        yield from p.runs
    for _section, _kind, hdr in r.docx.header_parts():
        for p in hdr.iter(qn("w:p")):
            yield from read_runs(p)


def test_02_runs_name_times_new_roman_in_all_four_slots(rendered: Rendered) -> None:
    runs = [run for run in _all_runs(rendered) if run.text.strip()]
    assert runs
    for run in runs:
        assert {k: run.fonts.get(k) for k in ("ascii", "hAnsi", "cs", "eastAsia")} == dict.fromkeys(
            ("ascii", "hAnsi", "cs", "eastAsia"), TNR), run
    normal = rendered.docx.doc.styles["Normal"].element.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert {qn_local(k): v for k, v in normal.attrib.items()} == dict.fromkeys(
        ("ascii", "hAnsi", "cs", "eastAsia"), TNR)


def test_02_language_vietnamese_and_black(rendered: Rendered) -> None:
    for r_el in rendered.docx.body.iter(qn("w:r")):
        if not "".join(t.text or "" for t in r_el.iter(qn("w:t"))).strip():
            continue
        rpr = r_el.find(qn("w:rPr"))
        assert rpr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
        color = rpr.find(qn("w:color"))
        assert color is None or color.get(qn("w:val")) in ("000000", "auto")


def test_02_no_caps_effect(rendered: Rendered) -> None:
    """Upper case is typed, never a font effect: no w:caps on any run, paragraph mark or style in
    use. (python-docx's default template defines a few unused character styles with caps, such as
    "Book Title"; nothing here applies them.)"""
    with zipfile.ZipFile(BytesIO(rendered.docx.data)) as z:
        for name in z.namelist():
            if re.fullmatch(r"word/(document|header\d+|footer\d+)\.xml", name):
                xml = z.read(name).decode("utf-8")
                assert "<w:caps" not in xml and "<w:smallCaps" not in xml, name
    used = {"Normal", "DefaultParagraphFont"}
    for root in [rendered.docx.body, *(h for _s, _k, h in rendered.docx.header_parts())]:
        for tag in ("w:pStyle", "w:rStyle", "w:tblStyle"):
            used |= {el.get(qn("w:val")) for el in root.iter(qn(tag))}
    styles = rendered.docx.doc.styles.element
    pending = set(used)
    while pending:  # follow basedOn chains
        style_id = pending.pop()
        for style in styles.findall(qn("w:style")):
            if style.get(qn("w:styleId")) != style_id:
                continue
            assert style.find(".//" + qn("w:caps")) is None, style_id
            assert style.find(".//" + qn("w:smallCaps")) is None, style_id
            based = style.find(qn("w:basedOn"))
            if based is not None and based.get(qn("w:val")) not in used:
                used.add(based.get(qn("w:val")))
                pending.add(based.get(qn("w:val")))
    assert "TableGrid" in used


def test_02_all_text_nfc(rendered: Rendered) -> None:
    text = "".join(run.text for run in _all_runs(rendered))
    assert text and unicodedata.is_normalized("NFC", text)


# -- §16.3 Quốc hiệu, Tiêu ngữ; §16.4 issuer ----------------------------------------------------------
def test_03_header_table_columns(rendered: Rendered) -> None:
    for k in header_parts(rendered):
        table = header_table(rendered, k)
        assert grid(table) == pytest.approx([3685, 5670], abs=1)
        for tr in table.findall(qn("w:tr")):
            widths = [int(tc.find(qn("w:tcPr")).find(qn("w:tcW")).get(qn("w:w")))
                      for tc in tr.findall(qn("w:tc"))]
            assert widths == pytest.approx([3685, 5670], abs=1)
        tbl_pr = table.find(qn("w:tblPr"))
        borders = tbl_pr.find(qn("w:tblBorders"))
        assert borders is not None and {b.get(qn("w:val")) for b in borders} <= {"nil", "none"}
        mar = tbl_pr.find(qn("w:tblCellMar"))
        assert {qn_local(m.tag): int(m.get(qn("w:w"))) for m in mar}.get("left") == 0
        assert {qn_local(m.tag): int(m.get(qn("w:w"))) for m in mar}.get("right") == 0


def test_03_quoc_hieu_tieu_ngu_and_rule(rendered: Rendered) -> None:
    for k in header_parts(rendered):
        paras = cell(rendered, header_table(rendered, k), 0, 1)
        qh, tn, rule = paras[0], paras[1], paras[2]
        assert qh.text == N.QUOC_HIEU and "\n" not in qh.text
        assert is_bold(qh) and size_between(qh, 12, 13) and qh.jc == "center" and centred(qh)
        size = next(iter(qh.sizes))
        assert fonts.width(N.QUOC_HIEU, size, True) <= RIGHT_TW / 20  # fits: a single line
        assert tn.text == N.TIEU_NGU and is_bold(tn) and size_between(tn, 13, 14) and tn.jc == "center"
        tn_width = fonts.width(N.TIEU_NGU, next(iter(tn.sizes)), True)
        assert rule_length(rule, RIGHT_TW / 20) == pytest.approx(tn_width, abs=1)
        assert centred(rule)


def test_04_issuer_chu_quan_and_rule(rendered: Rendered) -> None:
    for k in header_parts(rendered):
        header = rendered.model.parts[k].blocks[0]
        paras = cell(rendered, header_table(rendered, k), 0, 0)
        n_parent, n_name = len(header.parent_lines), len(header.name_lines)
        assert [p.text for p in paras[:n_parent + n_name]] == [*header.parent_lines, *header.name_lines]
        for p in paras[:n_parent]:
            assert is_regular(p) and size_between(p, 12, 13) and p.text == p.text.upper(), p
            assert p.jc == "center"
        names = paras[n_parent:n_parent + n_name]
        for p in names:
            assert is_bold(p) and size_between(p, 12, 13) and p.text == p.text.upper(), p
            assert p.jc == "center"
        widest = max(fonts.width(p.text, next(iter(p.sizes)), True) for p in names)
        rule = paras[n_parent + n_name]
        assert widest / 3 - 1 <= rule_length(rule, LEFT_TW / 20) <= widest / 2 + 1
        assert centred(rule)


def test_04_chu_quan_line_only_where_there_is_one(issued_a: Rendered, phong_noi_vu: Rendered) -> None:
    assert cell(issued_a, header_table(issued_a, 0), 0, 0)[0].text == "ỦY BAN NHÂN DÂN"
    first = cell(phong_noi_vu, header_table(phong_noi_vu, 0), 0, 0)[0]
    assert first.text == "UBND HUYỆN SÔNG MÃ" and not is_bold(first)


# -- §16.5 Số, §16.6 date ------------------------------------------------------------------------
def _number_and_date(r: Rendered) -> tuple[Para, Para]:
    table = header_table(r, 0)
    return cell(r, table, 1, 0)[0], cell(r, table, 1, 1)[0]


def test_05_number_line(rendered: Rendered) -> None:
    header = rendered.model.parts[0].blocks[0]
    so, _date = _number_and_date(rendered)
    assert so.text == header.number_line and NUMBER_LINE_RE.match(so.text)
    assert so.sizes == {13.0} and is_regular(so) and so.jc == "center"
    number = so.text.removeprefix("Số:").split("/")[0].strip()
    assert (number.isdigit() and len(number) >= 2) if rendered.issued else number == ""


def test_05_number_and_date_share_a_baseline(rendered: Rendered) -> None:
    """Both open row 2 of the header table with the same space before. Their sizes differ (13 and
    14 pt), so with "single" spacing each line's baseline sits at its own font's ascent and the two
    baselines differ by ~0.9 pt (measured in LibreOffice: 1.0 pt). An equal exact line height puts
    both on one baseline (to within the descent difference, 0.2 pt)."""
    so, date = _number_and_date(rendered)
    table = header_table(rendered, 0)
    row = table.findall(qn("w:tr"))[1]
    for tc in row.findall(qn("w:tc")):
        valign = tc.find(qn("w:tcPr")).find(qn("w:vAlign"))
        assert valign is None or valign.get(qn("w:val")) == "top"
    assert so.before == date.before
    same_size = so.sizes == date.sizes
    same_exact_line = so.line_rule == date.line_rule == "exact" and so.line == date.line
    assert same_size or same_exact_line, (so.line_rule, so.line, date.line_rule, date.line)


def test_06_date_line(rendered: Rendered) -> None:
    header = rendered.model.parts[0].blocks[0]
    _so, date = _number_and_date(rendered)
    assert date.text == header.date_line and DATE_LINE_RE.match(date.text)
    assert is_italic(date) and size_between(date, 13, 14) and date.jc == "center"


# -- §16.7 title ---------------------------------------------------------------------------------
def test_07_title_trich_yeu_and_rule(rendered: Rendered) -> None:
    for k in range(len(rendered.model.parts)):
        for title in blocks_of(rendered, k, Title):
            paras = top_paras(rendered, k)
            start = next(i for i, p in enumerate(paras) if p.text == title.kind)
            kind = paras[start]
            assert is_bold(kind) and size_between(kind, 13, 14) and kind.jc == "center"
            assert kind.text == kind.text.upper()
            lines = paras[start + 1:start + 1 + len(title.lines)]
            assert [p.text for p in lines] == title.lines
            for p in lines:
                assert is_bold(p) and size_between(p, 13, 14) and p.jc == "center"
            at = start + 1 + len(title.lines)
            if title.note:
                note = paras[at]
                assert note.text == title.note and is_italic(note) and size_between(note, 13, 14)
                assert note.jc == "center"
                at += 1
            widest = max(w for p in lines for w in wrapped_widths(p.text, next(iter(p.sizes)), True,
                                                                   False, N.TEXT_W))
            length = rule_length(paras[at], N.TEXT_W)
            assert widest / 3 - 1 <= length <= widest / 2 + 1 and centred(paras[at])
            for p, text in zip(paras[at + 1:], title.after, strict=False):
                assert p.text == text and is_bold(p) and p.jc == "center"


# -- §16.8 body, §16.9 headings --------------------------------------------------------------------
def _body_pairs(r: Rendered, part: int) -> list[tuple[Paragraph, Para]]:
    """Model paragraphs of a part with their DOCX paragraphs, in order, matched by text."""
    paras = [p for p in top_paras(r, part) if p.text.strip()]
    pairs = []
    cursor = 0
    for block in blocks_of(r, part, Paragraph):
        while paras[cursor].text != block.printed:
            cursor += 1
        pairs.append((block, paras[cursor]))
        cursor += 1
    return pairs


def test_08_body_paragraphs(rendered: Rendered) -> None:
    checked = 0
    for k in range(len(rendered.model.parts)):
        for block, p in _body_pairs(rendered, k):
            if block.style not in BODY_STYLES:
                continue
            checked += 1
            assert p.jc == "both", p  # justified
            assert p.first_line in (567, 720), p  # 1 cm or 1.27 cm
            assert p.before >= 120, p  # ≥ 6 pt between paragraphs
            size = max(s for s in p.sizes if s)
            assert size_between(p, 13, 14), p
            assert p.line_rule == "exact"
            assert round(1.15 * size * 20) <= p.line <= round(1.5 * 1.15 * size * 20)  # single … 1.5
            assert p.line == tw(N.BODY_LEADING)
    assert checked > 20


def test_09_headings(rendered: Rendered) -> None:
    seen = set()
    for k in range(len(rendered.model.parts)):
        for block, p in _body_pairs(rendered, k):
            seen.add(block.style)
            if block.style == "heading1":
                assert re.match(r"^[IVXLC]+\. ", p.text) and is_bold(p) and p.text == p.text.upper()
                assert p.keep_next
            elif block.style == "heading2":
                assert re.match(r"^\d+\. ", p.text) and is_bold(p) and p.keep_next
            elif block.style == "heading3":
                assert re.match(r"^[a-zđ]\) ", p.text) and is_regular(p) and p.keep_next
            elif block.style == "body" and block.lead:  # run-in heading: "3. Phòng …: text"
                head, rest = p.text_runs[0], p.text_runs[1:]
                assert re.match(r"^\d+\. .+:$", head.text.strip()) and head.bold, p
                assert rest and not any(r.bold for r in rest)
            elif block.style == "body":
                assert is_regular(p), p
            elif block.style == "basis":
                assert p.text.startswith(("Căn cứ", "Theo đề nghị của")) and is_italic(p)
            elif block.style == "article":
                head, rest = p.text_runs[0], p.text_runs[1:]
                assert re.fullmatch(r"Điều \d+\. ", head.text) and head.bold
                assert rest and not any(r.bold for r in rest)
            elif block.style == "center_bold":
                assert p.jc == "center" and is_bold(p)
    assert {"heading1", "heading2"} <= seen


def test_09_point_heading_a(phong_noi_vu: Rendered) -> None:
    p = phong_noi_vu.docx.one(r"^a\) Đối với các cơ quan, đơn vị$")
    assert is_regular(p) and p.first_line == 567


# -- §16.10 Nơi nhận, §16.11 signature -------------------------------------------------------------
def test_10_noi_nhan(rendered: Rendered) -> None:
    parts = [(k, s) for k in range(len(rendered.model.parts)) for s in blocks_of(rendered, k, Signature)]
    assert parts
    for k, sig in parts:
        table = signature_table(rendered, k)
        assert grid(table) == pytest.approx([3685, 5670], abs=1)
        left, right = cell(rendered, table, 0, 0), cell(rendered, table, 0, 1)
        label, items = left[0], left[1:]
        assert label.text == "Nơi nhận:" and label.sizes == {12.0} and is_bold(label) and is_italic(label)
        assert label.jc in (None, "left", "start") and label.left == 0 and not label.first_line
        assert [p.text for p in items] == sig.recipients
        for p in items:
            assert p.sizes == {11.0} and is_regular(p) and p.jc in (None, "left", "start")
            assert p.left == 0 and not p.first_line
        texts = [p.text for p in items]
        assert all(t.startswith("- ") and t.endswith((";", ":")) for t in texts[:-1])
        assert re.match(r"^- Lưu: VT(, .+)?\.$", texts[-1])
        # level with the first quyền hạn line: both open their cell, same space before
        assert right[0].text == sig.authority_lines[0] and label.before == right[0].before == 0


def test_11_signature_block(rendered: Rendered) -> None:
    for k in range(len(rendered.model.parts)):
        for sig in blocks_of(rendered, k, Signature):
            table = signature_table(rendered, k)
            right = cell(rendered, table, 0, 1)
            auth, name = right[:len(sig.authority_lines)], right[len(sig.authority_lines)]
            assert [p.text for p in auth] == sig.authority_lines
            # A head signing in his own name (a Quyết định of the Chủ tịch) has no prefix: one line.
            assert auth[0].text.split()[0] in N.AUTHORITY_PREFIXES or len(auth) == 1, auth[0]
            for p in auth:
                assert is_bold(p) and size_between(p, 13, 14) and p.jc == "center"
                assert p.text == p.text.upper() and p.keep_next
            assert name.text == sig.name and is_bold(name) and size_between(name, 13, 14)
            assert name.jc == "center" and name.before >= tw(N.SIGN_GAP) - 1
            tr_pr = table.find(qn("w:tr")).find(qn("w:trPr"))
            assert tr_pr is not None and tr_pr.find(qn("w:cantSplit")) is not None  # one page
            assert all(p.keep_next for p in cell(rendered, table, 0, 0))


# -- §16.12 page numbers -------------------------------------------------------------------------
def test_12_page_numbers_from_page_2_restarting_per_section(rendered: Rendered) -> None:
    sections = rendered.docx.doc.sections
    for index, section in enumerate(sections):
        sect = section._sectPr
        assert sect.find(qn("w:titlePg")) is not None and section.different_first_page_header_footer
        assert sect.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
        refs = {r.get(qn("w:type")) for r in sect.findall(qn("w:headerReference"))}
        assert {"default", "first"} <= refs, f"section {index} inherits its headers"
        default = section.header._element
        instr = "".join(t.text for t in default.iter(qn("w:instrText")))
        kinds = [f.get(qn("w:fldCharType")) for f in default.iter(qn("w:fldChar"))]
        assert instr.strip() == "PAGE" and kinds == ["begin", "separate", "end"]
        (p,) = default.findall(qn("w:p"))
        assert p.find(qn("w:pPr")).find(qn("w:jc")).get(qn("w:val")) == "center"
        for sz in default.iter(qn("w:sz")):
            assert 26 <= int(sz.get(qn("w:val"))) <= 28
        for rpr in default.iter(qn("w:rPr")):
            assert rpr.find(qn("w:b")) is None and rpr.find(qn("w:i")) is None
        first = section.first_page_header._element
        assert not "".join(t.text or "" for t in first.iter(qn("w:t"))).strip()
        assert first.find(".//" + qn("w:fldChar")) is None


# -- §16.13 appendix -----------------------------------------------------------------------------
def test_13_appendix_heading(rendered: Rendered) -> None:
    k = len(rendered.model.parts) - 1
    heading = rendered.model.parts[k].blocks[0]
    assert isinstance(heading, AppendixHeading)
    paras = top_paras(rendered, k)
    label, title, attached, rule = paras[:4]
    assert label.text == "Phụ lục" and is_bold(label) and label.sizes == {14.0} and label.jc == "center"
    assert title.text == heading.title == heading.title.upper() and is_bold(title)
    assert size_between(title, 13, 14) and title.jc == "center"
    assert attached.text == heading.attached_line and is_italic(attached)
    assert size_between(attached, 13, 14) and attached.jc == "center"
    widest = max(wrapped_widths(attached.text, 14, False, True, N.LANDSCAPE_TEXT_W))
    assert widest / 3 - 1 <= rule_length(rule, N.LANDSCAPE_TEXT_W) <= widest / 2 + 1 and centred(rule)


def test_13_appendix_rule_clear_of_the_table(rendered: Rendered) -> None:
    """The short rule must not sit on the table's top border (it then vanishes into it)."""
    k = len(rendered.model.parts) - 1
    rule = top_paras(rendered, k)[3]
    nxt = rule.el.getnext()
    spacing = rule.el.find(qn("w:pPr")).find(qn("w:spacing"))
    after = int(spacing.get(qn("w:after")) or 0) if spacing is not None else 0
    assert nxt.tag == qn("w:p") or after >= 60, "the table starts right on the rule"


def test_13_table_header_row_repeats(rendered: Rendered) -> None:
    k = len(rendered.model.parts) - 1
    (table,) = tables_in(rendered, k)
    rows = table.findall(qn("w:tr"))
    assert len(rows) == len(rendered.table.rows) + 1
    flags = [tr.find(qn("w:trPr")) is not None and tr.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
             for tr in rows]
    assert flags[0] and not any(flags[1:])
    header = rows[0].find(qn("w:trPr")).find(qn("w:tblHeader"))
    assert header.get(qn("w:val")) in (None, "true", "1", "on")
    labels = [cell(rendered, table, 0, c)[0] for c in range(len(rendered.table.columns))]
    assert [p.text for p in labels] == [c.label for c in rendered.table.columns]
    assert all(is_bold(p) and p.jc == "center" and size_between(p, 12, 13) for p in labels)
    assert sum(grid(table)) == pytest.approx(tw(N.LANDSCAPE_TEXT_W), abs=len(grid(table)))
    style = table.find(qn("w:tblPr")).find(qn("w:tblStyle"))
    assert style is not None and style.get(qn("w:val")) == "TableGrid"  # 0.5 pt single grid


def test_13_table_cells(rendered: Rendered) -> None:
    k = len(rendered.model.parts) - 1
    (table,) = tables_in(rendered, k)
    for r_i, values in enumerate(rendered.table.rows, start=1):
        for c_i, (column, value) in enumerate(zip(rendered.table.columns, values, strict=True)):
            paras = cell(rendered, table, r_i, c_i)
            assert "\n".join(p.text for p in paras) == value
            for p in paras:
                if p.text:
                    assert size_between(p, 12, 13) and not is_italic(p)
                    assert p.jc == column.align


# -- §16.14 draft / issued -------------------------------------------------------------------------
def test_14_draft_mark(rendered: Rendered) -> None:
    everything = " ".join(run.text for run in _all_runs(rendered))
    if rendered.issued:
        assert "DỰ THẢO" not in everything
        return
    box = cell(rendered, header_table(rendered, 0), 1, 0)[1]
    assert box.text == "DỰ THẢO" and is_bold(box) and size_between(box, 13, 14) and box.jc == "center"
    assert box.borders == {"top", "left", "bottom", "right"}
    so, date = _number_and_date(rendered)
    assert re.fullmatch(r"Số: +/KH-UBND", so.text)
    assert re.fullmatch(r"Sông Mã, ngày +tháng +năm 2022", date.text)


# -- one model feeds both renderers ----------------------------------------------------------------
def test_same_text_in_the_same_order_as_the_pdf(rendered: Rendered) -> None:
    """The DOCX's non-empty paragraphs, in body order, read exactly like the PDF's text in drawing
    order (whitespace ignored; the PDF's page numbers, watermark and repeated table header row
    dropped; the draft box, which the PDF draws after the date, compared apart)."""
    labels = [c.label for c in rendered.table.columns]
    pdf_text = rendered.pdf.stream_text(labels)
    docx_paras = [squash(t) for t in rendered.docx.texts()]
    if not rendered.issued:
        assert pdf_text.count("DỰTHẢO") == docx_paras.count("DỰTHẢO") == 1
        pdf_text = pdf_text.replace("DỰTHẢO", "")
        docx_paras.remove("DỰTHẢO")
    cursor = 0
    for text in docx_paras:
        found = pdf_text.find(text, cursor)
        assert found == cursor, f"DOCX paragraph {text[:60]!r} not next in the PDF: " \
            f"{pdf_text[cursor:cursor + 60]!r}"
        cursor = found + len(text)
    assert cursor == len(pdf_text), f"PDF text left over: {pdf_text[cursor:cursor + 80]!r}"


# -- OOXML element order -----------------------------------------------------------------------
# Word rejects a part whose property children are out of schema order ("unreadable content");
# LibreOffice is lenient, so this is checked here. Sequences from ECMA-376 (as python-docx has them).
SEQUENCES = {
    "pPr": ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
            "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
            "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
            "rPr", "sectPr", "pPrChange"],
    "rPr": ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
            "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
            "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr",
            "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish",
            "oMath"],
    "tblPr": ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
              "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
              "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription", "tblPrChange"],
    "sectPr": ["headerReference|footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
               "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
               "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
               "sectPrChange"],
    "tcPr": ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
             "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel",
             "cellMerge", "tcPrChange"],
    "pBdr": ["top", "left", "bottom", "right", "between", "bar"],
    "tblBorders": ["top", "left", "bottom", "right", "insideH", "insideV"],
    "tblCellMar": ["top", "left", "bottom", "right"],
}


def _rank(sequence: list[str]) -> dict[str, int]:
    return {name: i for i, entry in enumerate(sequence) for name in entry.split("|")}


def test_properties_in_schema_order(rendered: Rendered) -> None:
    ranks = {k: _rank(v) for k, v in SEQUENCES.items()}
    W = qn("w:p").rsplit("}", 1)[0] + "}"
    roots = [rendered.docx.body, rendered.docx.doc.styles.element,
             *(hdr for _s, _k, hdr in rendered.docx.header_parts())]
    problems = []
    for root in roots:
        for el in root.iter():
            name = qn_local(el.tag) if isinstance(el.tag, str) and el.tag.startswith(W) else None
            if name not in ranks:
                continue
            order = [qn_local(c.tag) for c in el if isinstance(c.tag, str) and c.tag.startswith(W)]
            positions = [ranks[name].get(c, -1) for c in order]
            if -1 in positions or positions != sorted(positions):
                problems.append(f"w:{name}: {order}")
    assert not problems, sorted(set(problems))
