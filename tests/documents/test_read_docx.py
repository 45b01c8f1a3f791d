"""Word files (issue 4): test .docx of the seed plans import exactly; hostile files are refused with a
Vietnamese message; a fuzzer mutating real .docx bytes and XML finds no unhandled exception."""

from __future__ import annotations

import functools
import io
import re
import sys
import zipfile

import pytest
from conftest import DATA
from hypothesis import given, settings
from hypothesis import strategies as st

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.reading.assemble import assemble
from ccpropa_desktop.reading.model import RawTable
from ccpropa_desktop.reading.read_docx import MAX_FILE_BYTES, read_docx, read_docx_bytes

sys.path.insert(0, str(DATA))
import make_test_docx as make

IDS = ["bac-kan-2024", "binh-dinh-2024", "song-ma-2022"]


@functools.cache
def _all_docx() -> dict[tuple[str, str | None], bytes]:
    return {(tid, legacy): make.build(make.builtin(tid), legacy=legacy)
            for tid in IDS for legacy in (None, "tcvn3", "vni")}


@pytest.fixture
def docx_files() -> dict[tuple[str, str | None], bytes]:
    return _all_docx()


def document_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("word/document.xml").decode("utf-8")


def rezip(data: bytes, replace: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", method) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
    return out.getvalue()


def test_test_files_carry_the_layout_the_importer_must_survive(docx_files):
    xml = document_xml(docx_files[("binh-dinh-2024", None)])
    assert 'w:orient="landscape"' in xml                  # the appendix's landscape section
    assert xml.count("<w:tblHeader/>") == 2               # the header row on both appendix tables
    assert "<w:vMerge" in xml                             # 5–5.6 share merged cells
    raw = read_docx_bytes(docx_files[("bac-kan-2024", None)])
    tables = [b for b in raw.blocks if isinstance(b, RawTable)]
    assert next(c.text for c in tables[0].rows[0]).startswith("ỦY BAN NHÂN DÂN")   # two-column letterhead
    continuation = tables[-1].rows[1]
    assert continuation[0].text == "" and any(c.text for c in continuation)      # a row with an empty STT
    assert any(len(c.paragraphs) > 2 for row in tables[-2].rows for c in row)    # several paragraphs


@pytest.mark.parametrize("legacy", [None, "tcvn3", "vni"])
@pytest.mark.parametrize("template_id", IDS)
def test_each_test_docx_imports_equal_to_the_builtin_template(docx_files, template_id, legacy):
    raw = read_docx_bytes(docx_files[(template_id, legacy)], f"{template_id}.docx")
    assert raw.encoding == (legacy or "unicode")
    result = assemble(raw)
    assert make.differences(result.doc, make.builtin(template_id)) == []
    assert result.unplaced == []


def test_legacy_text_in_an_unnamed_font_is_detected(docx_files):
    xml = document_xml(docx_files[("song-ma-2022", "tcvn3")])
    xml = re.sub(r"<w:rFonts [^>]*/>", "", xml)           # no font names left to tell the encoding
    data = rezip(docx_files[("song-ma-2022", "tcvn3")], {"word/document.xml": xml.encode()})
    raw = read_docx_bytes(data)
    assert raw.encoding == "tcvn3"
    texts = [b.text for b in raw.blocks if not isinstance(b, RawTable)]
    assert "Tuyên truyền công tác cải cách hành chính huyện Sông Mã năm 2022" in texts


# -- hostile files --------------------------------------------------------------------------------------
def refused(data: bytes, name: str = "kh.docx") -> UserError:
    with pytest.raises(UserError) as err:
        assemble(read_docx_bytes(data, name))
    assert name in err.value.message or err.value.code in ("no_table", "unknown_columns")
    return err.value


def test_corrupt_docx(docx_files):
    data = docx_files[("song-ma-2022", None)]
    assert refused(data[: len(data) // 2]).code == "docx_corrupt"
    broken = rezip(data, {"word/document.xml": document_xml(data)[:-200].encode()})
    assert refused(broken).code == "docx_corrupt"


@pytest.mark.parametrize(("head", "code", "words"), [
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "docx_not_zip", "đổi đuôi"),
    (b"%PDF-1.7\n%\xe2\xe3", "docx_is_pdf", "PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "docx_old_format", ".doc"),
])
def test_another_file_renamed_docx(head, code, words):
    err = refused(head)
    assert err.code == code and words in err.message


def test_a_zip_that_is_not_word():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "xin chào")
    assert refused(buf.getvalue()).code == "docx_not_word"


def test_zip_bomb_by_ratio_is_refused_before_inflating(docx_files):
    bomb = rezip(docx_files[("song-ma-2022", None)], {"word/styles.xml": b"<a/>" + b" " * (30 << 20)})
    assert len(bomb) < 1 << 20
    err = refused(bomb)
    assert err.code == "docx_zip_bomb" and "zip bomb" in err.message


def test_zip_bomb_with_lying_sizes_is_stopped_while_reading(docx_files):
    data = bytearray(rezip(docx_files[("song-ma-2022", None)],
                           {"word/document.xml": document_xml(docx_files[("song-ma-2022", None)]).encode()
                            + b" " * (5 << 20)}))
    # declare 1 KB for document.xml in its local header (size at +22) and central entry (+24)
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        local = z.getinfo("word/document.xml").header_offset
    data[local + 22:local + 26] = (1024).to_bytes(4, "little")
    entry = data.find(b"PK\x01\x02")
    while entry != -1:
        name_len = int.from_bytes(data[entry + 28:entry + 30], "little")
        if data[entry + 46:entry + 46 + name_len] == b"word/document.xml":
            data[entry + 24:entry + 28] = (1024).to_bytes(4, "little")
        entry = data.find(b"PK\x01\x02", entry + 4)
    assert refused(bytes(data)).code in ("docx_zip_bomb", "docx_corrupt")


def test_external_entities_are_refused_and_never_resolved(docx_files, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("MẬT-KHẨU-BÍ-MẬT", encoding="utf-8")
    xml = document_xml(docx_files[("song-ma-2022", None)])
    xxe = xml.replace("<w:document", f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret}">]>'
                      "<w:document", 1).replace("Lò Văn Sinh", "&xxe;")
    err = refused(rezip(docx_files[("song-ma-2022", None)], {"word/document.xml": xxe.encode()}))
    assert err.code == "docx_dtd" and "XXE" in err.message and "MẬT" not in err.message
    laughs = xml.replace("<w:document", '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                         "<w:document", 1)
    assert refused(rezip(docx_files[("song-ma-2022", None)], {"word/document.xml": laughs.encode()})).code \
        == "docx_dtd"


def test_a_50_mb_file_is_refused_unread(tmp_path):
    big = tmp_path / "ke-hoach.docx"
    with big.open("wb") as f:
        f.truncate(MAX_FILE_BYTES)                          # sparse: 50 MB on paper, nothing to read
    with pytest.raises(UserError) as err:
        read_docx(big)
    assert err.value.code == "file_too_large" and "50 MB" in err.value.message


def _plain_docx(table_rows: list[list[str]] | None) -> bytes:
    from docx import Document

    doc = Document()
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Tuyên truyền cải cách hành chính năm 2025")
    doc.add_paragraph("I. MỤC ĐÍCH, YÊU CẦU")
    if table_rows:
        table = doc.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        for r, row in enumerate(table_rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_a_document_with_no_table_imports_its_body_and_says_the_appendix_is_missing():
    result = assemble(read_docx_bytes(_plain_docx(None)))
    assert result.no_appendix and result.doc["appendix"]["tasks"] == []
    assert result.doc["title"] == "Tuyên truyền cải cách hành chính năm 2025"
    assert [s["title"] for s in result.doc["sections"]] == ["MỤC ĐÍCH, YÊU CẦU"]
    assert "Phụ lục nhiệm vụ phải thêm bằng tay" in result.warnings[0]


def test_a_table_with_unknown_columns():
    err = refused(_plain_docx([["Cột A", "Cột B", "Cột C"], ["x", "y", "z"], ["u", "v", "w"]]))
    assert err.code == "unknown_columns" and "“Cột A”" in err.message


def test_columns_are_mapped_by_header_text_in_any_order():
    doc = assemble(read_docx_bytes(_plain_docx([
        ["Thời gian", "Đơn vị phối hợp", "Nội dung công việc", "STT", "Cơ quan chủ trì", "Ghi chú"],
        ["Quý II", "Các xã", "Tổ chức hội nghị", "1", "Phòng Nội vụ", "mới"],
        ["", "", "", "1.1", "", ""],
    ]))).doc
    assert doc["appendix"]["tasks"][0] == {"number": "1", "content": "Tổ chức hội nghị", "form": "",
                                           "lead": "Phòng Nội vụ", "partners": "Các xã", "schedule": "Quý II",
                                           "product": "", "note": "mới"}
    assert [c["key"] for c in doc["appendix"]["columns"]] == ["schedule", "partners", "content", "number",
                                                               "lead", "note"]


# -- fuzzing -------------------------------------------------------------------------------------------
@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)), max_size=8),
       st.integers(min_value=0), st.booleans())
