"""What ND30 requires, always (issue 11, item 7): the "- Lưu: VT, <đơn vị soạn thảo>." line, the
signature block on the page of the last body line in the DOCX too, and a trích yếu of any length.

Versions issued before these rules (a snapshot without "layout") print exactly as they were issued.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from typing import Any

import pdfplumber
import pytest
from conftest import song_ma_unit_dict
from docx.oxml.ns import qn

from ccpropa_desktop.documents.model import Signature
from ccpropa_desktop.documents.plan_document import recipient_lines
from ccpropa_desktop.services import issuing, plans, render, unit

from .conftest import DocxDoc, PdfDoc, Rendered

NO_ARCHIVE = ["Sở Nội vụ tỉnh", "TT Huyện ủy", "UBND các xã, thị trấn"]


def _issue(store: Any, form: str = "A", **profile: Any) -> int:
    unit.set_unit(store, unit.unit_from_dict({**song_ma_unit_dict(), **profile}))
    pid = plans.create_plan(store, "song-ma-2022", 2022).id
    issuing.issue_plan(store, pid, "18", dt.date(2022, 1, 13), form)
    return pid


def _pdf_noi_nhan(pdf: PdfDoc) -> list[str]:
    """The Nơi nhận items as printed (first part's signature page), one string per item."""
    from .conftest import RIGHT_SPLIT

    (page,) = [i for i in range(len(pdf.pages)) if pdf.find(r"^Nơi nhận:$", i)][:1]
    label = pdf.one(r"^Nơi nhận:$", page)
    items: list[str] = []
    for seg in pdf.body_segs(page):
        if seg.baseline > label.baseline and seg.x1 <= RIGHT_SPLIT:
            if seg.text.startswith("- ") or not items:
                items.append(" ".join(seg.text.split()))
            else:
                items[-1] += " " + " ".join(seg.text.split())
    return items


def _docx_noi_nhan(docx: DocxDoc) -> list[str]:
    table = next(t for _s, t in docx.tables if docx.cell_paras(t, 0, 0)
                 and docx.cell_paras(t, 0, 0)[0].text == "Nơi nhận:")
    return [p.text for p in docx.cell_paras(table, 0, 0)[1:]]


# -- 1. the Lưu line --------------------------------------------------------------------------
@pytest.mark.parametrize("form", ["A", "B"])
def test_the_archive_line_names_the_drafting_unit(store, form) -> None:
    pid = _issue(store, form, recipients=NO_ARCHIVE, drafting_unit="NV")
    first = "- Như Điều 3;" if form == "B" else None
    expected = [*([first] if first else []), "- Sở Nội vụ tỉnh;", "- TT Huyện ủy;",
                "- UBND các xã, thị trấn;", "- Lưu: VT, NV."]
    assert _pdf_noi_nhan(PdfDoc(issuing.render_version(store, pid, 1, "pdf").data)) == expected
    assert _docx_noi_nhan(DocxDoc(issuing.render_version(store, pid, 1, "docx").data)) == expected


def test_without_a_drafting_unit_the_line_is_lưu_vt(store) -> None:
    pid = _issue(store, recipients=NO_ARCHIVE)
    printed = _pdf_noi_nhan(PdfDoc(render.render_plan(store, pid, "pdf", draft=True)))
    assert printed[-2:] == ["- UBND các xã, thị trấn;", "- Lưu: VT."]


def test_the_officers_own_lưu_line_goes_last_and_is_not_doubled() -> None:
    items = ["Lưu: VT, NV, 100b.", "- Sở Nội vụ tỉnh;", "Lưu trữ lịch sử tỉnh"]
    assert recipient_lines(items, drafting_unit="CCHC") == [
        "- Sở Nội vụ tỉnh;", "- Lưu trữ lịch sử tỉnh;", "- Lưu: VT, NV, 100b."]
    assert recipient_lines(["Sở Nội vụ"], first="Như trên", drafting_unit="NV") == [
        "- Như trên;", "- Sở Nội vụ;", "- Lưu: VT, NV."]
    assert recipient_lines(["Sở Nội vụ"]) == ["- Sở Nội vụ."]  # None: as given (old versions)


def test_a_version_issued_before_the_rule_prints_as_it_was_issued(store) -> None:
    """A snapshot of the old shape (no "layout", a unit without drafting_unit) keeps its Nơi nhận as
    stored and its signature where it was: what its stored PDF hash was made from."""
    pid = _issue(store, recipients=NO_ARCHIVE, drafting_unit="NV")
    stored = store.get_version(pid, 1)
    assert stored["snapshot"]["layout"] == 2 and stored["snapshot"]["unit"]["drafting_unit"] == "NV"
    old = {k: v for k, v in stored["snapshot"].items() if k != "layout"}
    old["unit"] = {k: v for k, v in old["unit"].items() if k != "drafting_unit"}
    store.db.execute("update plan_versions set snapshot = ? where plan_id = ?",
                     [json.dumps(old, ensure_ascii=False), pid])
    store.db.conn.commit()
    model = issuing._document(store.get_version(pid, 1)["snapshot"])
    signature = next(b for b in model.text_blocks() if isinstance(b, Signature))
    assert model.layout == 1 and not signature.keep_with_previous
    expected = ["- Sở Nội vụ tỉnh;", "- TT Huyện ủy;", "- UBND các xã, thị trấn."]
    assert signature.recipients == expected
    assert _pdf_noi_nhan(PdfDoc(issuing.render_version(store, pid, 1, "pdf").data)) == expected
    assert _docx_noi_nhan(DocxDoc(issuing.render_version(store, pid, 1, "docx").data)) == expected


# -- 3. the signature block with the last body line, in the DOCX -------------------------------
def _keep_next(p: Any) -> bool:
    el = p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")
    return el is not None and el.get(qn("w:val")) not in ("0", "false")


def test_docx_keeps_the_signature_block_with_the_last_body_paragraph(rendered: Rendered) -> None:
    body = list(rendered.docx.body.iterchildren())
    tables = [el for el in body if el.tag == qn("w:tbl")
              and any(p.text == "Nơi nhận:" for p in rendered.docx.paras if p.where and p.where[0] is el)]
    assert len(tables) == len([b for b in rendered.model.text_blocks() if isinstance(b, Signature)]) >= 1
    for table in tables:
        before = body[:body.index(table)]
        spacer, last = before[-1], next(el for el in reversed(before[:-1]) if "".join(el.itertext()).strip())
        assert last.tag == qn("w:p") and _keep_next(last), "".join(last.itertext())[:80]
        assert spacer.tag == qn("w:p") and _keep_next(spacer)
        rows = table.findall(qn("w:tr"))
        assert len(rows) == 1 and rows[0].find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None
        left, right = rows[0].findall(qn("w:tc"))
        paragraphs = [*left.iter(qn("w:p")), *right.iter(qn("w:p"))][:-1]  # all but the signer's name
        assert paragraphs and all(_keep_next(p) for p in paragraphs)


def test_pdf_prints_the_last_body_line_on_the_signature_page(rendered: Rendered) -> None:
    pdf = rendered.pdf
    page = next(i for i in range(len(pdf.pages)) if pdf.find(r"^Nơi nhận:$", i))
    closing = rendered.model.parts[0].blocks[-2]  # the paragraph before the signature
    texts = [s.text for s in pdf.body_segs(page)]
    above = texts[:texts.index("Nơi nhận:")]
    assert above and above[-1].split()[-1] == closing.printed.split()[-1], above[-3:]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice) to lay out the DOCX")
