"""Tracking service: recording per task and period, cumulative periods, what is due and late,
attachments, the reporting calendar — on the Sông Mã 2022 worked example."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from data.worked_example import load_worked_example, worked_example_data

from ccpropa_desktop.domain.periods import PeriodRules
from ccpropa_desktop.domain.tracking import Status
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.services import plans, tracking
from ccpropa_desktop.services.session import open_store
from ccpropa_desktop.store import tracking as store_tracking

D = dt.date


@pytest.fixture
def example(store) -> int:
    return load_worked_example(store)


@pytest.fixture
def disk_store(tmp_path: Path):
    s = open_store(tmp_path / "kho", daily_backup=False)
    yield s
    s.close()


def numbers(store, plan_id: int) -> dict[int, str]:
    return {t.id: t.number for t in plans.get_plan(store, plan_id).tasks}


def state_of_db(store) -> tuple:
    """Everything tracking writes."""
    return tuple(store.db.execute(f"select * from {t} order by 1").fetchall()
                 for t in ("progress", "progress_files", "task_due", "settings"))


# -- reading ----------------------------------------------------------------------------------------------
def test_worked_example_h1(store, example) -> None:
    expected = worked_example_data()["expected"]["2022-H1"]
    progress = tracking.get_progress(store, example, "2022-H1")
    num = numbers(store, example)
    assert list(progress) == list(num)  # every task, in plan order
    by_status = {s.value: sorted(num[t] for t, p in progress.items() if p.status is s) for s in Status}
    assert {k: sorted(v) for k, v in expected.items() if k in by_status} == by_status
    for key in ("tin_bai", "luot_nguoi", "kinh_phi"):
        assert sum(p.metrics.get(key, 0) for p in progress.values()) == expected[key]
    task5 = next(p for t, p in progress.items() if num[t] == "5")
    assert task5.derived_from == ["2022-Q1"] and task5.done_on == D(2022, 2, 25)
    task6 = next(p for t, p in progress.items() if num[t] == "6")
    assert task6.reason.startswith("Sở Nội vụ tỉnh Sơn La")


def test_worked_example_q1_9m_year(store, example) -> None:
    num = numbers(store, example)
    q1 = {num[t]: p for t, p in tracking.get_progress(store, example, "2022-Q1").items()}
    assert q1["3"].status is Status.TODO and q1["3"].empty
    assert q1["2.3"].metrics == {"buoi_phat_thanh": 57}
    h1 = tracking.get_progress(store, example, "2022-H1")
    for code in ("2022-9M", "2022"):  # nothing after H1: both are H1
        later = tracking.get_progress(store, example, code)
        assert {t: (p.status, p.metrics) for t, p in later.items()} == {
            t: (p.status, p.metrics) for t, p in h1.items()}
    q3 = {num[t]: p for t, p in tracking.get_progress(store, example, "2022-Q3").items()}
    assert q3["3"].status is Status.DONE and q3["3"].metrics == {}  # carried over, figures stay in H1
    assert q3["1"].status is Status.TODO  # "đang thực hiện" does not carry over


def test_period_must_belong_to_the_plan_year(store, example) -> None:
    with pytest.raises(UserError) as err:
        tracking.get_progress(store, example, "2023-Q1")
    assert err.value.code == "period_year" and "2022" in err.value.message
    with pytest.raises(UserError) as err:
        tracking.get_progress(store, example, "2022-Q2")
    assert "Kỳ báo cáo không hợp lệ" in err.value.message


# -- writing ----------------------------------------------------------------------------------------------
def test_set_merges_into_the_record(store, example) -> None:
    tracking.set_progress(store, example, "2.1", "2022-Q3", status="doing", metrics={"tin_bai": 5},
                          evidence=["https://songma.sonla.gov.vn/a"])
    p = tracking.set_progress(store, example, "2.1", "2022-Q3", metrics={"tin_bai": 7, "chuyen_muc": 1},
                              evidence=["https://songma.sonla.gov.vn/a", "Công văn số 7/UBND"])
    assert p.metrics == {"tin_bai": 7, "chuyen_muc": 1}
    assert p.evidence == ["https://songma.sonla.gov.vn/a", "Công văn số 7/UBND"]
    p = tracking.set_progress(store, example, "2.1", "2022-Q3", metrics={"chuyen_muc": None})
    assert p.metrics == {"tin_bai": 7}
    p = tracking.set_progress(store, example, "2.1", "2022-Q3", status="hoàn thành", done_on="2022-08-01")
    assert (p.status, p.done_on) == (Status.DONE, D(2022, 8, 1))
    p = tracking.set_progress(store, example, "2.1", "2022-Q3", status="dropped", reason="Hết kinh phí")
    assert (p.status, p.done_on, p.reason) == (Status.DROPPED, None, "Hết kinh phí")
    p = tracking.set_progress(store, example, "2.1", "2022-Q3", status="doing")
    assert p.reason == "" and p.metrics == {"tin_bai": 7}
    stored = store_tracking.get_record(store, p.task_id, "2022-Q3")
    assert stored == p


def test_figures_are_normalised(store, example) -> None:
    p = tracking.set_progress(store, example, "5", "2022-Q3", status="doing",
                              metrics={"kinh_phi": "15.000.000", "to_roi": "1500", "ty_le": "12,5"})
    assert p.metrics == {"kinh_phi": 15_000_000, "to_roi": 1500, "ty_le": 12.5}
    assert isinstance(p.metrics["kinh_phi"], int)


@pytest.mark.parametrize(("kwargs", "code", "words"), [
    ({"task_number": "9"}, "task_not_found", "không có nhiệm vụ số “9”"),
    ({"period": "2023-Q1"}, "period_year", "không thuộc năm"),
    ({"period": "Q1"}, "period", "Kỳ báo cáo không hợp lệ"),
    ({"status": "finished"}, "status_invalid", "todo (chưa triển khai)"),
    ({"status": "done"}, "done_needs_date", "cần ngày hoàn thành"),
    ({"status": "dropped"}, "dropped_needs_reason", "cần lý do"),
    ({"status": "dropped", "reason": "   "}, "dropped_needs_reason", "cần lý do"),
    ({"status": "doing", "done_on": "2022-03-01"}, "date_needs_done", "chỉ ghi khi trạng thái"),
    ({"status": "doing", "reason": "vì"}, "reason_needs_dropped", "Lý do chỉ ghi"),
    ({"status": "done", "done_on": "2022-13-01"}, "date_invalid", "NĂM-THÁNG-NGÀY"),
    ({"status": "done", "done_on": "2022-04-01"}, "date_outside_period", "nằm ngoài"),
    ({"status": "done", "done_on": "2021-12-01"}, "date_outside_period", "15/12/2021–31/03/2022"),
    ({"metrics": {"Tin bài": 3}}, "metric_invalid", "không hợp lệ"),
    ({"metrics": {"tin_bai": -3}}, "metric_invalid", "không được âm"),
    ({"metrics": {"tin_bai": "ba"}}, "metric_invalid", "không phải là số"),
    ({"evidence": ["x" * 2001]}, "text_too_long", "2000 ký tự"),
    ({"attach": ["/khong/co/tep.pdf"]}, "attach_missing", "Không tìm thấy tệp"),
    ({"due": ["2030-01-01"]}, "due_year", "quá xa"),
])
def test_bad_input_changes_nothing(store, example, kwargs, code, words) -> None:
    before = state_of_db(store)
    args = {"task_number": "4", "period": "2022-Q1", **kwargs}
    with pytest.raises(UserError) as err:
        tracking.set_progress(store, example, args.pop("task_number"), args.pop("period"), **args)
    assert err.value.code == code
    assert words in err.value.message
    assert state_of_db(store) == before


def test_done_in_the_future_is_refused(store, song_ma_unit) -> None:
    year = dt.date.today().year
    plan = plans.create_plan(store, "song-ma-2022", year)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    if tomorrow.year != year:
        pytest.skip("31/12: tomorrow is next year")
    code = f"{year}"
    with pytest.raises(UserError) as err:
        tracking.set_progress(store, plan.id, "1", code, status="done", done_on=tomorrow)
    assert err.value.code == "date_future"


def test_done_date_follows_the_unit_calendar(store, example) -> None:
    with pytest.raises(UserError):
        tracking.set_progress(store, example, "4", "2022-Q3", status="done", done_on="2022-06-12")
    tracking.set_period_rules(store, cutoff_day=10)
    p = tracking.set_progress(store, example, "4", "2022-Q3", status="done", done_on="2022-06-12")
    assert p.done_on == D(2022, 6, 12)


# -- attachments ------------------------------------------------------------------------------------------
def test_attachments_are_copied_with_their_hash(disk_store, tmp_path) -> None:
    plan_id = load_worked_example(disk_store)
    scan = tmp_path / "Công văn 45.pdf"
    scan.write_bytes(b"%PDF-1.4 quet\n" * 1000)
    digest = hashlib.sha256(scan.read_bytes()).hexdigest()
    p = tracking.set_progress(disk_store, plan_id, "2.3", "2022-Q1", attach=[scan])
    p = tracking.set_progress(disk_store, plan_id, "2.3", "2022-Q1", attach=[scan])  # twice: one copy
    assert [(a.name, a.sha256, a.size) for a in p.attachments] == [("Công văn 45.pdf", digest, 14000)]
    kept = tracking.attachment_path(disk_store, digest)
    assert kept == disk_store.folder / "attachments" / digest
    assert kept.read_bytes() == scan.read_bytes()
    scan.unlink()  # the store keeps its own copy
    assert kept.exists()
    h1 = tracking.get_progress(disk_store, plan_id, "2022-H1")
    assert any(a.sha256 == digest for a in h1[p.task_id].attachments) is False  # H1 has its own record
    assert [f.name for f in (disk_store.folder / "attachments").iterdir() if f.name.startswith(".tmp")] == []


def test_too_big_file_is_refused(disk_store, tmp_path, monkeypatch) -> None:
    plan_id = load_worked_example(disk_store)
    monkeypatch.setattr(tracking, "MAX_ATTACHMENT_BYTES", 1000)
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 1001)
    before = state_of_db(disk_store)
    with pytest.raises(UserError) as err:
        tracking.set_progress(disk_store, plan_id, "1", "2022-Q1", attach=[big])
    assert err.value.code == "attach_too_big" and "big.bin" in err.value.message
    assert state_of_db(disk_store) == before


def test_failed_write_removes_the_copied_file(disk_store, tmp_path, monkeypatch) -> None:
    plan_id = load_worked_example(disk_store)
    before = state_of_db(disk_store)
    files_before = sorted(p.name for p in (disk_store.folder / "attachments").iterdir())
    new = tmp_path / "moi.txt"
    new.write_text("biên bản mới", encoding="utf-8")

    def broken(*args, **kwargs):
        raise UserError("disk_full", "Ổ đĩa đầy.")

    monkeypatch.setattr(store_tracking, "save_record", broken)
    with pytest.raises(UserError):
        tracking.set_progress(disk_store, plan_id, "1", "2022-Q1", status="doing", attach=[new])
    assert state_of_db(disk_store) == before
    assert sorted(p.name for p in (disk_store.folder / "attachments").iterdir()) == files_before


def test_memory_store_cannot_keep_files(store, example, tmp_path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("a")
    with pytest.raises(UserError) as err:
        tracking.set_progress(store, example, "1", "2022-Q1", attach=[f])
    assert err.value.code == "attach_no_folder"


# -- what is due ------------------------------------------------------------------------------------------
def test_plan_status_worked_example(store, example) -> None:
    expected = worked_example_data()["expected"]["status_2022-07-01"]
    rows = tracking.plan_status(store, example, D(2022, 7, 1))
    assert {r.number: r.state for r in rows} == expected
    row4 = next(r for r in rows if r.number == "4")
    assert (row4.manual_due, row4.due_dates, row4.next_due) == (True, [D(2022, 6, 30)], None)
    row3 = next(r for r in rows if r.number == "3")
    assert (row3.status_label, row3.done_on, row3.due_dates, row3.period) == (
        "Hoàn thành", D(2022, 5, 26), [D(2022, 9, 30)], "2022-H1")
    row22 = next(r for r in rows if r.number == "2.2")
    assert len(row22.due_dates) == 52 and row22.next_due == D(2022, 7, 1)
    assert row22.schedule_kind == "Hàng tuần"
    group = next(r for r in rows if r.number == "2")
    assert group.status is Status.DOING and group.period == "" and group.schedule_kind == "Theo nhiệm vụ con"
    children = [r for r in rows if r.number.startswith("2.")]
    assert group.due_dates == sorted({d for r in children for d in r.due_dates})  # 2.1–2.3 merged
    assert len(group.due_dates) == 62  # 52 weekly + 12 month ends, 30/9 and 31/12 shared


def test_plan_status_as_of_an_earlier_day(store, example) -> None:
    rows = {r.number: r for r in tracking.plan_status(store, example, D(2022, 3, 1))}
    assert rows["3"].status is Status.TODO and rows["3"].state == "trong hạn"
    assert rows["5"].state == "đúng hạn"  # done 25/02
    assert rows["6"].status is Status.TODO  # dropped only in the H1 record
    rows = {r.number: r for r in tracking.plan_status(store, example, D(2022, 10, 1))}
    assert rows["3"].state == "đúng hạn" and rows["4"].state == "quá hạn"


def test_due_dates_by_hand(store, example) -> None:
    s = tracking.set_due_dates(store, example, "6", ["2022-11-30"])
    assert s.frequency == "manual" and s.due_dates == [D(2022, 11, 30)]
    s = tracking.set_due_dates(store, example, "6", [])
    assert s.frequency == "once" and s.due_dates == [D(2022, 12, 31)]  # back to "Trong năm 2022"


def test_schedules_for_reports(store, example) -> None:
    found = tracking.schedules(store, example)
    num = numbers(store, example)
    by_number = {num[t]: s for t, s in found.items()}
    assert by_number["2.3"].frequency == "monthly" and by_number["2"].understood is False
    assert by_number["4"].frequency == "manual"


# -- reporting calendar -----------------------------------------------------------------------------------
def test_period_rules(store) -> None:
    assert tracking.period_rules(store) == PeriodRules(14, 20)
    assert tracking.set_period_rules(store, cutoff_day="10", due_day=15) == PeriodRules(10, 15)
    assert tracking.set_period_rules(store, due_day=18) == PeriodRules(10, 18)
    assert tracking.period_rules(store) == PeriodRules(10, 18)
    before = state_of_db(store)
    for bad in ({"cutoff_day": 31}, {"due_day": "hai mươi"}):
        with pytest.raises(UserError):
            tracking.set_period_rules(store, **bad)
    assert state_of_db(store) == before


@pytest.mark.parametrize(("text", "value"), [
    ("3", 3), ("12,5", 12.5), ("15.000.000", 15_000_000), ("1500000", 1_500_000), ("0", 0), ("2.5", 2.5),
    ("1.234,5", 1234.5),
])
def test_parse_number(text: str, value: float) -> None:
    assert tracking.parse_number(text) == value


def test_tracking_leaves_the_issued_plan_alone(store, example) -> None:
    assert store.plan_status(example) == "issued"
    tracking.set_progress(store, example, "1", "2022-Q3", status="doing", metrics={"hoi_nghi": 3})
    tracking.set_due_dates(store, example, "1", ["2022-09-30"])
    assert store.plan_status(example) == "issued"  # recording progress is not an edit of the plan


def test_records_follow_the_task_when_it_is_renumbered(store, example) -> None:
    from ccpropa_desktop.services import editing

    before = tracking.get_progress(store, example, "2022-H1")
    task3 = next(t for t in plans.get_plan(store, example).tasks if t.number == "3")
    editing.restructure(store, example, "tasks", "3", "indent")  # 3 becomes 2.4
    renumbered = {t.id: t.number for t in plans.get_plan(store, example).tasks}
    assert renumbered[task3.id] == "2.4"
    after = tracking.get_progress(store, example, "2022-H1")
    assert after[task3.id].status is Status.DONE and after[task3.id].metrics == before[task3.id].metrics
    p = tracking.set_progress(store, example, "2.4", "2022-H1", evidence=["Thông báo số 9/TB-UBND"])
    assert p.task_id == task3.id and "Thông báo số 9/TB-UBND" in p.evidence
