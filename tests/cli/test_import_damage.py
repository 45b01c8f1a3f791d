"""Issue 13 beside the PDF reader: OCR damage named and confirmed, a bad byte reported, the .docx
run-in heading and the issuer's casing, and the CLI on PDFs (exit 2 on a scan, nothing saved)."""

from __future__ import annotations

import io
import sys
import unicodedata

import pytest
from cli_run import run
from conftest import DATA, plan_text

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.reading import ocr
from ccpropa_desktop.reading.assemble import assemble
from ccpropa_desktop.reading.read_docx import read_docx_bytes
from ccpropa_desktop.reading.read_text import decode_report
from ccpropa_desktop.services.importing import import_template

sys.path.insert(0, str(DATA))
import make_pdf_fixtures as F


def _strip_marks(text: str) -> str:
    """What an OCR that lost the diacritics gives: "Kế hoạch" → "Ke hoach", "III." → "I11."."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return bare.replace("đ", "d").replace("Đ", "D").replace("\nIII. ", "\nI11. ").replace("\nII. ", "\nIl. ")


def test_ocr_damage_is_named_with_its_share_and_saving_needs_a_yes(store):
    text = _strip_marks(plan_text("song-ma-2022"))
    preview = import_template(store, text, dry_run=True)
    assert preview.damaged and preview.damage > 0.5
    warning = preview.warnings[0]
    assert warning.startswith("Văn bản có vẻ bị lỗi nhận dạng chữ (OCR): khoảng ") and "% số từ" in warning
    with pytest.raises(UserError) as err:
        import_template(store, text)
    assert err.value.code == "ocr_damaged" and "--accept-ocr" in err.value.message
    assert store.list_template_docs() == []
    saved = import_template(store, text, accept_ocr=True)
    assert saved.saved and saved.damaged
    titles = [s["title"] for s in saved.template["sections"]]
    assert len(titles) >= 3                     # "I11." / "Il." were read as Roman headings again


def test_clean_text_is_not_called_damaged(store):
    result = import_template(store, plan_text("bac-kan-2024"), dry_run=True)
    assert not result.damaged and result.damage < 0.1


def test_sure_ocr_slips_are_repaired():
    assert ocr.repair("I11. TỔ CHỨC THỰC HIỆN") == "III. TỔ CHỨC THỰC HIỆN"
    assert ocr.repair("Il. NỘI DUNG") == "II. NỘI DUNG"
    assert ocr.repair("1. Mục đích") == "1. Mục đích"
    assert ocr.repair("Kế hoạch nam 2024, ngay 13 thang 01 nam 2024") == \
        "Kế hoạch năm 2024, ngày 13 tháng 01 năm 2024"
    assert ocr.repair("tỉnh Hà Nam 2024") == "tỉnh Hà Nam 2024"
    share, _ = ocr.damage(["Kế hoạch tuyên truyền cải cách hành chính năm 2024 của ỦY BAN " * 10])
    assert share < 0.05
    foreign, examples = ocr.damage(["Kế hoạch tuyên truyền cải cách hành chïnh nãm 2024 Ðảng ø " * 10])
    assert foreign >= 0.2 and any("ï" in e or "Ð" in e or "ø" in e for e in examples)


def test_one_bad_byte_in_utf8_is_reported_with_its_line_and_the_rest_stays_utf8(store, tmp_path):
    data = plan_text("song-ma-2022").encode("utf-8")
    at = data.index("Sông Mã".encode()) + 3
    line = data.count(b"\n", 0, at) + 1
    damaged = data[:at] + b"\xff" + data[at:]
    text, notes = decode_report(damaged, "ke-hoach.txt")
    assert f"(dòng {line})" in notes[0] and "UTF-8" in notes[0] and "Kế hoạch" in text
    path = tmp_path / "ke-hoach.txt"
    path.write_bytes(damaged)
    result = import_template(store, path, dry_run=True)
    assert any(f"byte không đúng mã UTF-8 (dòng {line})" in w for w in result.warnings)
    assert result.tasks == 9 and not result.damaged


def _docx(paragraphs: list[tuple[str, str]], issuer: list[str] | None = None) -> bytes:
    from docx import Document

    doc = Document()
    for line in issuer or []:
        doc.add_paragraph(line)
    doc.add_paragraph("KẾ HOẠCH")
    doc.add_paragraph("Tuyên truyền cải cách hành chính năm 2025")
    for bold, rest in paragraphs:
        p = doc.add_paragraph()
        if bold:
            p.add_run(bold).bold = True
        if rest:
            p.add_run(rest)
    table = doc.add_table(rows=2, cols=3)
    for c, text in enumerate(["TT", "Nội dung", "Cơ quan chủ trì"]):
        table.cell(0, c).text = text
    for c, text in enumerate(["1", "Tổ chức hội nghị", "Phòng Nội vụ"]):
        table.cell(1, c).text = text
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_docx_run_in_heading_without_colon_starts_its_own_section():
    data = _docx([("I. MỤC ĐÍCH, YÊU CẦU", ""), ("1. Mục đích", ""), ("", "- Nâng cao nhận thức."),
                  ("2. Yêu cầu", ""), ("", "- Thiết thực."),
                  ("3. Đối tượng tuyên truyền", " Cán bộ, công chức, viên chức và Nhân dân."),
                  ("4. Phòng Tài chính - Kế hoạch:", " Tham mưu bố trí kinh phí.")])
    sections = assemble(read_docx_bytes(data)).doc["sections"]
    children = sections[0]["children"]
    assert [c["title"] for c in children] == ["Mục đích", "Yêu cầu", "Đối tượng tuyên truyền",
                                              "Phòng Tài chính - Kế hoạch:"]
    assert children[2]["paragraphs"] == ["Cán bộ, công chức, viên chức và Nhân dân."]
    assert children[1]["paragraphs"] == ["- Thiết thực."]


def test_a_department_keeps_its_proper_noun_casing():
    data = _docx([("I. MỤC ĐÍCH", ""), ("", "- Nâng cao nhận thức.")],
                 ["UBND TỈNH SƠN LA", "SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "Số: 12/KH-SKHĐT",
                  "Sơn La, ngày 05 tháng 01 năm 2025"])
    issuer = assemble(read_docx_bytes(data)).doc["issuer"]
    assert issuer["short_name"] == "Sở Kế hoạch và Đầu tư"
    assert issuer["parent_lines"] == ["UBND TỈNH SƠN LA"] and issuer["abbreviation"] == "SKHĐT"


def test_cli_imports_a_pdf_and_refuses_a_scan_with_exit_2(capsys, tmp_path, data_dir):
    pdf = tmp_path / "kh.pdf"
    pdf.write_bytes(F.render(F.plan_document("song-ma-2022")))
    code, out, err = run(capsys, "templates", "import", str(pdf), "--dry-run")
    assert (code, err) == (0, "") and "Nguồn: kh.pdf (PDF)" in out and "Nhiệm vụ: 9" in out
    scan = tmp_path / "quet.pdf"
    scan.write_bytes(F.scanned(2))
    code, out, err = run(capsys, "templates", "import", str(scan))
    assert code == 2 and out == "" and err.startswith("Lỗi: ") and "bản quét" in err and "chưa nhập gì" in err
    assert "Traceback" not in err


def test_cli_summary_says_the_appendix_must_be_added_by_hand(capsys, tmp_path, data_dir):
    path = tmp_path / "khong-bang.txt"
    path.write_text("KẾ HOẠCH\nTuyên truyền CCHC năm 2025\n\nI. MỤC ĐÍCH\n\n- Nâng cao nhận thức.\n\n"
                    "II. TỔ CHỨC THỰC HIỆN\n\n- Phòng Nội vụ theo dõi.\n", encoding="utf-8")
    code, out, _err = run(capsys, "templates", "import", str(path))
    assert code == 0 and "Phụ lục: KHÔNG TÌM THẤY bảng nhiệm vụ" in out and "thêm bằng tay" in out


def test_cli_accept_ocr(capsys, tmp_path, data_dir):
    path = tmp_path / "ocr.txt"
    path.write_text(_strip_marks(plan_text("song-ma-2022")), encoding="utf-8")
    code, out, err = run(capsys, "templates", "import", str(path))
    assert code == 2 and "nhận dạng chữ (OCR)" in err and "--accept-ocr" in err
    code, out, err = run(capsys, "templates", "import", str(path), "--accept-ocr")
    assert code == 0 and out.startswith("Đã nhập kế hoạch mẫu")
