"""The PDF against the ND30 checklist (spec §16 items 1–14), on four renders of the Sông Mã plan.

Characters, fonts, sizes and positions come from pdfplumber (see conftest: ``Seg`` is one line of
one text block, in drawing order; ``baseline`` is the text matrix's y, measured from the page top).
Geometry is asserted in points with the spec's tolerances: ±0.5 pt for baselines and margins, ±1 pt
for centring and rule lengths, ±2 pt for "level with".
"""

from __future__ import annotations

import io
import itertools
import re
import unicodedata

import pytest
from pypdf import PdfReader

from ccpropa_desktop.documents import nd30 as N
from ccpropa_desktop.documents.model import AppendixHeading, Header, Paragraph, Signature, Title

from .conftest import LEFT_CENTRE, RIGHT_CENTRE, RIGHT_SPLIT, Rendered, Seg

TOL = 0.5
TEXT_CENTRE = N.MARGIN_LEFT + N.TEXT_W / 2
LANDSCAPE_CENTRE = N.MARGIN_LEFT + N.LANDSCAPE_TEXT_W / 2
INDENT_X = N.MARGIN_LEFT + N.BODY_INDENT
RIGHT_EDGE = N.PAGE_W - N.MARGIN_RIGHT
NUMBER_LINE_RE = re.compile(r"^Số: (\d{2,}|\s+)/[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ&]*)+$")
DATE_LINE_RE = re.compile(
    r"^.+, ngày (0[1-9]|[12]\d|3[01]|\s+) tháng (0[12]|[3-9]|1[0-2]|\s+) năm \d{4}$")
# The Times New Roman family, or a metric twin (Liberation Serif 2.x, Tinos).
TNR_FACE = re.compile(r"^(TimesNewRoman(PS)?(MT)?|Times-?New-?Roman|LiberationSerif|Tinos)"
                      r"(-|,|$)(Bold|Italic|BoldItalic|Regular)?")
BODY_STYLES = {"body", "basis", "heading1", "heading2", "heading3", "article"}


# -- helpers -----------------------------------------------------------------------------------
def blocks_of(r: Rendered, part: int, kind: type) -> list:
    return [b for b in r.model.parts[part].blocks if isinstance(b, kind)]


def header_parts(r: Rendered) -> list[int]:
    return [k for k, part in enumerate(r.model.parts) if isinstance(part.blocks[0], Header)]


def hlines(r: Rendered, page: int) -> list[dict]:
    """Horizontal strokes (rules and table lines) as dicts with x0, x1, top."""
    return [ln for ln in r.pdf.pages[page].lines if abs(ln["top"] - ln["bottom"]) < 0.5]


def rule_below(r: Rendered, page: int, seg: Seg, centre: float, within: float = 20) -> dict:
    """The first horizontal rule under ``seg`` (within ``within`` pt) centred on ``centre``."""
    found = [ln for ln in hlines(r, page)
             if seg.baseline < ln["top"] <= seg.baseline + within
             and abs((ln["x0"] + ln["x1"]) / 2 - centre) <= 1]
    assert found, f"no rule centred at {centre:.2f} under {seg}"
    return min(found, key=lambda ln: ln["top"])


def one_line(r: Rendered, text: str, page: int) -> Seg:
    return r.pdf.one(f"^{re.escape(text)}$", page)


def signature_page(r: Rendered, part: int) -> int:
    pages = r.pdf.part_pages(part)
    found = [i for i in pages if r.pdf.find(r"^Nơi nhận:$", i)]
    assert len(found) == 1, f"Nơi nhận on pages {found} of part {part}"
    return found[0]


def body_region(r: Rendered, part: int) -> list[Seg]:
    """Content lines of a part from its first indented line to just above "Nơi nhận:"."""
    pages = r.pdf.part_pages(part)
    segs = [s for i in pages if not r.pdf.landscape(i) for s in r.pdf.body_segs(i)]
    start = next(k for k, s in enumerate(segs) if abs(s.x0 - INDENT_X) <= TOL)
    end = len(segs)
    if blocks_of(r, part, Signature):
        nn = r.pdf.one(r"^Nơi nhận:$", signature_page(r, part))
        end = next(k for k, s in enumerate(segs) if s.page == nn.page and s.top >= nn.top - 2)
    return segs[start:end]


