"""Aggregation at the upper level (W7): importing packages, history, the view, the consolidated report."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pdfplumber
import pytest
from docx import Document as DocxDocument
from openpyxl import load_workbook
from package_fixtures import PDF, commune, package, write

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import aggregate

COMMUNES = ["UBND thị trấn Sông Mã", "UBND xã Chiềng Khương", "UBND xã Mường Lầm"]


def rows(store) -> list[tuple]:
    return store.db.execute("select unit_key, period, created_at, is_current, superseded_by, id "
                            "from received_packages order by id").fetchall()


@pytest.fixture
def packages_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "nhan"
    folder.mkdir()
    write(folder / "chieng-khuong.ccpr", package(commune("Chiềng Khương")))
    write(folder / "muong-lam.ccpr", package(commune("Mường Lầm"), tasks=[
        ("1", 0, "1", "done", {"hoi_nghi": 3, "luot_nguoi": 150}), ("2", 0, "2", "done", {"tin_bai": 7}),
        ("3", 0, "3", "doing", {"kinh_phi": 2_500_000})]))
    write(folder / "nam-ty.ccpr", package(commune("Nậm Ty"), tasks=[("1", 0, "1", "todo", {})]))
    (folder / "ghi-chu.txt").write_text("not a package")
    return folder


def test_import_a_folder_with_progress(store, song_ma_unit, packages_dir: Path) -> None:
    calls = []
    summary = aggregate.import_packages(store, [packages_dir], progress=lambda i, n: calls.append((i, n)))
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert [(Path(r.path).name, r.outcome, r.unit) for r in summary.results] == [
        ("chieng-khuong.ccpr", "imported", "UBND xã Chiềng Khương"),
        ("muong-lam.ccpr", "imported", "UBND xã Mường Lầm"),
        ("nam-ty.ccpr", "imported", "UBND xã Nậm Ty")]
    assert [r[:4] for r in rows(store)] == [
        ("ubnd xa chieng khuong", "2022-H1", "2022-06-15T09:00:00+07:00", 1),
        ("ubnd xa muong lam", "2022-H1", "2022-06-15T09:00:00+07:00", 1),
        ("ubnd xa nam ty", "2022-H1", "2022-06-15T09:00:00+07:00", 1)]


def test_same_package_twice_keeps_one_copy(store, tmp_path: Path) -> None:
    content = package(commune("Chiềng Khương"))
    first = write(tmp_path / "a.ccpr", content)
    again = write(tmp_path / "copy-of-a.ccpr", content)
    summary = aggregate.import_packages(store, [first, again, first])
    assert [r.outcome for r in summary.results] == ["imported", "duplicate", "duplicate"]
    assert summary.counts == {"imported": 1, "replaced": 0, "older": 0, "duplicate": 2, "rejected": 0}
    assert len(rows(store)) == 1


def test_newer_package_replaces_and_history_is_kept(store, tmp_path: Path) -> None:
    unit = commune("Chiềng Khương")
    old = write(tmp_path / "old.ccpr", package(unit, created_at="2022-06-15T09:00:00+07:00"))
    new = write(tmp_path / "new.ccpr", package(unit, created_at="2022-06-18T14:30:00+07:00", tasks=[
        ("1", 0, "1", "done", {"hoi_nghi": 4})]))
    oldest = write(tmp_path / "oldest.ccpr", package(unit, created_at="2022-06-10T08:00:00+07:00"))
    q1 = write(tmp_path / "q1.ccpr", package(unit, period="2022-Q1", created_at="2022-03-15T08:00:00+07:00"))
    summary = aggregate.import_packages(store, [old, new, oldest, q1])
    assert [r.outcome for r in summary.results] == ["imported", "replaced", "older", "imported"]
    (old_id, new_id, oldest_id, q1_id) = [r[5] for r in rows(store)]
    assert [r[3:5] for r in rows(store)] == [(0, new_id), (1, None), (0, new_id), (1, None)]
    view = aggregate.aggregate_view(store, "2022-H1", ["UBND xã Chiềng Khương"])
    assert view.totals == {"hoi_nghi": 4}  # the current package only
    assert view.reported[0].created_at == "2022-06-18T14:30:00+07:00"
    past = aggregate.history(store, "2022-H1")
    assert [(p.created_at, p.is_current) for p in past] == [
        ("2022-06-18T14:30:00+07:00", True), ("2022-06-15T09:00:00+07:00", False),
        ("2022-06-10T08:00:00+07:00", False)]
    assert q1_id and old_id and oldest_id


def test_an_empty_folder_is_an_error(store, tmp_path: Path) -> None:
    with pytest.raises(UserError) as err:
        aggregate.import_packages(store, [tmp_path])
    assert err.value.message == f"Không có gói báo cáo (.ccpr) nào để nhập: {tmp_path}."


def test_rejected_files_do_not_stop_the_others(store, tmp_path: Path) -> None:
    bad = write(tmp_path / "bad.ccpr", b"PK\x03\x04 truncated")
    good = write(tmp_path / "good.ccpr", package(commune("Mường Lầm")))
    summary = aggregate.import_packages(store, [bad, tmp_path / "missing.ccpr", good])
    assert [(r.outcome, r.code) for r in summary.results] == [
        ("rejected", "truncated"), ("rejected", "unreadable"), ("imported", "")]
    assert summary.rejected[0].reason.startswith("Tệp bad.ccpr bị cắt cụt hoặc hỏng")
    assert len(rows(store)) == 1


def test_view_against_the_list_of_expected_units(store, song_ma_unit, packages_dir: Path) -> None:
    aggregate.import_packages(store, [packages_dir])
    view = aggregate.aggregate_view(store, "2022-H1")  # no list yet: the agency directory is not one
    assert view.expected == [] and view.missing == [] and len(view.reported) == 3
    aggregate.set_expected_units(store, [*COMMUNES, "UBND xã Chiềng Cang"])
    view = aggregate.aggregate_view(store, "2022-H1")  # expected: this level's own list
    assert len(view.expected) == len(COMMUNES) + 1
    assert [u.name for u in view.reported] == ["UBND xã Chiềng Khương", "UBND xã Mường Lầm", "UBND xã Nậm Ty"]
    assert [u.in_directory for u in view.reported] == [True, True, False]
    assert view.expected_reported == 2
    assert [u.name for u in view.missing] == ["UBND thị trấn Sông Mã", "UBND xã Chiềng Cang"]
    assert "Phòng Nội vụ" not in [u.name for u in view.units]  # takes tasks, does not report here
    view = aggregate.aggregate_view(store, "2022-H1", COMMUNES)
    assert [u.name for u in view.missing] == ["UBND thị trấn Sông Mã"]
    by_unit = {u.name: (u.completion["done"], u.completion["tasks"], u.completion["rate"])
               for u in view.reported}
    assert by_unit == {"UBND xã Chiềng Khương": (1, 4, 0.3333), "UBND xã Mường Lầm": (2, 3, 0.6667),
                       "UBND xã Nậm Ty": (0, 1, 0.0)}
    assert view.completion == {"tasks": 8, "done": 3, "doing": 2, "todo": 2, "dropped": 1, "rate": 0.4286}
    assert view.totals == {"hoi_nghi": 5, "luot_nguoi": 230, "tin_bai": 12, "kinh_phi": 2_500_000}
    assert [(t.number, t.units, t.completion["done"], t.totals) for t in view.tasks] == [
        ("1", 3, 2, {"hoi_nghi": 5, "luot_nguoi": 230}), ("2", 2, 1, {"tin_bai": 12}),
        ("3", 2, 0, {"kinh_phi": 2_500_000}), ("", 1, 0, {})]
    assert aggregate.aggregate_view(store, "2022-Q1", COMMUNES).reported == []


def test_render_pdf_docx_xlsx(store, song_ma_unit, packages_dir: Path) -> None:
    aggregate.import_packages(store, [packages_dir])
    draft = aggregate.render_aggregate(store, "2022-H1", "pdf", expected=COMMUNES)
    with pdfplumber.open(io.BytesIO(draft)) as doc:
        first = doc.pages[0].extract_text()
    assert "Số: /BC-UBND" in " ".join(first.split()) and "DỰ THẢO" in first
    pdf = aggregate.render_aggregate(store, "2022-H1", "pdf", expected=COMMUNES, draft=False, number="25",
                                     date=dt.date(2022, 6, 20))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        first = doc.pages[0].extract_text()
        text = "\n".join(p.extract_text() for p in doc.pages)
        assert doc.pages[-1].width > doc.pages[-1].height  # appendices in landscape
    assert "Số: 25/BC-UBND" in first and "Sông Mã, ngày 20 tháng 6 năm 2022" in first
    assert "BÁO CÁO" in first and "Kính gửi: Sở Nội vụ tỉnh." in first
    assert "Tổng hợp kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành" in first
    flat = " ".join(text.split())
    assert "Đến ngày 20/06/2022, đã nhận báo cáo của 2/3 cơ quan, đơn vị (đạt 66,7%)" in flat
    assert "Các cơ quan, đơn vị chưa gửi báo cáo: UBND thị trấn Sông Mã." in flat
    assert "Ngoài ra, đã nhận báo cáo của: UBND xã Nậm Ty." in flat
    assert "hoàn thành 3 nhiệm vụ (đạt 42,9%" in flat
    assert "- Kinh phí (đồng): 2.500.000 đồng" in flat
    assert "- Như trên;" in flat
    assert "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN THEO CƠ QUAN, ĐƠN VỊ 6 THÁNG ĐẦU NĂM 2022" in flat
    assert "Chưa báo cáo" in flat

    docx = DocxDocument(io.BytesIO(aggregate.render_aggregate(store, "2022-H1", "docx", expected=COMMUNES)))
    paragraphs = [p.text for p in docx.paragraphs]
    assert "I. TÌNH HÌNH BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ" in paragraphs
    units_table = next(t for t in docx.tables if t.rows[0].cells[1].text == "Cơ quan, đơn vị"
                       and len(t.columns) == 10)
    assert [c.text for c in units_table.rows[2].cells][:4] == ["2", "UBND xã Mường Lầm", "15/06/2022", "3"]
    assert units_table.rows[2].cells[-1].text == ("Hội nghị: 3; Lượt người: 150; Tin, bài: 7; "
                                                  "Kinh phí (đồng): 2.500.000 đồng")
    assert units_table.rows[3].cells[-1].text == "Ngoài danh sách đơn vị"  # Nậm Ty: no figures
    assert units_table.rows[4].cells[-1].text == "Chưa báo cáo"

    book = load_workbook(io.BytesIO(aggregate.render_aggregate(store, "2022-H1", "xlsx", expected=COMMUNES)))
    assert book.sheetnames == ["Theo đơn vị", "Theo nhiệm vụ", "Số liệu theo đơn vị"]
    sheet = book["Theo đơn vị"]
    assert [c.value for c in sheet[4]][:4] == ["STT", "Cơ quan, đơn vị", "Ngày gửi", "Số nhiệm vụ"]
    assert [c.value for c in sheet[6]][:5] == [2, "UBND xã Mường Lầm", "2022-06-15", 3, 2]
    assert sheet.cell(6, 9).value == pytest.approx(0.6667) and sheet.cell(6, 9).number_format == "0.0%"
    assert sheet.print_title_rows == "$4:$4" and sheet.page_setup.orientation == "landscape"
    figures = book["Số liệu theo đơn vị"]
    header = [c.value for c in figures[4]]
    total = [c.value for c in figures[figures.max_row]]
    assert total[header.index("Kinh phí (đồng)")] == 2_500_000
    assert figures.cell(figures.max_row, header.index("Kinh phí (đồng)") + 1).number_format == "#,##0"


def test_render_needs_a_unit_and_a_known_format(store) -> None:
    with pytest.raises(UserError) as err:
        aggregate.render_aggregate(store, "2022-H1", "pdf")
    assert err.value.code == "unit_missing"
    with pytest.raises(UserError) as err:
        aggregate.render_aggregate(store, "2022-H1", "odt")
    assert "không hỗ trợ" in err.value.message


def test_originals_are_kept_and_their_report_pdf_read_back(tmp_path: Path) -> None:
    from ccpropa_desktop.services.session import open_store

    content = package(commune("Chiềng Khương"))
    source = write(tmp_path / "ck.ccpr", content)
    store = open_store(tmp_path / "data")
    try:
        aggregate.import_packages(store, [source])
        (row,) = aggregate.history(store)
        kept = tmp_path / "data" / "received" / f"{row.sha256}.ccpr"
        assert kept.read_bytes() == content
        assert store.db.execute("select report_pdf from received_packages").fetchone()[0] is None
        assert aggregate.report_pdf(store, row.id) == PDF
        kept.unlink()
        with pytest.raises(UserError) as err:
            aggregate.report_pdf(store, row.id)
        assert err.value.code == "package_file_missing"
    finally:
        store.close()


def test_a_store_without_folder_keeps_the_pdf_inside(store, tmp_path: Path) -> None:
    aggregate.import_packages(store, [write(tmp_path / "ck.ccpr", package(commune("Chiềng Khương")))])
    (row,) = aggregate.history(store)
    assert aggregate.report_pdf(store, row.id) == PDF
    with pytest.raises(UserError):
        aggregate.report_pdf(store, row.id + 1)