def test_fuzz_docx_bytes(flips, cut, truncate):
    data = bytearray(_all_docx()[("binh-dinh-2024", None)])
    for pos, value in flips:
        data[pos % len(data)] = value
    if truncate:
        data = data[: cut % len(data)]
    try:
        assemble(read_docx_bytes(bytes(data), "fuzz.docx"))
    except UserError:
        pass


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(
    ["", "<", ">", "</w:tc>", "<w:tc>", "</w:tr>", "<w:tr>", '<w:vMerge/>', '<w:gridSpan w:val="9"/>',
     "</w:p>", "<w:p>", "&amp;", "\x00", "KẾ HOẠCH", "QUYẾT ĐỊNH", "Phụ lục", "Nơi nhận:", "TM. ",
     "\t", "5.1", "</w:tbl>", "<w:tbl>", "ỦY", "µ¸"])), min_size=1, max_size=6))
def test_fuzz_docx_xml(edits):
    original = _all_docx()[("bac-kan-2024", None)]
    xml = document_xml(original)
    for pos, text in edits:
        at = pos % len(xml)
        xml = xml[:at] + text + xml[at + 1:]
    data = rezip(original, {"word/document.xml": xml.encode("utf-8", "replace")})
    try:
        assemble(read_docx_bytes(data, "fuzz.docx"))
    except UserError:
        pass