def body_paragraphs(r: Rendered, part: int) -> list[list[Seg]]:
    """Body lines grouped into paragraphs: a paragraph starts at the first-line indent."""
    paragraphs: list[list[Seg]] = []
    for seg in body_region(r, part):
        if abs(seg.centre - TEXT_CENTRE) <= 1 and seg.x0 > N.MARGIN_LEFT + 1 and \
                abs(seg.x0 - INDENT_X) > TOL:
            paragraphs.append([seg])  # a centred line ("QUYẾT ĐỊNH:") stands alone
            continue
        if abs(seg.x0 - INDENT_X) <= TOL or not paragraphs:
            paragraphs.append([seg])
        else:
            paragraphs[-1].append(seg)
    return paragraphs


def joined(segs: list[Seg]) -> str:
    return " ".join(" ".join(s.text.split()) for s in segs)


def squash(text: str) -> str:
    return "".join(text.split())


def model_body(r: Rendered, part: int) -> list[Paragraph]:
    return [b for b in r.model.parts[part].blocks if isinstance(b, Paragraph)]


# -- §16.1 page size and margins -------------------------------------------------------------------
def test_01_page_size_orientation_and_parts(rendered: Rendered) -> None:
    pdf = rendered.pdf
    assert len(pdf.part_starts) == len(rendered.model.parts), pdf.part_starts
    reader = PdfReader(io.BytesIO(pdf.data))
    for k, part in enumerate(rendered.model.parts):
        for i in pdf.part_pages(k):
            page = pdf.pages[i]
            size = (N.PAGE_W, N.PAGE_H) if part.orientation == "portrait" else (N.PAGE_H, N.PAGE_W)
            assert (page.width, page.height) == pytest.approx(size, abs=0.01), f"page {i + 1}"
            assert reader.pages[i].rotation == 0
    assert pytest.approx(595.28, abs=0.01) == N.PAGE_W and pytest.approx(841.89, abs=0.01) == N.PAGE_H


def test_01_margins(rendered: Rendered) -> None:
    """Defaults top 20, bottom 20, left 30, right 15 mm — inside the ND30 ranges."""
    assert 20 <= N.MARGIN_TOP / N.MM <= 25 and 20 <= N.MARGIN_BOTTOM / N.MM <= 25
    assert 30 <= N.MARGIN_LEFT / N.MM <= 35 and 15 <= N.MARGIN_RIGHT / N.MM <= 20
    pdf = rendered.pdf
    for i, page in enumerate(pdf.pages):
        w, h = page.width, page.height
        for s in pdf.body_segs(i):
            assert s.x0 >= N.MARGIN_LEFT - TOL and s.x1 <= w - N.MARGIN_RIGHT + TOL, s
            assert s.top >= N.MARGIN_TOP - TOL and s.bottom <= h - N.MARGIN_BOTTOM + TOL, s
        for ln in page.lines + page.rects:
            assert ln["x0"] >= N.MARGIN_LEFT - TOL and ln["x1"] <= w - N.MARGIN_RIGHT + TOL, ln
            assert ln["top"] >= N.MARGIN_TOP - TOL and ln["bottom"] <= h - N.MARGIN_BOTTOM + TOL, ln
        for s in pdf.number_segs(i):  # only the page number lives in the top margin
            assert s.bottom <= N.MARGIN_TOP and re.fullmatch(r"\d+", s.text), s


# -- §16.2 fonts, NFC ----------------------------------------------------------------------------
def test_02_all_text_in_the_times_new_roman_family(rendered: Rendered) -> None:
    faces = {c["fontname"].split("+", 1)[-1] for c in rendered.pdf.all_chars()}
    assert faces and all(TNR_FACE.match(f) for f in faces), faces
    assert len({f.split("-")[0] for f in faces}) == 1  # one family, its four faces


