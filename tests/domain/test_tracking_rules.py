"""Cumulative periods (`resolve`), the newest status (`latest`) and deadline states, without a store."""

from __future__ import annotations

from datetime import date

import pytest

from ccpropa_desktop.domain.schedule import parse_schedule
from ccpropa_desktop.domain.tracking import (
    DONE_LATE,
    DONE_STATE,
    LATE,
    NO_DUE,
    NOT_DONE,
    ON_TIME,
    ON_TRACK,
    Attachment,
    Progress,
    Status,
    check_metric,
    deadline_state,
    latest,
    metric_items,
    resolve,
)

D = date


def rec(period: str, status: Status = Status.DOING, **kw) -> Progress:
    return Progress(7, period, status=status, updated_at=f"2024-{period[-2:]}", **kw)


def test_own_record_wins() -> None:
    records = {"2024-Q1": rec("2024-Q1", metrics={"tin_bai": 3}),
               "2024-H1": rec("2024-H1", metrics={"tin_bai": 9})}
    assert resolve(7, "2024-H1", records).metrics == {"tin_bai": 9}
    assert resolve(7, "2024-H1", records).derived_from == []


def test_h1_falls_back_to_q1() -> None:
    a = Attachment("a.pdf", "ab" * 32, 10)
    records = {"2024-Q1": rec("2024-Q1", Status.DONE, done_on=D(2024, 3, 1), metrics={"tin_bai": 3},
                              evidence=["CV 1"], attachments=[a])}
    h1 = resolve(7, "2024-H1", records)
    assert (h1.status, h1.done_on, h1.metrics, h1.evidence, h1.attachments) == (
        Status.DONE, D(2024, 3, 1), {"tin_bai": 3}, ["CV 1"], [a])
    assert h1.derived_from == ["2024-Q1"] and h1.period == "2024-H1" and not h1.recorded


def test_9m_sums_h1_and_q3_and_year_follows() -> None:
    records = {
        "2024-Q1": rec("2024-Q1", metrics={"tin_bai": 3}),
        "2024-H1": rec("2024-H1", metrics={"tin_bai": 10, "hoi_nghi": 1}, evidence=["A"]),
        "2024-Q3": rec("2024-Q3", Status.TODO, metrics={"tin_bai": 4}, evidence=["A", "B"]),
    }
    m9 = resolve(7, "2024-9M", records)
    assert m9.metrics == {"tin_bai": 14, "hoi_nghi": 1}
    assert m9.evidence == ["A", "B"]
    assert m9.status is Status.DOING  # a later "chưa triển khai" does not undo an earlier start
    assert m9.derived_from == ["2024-H1", "2024-Q3"]
    year = resolve(7, "2024", records)
    assert year.metrics == m9.metrics and year.derived_from == m9.derived_from


def test_q3_carries_only_a_finished_status() -> None:
    done = {"2024-H1": rec("2024-H1", Status.DONE, done_on=D(2024, 5, 2), metrics={"tin_bai": 5})}
    q3 = resolve(7, "2024-Q3", done)
    assert (q3.status, q3.done_on, q3.metrics) == (Status.DONE, D(2024, 5, 2), {})
    assert q3.derived_from == ["2024-H1"]
    doing = {"2024-H1": rec("2024-H1", Status.DOING, metrics={"tin_bai": 5})}
    assert resolve(7, "2024-Q3", doing).empty
    dropped = {"2024-Q1": rec("2024-Q1", Status.DROPPED, reason="Không có kinh phí")}
    assert resolve(7, "2024-Q3", dropped).reason == "Không có kinh phí"


def test_nothing_recorded_is_todo() -> None:
    p = resolve(7, "2024", {})
    assert p.status is Status.TODO and p.empty and p.period == "2024"


def test_latest_respects_the_day_asked() -> None:
    records = {"2024-Q1": rec("2024-Q1", Status.DOING),
               "2024-Q3": rec("2024-Q3", Status.DONE, done_on=D(2024, 8, 20))}
    assert latest(7, records).status is Status.DONE
    assert latest(7, records, D(2024, 8, 1)).period == "2024-Q1"  # done later than the day asked
    assert latest(7, records, D(2024, 5, 1)).period == "2024-Q1"  # Q3 had not begun
    assert latest(7, {}, D(2024, 5, 1)).status is Status.TODO


@pytest.mark.parametrize(("text", "status", "done_on", "on", "state"), [
    ("Quý II/2024", Status.TODO, None, D(2024, 6, 30), ON_TRACK),
    ("Quý II/2024", Status.TODO, None, D(2024, 7, 1), LATE),
    ("Quý II/2024", Status.DOING, None, D(2024, 7, 1), LATE),
    ("Quý II/2024", Status.DONE, D(2024, 6, 30), D(2024, 7, 1), ON_TIME),
    ("Quý II/2024", Status.DONE, D(2024, 7, 2), D(2024, 8, 1), DONE_LATE),
    ("Hàng tháng", Status.TODO, None, D(2024, 2, 1), LATE),
    ("Hàng tháng", Status.DOING, None, D(2024, 7, 1), ON_TRACK),
    ("Hàng tháng", Status.DONE, D(2024, 7, 1), D(2024, 7, 1), DONE_STATE),
    ("Thường xuyên", Status.TODO, None, D(2024, 3, 31), ON_TRACK),
    ("Thường xuyên", Status.TODO, None, D(2024, 4, 1), LATE),
    ("Theo kế hoạch", Status.TODO, None, D(2024, 7, 1), NO_DUE),
    ("Theo kế hoạch", Status.DONE, D(2024, 7, 1), D(2024, 7, 1), DONE_STATE),
    ("Quý II/2024", Status.DROPPED, None, D(2024, 7, 1), NOT_DONE),
    ("- Ban hành Kế hoạch: quý II/2024\n- Tổ chức cuộc thi: quý III/2024", Status.DOING, None,
     D(2024, 7, 1), ON_TRACK),
    ("- Ban hành Kế hoạch: quý II/2024\n- Tổ chức cuộc thi: quý III/2024", Status.TODO, None,
     D(2024, 7, 1), LATE),
])
def test_deadline_state(text: str, status: Status, done_on: date | None, on: date, state: str) -> None:
    assert deadline_state(parse_schedule(text, 2024), status, done_on, on) == state


@pytest.mark.parametrize(("key", "value", "ok"), [
    ("tin_bai", 3, True), ("so_video_clip", 2.5, True), ("kinh_phi", 15_000_000, True),
    ("Tin bai", 1, False), ("tin-bai", 1, False), ("1tin", 1, False), ("tin_bai", -1, False),
    ("tin_bai", float("nan"), False), ("tin_bai", float("inf"), False), ("tin_bai", True, False),
])
def test_check_metric(key: str, value: float, ok: bool) -> None:
    assert (check_metric(key, value) is None) is ok


def test_status_labels_are_vietnamese() -> None:
    assert [s.label for s in Status] == ["Chưa triển khai", "Đang thực hiện", "Hoàn thành", "Không thực hiện"]


def test_metric_print_order() -> None:
    assert [k for k, _ in metric_items({"so_video": 1, "kinh_phi": 2, "tin_bai": 3, "anh": 4})] == [
        "tin_bai", "kinh_phi", "anh", "so_video"]
