"""Issue 12, the services under the window: the roll-up's own list of expected units, its prose, number
and date; removing (and putting back) evidence and attached files; the report's default file name; the
date spellings officers type."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pdfplumber
import pytest
from data.worked_example import load_worked_example
from package_fixtures import commune, package, write

from ccpropa_desktop.domain.dates import parse_day, split_day
from ccpropa_desktop.domain.text import slug
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import aggregate, plans, reports, tracking
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.store import tracking as settings

D = dt.date


# -- dates ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["10/01/2026", "10/1/2026", "2026-01-10", "10.01.2026", " 10 / 1 / 2026 ",
                                  "10012026", "10/1/26", "2026/1/10"])
def test_the_spellings_of_one_date(text):
    assert parse_day(text) == D(2026, 1, 10)


@pytest.mark.parametrize("text", ["10/01/00001/2026", "31/02/2026", "10/13/2026", "", "mười", "2026-13-01",
                                  "1/1", "10-01-2026-1"])
def test_what_is_no_date_is_refused_not_guessed(text):
    with pytest.raises(UserError) as err:
        parse_day(text)
    assert err.value.code == "date_invalid" and "ngày" in err.value.message


def test_split_keeps_what_was_written():
    assert split_day("31/02/2026") == (31, 2, 2026)
    assert split_day("abc") is None


def test_slug():
    assert slug("UBND huyện Sông Mã") == "ubnd-huyen-song-ma"
    assert slug("Đồng Văn – Hà Giang") == "dong-van-ha-giang"


# -- the report's file name ----------------------------------------------------------------------
def test_the_report_files_are_named_by_period_and_unit(store, song_ma_unit):
    assert reports.package_file_name(store, "2026-H1") == "bao-cao-6-thang-2026-ubnd-huyen-song-ma.ccpr"
    assert reports.file_stem(store, "2026-Q1") == "bao-cao-quy-i-2026-ubnd-huyen-song-ma"
    assert reports.file_stem(store, "2026") == "bao-cao-nam-2026-ubnd-huyen-song-ma"


# -- expected units ------------------------------------------------------------------------------
def test_expected_units_are_kept_apart_from_the_agency_directory(store, song_ma_unit):
    assert aggregate.expected_units(store) == []  # not the agencies that take tasks
    units = aggregate.set_expected_units(store, ["1. UBND xã Chiềng Khương",
                                                 "Ủy ban nhân dân xã Chiềng Khương", "  ",
                                                 "- UBND xã Mường Lầm;"])
    assert units == ["UBND xã Chiềng Khương", "UBND xã Mường Lầm"]
    assert settings.get_setting(store, "aggregate_units") == units
    assert store.get_unit().agencies == song_ma_unit.agencies  # the profile is untouched


def test_import_adds_the_names_of_a_text_list(store, tmp_path: Path):
    aggregate.set_expected_units(store, ["UBND xã Mường Lầm"])
    listing = tmp_path / "ds.txt"
    listing.write_text("\ufeff# huyện Sông Mã\nUBND xã Chiềng Khương\r\nUBND xã Mường Lầm\n\n"
                       "UBND xã Nậm Ty\n", encoding="utf-8")
    units, added = aggregate.import_expected_units(store, listing)
    assert added == 2 and units == ["UBND xã Mường Lầm", "UBND xã Chiềng Khương", "UBND xã Nậm Ty"]


@pytest.mark.parametrize("content, said", [
    (b"\xff\xfe\x00 abc \xc3", "UTF-8"), (b"# only a comment\n\n", "không có tên"),
    (("UBND " + "x" * 300 + "\n").encode(), "quá dài")])
def test_a_bad_list_writes_nothing(store, tmp_path: Path, content, said):
    aggregate.set_expected_units(store, ["UBND xã Mường Lầm"])
    listing = tmp_path / "ds.txt"
    listing.write_bytes(content)
    with pytest.raises(UserError) as err:
        aggregate.import_expected_units(store, listing)
    assert said in err.value.message
    assert aggregate.expected_units(store) == ["UBND xã Mường Lầm"]
    with pytest.raises(UserError, match="Không có tệp"):
        aggregate.import_expected_units(store, tmp_path / "khong-co.txt")
    with pytest.raises(UserError, match="thư mục"):
        aggregate.import_expected_units(store, tmp_path)


# -- the consolidated report ---------------------------------------------------------------------
@pytest.fixture
def received(store, song_ma_unit, tmp_path: Path):
    folder = tmp_path / "nhan"
    folder.mkdir()
    for name in ("Chiềng Khương", "Mường Lầm"):
        write(folder / f"{slug(name)}.ccpr", package(commune(name)))
    aggregate.import_packages(store, [folder])
    aggregate.set_expected_units(store, ["UBND xã Chiềng Khương", "UBND xã Mường Lầm", "UBND xã Nậm Ty"])
    return store


def pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as doc:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)


def test_the_prose_is_drafted_from_the_figures_then_edited(received):
    store = received
    sections = aggregate.report_sections(store, "2022-H1")
    assert list(sections) == ["uu_diem", "han_che", "nguyen_nhan", "phuong_huong", "kien_nghi"]
    assert "2/3 cơ quan, đơn vị gửi báo cáo" in " ".join(sections["uu_diem"].paragraphs)
    assert "UBND xã Nậm Ty" in sections["han_che"].paragraphs[0]
    assert sections["nguyen_nhan"].placeholder and not sections["uu_diem"].placeholder
    text = pdf_text(aggregate.render_aggregate(store, "2022-H1", "pdf"))
    assert "Còn 1 cơ quan, đơn vị chưa gửi báo cáo (UBND xã Nậm Ty)" in text
    assert "1. Ưu điểm" in text and "[Nêu nguyên nhân" in text

    sections = aggregate.edit_aggregate(store, "2022-H1", "nguyen_nhan", "Thiếu cán bộ\n\n  chuyên trách  ")
    assert sections["nguyen_nhan"].paragraphs == ["Thiếu cán bộ", "chuyên trách"]
    assert sections["nguyen_nhan"].edited
    assert aggregate.report_sections(store, "2022-Q1")["nguyen_nhan"].placeholder  # another period: its own
    text = pdf_text(aggregate.render_aggregate(store, "2022-H1", "pdf"))
    assert "Thiếu cán bộ" in text and "[Nêu nguyên nhân" not in text
    aggregate.edit_aggregate(store, "2022-H1", "nguyen_nhan", None)
    assert aggregate.report_sections(store, "2022-H1")["nguyen_nhan"].placeholder

    before = settings.get_setting(store, "aggregate_prose/2022-H1")
    with pytest.raises(UserError, match="Không có mục"):
        aggregate.edit_aggregate(store, "2022-H1", "mo_dau", "x")
    with pytest.raises(UserError, match="quá dài"):
        aggregate.edit_aggregate(store, "2022-H1", "kien_nghi", "x" * 20001)
    assert settings.get_setting(store, "aggregate_prose/2022-H1") == before


def test_the_consolidated_report_gets_its_number_and_date(received):
    store = received
    assert aggregate.aggregate_issue(store, "2022-H1") is None
    assert "DỰ THẢO" in pdf_text(aggregate.render_aggregate(store, "2022-H1", "pdf"))
    with pytest.raises(UserError):
        aggregate.issue_aggregate(store, "2022-H1", "abc", "2022-06-20")
    with pytest.raises(UserError):
        aggregate.issue_aggregate(store, "2022-H1", "12", "20/13/2022")
    assert aggregate.aggregate_issue(store, "2022-H1") is None
    assert aggregate.issue_aggregate(store, "2022-H1", "7", D(2022, 6, 20)) == ("07", D(2022, 6, 20))
    text = pdf_text(aggregate.render_aggregate(store, "2022-H1", "pdf"))
    assert "Số: 07/BC-UBND" in text and "DỰ THẢO" not in text
    assert "DỰ THẢO" in pdf_text(aggregate.render_aggregate(store, "2022-H1", "pdf", draft=True))


def test_a_received_packages_pdf_by_its_sha256(received):
    store = received
    view = aggregate.aggregate_view(store, "2022-H1")
    assert aggregate.package_pdf(store, view.reported[0].sha256).startswith(b"%PDF")
    with pytest.raises(UserError, match="nhập lại gói"):
        aggregate.package_pdf(store, "0" * 64)


# -- evidence and attachments: off and back ----------------------------------------------------------
@pytest.fixture
def disk(tmp_path: Path):
    store = open_store(tmp_path / "kho", daily_backup=False)
    plan_id = load_worked_example(store)
    yield store, plan_id
    store.close()


def test_evidence_comes_off_in_one_transaction_and_back_in_place(disk):
    store, plan_id = disk
    tracking.set_progress(store, plan_id, "2.1", "2022-H1", evidence=["Công văn số 50/UBND"])
    removed = tracking.remove_evidence(store, plan_id, "2.1", "2022-H1",
                                       "https://songma.sonla.gov.vn/cai-cach-hanh-chinh")
    assert removed.index == 0 and removed.progress.evidence == ["Công văn số 50/UBND"]
    progress = tracking.restore_evidence(store, plan_id, "2.1", "2022-H1", removed.evidence, removed.index)
    assert progress.evidence == ["https://songma.sonla.gov.vn/cai-cach-hanh-chinh", "Công văn số 50/UBND"]
    with pytest.raises(UserError, match="Không có dòng minh chứng"):
        tracking.remove_evidence(store, plan_id, "2.1", "2022-H1", "không có")
    with pytest.raises(UserError, match="6 tháng đầu năm 2022"):  # 9 tháng shows it from 6 tháng
        tracking.remove_evidence(store, plan_id, "2.1", "2022-9M", "Công văn số 50/UBND")


def test_an_attachment_comes_off_its_copy_stays_and_it_comes_back(disk):
    store, plan_id = disk
    three = next(t.id for t in plans.get_plan(store, plan_id).tasks if t.number == "3")
    (file,) = tracking.get_progress(store, plan_id, "2022-H1")[three].attachments
    removed = tracking.remove_attachment(store, plan_id, "3", "2022-H1", file.sha256)
    assert removed.attachment == file and removed.progress.attachments == []
    assert tracking.attachment_path(store, file.sha256).is_file()
    viewing = tracking.viewing_copy(store, file)
    assert viewing.name == file.name and viewing.read_bytes() == tracking.attachment_path(
        store, file.sha256).read_bytes()
    progress = tracking.restore_attachment(store, plan_id, "3", "2022-H1", file, removed.index)
    assert progress.attachments == [file]
    with pytest.raises(UserError, match="Không có tệp đính kèm"):
        tracking.remove_attachment(store, plan_id, "3", "2022-H1", "f" * 64)
    tracking.attachment_path(store, file.sha256).unlink()
    tracking.remove_attachment(store, plan_id, "3", "2022-H1", file.sha256)
    with pytest.raises(UserError, match="Không còn bản lưu"):
        tracking.restore_attachment(store, plan_id, "3", "2022-H1", file, 0)