def test_02_fonts_embedded(rendered: Rendered) -> None:
    """Every font the PDF declares is embedded (no viewer substitution, no preflight warning)."""
    reader = PdfReader(io.BytesIO(rendered.pdf.data))
    declared = {}
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        for name, ref in (resources.get("/Font") or {}).items():
            font = ref.get_object()
            declared[f"{name}:{font.get('/BaseFont')}"] = font
    assert declared
    for key, font in declared.items():
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        assert descriptor is not None, f"{key} has no font descriptor (not embedded)"
        descriptor = descriptor.get_object()
        assert any(k in descriptor for k in ("/FontFile2", "/FontFile", "/FontFile3")), key


def test_02_all_text_nfc(rendered: Rendered) -> None:
    text = "".join(c["text"] for c in rendered.pdf.all_chars())
    assert text and unicodedata.is_normalized("NFC", text)


# -- §16.3 Quốc hiệu, Tiêu ngữ ----------------------------------------------------------------------
def test_03_quoc_hieu_tieu_ngu_and_rule(rendered: Rendered) -> None:
    for k in header_parts(rendered):
        page = rendered.pdf.part_starts[k]
        qh = one_line(rendered, N.QUOC_HIEU, page)  # the whole line in one segment: no wrap
        assert qh.bold and 12 <= qh.size <= 13, qh
        assert qh.x0 >= RIGHT_SPLIT - TOL and qh.x1 <= RIGHT_EDGE + TOL, qh
        assert qh.centre == pytest.approx(RIGHT_CENTRE, abs=1)
        assert qh.baseline == min(s.baseline for s in rendered.pdf.body_segs(page))  # top of page
        tn = one_line(rendered, N.TIEU_NGU, page)
        assert tn.bold and 13 <= tn.size <= 14, tn
        assert tn.centre == pytest.approx(RIGHT_CENTRE, abs=1)
        assert 0 < tn.baseline - qh.baseline <= 1.25 * tn.size  # directly below, single spacing
        rule = rule_below(rendered, page, tn, RIGHT_CENTRE)
        assert rule["x1"] - rule["x0"] == pytest.approx(tn.width, abs=1)
        assert rule["top"] > tn.baseline  # below the text, not through it


# -- §16.4 issuer, chủ quản --------------------------------------------------------------------------
def test_04_issuer_chu_quan_and_rule(rendered: Rendered) -> None:
    for k in header_parts(rendered):
        page = rendered.pdf.part_starts[k]
        header = rendered.model.parts[k].blocks[0]
        left = [s for s in rendered.pdf.body_segs(page) if s.x1 <= RIGHT_SPLIT and s.baseline < 100]
        parents = [one_line(rendered, t, page) for t in header.parent_lines]
        names = [one_line(rendered, t, page) for t in header.name_lines]
        assert names, "no issuer line"
        assert [s.text for s in left if s.baseline <= names[-1].baseline] == \
            [*header.parent_lines, *header.name_lines]  # chủ quản first, only where there is one
        for s in parents:
            assert not s.bold and 12 <= s.size <= 13 and s.text == s.text.upper(), s
            assert s.centre == pytest.approx(LEFT_CENTRE, abs=1)
        for s in names:
            assert s.bold and 12 <= s.size <= 13 and s.text == s.text.upper(), s
            assert s.centre == pytest.approx(LEFT_CENTRE, abs=1)
            assert s.x0 >= N.MARGIN_LEFT - TOL and s.x1 <= RIGHT_SPLIT + TOL
        rule = rule_below(rendered, page, names[-1], LEFT_CENTRE)
        widest = max(s.width for s in names)
        assert widest / 3 - 1 <= rule["x1"] - rule["x0"] <= widest / 2 + 1
        assert (rule["x0"] + rule["x1"]) / 2 == pytest.approx(LEFT_CENTRE, abs=1)


def test_04_song_ma_has_no_chu_quan_line(issued_a: Rendered) -> None:
    """Documents issued by an Ủy ban nhân dân show no chủ quản line (spec §4)."""
    first = min((s for s in issued_a.pdf.body_segs(0) if s.x1 <= RIGHT_SPLIT), key=lambda s: s.baseline)
    assert first.text == "ỦY BAN NHÂN DÂN" and first.bold


