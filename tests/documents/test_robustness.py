"""What the renderers must withstand (issue 3): any user text, 300 tasks, an unprintable unit.

User text goes into every kind of block of a document model built directly (agency name, trích yếu,
body paragraphs, table cells, recipients, signer name, appendix title) and through both renderers.
It must not raise, and it must survive: the NFC form of its words is in the PDF's extracted text and
in the DOCX's text, and reportlab markup in it ("<b>", "&amp;", "<br/>") prints as typed.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from typing import Any

import pdfplumber
import pytest
from conftest import song_ma_unit_dict
from docx.oxml.ns import qn
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from ccpropa_desktop.cli.main import main
from ccpropa_desktop.documents import fonts, glyphs
from ccpropa_desktop.documents import nd30 as N
from ccpropa_desktop.documents.formats import printable
from ccpropa_desktop.documents.model import (
    AppendixHeading,
    Column,
    Document,
    Header,
    Paragraph,
    Part,
    Signature,
    TaskTable,
    Title,
)
from ccpropa_desktop.documents.render_docx import render_docx
from ccpropa_desktop.documents.render_pdf import render_pdf
from ccpropa_desktop.domain.model import Plan, Signer, Task, UnitProfile
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import plans, render, unit
from ccpropa_desktop.services.session import memory_store, open_store

from .conftest import DocxDoc, PdfDoc, make_song_ma_plan

# Text an official might paste: markup-like, quotes, Vietnamese in NFD, emoji, Word's line break.
TRICKY = ["<", ">", "&", "&amp;", "&lt;b&gt;", "<b>", "</b>", "<br/>", "<i>nghiêng</i>",
          "<font color='red'>đỏ</font>", "<para>", "]]>", '"', "'", "“Cải cách hành chính”", "‘x’",
          "\\", "%s", "{0}", "Sở Nội vụ & Tư pháp", "a<b", "x > y",
          unicodedata.normalize("NFD", "Tuyên truyền cải cách hành chính Đặng Ủy"),
          "😀", "🇻🇳", "👍🏽", "tab\there", "xuống\x0bdòng", "NUL\x00byte", "form\x0cfeed", "\u00ad",
          "\u200b", "\ufeff", "e\u0301", ""]
user_text = st.one_of(
    st.text(max_size=60),
    st.sampled_from(TRICKY),
    st.lists(st.sampled_from(TRICKY), max_size=6).map(" ".join),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=30).map(
        lambda t: unicodedata.normalize("NFD", t)),
)
LONG_PARAGRAPH = ("Tuyên truyền cải cách hành chính đến cán bộ, công chức và Nhân dân; " * 80)[:5000]
LONG_WORD = "TuyênTruyềnCảiCáchHànhChính" * 8  # 200+ characters, no space, in a narrow cell


def _printable_chars() -> set[int]:
    """Code points the configured Times New Roman face has glyphs for."""
    fonts.register()
    return set(pdfmetrics.getFont(fonts.face()).face.charToGlyph)


GLYPHS = _printable_chars()


def document_with(texts: dict[str, str]) -> Document:
    t = texts
    return Document(parts=[
        Part("portrait", [
            Header([t["parent"]], ["ỦY BAN NHÂN DÂN", t["issuer"]], "Số: 05/KH-UBND",
                   "Sông Mã, ngày 05 tháng 01 năm 2020"),
            Title("KẾ HOẠCH", [t["title"]]),
            Paragraph(t["basis"], "basis"),
            Paragraph(f"I. {t['heading'].upper()}", "heading1"),
            Paragraph(t["body"], "body"),
            Paragraph(f"a) {t['point']}", "heading3"),
            Signature(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], t["name"],
                      [f"- {t['recipient']};", "- Lưu: VT, NV."]),
        ]),
        Part("landscape", [
            AppendixHeading("Phụ lục", t["appendix"].upper(), "(Kèm theo Kế hoạch số 05/KH-UBND)"),
            TaskTable([Column("TT", 0.55, "center"), Column("Nhiệm vụ", 3.2), Column("Cơ quan chủ trì", 2.0),
                       Column("Thời gian", 1.3, "center")],
                      [["1", t["task"], t["lead"], t["schedule"]], ["1.1", t["body"][:300], "", ""]],
                      bold_rows={0}),
        ]),
    ], title=t["title"])


FIELDS = ["parent", "issuer", "title", "basis", "heading", "body", "point", "name", "recipient",
          "appendix", "task", "lead", "schedule"]


INVISIBLE = ("Cc", "Cf", "Cs", "Co", "Cn")  # controls, format marks, surrogates, private, unassigned


def visible(text: str, glyphs_only: bool) -> str:
    """What a reader can find again: no whitespace, no characters without meaning on paper and, in
    the PDF, none the face has no glyph for (see test_characters_outside_the_font_survive)."""
    return "".join(ch for ch in "".join(text.split()) if unicodedata.category(ch) not in INVISIBLE
                   and (not glyphs_only or ord(ch) in GLYPHS))


def words(text: str, glyphs_only: bool) -> list[str]:
    """The NFC words of ``text``, as ``visible`` keeps them."""
    out = [visible(w, glyphs_only) for w in unicodedata.normalize("NFC", text).split()]
    return [w for w in out if w]


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return visible("".join(c["text"] for p in pdf.pages for c in p.chars), True)


def docx_text(data: bytes) -> str:
    return visible("".join(p.text for p in DocxDoc(data).paras), False)


def squash(text: str) -> str:
    return "".join(text.split())


@settings(max_examples=25, deadline=None, derandomize=True,  # the same cases each run: red = regression
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.fixed_dictionaries({f: user_text for f in FIELDS}))
@example(dict.fromkeys(FIELDS, "ʇ turned t"))  # its capital "Ʇ" is not in Times New Roman
@example(dict.fromkeys(FIELDS, "") | {"title": "Kế hoạch", "name": "Lò Văn Sinh"})  # empty fields
@example(dict.fromkeys(FIELDS, "<b>đậm</b> & <i>x</i> &amp; <br/> \"q\" 'q'") | {"body": LONG_PARAGRAPH})
@example(dict.fromkeys(FIELDS, unicodedata.normalize("NFD", "Ủy ban nhân dân huyện Sông Mã"))
         | {"schedule": LONG_WORD, "task": LONG_WORD})
@example(dict.fromkeys(FIELDS, "Chúc mừng 😀 🇻🇳 xuống\x0bdòng NUL\x00 tab\tx \ufffe"))
def test_any_user_text_renders_in_both_formats(texts: dict[str, str]) -> None:
    document = document_with(texts)
    try:
        pdf = render_pdf(document)
    except UserError as exc:  # emoji, CJK …: refused by name, never printed as boxes
        assert exc.code == "glyph_missing"
        assert exc.params["chars"] and all(ord(c) not in glyphs._covered() for c in exc.params["chars"])
        def kept(c: str) -> bool:  # a letter whose capital the font lacks ("ʇ" → "Ʇ") goes too
            return c.isspace() or all(ord(x) in glyphs._covered() for x in c + c.upper())

        texts = {k: "".join(c for c in printable(v) if kept(c)) for k, v in texts.items()}
        document = document_with(texts)
        pdf = render_pdf(document)
    docx = render_docx(document)
    assert pdf.startswith(b"%PDF-") and docx.startswith(b"PK")
    in_pdf, in_docx = pdf_text(pdf), docx_text(docx)
    assert unicodedata.is_normalized("NFC", in_docx)
    for field, text in texts.items():
        shown = text.upper() if field in ("heading", "appendix") else text  # the model upper-cases these
        for word in words(shown, True)[:12]:
            assert word in in_pdf, f"{field}: {word!r} lost in the PDF"
        for word in words(shown, False)[:12]:
            assert word in in_docx, f"{field}: {word!r} lost in the DOCX"


def test_markup_prints_as_typed() -> None:
    typed = "<b>đậm</b> &amp; <i>nghiêng</i> <br/> <font color='red'>đỏ</font> &lt; a<b"
    document = Document([Part("portrait", [Paragraph(typed, "body")])])
    with pdfplumber.open(io.BytesIO(render_pdf(document))) as pdf:
        chars = pdf.pages[0].chars
    assert squash("".join(c["text"] for c in chars)) == squash(typed)
    assert all("Bold" not in c["fontname"] and "Italic" not in c["fontname"] for c in chars)
    assert {tuple(c["non_stroking_color"] or (0,)) for c in chars} <= {(0,), (0, 0, 0)}  # black
    assert DocxDoc(render_docx(document)).texts() == [typed]


def test_nfd_input_prints_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Ủy ban nhân dân huyện Sông Mã tuyên truyền")
    document = document_with(dict.fromkeys(FIELDS, nfd))
    pdf = PdfDoc(render_pdf(document))
    text = "".join(c["text"] for c in pdf.all_chars())
    assert unicodedata.is_normalized("NFC", text)
    assert "Ủybannhândânhuyện" in squash(text)
    docx = DocxDoc(render_docx(document))
    assert all(unicodedata.is_normalized("NFC", p.text) for p in docx.paras)


def test_word_line_break_and_control_characters() -> None:
    """Text pasted from Word carries a vertical tab for a manual line break; NUL and other C0
    controls may come from other programs. python-docx refuses them; they must not stop printing."""
    text = "Dòng một\x0bDòng hai\x00\x1f kết\x0cthúc"
    document = Document([Part("portrait", [Paragraph(text, "body")])])
    docx = DocxDoc(render_docx(document))
    assert docx.texts() == ["Dòng một\nDòng hai kết\nthúc"]
    pdf = PdfDoc(render_pdf(document))
    assert [s.text for s in pdf.body_segs(0)] == ["Dòng một", "Dòng hai kết", "thúc"]


def test_characters_outside_the_font_are_refused_naming_the_place() -> None:
    """Emoji and CJK have no glyph in Times New Roman: the PDF is refused with a message that says
    where the character is, instead of printing boxes that extract as U+0000."""
    assert ord("😀") not in GLYPHS
    texts = dict.fromkeys(FIELDS, "x") | {"lead": "Phòng Nội vụ 😀 中文"}
    with pytest.raises(UserError) as caught:
        render_pdf(document_with(texts))
    message = caught.value.message
    assert "nhiệm vụ 1, cột «Cơ quan chủ trì»" in message
    assert "«😀» (U+1F600" in message and "«中» (U+4E2D" in message
    assert caught.value.params["chars"] == "😀中文"
    paragraph = Document([Part("portrait", [Paragraph("Chúc mừng 😀 năm mới", "body")])])
    with pytest.raises(UserError, match="đoạn văn: «Chúc mừng 😀 năm mới»"):
        render_pdf(paragraph)
    # The DOCX is the editable path: Word substitutes a face itself, so it keeps the characters.
    assert "😀" in "".join(p.text for p in DocxDoc(render_docx(document_with(texts))).paras)


def test_long_word_stays_inside_its_cell() -> None:
    document = document_with(dict.fromkeys(FIELDS, "x") | {"schedule": LONG_WORD})
    pdf = PdfDoc(render_pdf(document))
    landscape = [i for i in range(len(pdf.pages)) if pdf.landscape(i)]
    for i in landscape:
        for seg in pdf.body_segs(i):
            assert seg.x1 <= pdf.pages[i].width - N.MARGIN_RIGHT + 0.5, seg
    assert LONG_WORD in pdf.stream_text()


# -- 300 tasks ---------------------------------------------------------------------------------
def _big_plan(store: Any, count: int = 300) -> int:
    pid = make_song_ma_plan(store)
    tasks = []
    for i in range(count):
        depth = 1 if i % 5 else 0
        tasks.append(Task(content=f"Nhiệm vụ tuyên truyền số {i + 1}", lead="Phòng Nội vụ",
                          partners="UBND các xã" if i % 3 else "", schedule="Quý II", depth=depth))
    old = [t.id for t in plans.get_plan(store, pid).tasks]
    store.save_outline(pid, "tasks", tasks, deleted=old)
    return pid


@pytest.fixture(scope="module")
def big_renders() -> dict[str, Any]:
    store = memory_store()
    try:
        pid = _big_plan(store)
        plan = plans.get_plan(store, pid)
        kwargs = dict(number="18", date=dt.date(2022, 1, 13))
        return {"plan": plan, "pdf": PdfDoc(render.render_plan(store, pid, "pdf", **kwargs)),
                "docx": DocxDoc(render.render_plan(store, pid, "docx", **kwargs))}
    finally:
        store.close()


def test_300_tasks_pdf(big_renders: dict[str, Any]) -> None:
    pdf, plan = big_renders["pdf"], big_renders["plan"]
    assert len(plan.tasks) == 300
    appendix = pdf.part_pages(1)
    assert len(appendix) > 10
    labels = squash("".join(c["label"] for c in plan.columns))
    for n, i in enumerate(appendix, start=1):
        assert pdf.landscape(i)
        text = squash("".join(s.text for s in pdf.body_segs(i)))
        assert labels in text[:len(labels) + 400], f"appendix page {n} has no header row"
        assert [s.text for s in pdf.number_segs(i)] == ([] if n == 1 else [str(n)])
    numbers = [s.text for i in appendix for s in pdf.body_segs(i) if s.x1 < N.MARGIN_LEFT + 40
               and s.text[:1].isdigit()]
    assert numbers == [t.number for t in plan.tasks]


def test_300_tasks_docx(big_renders: dict[str, Any]) -> None:
    docx, plan = big_renders["docx"], big_renders["plan"]
    (table,) = [t for s, t in docx.tables if s == 1]
    rows = table.findall(qn("w:tr"))
    assert len(rows) == 301
    headers = [tr.find(qn("w:trPr")) is not None and tr.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
               for tr in rows]
    assert headers[0] and not any(headers[1:])
    assert [docx.cell_paras(table, r, 0)[0].text for r in range(1, 301)] == [t.number for t in plan.tasks]


# -- a unit that cannot be printed -------------------------------------------------------------
def _store_unit_without_signer_name(data: str) -> None:
    store = open_store(data)
    try:
        make_song_ma_plan(store)
        good = unit.unit_from_dict(song_ma_unit_dict())
        signer = Signer(good.signer.authority, good.signer.title, "")
        broken = UnitProfile(**{**good.__dict__, "signer": signer})
        unit.set_unit(store, broken)  # e.g. an older store, or a profile edited outside the app
    finally:
        store.close()


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_unit_without_signer_name_names_the_field_and_writes_nothing(tmp_path, capsys, fmt) -> None:
    data = str(tmp_path / "data")
    _store_unit_without_signer_name(data)
    out = tmp_path / f"kh.{fmt}"
    code = main(["plan", "render", "1", "--format", fmt, "--out", str(out), "--data-dir", data])
    err = capsys.readouterr().err
    assert code == 2
    assert "người ký" in err and "name" in err, err
    assert not out.exists() and not list(tmp_path.glob("kh.*"))


def test_unit_without_signer_name_cannot_issue(tmp_path, capsys) -> None:
    data = str(tmp_path / "data")
    _store_unit_without_signer_name(data)
    code = main(["plan", "issue", "1", "--number", "18", "--date", "2022-01-13", "--data-dir", data])
    assert code == 2 and "người ký" in capsys.readouterr().err
    store = open_store(data)
    try:
        assert store.list_versions(1) == []
    finally:
        store.close()


def test_unit_file_without_signer_name_is_refused(tmp_path, capsys) -> None:
    import json

    bad = song_ma_unit_dict()
    bad["signer"]["name"] = "  "
    path = tmp_path / "unit.json"
    path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    code = main(["unit", "set", "--file", str(path), "--data-dir", str(tmp_path / "data")])
    assert code == 2 and "signer.name" in capsys.readouterr().err


def test_missing_unit_is_a_user_error() -> None:
    store = memory_store()
    try:
        from ccpropa_desktop.documents.plan_document import Issue, build_plan_document

        with pytest.raises(UserError) as info:
            build_plan_document(Plan(id=1, title="x", year=2022, template_id="t", legal_bases=[],
                                           closing=[], appendix_title="", columns=[]), None, Issue())
        assert "unit set" in info.value.message
    finally:
        store.close()
