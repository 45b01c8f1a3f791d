"""Reporting periods (spec §13.1): "2024-Q1", "2024-H1", "2024-Q3", "2024-9M", "2024".

A period is a data window (from, to) and a due date. The defaults are the Bộ Nội vụ windows
(581/BNV-CCHC): the window of a period starts on the 15th of the month before it and ends on the
14th of its last month; the report is due on the 20th. A unit may shift the cut-off day and the
due day (district and commune deadlines are set by each province), see `PeriodRules`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ccpropa_desktop.errors import UserError

KINDS = ("Q1", "H1", "Q3", "9M", "Y")
"""Period kinds in calendar order of their due dates. "Y" is written as the bare year."""

LABELS = {
    "Q1": "quý I",
    "H1": "6 tháng đầu năm",
    "Q3": "quý III",
    "9M": "9 tháng",
    "Y": "năm",
}

SHORT_LABELS = {"Q1": "quý I", "H1": "6 tháng", "Q3": "quý III", "9M": "9 tháng", "Y": "năm"}

# (first month of the window, counted from January of the year; 0 = December of the year before,
#  last month of the window)
_WINDOW_MONTHS = {"Q1": (0, 3), "H1": (0, 6), "Q3": (6, 9), "9M": (0, 9), "Y": (0, 12)}

_PARTS: dict[str, tuple[str, ...]] = {"Q1": (), "H1": ("Q1",), "Q3": (), "9M": ("H1", "Q3"), "Y": ("9M",)}

_PATTERN = re.compile(r"^\s*(\d{4})(?:\s*-\s*(Q1|H1|Q3|9M|Y))?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PeriodRules:
    """A unit's reporting calendar: the window runs from `cutoff_day`+1 of the month before to
    `cutoff_day` of the last month; the report is due on `due_day` of the last month."""

    cutoff_day: int = 14
    due_day: int = 20

    def __post_init__(self) -> None:
        if not 1 <= self.cutoff_day <= 27 or not 1 <= self.due_day <= 28:
            raise UserError("period-rules", "Ngày chốt số liệu phải từ 1 đến 27, hạn báo cáo từ 1 đến 28.")


@dataclass(frozen=True)
class Period:
    year: int
    kind: str  # one of KINDS

    @property
    def code(self) -> str:
        """'2024-Q1' …, and '2024' for the year."""
        return str(self.year) if self.kind == "Y" else f"{self.year}-{self.kind}"

    @property
    def label(self) -> str:
        """How a printed report names it: 'quý I năm 2024', '6 tháng đầu năm 2024', 'năm 2024'."""
        if self.kind in ("Y", "H1"):  # "6 tháng đầu năm 2024", not "… năm năm 2024"
            return f"{LABELS[self.kind]} {self.year}"
        return f"{LABELS[self.kind]} năm {self.year}"

    @property
    def short_label(self) -> str:
        """The period in few words, for file names: 'quý I 2024', '6 tháng 2024', 'năm 2024'."""
        return f"{SHORT_LABELS[self.kind]} {self.year}"

    def window(self, rules: PeriodRules = PeriodRules()) -> tuple[date, date]:
        """First and last day of the data window, both inclusive."""
        first, last = _WINDOW_MONTHS[self.kind]
        start = date(self.year - 1, 12, rules.cutoff_day + 1) if first == 0 else date(
            self.year, first, rules.cutoff_day + 1)
        return start, date(self.year, last, rules.cutoff_day)

    def due(self, rules: PeriodRules = PeriodRules()) -> date:
        """The day the report is due upward."""
        return date(self.year, _WINDOW_MONTHS[self.kind][1], rules.due_day)

    def end_of_period(self) -> date:
        """The calendar end of the period (31/3, 30/6, 30/9, 31/12), for 'due by end of quý'."""
        month = _WINDOW_MONTHS[self.kind][1]
        return date(self.year, month, 30 if month in (6, 9) else 31)

    def calendar_span(self) -> tuple[date, date]:
        """The calendar months the period reports on (1/1–31/3, 1/1–30/6, 1/7–30/9, 1/1–30/9,
        1/1–31/12). Schedules are matched to reports by these, not by the data window: a task due
        "quý II" (30/6) belongs to the 6-month report although 30/6 lies after its cut-off (§13.1)."""
        start = date(self.year, 7, 1) if self.kind == "Q3" else date(self.year, 1, 1)
        return start, self.end_of_period()

    def parts(self) -> list[Period]:
        """The periods a cumulative period is made of, when it has no record of its own:
        6 tháng = quý I (+ the rest of quý II, not a period of its own); 9 tháng = 6 tháng + quý III;
        năm = 9 tháng (+ quý IV, not a period of its own). Quý I and quý III have none."""
        return [Period(self.year, kind) for kind in _PARTS[self.kind]]

    def earlier(self) -> list[Period]:
        """Periods of the same year that end before this one, in calendar order."""
        end = self.end_of_period()
        return sorted((p for p in periods_of_year(self.year) if p.end_of_period() < end),
                      key=lambda p: (p.end_of_period(), -p.calendar_span()[0].toordinal()))

    @property
    def order(self) -> tuple[int, int]:
        """Sort key: year, then the order of KINDS."""
        return (self.year, KINDS.index(self.kind))


@lru_cache(maxsize=256)
def parse_period(text: str) -> Period:
    """'2024-Q1' → Period(2024, 'Q1'); '2024' → Period(2024, 'Y'). Bad text → UserError.
    Cached: reports resolve thousands of (task, period) pairs; Period is immutable."""
    match = _PATTERN.match(text or "")
    if not match:
        raise UserError(
            "period",
            f"Kỳ báo cáo không hợp lệ: «{text}». Dùng dạng 2024-Q1, 2024-H1, 2024-Q3, 2024-9M hoặc 2024.",
        )
    year = int(match.group(1))
    if not 2000 <= year <= 2100:
        raise UserError("period", f"Năm của kỳ báo cáo không hợp lệ: {year}.")
    return Period(year, (match.group(2) or "Y").upper())


def periods_of_year(year: int) -> list[Period]:
    return [Period(year, kind) for kind in KINDS]


def report_period_on(on: date, rules: PeriodRules = PeriodRules(), *, with_9m: bool = False) -> Period:
    """The report an officer works on at `on`: the first of quý I, 6 tháng, (9 tháng,) quý III, năm
    whose report is not yet past due. After 20/12 it is next year's quý I."""
    kinds = [k for k in KINDS if with_9m or k != "9M"]
    for kind in sorted(kinds, key=lambda k: _WINDOW_MONTHS[k][1]):
        period = Period(on.year, kind)
        if on <= period.due(rules):
            return period
    return Period(on.year + 1, "Q1")