# -- §16.5 Số, §16.6 date ------------------------------------------------------------------------
def test_05_number_line(rendered: Rendered) -> None:
    header = rendered.model.parts[0].blocks[0]
    so = rendered.pdf.one(r"^Số:", 0)
    assert so.regular and so.sizes == {13.0}, so
    assert NUMBER_LINE_RE.match(so.text), so.text
    assert so.text == header.number_line
    number = so.text.removeprefix("Số:").split("/")[0].strip()
    if rendered.issued:
        assert number.isdigit() and len(number) >= 2
    else:
        assert number == ""
    assert so.centre == pytest.approx(LEFT_CENTRE, abs=1)
    date = rendered.pdf.one(r", ngày ", 0)
    assert so.baseline == pytest.approx(date.baseline, abs=0.5)


def test_05_numbers_as_issued(issued_a: Rendered, issued_b: Rendered, phong_noi_vu: Rendered) -> None:
    assert issued_a.pdf.one(r"^Số:", 0).text == "Số: 18/KH-UBND"
    assert issued_b.pdf.one(r"^Số:", 0).text == "Số: 18/QĐ-UBND"
    assert phong_noi_vu.pdf.one(r"^Số:", 0).text == "Số: 05/KH-PNV"


def test_06_date_line(rendered: Rendered) -> None:
    header = rendered.model.parts[0].blocks[0]
    date = rendered.pdf.one(r", ngày ", 0)
    assert date.italic and 13 <= date.size <= 14, date
    assert DATE_LINE_RE.match(date.text), date.text
    assert date.text == header.date_line
    assert date.centre == pytest.approx(RIGHT_CENTRE, abs=1)
    assert date.x0 >= RIGHT_SPLIT - TOL


def test_06_dates_as_issued(issued_a: Rendered, issued_b: Rendered, phong_noi_vu: Rendered) -> None:
    assert issued_a.pdf.one(r", ngày ", 0).text == "Sông Mã, ngày 13 tháng 01 năm 2022"
    assert issued_b.pdf.one(r", ngày ", 0).text == "Sông Mã, ngày 13 tháng 01 năm 2022"
    assert phong_noi_vu.pdf.one(r", ngày ", 0).text == "Sông Mã, ngày 09 tháng 02 năm 2024"


# -- §16.7 tên loại, trích yếu -----------------------------------------------------------------------
def test_07_title_trich_yeu_and_rule(rendered: Rendered) -> None:
    for k in range(len(rendered.model.parts)):
        for title in blocks_of(rendered, k, Title):
            page = rendered.pdf.part_starts[k]
            kind = one_line(rendered, title.kind, page)
            assert kind.bold and 13 <= kind.size <= 14 and kind.text == kind.text.upper(), kind
            assert kind.centre == pytest.approx(TEXT_CENTRE, abs=1)
            rule = rule_below(rendered, page, kind, TEXT_CENTRE, within=120)
            between = [s for s in rendered.pdf.body_segs(page)
                       if kind.baseline < s.baseline < rule["top"]]
            lines = [s for s in between if not s.italic]
            note = [s for s in between if s.italic]
            assert joined(lines) == " ".join(title.lines)
            assert joined(note) == title.note
            for s in lines:
                assert s.bold and 13 <= s.size <= 14, s
                assert s.centre == pytest.approx(TEXT_CENTRE, abs=1)
            widest = max(s.width for s in lines)
            assert widest / 3 - 1 <= rule["x1"] - rule["x0"] <= widest / 2 + 1
            for s in note:
                assert 13 <= s.size <= 14 and s.centre == pytest.approx(TEXT_CENTRE, abs=1)


