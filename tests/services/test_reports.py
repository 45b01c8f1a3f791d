"""Reports service (W6) on the worked example: the Sông Mã 2022 plan tracked through quý I and
6 tháng. Prose edits are rows in the store and survive redrafting; renders in three formats."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pdfplumber
import pytest
from data.worked_example import load_worked_example, worked_example_data

from ccpropa_desktop.domain.periods import Period
from ccpropa_desktop.domain.tracking import Status
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import plans, reports, tracking


@pytest.fixture
def pid(store) -> int:
    return load_worked_example(store)


def _prose_rows(store) -> list[tuple]:
    return store.db.execute("select plan_id, period, section, text from report_prose "
                            "order by section").fetchall()


def test_h1_report_of_the_worked_example(store, pid: int) -> None:
    expected = worked_example_data()["expected"]["2022-H1"]
    report = reports.report_data(store, pid, "2022-H1")
    by_number = {t.number: t for t in report.tasks}
    for status in ("done", "doing", "dropped"):
        assert sorted(n for n, t in by_number.items() if t.status is Status(status) and not t.has_children) \
            == sorted(expected[status])
    c = report.completion
    assert (c.total, c.done, c.doing, c.todo, c.dropped) == (8, 2, 5, 0, 1)
    assert c.rate_text == "28,6%"
    for key in ("tin_bai", "luot_nguoi", "kinh_phi"):
        assert report.totals[key] == expected[key]
    assert report.citation.number == "18/KH-UBND"
    assert report.citation.date == dt.date(2022, 1, 13)
    assert report.window == (dt.date(2021, 12, 15), dt.date(2022, 6, 14))
    assert report.rows[-1].metrics == report.totals


def test_quarter_one_has_its_own_figures(store, pid: int) -> None:
    q1 = reports.report_data(store, pid, "2022-Q1")
    h1 = reports.report_data(store, pid, "2022-H1")
    assert q1.totals["tin_bai"] == 18 < h1.totals["tin_bai"]
    assert q1.next_label == "quý II năm 2022"
    assert q1.title.endswith("quý I năm 2022")


def test_the_window_follows_the_units_calendar(store, pid: int) -> None:
    tracking.set_period_rules(store, cutoff_day=10)
    report = reports.report_data(store, pid, "2022-H1")
    assert report.window == (dt.date(2021, 12, 11), dt.date(2022, 6, 10))


def test_an_edit_is_stored_and_survives_redrafting_and_new_data(store, pid: int) -> None:
    reports.edit_report(store, pid, "2022-H1", "kien_nghi",
                        "Đề nghị Sở Nội vụ mở lớp tập huấn.\r\nCấp tài liệu.")
    assert _prose_rows(store) == [(pid, "2022-H1", "kien_nghi",
                                   "Đề nghị Sở Nội vụ mở lớp tập huấn.\nCấp tài liệu.")]
    before = reports.draft_report(store, pid, "2022-H1")
    tracking.set_progress(store, pid, "2.1", "2022-H1", status="done", done_on="2022-06-10")
    after = reports.draft_report(store, pid, "2022-H1")
    assert after.completion.done == before.completion.done + 1
    assert after.sections["kien_nghi"].paragraphs == ["Đề nghị Sở Nội vụ mở lớp tập huấn.", "Cấp tài liệu."]
    assert after.sections["kien_nghi"].edited
    assert _prose_rows(store) == [(pid, "2022-H1", "kien_nghi",
                                   "Đề nghị Sở Nội vụ mở lớp tập huấn.\nCấp tài liệu.")]
    drafted = store.db.execute("select drafted_at from reports where plan_id = ? and period = ?",
                               [pid, "2022-H1"]).fetchone()
    assert drafted and drafted[0]


def test_edits_belong_to_their_period(store, pid: int) -> None:
    reports.edit_report(store, pid, "2022-Q1", "uu_diem", "Quý I: tốt.")
    assert reports.report_data(store, pid, "2022-Q1").sections["uu_diem"].paragraphs == ["Quý I: tốt."]
    assert not reports.report_data(store, pid, "2022-H1").sections["uu_diem"].edited


def test_kinh_gui_carries_over_to_later_reports(store, pid: int) -> None:
    reports.edit_report(store, pid, "2022-Q1", "kinh_gui", "Sở Nội vụ tỉnh Sơn La")
    assert reports.report_data(store, pid, "2022-H1").kinh_gui.paragraphs == ["Sở Nội vụ tỉnh Sơn La"]
    reports.edit_report(store, pid, "2022-H1", "kinh_gui", "UBND tỉnh Sơn La")
    assert reports.report_data(store, pid, "2022-H1").kinh_gui.paragraphs == ["UBND tỉnh Sơn La"]
    assert reports.report_data(store, pid, "2022-Q1").kinh_gui.paragraphs == ["Sở Nội vụ tỉnh Sơn La"]


def test_empty_text_removes_the_edit(store, pid: int) -> None:
    reports.edit_report(store, pid, "2022-H1", "nguyen_nhan", "Thiếu kinh phí.")
    report = reports.edit_report(store, pid, "2022-H1", "nguyen_nhan", "  \n ")
    assert _prose_rows(store) == []
    assert report.sections["nguyen_nhan"].placeholder


@pytest.mark.parametrize(("section", "period", "code"), [("ket_luan", "2022-H1", "report_section"),
                                                         ("kien_nghi", "2023-H1", "period_year"),
                                                         ("kien_nghi", "2022-Q2", "period")])
def test_bad_edits_write_nothing(store, pid: int, section: str, period: str, code: str) -> None:
    with pytest.raises(UserError) as err:
        reports.edit_report(store, pid, period, section, "x")
    assert err.value.code == code
    assert _prose_rows(store) == []


def test_too_long_text_is_refused(store, pid: int) -> None:
    with pytest.raises(UserError) as err:
        reports.edit_report(store, pid, "2022-H1", "kien_nghi", "x" * (reports.MAX_TEXT + 1))
    assert "quá dài" in err.value.message
    assert _prose_rows(store) == []


def test_channel_summaries_are_editable(store, pid: int) -> None:
    report = reports.edit_report(store, pid, "2022-H1", "kq_dai_chung", "Đăng 47 tin, bài.")
    channel = next(c for c in report.channels if c.key == "dai_chung")
    assert channel.summary.paragraphs == ["Đăng 47 tin, bài."]


def _pdf_text(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def test_render_in_three_formats(store, pid: int) -> None:
    pdf = reports.render_report(store, pid, "2022-H1", "pdf")
    assert pdf.startswith(b"%PDF")
    text = _pdf_text(pdf)
    assert "BÁO CÁO" in text and "Số: /BC-UBND" in " ".join(text.split())
    docx = reports.render_report(store, pid, "2022-H1", "docx")
    xlsx = reports.render_report(store, pid, "2022-H1", "xlsx")
    assert "word/document.xml" in zipfile.ZipFile(io.BytesIO(docx)).namelist()
    assert "xl/workbook.xml" in zipfile.ZipFile(io.BytesIO(xlsx)).namelist()


def test_render_accepts_a_period_object(store, pid: int) -> None:
    assert reports.render_report(store, pid, Period(2022, "H1"), "pdf", draft=False, number="25",
                                 date=dt.date(2022, 6, 18)).startswith(b"%PDF")


def test_issued_number_and_date_are_printed_and_remembered(store, pid: int) -> None:
    text = _pdf_text(reports.render_report(store, pid, "2022-H1", "pdf", number="7", date="2022-06-18"))
    assert "Số: 07/BC-UBND" in text
    assert "Sông Mã, ngày 18 tháng 6 năm 2022" in text
    with pytest.raises(UserError) as err:
        reports.render_report(store, pid, "2022-H1", "pdf", draft=False)
    assert err.value.code == "report_not_issued"
    reports.issue_report(store, pid, "2022-H1", "25", "2022-06-18")
    assert reports.report_issue(store, pid, "2022-H1") == ("25", dt.date(2022, 6, 18))
    text = _pdf_text(reports.render_report(store, pid, "2022-H1", "pdf", draft=False))
    assert "Số: 25/BC-UBND" in text and "DỰ THẢO" not in text


@pytest.mark.parametrize(("kwargs", "code"), [({"fmt": "odt"}, "format_invalid"),
                                              ({"number": "25"}, "date_missing"),
                                              ({"number": "x", "date": "2022-06-18"}, "number_invalid"),
                                              ({"number": "25", "date": "18/6/2022"}, "date_invalid")])
def test_render_refuses_bad_input(store, pid: int, kwargs: dict, code: str) -> None:
    fmt = kwargs.pop("fmt", "pdf")
    with pytest.raises(UserError) as err:
        reports.render_report(store, pid, "2022-H1", fmt, **kwargs)
    assert err.value.code == code


def test_an_unissued_plan_is_cited_with_blanks(store, song_ma_unit) -> None:
    plan = plans.create_plan(store, "song-ma-2022", 2022)
    report = reports.report_data(store, plan.id, "2022-Q1")
    assert report.citation.number is None
    assert report.outline()[0][1].startswith("Thực hiện Kế hoạch số …/KH-UBND ngày …/…/2022 của Ủy ban "
                                             "nhân dân huyện Sông Mã")


def test_a_plan_issued_by_decision_is_cited_by_the_decision(store, song_ma_unit) -> None:
    from ccpropa_desktop.services import issuing

    plan = plans.create_plan(store, "song-ma-2022", 2022)
    issuing.issue_plan(store, plan.id, "3", "2022-01-10", "B")
    report = reports.report_data(store, plan.id, "2022-Q1")
    assert report.citation.text.startswith("Quyết định số 03/QĐ-UBND ngày 10/01/2022 của Ủy ban nhân dân "
                                           "huyện Sông Mã ban hành Kế hoạch tuyên truyền")


def test_without_a_unit_profile_nothing_is_written(store, pid: int) -> None:
    store.db.execute("delete from unit")
    with pytest.raises(UserError) as err:
        reports.edit_report(store, pid, "2022-H1", "kien_nghi", "x")
    assert err.value.code == "unit_missing"
    assert _prose_rows(store) == []
