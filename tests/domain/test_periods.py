"""Reporting periods (spec §13.1): codes, windows, due dates, per-unit rules, cumulative parts."""

from __future__ import annotations

from datetime import date

import pytest

from ccpropa_desktop.domain.periods import (
    Period,
    PeriodRules,
    parse_period,
    periods_of_year,
    report_period_on,
)
from ccpropa_desktop.errors import UserError

D = date


@pytest.mark.parametrize(("code", "start", "end", "due"), [
    ("2024-Q1", D(2023, 12, 15), D(2024, 3, 14), D(2024, 3, 20)),
    ("2024-H1", D(2023, 12, 15), D(2024, 6, 14), D(2024, 6, 20)),
    ("2024-Q3", D(2024, 6, 15), D(2024, 9, 14), D(2024, 9, 20)),
    ("2024-9M", D(2023, 12, 15), D(2024, 9, 14), D(2024, 9, 20)),
    ("2024", D(2023, 12, 15), D(2024, 12, 14), D(2024, 12, 20)),
])
def test_bnv_windows(code: str, start: date, end: date, due: date) -> None:
    """The table of spec §13.1 (581/BNV-CCHC)."""
    p = parse_period(code)
    assert p.window() == (start, end)
    assert p.due() == due
    assert p.code == code


def test_unit_rules_shift_windows() -> None:
    rules = PeriodRules(cutoff_day=10, due_day=15)
    assert Period(2024, "Q3").window(rules) == (D(2024, 6, 11), D(2024, 9, 10))
    assert Period(2024, "H1").due(rules) == D(2024, 6, 15)


@pytest.mark.parametrize(("cutoff", "due"), [(0, 20), (28, 20), (14, 0), (14, 29)])
def test_bad_rules(cutoff: int, due: int) -> None:
    with pytest.raises(UserError) as err:
        PeriodRules(cutoff, due)
    assert "Ngày chốt số liệu" in err.value.message


@pytest.mark.parametrize(("text", "year", "kind"), [
    ("2024-Q1", 2024, "Q1"), ("2024-h1", 2024, "H1"), (" 2024 - 9M ", 2024, "9M"), ("2024", 2024, "Y"),
    ("2024-Y", 2024, "Y"),
])
def test_parse(text: str, year: int, kind: str) -> None:
    assert parse_period(text) == Period(year, kind)


@pytest.mark.parametrize("text", ["", "2024-Q2", "2024-Q4", "Q1", "24-Q1", "1999-Q1", "2024-Q1x", "quý I"])
def test_parse_rejects(text: str) -> None:
    with pytest.raises(UserError) as err:
        parse_period(text)
    assert "Kỳ báo cáo không hợp lệ" in err.value.message or "Năm của kỳ" in err.value.message


def test_labels() -> None:
    assert [p.label for p in periods_of_year(2024)] == [
        "quý I năm 2024", "6 tháng đầu năm 2024", "quý III năm 2024", "9 tháng năm 2024", "năm 2024"]


def test_calendar_span_and_parts() -> None:
    assert Period(2024, "Q3").calendar_span() == (D(2024, 7, 1), D(2024, 9, 30))
    assert Period(2024, "H1").calendar_span() == (D(2024, 1, 1), D(2024, 6, 30))
    assert [p.code for p in Period(2024, "H1").parts()] == ["2024-Q1"]
    assert [p.code for p in Period(2024, "9M").parts()] == ["2024-H1", "2024-Q3"]
    assert [p.code for p in Period(2024, "Y").parts()] == ["2024-9M"]
    assert Period(2024, "Q1").parts() == [] and Period(2024, "Q3").parts() == []
    assert [p.code for p in Period(2024, "Q3").earlier()] == ["2024-Q1", "2024-H1"]
    assert [p.code for p in Period(2024, "Y").earlier()] == ["2024-Q1", "2024-H1", "2024-Q3", "2024-9M"]


@pytest.mark.parametrize(("on", "code"), [
    (D(2024, 1, 5), "2024-Q1"), (D(2024, 3, 20), "2024-Q1"), (D(2024, 3, 21), "2024-H1"),
    (D(2024, 7, 1), "2024-Q3"), (D(2024, 9, 21), "2024"), (D(2024, 12, 21), "2025-Q1"),
])
def test_report_period_on(on: date, code: str) -> None:
    assert report_period_on(on).code == code


def test_report_period_on_with_9m_and_rules() -> None:
    assert report_period_on(D(2024, 9, 1), with_9m=False).code == "2024-Q3"
    assert report_period_on(D(2024, 6, 18), PeriodRules(14, 15)).code == "2024-Q3"