# -- §16.8 body paragraphs, §16.9 headings -----------------------------------------------------------
def test_08_body_paragraphs(rendered: Rendered) -> None:
    for k in range(len(rendered.model.parts)):
        expected = model_body(rendered, k)
        if not expected:
            continue
        found = body_paragraphs(rendered, k)
        assert [squash(joined(p)) for p in found] == [squash(b.printed) for b in expected]
        for block, lines in zip(expected, found, strict=True):
            if block.style not in BODY_STYLES:
                continue
            assert abs(lines[0].x0 - INDENT_X) <= TOL  # first-line indent 1 cm (567 twips)
            for line in lines:
                assert 13 <= line.size <= 14, line
            for line in lines[1:]:
                assert abs(line.x0 - N.MARGIN_LEFT) <= TOL, line
            for line in lines[:-1]:
                assert abs(line.x1 - RIGHT_EDGE) <= TOL, line  # justified
            for a, b in itertools.pairwise(lines):
                if a.page == b.page:
                    size = a.size
                    gap = b.baseline - a.baseline
                    assert 1.15 * size - 0.5 <= gap <= 1.5 * size * 1.15 + 0.5  # single … 1.5 lines
                    assert gap == pytest.approx(N.BODY_LEADING, abs=0.1)
        for prev, nxt in itertools.pairwise(found):
            a, b = prev[-1], nxt[0]
            if a.page == b.page:
                assert b.baseline - a.baseline >= N.BODY_LEADING + 6 - 0.1, (a, b)  # ≥ 6 pt between


def test_09_headings(rendered: Rendered) -> None:
    styles_seen = set()
    for k, _part in enumerate(rendered.model.parts):
        expected = model_body(rendered, k)
        if not expected:
            continue
        for block, lines in zip(expected, body_paragraphs(rendered, k), strict=True):
            styles_seen.add(block.style)
            text = joined(lines)
            if block.style == "heading1":
                assert re.match(r"^[IVXLC]+\. \S", text) and all(s.bold for s in lines), text
                assert text == text.upper()
            elif block.style == "heading2":
                assert re.match(r"^\d+\. \S", text) and all(s.bold for s in lines), text
            elif block.style == "heading3":
                assert re.match(r"^[a-zđ]\) \S", text), text
                assert all(s.regular for s in lines), text
            elif block.style == "body" and block.lead:  # run-in heading in bold, then regular text
                ink = [c for s in lines for c in s.ink]
                n = len(squash(block.lead))
                assert re.match(r"^\d+\. .+:", text)
                assert all("Bold" in c["fontname"] for c in ink[:n]), text
                assert not any("Bold" in c["fontname"] for c in ink[n:]), text
            elif block.style == "body":
                assert all(s.regular for s in lines), text
            elif block.style == "basis":
                assert text.startswith(("Căn cứ", "Theo đề nghị của")) and all(s.italic for s in lines), text
            elif block.style == "article":
                head = re.match(r"^Điều \d+\.", text).group(0)
                first = lines[0].ink
                assert all("Bold" in c["fontname"] for c in first[:len(squash(head))])
                assert "Bold" not in first[len(squash(head))]["fontname"]
    assert "heading1" in styles_seen and "heading2" in styles_seen


def test_09_point_heading_a(phong_noi_vu: Rendered) -> None:
    seg = phong_noi_vu.pdf.one(r"^a\) Đối với các cơ quan, đơn vị$")
    assert seg.regular and abs(seg.x0 - INDENT_X) <= TOL


# -- §16.10 Nơi nhận, §16.11 signature -------------------------------------------------------------
def _signature_parts(r: Rendered) -> list[tuple[int, Signature]]:
    return [(k, b) for k in range(len(r.model.parts)) for b in blocks_of(r, k, Signature)]


def test_10_noi_nhan(rendered: Rendered) -> None:
    parts = _signature_parts(rendered)
    assert parts
    for k, sig in parts:
        page = signature_page(rendered, k)
        nn = rendered.pdf.one(r"^Nơi nhận:$", page)
        assert nn.sizes == {12.0} and nn.bold and nn.italic, nn
        assert abs(nn.x0 - N.MARGIN_LEFT) <= TOL
        first = one_line(rendered, sig.authority_lines[0], page)
        assert abs(nn.top - first.top) <= 2  # level with the first quyền hạn line
        below = [s for s in rendered.pdf.body_segs(page) if s.baseline > nn.baseline and s.x1 <= RIGHT_SPLIT]
        items: list[list[Seg]] = []
        for s in below:
            if s.text.startswith("- ") or not items:
                items.append([s])
            else:
                items[-1].append(s)  # a wrapped item continues flush left
        assert [joined(i) for i in items] == sig.recipients
        for s in below:
            assert s.sizes == {11.0} and s.regular and abs(s.x0 - N.MARGIN_LEFT) <= TOL, s
        texts = [joined(i) for i in items]
        for t in texts[:-1]:
            assert t.startswith("- ") and t.endswith((";", ":")), t
        assert re.match(r"^- Lưu: VT(, .+)?\.$", texts[-1]), texts[-1]