def test_libreoffice_lays_the_signature_out_with_body_text(issued_a: Rendered, tmp_path) -> None:
    """The yardstick of the platform notes: the Sông Mã plan's DOCX as LibreOffice paginates it."""
    source = tmp_path / "kh.docx"
    source.write_bytes(issued_a.docx.data)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                   check=True, capture_output=True, timeout=180)
    with pdfplumber.open(tmp_path / "kh.pdf") as pdf:
        page = next(p for p in pdf.pages if "Nơi nhận:" in (p.extract_text() or ""))
        above = (page.extract_text() or "").split("Nơi nhận:")[0]
    assert "thực hiện./." in above  # the closing paragraph shares the page with the block


# -- 4. a trích yếu longer than a DOCX core property -------------------------------------------
def test_a_long_trich_yeu_exports_to_docx_in_full(store) -> None:
    pid = _issue(store)
    title = ("Tuyên truyền cải cách hành chính, chuyển đổi số và xây dựng chính quyền điện tử trên địa bàn "
             "huyện Sông Mã, gắn với thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn "
             "2021 - 2030 và các nhiệm vụ trọng tâm của tỉnh Sơn La về cải cách thủ tục hành chính năm 2022")
    assert len(title) > 255
    plans.edit_plan(store, pid, title=title)
    docx = DocxDoc(render.render_plan(store, pid, "docx", draft=True))
    core = docx.doc.core_properties.title
    assert len(core) == 255 and core.endswith("…") and f"Kế hoạch {title}".startswith(core[:-1])
    assert title in docx.texts()  # the document's own text is never cut
    pdf = PdfDoc(render.render_plan(store, pid, "pdf", draft=True))
    assert "".join(title.split()) in "".join(pdf.page_text(0).split())