def test_11_signature_block(rendered: Rendered) -> None:
    for k, sig in _signature_parts(rendered):
        page = signature_page(rendered, k)
        lines = [one_line(rendered, t, page) for t in sig.authority_lines]
        # A head signing in his own name (a Quyết định of the Chủ tịch) has no prefix: one line.
        assert lines[0].text.split()[0] in N.AUTHORITY_PREFIXES or len(lines) == 1, lines[0]
        for s in lines:
            assert s.bold and 13 <= s.size <= 14 and s.text == s.text.upper(), s
            assert s.centre == pytest.approx(RIGHT_CENTRE, abs=1) and s.x0 >= RIGHT_SPLIT - TOL
        for a, b in itertools.pairwise(lines):
            assert 0 < b.baseline - a.baseline <= 1.25 * b.size
        name = one_line(rendered, sig.name, page)
        assert name.bold and 13 <= name.size <= 14 and name.text != name.text.upper(), name
        assert name.centre == pytest.approx(RIGHT_CENTRE, abs=1)
        assert name.baseline - lines[-1].baseline >= N.SIGN_GAP  # room for signature and seal
        # the whole block, and Nơi nhận, on one page, with body text above it on that page
        assert all(s.page == page for s in [*lines, name])
        nn = rendered.pdf.one(r"^Nơi nhận:$", page)
        assert any(s.baseline < nn.baseline and abs(s.x0 - N.MARGIN_LEFT) <= TOL + N.BODY_INDENT
                   for s in rendered.pdf.body_segs(page))


def test_11_form_b_signature_matches_the_decision_authority(issued_b: Rendered) -> None:
    title = blocks_of(issued_b, 0, Title)[0]
    sig = blocks_of(issued_b, 0, Signature)[0]
    assert title.after[0].startswith("CHỦ TỊCH")
    assert not sig.authority_lines[0].startswith("TM.")
    page = signature_page(issued_b, 0)
    assert not issued_b.pdf.find(r"^TM\. ", page)


# -- §16.12 page numbers -------------------------------------------------------------------------
def test_12_page_numbers(rendered: Rendered) -> None:
    pdf = rendered.pdf
    for k in range(len(rendered.model.parts)):
        pages = pdf.part_pages(k)
        assert pdf.number_segs(pages[0]) == [], f"page number on the first page of part {k}"
        for n, i in enumerate(pages[1:], start=2):
            segs = pdf.number_segs(i)
            assert [s.text for s in segs] == [str(n)], (i, segs)
            s = segs[0]
            assert 13 <= s.size <= 14 and s.regular
            w = pdf.pages[i].width
            assert s.centre == pytest.approx(N.MARGIN_LEFT + (w - N.MARGIN_LEFT - N.MARGIN_RIGHT) / 2,
                                             abs=1)
            assert s.bottom <= N.MARGIN_TOP


def test_12_song_ma_numbering(issued_a: Rendered) -> None:
    """Page 2 shows "2"; the appendix restarts, its page 2 shows "2"."""
    pdf = issued_a.pdf
    assert pdf.number_segs(0) == [] and [s.text for s in pdf.number_segs(1)] == ["2"]
    appendix = pdf.part_pages(1)
    assert len(appendix) >= 2
    assert pdf.number_segs(appendix[0]) == []
    assert [s.text for s in pdf.number_segs(appendix[1])] == ["2"]


# -- §16.13 appendix -----------------------------------------------------------------------------
ATTACHED_RE = re.compile(r"^\(Kèm theo .*(Kế hoạch|Quyết định) số (\d{2,}|…)/[A-ZĐ][A-Za-zĐđ]*-[A-ZĐ]+ "
                         r"ngày (\d{2}|…) tháng (\d{1,2}|…) năm \d{4} của .+\)$")


def test_13_appendix_heading(rendered: Rendered) -> None:
    k = len(rendered.model.parts) - 1
    heading = rendered.model.parts[k].blocks[0]
    assert isinstance(heading, AppendixHeading)
    page = rendered.pdf.part_starts[k]
    assert rendered.pdf.landscape(page)
    label = one_line(rendered, heading.label, page)
    assert label.text == "Phụ lục"  # a single appendix has no number
    assert label.bold and label.sizes == {14.0}
    assert label.centre == pytest.approx(LANDSCAPE_CENTRE, abs=1)
    title = one_line(rendered, heading.title, page)
    assert title.bold and 13 <= title.size <= 14 and title.text == title.text.upper()
    assert title.centre == pytest.approx(LANDSCAPE_CENTRE, abs=1)
    assert title.baseline > label.baseline
    rule = rule_below(rendered, page, title, LANDSCAPE_CENTRE, within=60)
    attached = [s for s in rendered.pdf.body_segs(page) if title.baseline < s.baseline < rule["top"]]
    assert joined(attached) == heading.attached_line
    assert ATTACHED_RE.match(joined(attached)), joined(attached)
    for s in attached:
        assert s.italic and 13 <= s.size <= 14 and s.centre == pytest.approx(LANDSCAPE_CENTRE, abs=1)
    widest = max(s.width for s in attached)
    assert widest / 3 - 1 <= rule["x1"] - rule["x0"] <= widest / 2 + 1


def test_13_attached_line_as_issued(issued_a: Rendered, issued_b: Rendered) -> None:
    assert issued_a.model.parts[-1].blocks[0].attached_line == (
        "(Kèm theo Kế hoạch số 18/KH-UBND ngày 13 tháng 01 năm 2022 của Ủy ban nhân dân huyện Sông Mã)")
    assert "Quyết định số 18/QĐ-UBND ngày 13 tháng 01 năm 2022" in issued_b.model.parts[-1].blocks[0] \
        .attached_line


def test_13_body_refers_to_the_appendix(rendered: Rendered) -> None:
    body = " ".join(b.printed for k in range(len(rendered.model.parts)) for b in model_body(rendered, k))
    assert "Phụ lục" in body
    assert "Phụ lục" in " ".join(rendered.pdf.page_text(i) for i in rendered.pdf.part_pages(0) +
                                 (rendered.pdf.part_pages(1) if rendered.form == "B" else []))


def test_13_table_header_repeated_on_every_page(rendered: Rendered) -> None:
    k = len(rendered.model.parts) - 1
    labels = squash("".join(c.label for c in rendered.table.columns))
    pages = rendered.pdf.part_pages(k)
    assert len(pages) >= 2  # the Sông Mã appendix runs onto a second page
    for i in pages:
        chars = [c for s in rendered.pdf.body_segs(i) for c in s.chars if c["text"].strip()]
        text = "".join(c["text"] for c in chars)
        start = text.index(labels) if i == pages[0] else 0
        assert text[start:start + len(labels)] == labels, f"page {i + 1}: {text[:80]!r}"
        head = chars[start:start + len(labels)]
        assert all("Bold" in c["fontname"] and round(c["size"]) == 13 for c in head)


def test_13_table_cells(issued_a: Rendered) -> None:
    """Task numbers and schedules centred in their cells; body text 13 pt upright."""
    pdf = issued_a.pdf
    pages = pdf.part_pages(1)
    numbers = [row[0] for row in issued_a.table.rows]
    tt_right = N.MARGIN_LEFT + N.LANDSCAPE_TEXT_W * issued_a.table.columns[0].weight / sum(
        c.weight for c in issued_a.table.columns)
    found = [s.text for i in pages for s in pdf.body_segs(i)
             if s.x1 < tt_right and re.fullmatch(r"\d+(\.\d+)?", s.text)]
    assert found == numbers
    for s in (s for i in pages for s in pdf.body_segs(i) if s.x1 < tt_right):
        assert s.centre == pytest.approx((N.MARGIN_LEFT + tt_right) / 2, abs=1), s
    for i in pages:
        table_top = min(ln["top"] for ln in pdf.pages[i].lines if abs(ln["x0"] - ln["x1"]) < 0.5)
        cells = [s for s in pdf.body_segs(i) if s.top > table_top]
        assert cells
        for s in cells:
            assert 12 <= s.size <= 13 and s.upright, s


# -- §16.14 draft / issued -------------------------------------------------------------------------
def test_14_draft_mark(rendered: Rendered) -> None:
    pdf = rendered.pdf
    everything = "".join(c["text"] for c in pdf.all_chars())
    if rendered.issued:
        assert "DỰ THẢO" not in everything and "DỰTHẢO" not in squash(everything)
        assert all(c["size"] <= 50 for c in pdf.all_chars())
        assert not pdf.pages[0].rects
        return
    box = pdf.one(r"^DỰ THẢO$", 0)
    assert box.bold and 13 <= box.size <= 14
    assert box.centre == pytest.approx(LEFT_CENTRE, abs=1)
    so = pdf.one(r"^Số:", 0)
    assert box.top > so.bottom  # under ô 3
    frames = [r for r in pdf.pages[0].rects if r["x0"] < box.x0 and r["x1"] > box.x1
              and r["top"] < box.top and r["bottom"] > box.bottom]
    assert len(frames) == 1 and frames[0]["x1"] <= RIGHT_SPLIT  # a single-line rectangle
    assert re.fullmatch(r"Số: +/KH-UBND", so.text)
    assert re.fullmatch(r"Sông Mã, ngày +tháng +năm 2022", pdf.one(r", ngày", 0).text)
    for page in pdf.pages:  # the light diagonal watermark on every page
        mark = [c for c in page.chars if c["size"] > 50]
        assert squash("".join(c["text"] for c in mark)) == "DỰTHẢO"
        assert all(abs(c["matrix"][1]) > 0.1 for c in mark)  # rotated


# -- form B (spec §7): the Quyết định, then the plan attached to it --------------------------------
def test_form_b_decision(issued_b: Rendered) -> None:
    pdf = issued_b.pdf
    assert len(issued_b.model.parts) == 3
    decision = pdf.part_pages(0)
    authority = one_line(issued_b, "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN SÔNG MÃ", decision[0])
    assert authority.bold and authority.centre == pytest.approx(TEXT_CENTRE, abs=1)
    qd = pdf.one(r"^QUYẾT ĐỊNH:$")
    assert qd.bold and qd.centre == pytest.approx(TEXT_CENTRE, abs=1)
    articles = pdf.find(r"^Điều \d\. ")
    assert [s.text.split(".")[0] for s in articles] == ["Điều 1", "Điều 2", "Điều 3"]
    assert "Ban hành kèm theo Quyết định này Kế hoạch" in articles[0].text
    first_item = pdf.find(r"^- ", signature_page(issued_b, 0))[0]
    assert first_item.text == "- Như Điều 3;"


def test_form_b_attached_plan(issued_b: Rendered) -> None:
    pdf = issued_b.pdf
    pages = pdf.part_pages(1)
    first = pages[0]
    assert one_line(issued_b, N.QUOC_HIEU, first) and one_line(issued_b, "HUYỆN SÔNG MÃ", first)
    assert not pdf.find(r"^Số:", first) and not pdf.find(r", ngày \d", first)  # no ô 3 / ô 4
    kind = one_line(issued_b, "KẾ HOẠCH", first)
    assert kind.bold and kind.sizes == {14.0}
    note = issued_b.model.parts[1].blocks[1].note
    assert note == ("(Kèm theo Quyết định số 18/QĐ-UBND ngày 13 tháng 01 năm 2022 của Ủy ban nhân dân "
                    "huyện Sông Mã)")
    assert squash(note) in squash(pdf.page_text(first))
    assert all(not pdf.find(r"^Nơi nhận:$", i) for i in pages)  # no signature on the attachment
