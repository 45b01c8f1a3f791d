"""Free-text "Thời gian thực hiện" → occurrences and due dates for the plan's year (W5, spec §13.1).

Officers write schedules by hand: "Thường xuyên", "Hàng tháng", "Một tuần một lần", "Quý II, III năm
2022", "Định kỳ 01 lần/quý", "- Ban hành Kế hoạch: quý II/2024 - Tổ chức cuộc thi: quý III/2024",
"Tháng 6/2024", "Trước ngày 30/6/2024" … `parse_schedule` turns such text into `Occurrence`s (a span
of days and the day it is due). It never raises: text it cannot read gives a schedule with no
occurrences ("không có hạn"), and the officer can then set the dates by hand (`Schedule.manual`).

Rules worth knowing (docs/tracking.md has the full table):
- "Thường xuyên" is carried on all year and checked at the end of every quarter (4 occurrences), so
  it shows in every report; "Hàng tháng" is 12 occurrences, "Hàng tuần" 52, "Hàng quý" 4.
- "A hoặc B" ("Theo tháng hoặc quý") keeps the looser of the two: what must be met at least.
- Consecutive quarters or months form one span due at its end ("Quý II, III" → 1/4–30/9);
  non-consecutive ones are separate occurrences ("Tháng 6, 12" → 30/6 and 31/12).
- An explicit year in the text wins over the plan's year, except "Năm 2024 và các năm tiếp theo"
  (or "… trở đi"), which follows the plan's year: in a 2025 plan it is 2025, never overdue on day one.
- "X hằng năm" keeps X ("Tháng 4 hằng năm" is April); an open-ended "Từ tháng 5/2024", "… trở đi",
  "… đến hết năm" runs to 31/12; a date in brackets does not replace the month before it ("Tháng 6
  (dự kiến ngày 20/6)" is June); "Thường xuyên, báo cáo trước 15/12" is the recurrence and the
  deadline both.
- Reports are matched by calendar months (`Period.calendar_span`), not by the data window.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from ccpropa_desktop.domain.periods import KINDS, Period
from ccpropa_desktop.domain.text import fold

FREQUENCY_LABELS = {
    "continuous": "Thường xuyên",
    "weekly": "Hàng tuần",
    "monthly": "Hàng tháng",
    "quarterly": "Hàng quý",
    "semiannual": "6 tháng một lần",
    "yearly": "Hàng năm",
    "once": "Một lần",
    "milestones": "Theo mốc",
    "manual": "Ngày do cán bộ đặt",
    "group": "Theo nhiệm vụ con",
    "none": "Không có hạn",
}
"""How each kind of schedule is named to people."""

RECURRING = frozenset({"continuous", "weekly", "monthly", "quarterly", "semiannual"})

_MAX_TEXT = 2000  # longer text is cut before parsing: schedules are one or two lines


@dataclass(frozen=True)
class Occurrence:
    """One thing to do between `start` and `due` (both inclusive)."""

    start: date
    due: date
    label: str = ""  # "quý II", "tháng 3", "Ban hành Kế hoạch" …


@dataclass(frozen=True)
class Schedule:
    text: str
    year: int
    frequency: str = "none"  # a key of FREQUENCY_LABELS
    occurrences: tuple[Occurrence, ...] = field(default_factory=tuple)

    @property
    def understood(self) -> bool:
        return bool(self.occurrences)

    @property
    def recurring(self) -> bool:
        """Done again and again (a status "hoàn thành" has no single deadline to be measured by)."""
        return self.frequency in RECURRING

    @property
    def label(self) -> str:
        return FREQUENCY_LABELS[self.frequency]

    @property
    def due_dates(self) -> list[date]:
        return sorted({o.due for o in self.occurrences})

    @property
    def first_due(self) -> date | None:
        return min((o.due for o in self.occurrences), default=None)

    @property
    def final_due(self) -> date | None:
        return max((o.due for o in self.occurrences), default=None)

    def next_due(self, on: date) -> date | None:
        """The first due date on or after `on`; None when all have passed (or there are none)."""
        return min((o.due for o in self.occurrences if o.due >= on), default=None)

    def due_between(self, start: date, end: date) -> list[Occurrence]:
        return [o for o in self.occurrences if start <= o.due <= end]

    def falls_due_in(self, period: Period) -> bool:
        """Is something due within the months this report covers?"""
        start, end = period.calendar_span()
        return bool(self.due_between(start, end))

    def active_in(self, period: Period) -> bool:
        """Is the task being carried out during the months this report covers (due or not)?"""
        start, end = period.calendar_span()
        return any(o.start <= end and o.due >= start for o in self.occurrences)

    def report_periods(self) -> list[Period]:
        """Every report (quý I, 6 tháng, quý III, 9 tháng, năm) in which something falls due."""
        years = sorted({o.due.year for o in self.occurrences})
        found = [Period(y, k) for y in years for k in KINDS if self.falls_due_in(Period(y, k))]
        return sorted(found, key=lambda p: p.order)

    @classmethod
    def manual(cls, dates: list[date], year: int, text: str = "") -> Schedule:
        """Due dates set by hand: each runs from the day after the previous one (or 1/1)."""
        out = []
        previous: date | None = None
        for due in sorted(set(dates)):
            start = previous + timedelta(days=1) if previous else date(min(year, due.year), 1, 1)
            out.append(Occurrence(min(start, due), due, f"hạn {due.day:02d}/{due.month:02d}/{due.year}"))
            previous = due
        return cls(text, year, "manual" if out else "none", tuple(out))


# -- parsing ---------------------------------------------------------------------------------------
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_QUARTER_NAMES = {1: "quý I", 2: "quý II", 3: "quý III", 4: "quý IV"}
_ONE = r"(?:mot|1|01)"
_NUM = r"(?:i{1,3}|iv|[1-4])"
_SEP = r"\s*(?:,|-|va|den|toi|&|\+)\s*"

_FREQUENCIES: list[tuple[str, re.Pattern[str]]] = [
    ("weekly", re.compile(rf"\b(?:hang|moi|theo|dinh ky)\s+tuan\b|\blan\s*/\s*tuan\b|\btuan\s*{_ONE}\s*lan\b"
                          rf"|\b{_ONE}\s*tuan\s*(?:{_ONE}\s*)?lan\b")),
    ("semiannual", re.compile(rf"\b(?:6|sau)\s*thang\s*(?:{_ONE}\s*lan|/\s*lan)\b|\blan\s*/\s*6\s*thang\b"
                              r"|\b(?:dinh ky|hang|moi)\s+(?:6|sau)\s*thang\b(?!\s*(?:dau|cuoi))"
                              r"|\b(?:2|02|hai)\s*lan\s*/\s*nam\b")),
    ("monthly", re.compile(rf"\b(?:hang|moi|theo|dinh ky)\s+thang\b|\bhoac\s+(?:theo\s+)?thang\b"
                           r"|\blan\s*/\s*thang\b"
                           rf"|\b{_ONE}\s*thang\s*{_ONE}\s*lan\b|\bthang\s*{_ONE}\s*lan\b")),
    ("quarterly", re.compile(rf"\b(?:hang|moi|theo|dinh ky)\s+quy\b(?!\s*{_NUM}\b)|\bhoac\s+(?:theo\s+)?quy\b"
                             r"|\blan\s*/\s*quy\b"
                             rf"|\b{_ONE}\s*quy\s*{_ONE}\s*lan\b|\bquy\s*{_ONE}\s*lan\b")),
    ("yearly", re.compile(rf"\b(?:hang|moi|dinh ky)\s+nam\b|\b{_ONE}\s*lan\s*/\s*nam\b"
                          rf"|\bnam\s*{_ONE}\s*lan\b")),
]
_INTERVAL = {"weekly": 1, "monthly": 2, "quarterly": 3, "semiannual": 4, "yearly": 5}

_YEAR = re.compile(r"\b(20\d{2})\b")
_YEAR_RANGE = re.compile(r"\b(20\d{2})\s*(?:-|den|toi)\s*(20\d{2})\b")
_DATE = re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(20\d{2}))?\b|\b(\d{1,2})\.(\d{1,2})\.(20\d{2})\b")
_DATE_WORDS = re.compile(r"\bngay\s*(\d{1,2})\s*thang\s*(\d{1,2})(?:\s*(?:nam|/)\s*(20\d{2}))?")
_QUARTERS = re.compile(rf"\bquy\s*({_NUM}\b(?:{_SEP}(?:quy\s*)?{_NUM}\b)*)")
_MONTHS = re.compile(r"\bthang\s*(\d{1,2}\b(?:\s*(?:,|-|va|den|toi|&|\+)\s*(?:thang\s*)?\d{1,2}\b"
                     r"(?!\s*/\s*\d{1,2}\b))*)")
_HALVES = [
    (re.compile(r"\b(?:6|sau)\s*thang\s*dau\s*nam\b|\bnua\s*dau\s*nam\b"), (1, 6), "6 tháng đầu năm"),
    (re.compile(r"\b(?:6|sau)\s*thang\s*cuoi\s*nam\b|\bnua\s*cuoi\s*nam\b"), (7, 12), "6 tháng cuối năm"),
    (re.compile(r"\bdau\s*nam\b"), (1, 3), "đầu năm"),
    (re.compile(r"\bcuoi\s*nam\b"), (10, 12), "cuối năm"),
]
_CONTINUOUS = re.compile(r"\bthuong\s*xuyen\b|\blien\s*tuc\b|\bca\s*nam\b|\bquanh\s*nam\b|\bsuot\s*nam\b"
                         r"|\bgiai\s*doan\b")
_IN_YEAR = re.compile(r"\btrong\s*nam\b|\bnam\s*20\d{2}\b|^\s*20\d{2}\s*$")
_LABELLED = re.compile(r"(?:^|\s-\s|;|\n)\s*[-+•*]?\s*([^:;\n]{2,80}?)\s*:\s*")
_EVERY_YEAR = re.compile(r"\b(?:hang|moi)\s+nam\b")
_FOLLOWING_YEARS = re.compile(r"\b(?:cac|nhung)\s+nam\s+(?:tiep\s+theo|sau|ke\s+tiep)\b|\btro\s+di\b"
                              r"|\bve\s+sau\b")
_OPEN_END = re.compile(r"\btro\s+di\b|\bden\s+het\s+nam\b|\bden\s+cuoi\s+nam\b")
_FROM_MONTH = re.compile(r"\btu\s+(?:thang\s*(\d{1,2})|quy\s*(i{1,3}|iv|[1-4]))\b"
                         r"(?!.*\b(?:den|toi)\s+(?:thang|quy)\b)")
_BRACKETS = re.compile(r"\([^()]*\)")


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _span(year: int, first_month: int, last_month: int, label: str) -> Occurrence:
    return Occurrence(date(year, first_month, 1), _last_day(year, last_month), label)


def _norm(text: str) -> str:
    folded = fold(text).replace("–", "-").replace("—", "-").replace("\u2011", "-")
    return re.sub(r"[ \t\u00a0]+", " ", folded)


def _numbers(listing: str, pattern: str, lo: int, hi: int) -> list[int]:
    """"ii, iii" → [2, 3]; "ii - iv" / "ii den iv" → [2, 3, 4]; values outside lo..hi are dropped."""
    tokens = re.findall(rf"\b(?:{pattern})\b|-|\bden\b|\btoi\b", listing)
    out: list[int] = []
    pending_range = False
    for token in tokens:
        if token in ("-", "den", "toi"):
            pending_range = bool(out)
            continue
        value = _ROMAN.get(token) if not token.isdigit() or pattern == _NUM else int(token)
        if value is None or not lo <= value <= hi:
            pending_range = False
            continue
        if pending_range and out and value > out[-1]:
            out.extend(range(out[-1] + 1, value + 1))
        elif value not in out:
            out.append(value)
        pending_range = False
    return sorted(set(out))


def _runs(values: list[int]) -> list[tuple[int, int]]:
    """[2, 3, 6] → [(2, 3), (6, 6)]: consecutive values form one span."""
    runs: list[tuple[int, int]] = []
    for v in values:
        if runs and v == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], v)
        else:
            runs.append((v, v))
    return runs


def _year_of(text: str, default: int) -> int:
    match = _YEAR.search(text)
    return int(match.group(1)) if match else default


def _recurring(frequency: str, year: int) -> tuple[Occurrence, ...]:
    if frequency == "weekly":
        # 52 weeks from 1/1; the last one takes the one or two days left over.
        starts = [date(year, 1, 1) + timedelta(weeks=w) for w in range(52)]
        dues = [s + timedelta(days=6) for s in starts[:-1]] + [date(year, 12, 31)]
        pairs = enumerate(zip(starts, dues, strict=True))
        return tuple(Occurrence(s, d, f"tuần {i + 1}") for i, (s, d) in pairs)
    if frequency == "monthly":
        return tuple(_span(year, m, m, f"tháng {m}") for m in range(1, 13))
    if frequency in ("quarterly", "continuous"):
        return tuple(_span(year, 3 * q - 2, 3 * q, _QUARTER_NAMES[q]) for q in range(1, 5))
    if frequency == "semiannual":
        return (_span(year, 1, 6, "6 tháng đầu năm"), _span(year, 7, 12, "6 tháng cuối năm"))
    return (_span(year, 1, 12, f"năm {year}"),)  # yearly


def _frequency(norm: str) -> str | None:
    found = [name for name, pattern in _FREQUENCIES if pattern.search(norm)]
    if not found:
        return None
    # "Theo tháng hoặc quý": the looser one is what must be met; otherwise the more frequent.
    chooser = max if re.search(r"\bhoac\b", norm) else min
    return chooser(found, key=lambda f: _INTERVAL[f])


def _dates(norm: str, year: int) -> tuple[Occurrence, ...]:
    found: list[tuple[int, int, int | None, int]] = []
    for pattern in (_DATE_WORDS, _DATE):
        for m in pattern.finditer(norm):
            groups = [g for g in m.groups() if g is not None] + [None]
            found.append((int(groups[0]), int(groups[1]), int(groups[2]) if groups[2] else None, m.start()))
        if found:
            break
    valid: list[date] = []
    explicit = [y for _, _, y, _ in found if y]
    fallback = explicit[-1] if explicit else year
    for day, month, y, _ in sorted(found, key=lambda f: f[3]):
        try:
            valid.append(date(y or fallback, month, day))
        except ValueError:
            continue
    if not valid:
        return ()
    label_of = lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}"  # noqa: E731
    if len(valid) >= 2 and re.search(r"\btu\b|\bden\b|\btoi\b|\d\s*-\s*(?:ngay\s*)?\d", norm):
        start, end = min(valid), max(valid)
        return (Occurrence(start, end, f"{label_of(start)}–{label_of(end)}"),)
    out = []
    previous: date | None = None
    for due in sorted(set(valid)):
        start = previous + timedelta(days=1) if previous else date(due.year, 1, 1)
        out.append(Occurrence(start, due, f"trước {label_of(due)}" if re.search(r"\btruoc\b", norm)
                              else label_of(due)))
        previous = due
    return tuple(out)


def _simple(text: str, year: int) -> tuple[str, tuple[Occurrence, ...]]:
    """One phrase, without milestone labels. Returns (frequency, occurrences)."""
    norm = _norm(text)
    if not norm.strip():
        return "none", ()
    phrase_year = stated = _year_of(norm, year)
    if _FOLLOWING_YEARS.search(norm) and year > phrase_year:
        phrase_year = year                    # "Năm 2024 và các năm tiếp theo" in a later plan
    special = _special(norm, phrase_year, year, stated)
    if special is not None:
        return special
    years = _YEAR_RANGE.search(norm)
    if years and int(years.group(1)) <= year <= int(years.group(2)):
        return "continuous", _recurring("continuous", year)  # "Giai đoạn 2021 - 2025"
    dated = _dates(norm, phrase_year)
    if dated:
        return "once", dated
    frequency = _frequency(norm)
    if frequency:
        return frequency, _recurring(frequency, phrase_year)
    for pattern, (first, last), label in _HALVES:
        if pattern.search(norm):
            return "once", (_span(phrase_year, first, last, label),)
    quarters = _QUARTERS.search(norm)
    if quarters:
        values = _numbers(quarters.group(1), _NUM, 1, 4)
        if values:
            spans = []
            for a, b in _runs(values):
                label = _QUARTER_NAMES[a] if a == b else f"{_QUARTER_NAMES[a]}–{_QUARTER_NAMES[b][4:]}"
                spans.append(_span(phrase_year, 3 * a - 2, 3 * b, label))
            return "once", tuple(spans)
    months = _MONTHS.search(norm)
    if months:
        values = _numbers(months.group(1), r"\d{1,2}", 1, 12)
        if values:
            return "once", tuple(_span(phrase_year, a, b, f"tháng {a}" if a == b else f"tháng {a}–{b}")
                                 for a, b in _runs(values))
    if _CONTINUOUS.search(norm):
        return "continuous", _recurring("continuous", phrase_year)
    if _IN_YEAR.search(norm):
        return "once", (_span(phrase_year, 1, 12, f"năm {phrase_year}"),)
    return "none", ()


def _special(norm: str, phrase_year: int, year: int, stated: int
             ) -> tuple[str, tuple[Occurrence, ...]] | None:
    """The phrasings of issue 13 that the plain rules misread; None for everything else."""
    # "Thường xuyên, báo cáo trước 15/12": the recurrence, and the deadline besides
    head, sep, tail = [*re.split(r"([,;])", norm, maxsplit=1), "", ""][:3]
    if sep and _dates(tail, phrase_year) and not _dates(head, phrase_year):
        frequency = _frequency(head) or ("continuous" if _CONTINUOUS.search(head) else None)
        if frequency:
            label = "báo cáo" if re.search(r"\bbao\s*cao\b", tail) else ""   # norm is folded: name it anew
            extra = tuple(Occurrence(o.start, o.due, f"{label}: {o.label}" if label else o.label)
                          for o in _dates(tail, phrase_year))
            return frequency, tuple(sorted((*_recurring(frequency, phrase_year), *extra),
                                           key=lambda o: (o.due, o.start)))
    # "Tháng 6 (dự kiến ngày 20/6)": the bracket does not replace the month
    outside = _BRACKETS.sub(" ", norm)
    if outside != norm and (_MONTHS.search(outside) or _QUARTERS.search(outside)) and \
            not _dates(outside, phrase_year):
        return _simple(outside, year)
    # "Tháng 4 hằng năm": April of the plan's year, not the whole year
    if _EVERY_YEAR.search(norm):
        rest = _EVERY_YEAR.sub(" ", norm)
        if _MONTHS.search(rest) or _QUARTERS.search(rest) or _dates(rest, phrase_year):
            return _simple(rest, year)
    # "Từ tháng 5/2024", "… trở đi", "… đến hết năm": from there to 31/12
    start = _FROM_MONTH.search(norm)
    if start or _OPEN_END.search(norm):
        first = None
        if start:
            first = int(start.group(1)) if start.group(1) else 3 * _ROMAN[start.group(2)] - 2
        else:
            m, q = _MONTHS.search(norm), _QUARTERS.search(norm)
            if m and _numbers(m.group(1), r"\d{1,2}", 1, 12):
                first = _numbers(m.group(1), r"\d{1,2}", 1, 12)[0]
            elif q and _numbers(q.group(1), _NUM, 1, 4):
                first = 3 * _numbers(q.group(1), _NUM, 1, 4)[0] - 2
            elif _dates(norm, phrase_year):
                d = _dates(norm, phrase_year)[0].due
                return "once", (Occurrence(d, date(d.year, 12, 31), f"từ {d.day:02d}/{d.month:02d}/{d.year} "
                                           "đến hết năm"),)
            elif _IN_YEAR.search(norm) or _FOLLOWING_YEARS.search(norm):
                first = 1
        if first is not None and 1 <= first <= 12:
            if year > stated:                 # begun in an earlier year: this plan's whole year
                return "once", (_span(year, 1, 12, f"năm {year}"),)
            return "once", (_span(stated, first, 12, f"từ tháng {first} đến hết năm"),)
    return None


def _parts(text: str) -> list[tuple[str, str]]:
    """Split "- Ban hành Kế hoạch: quý II/2024 - Tổ chức cuộc thi: quý III/2024" into labelled
    parts; a text without labels is split by lines only."""
    parts: list[tuple[str, str]] = []
    for line in text.split("\n"):
        line = line.strip().lstrip("-+•* ").strip()
        if not line:
            continue
        marks = list(_LABELLED.finditer(line))
        if not marks:
            parts.append(("", line))
            continue
        if marks[0].start() > 0 and line[: marks[0].start()].strip():
            parts.append(("", line[: marks[0].start()].strip()))
        for i, mark in enumerate(marks):
            end = marks[i + 1].start() if i + 1 < len(marks) else len(line)
            parts.append((mark.group(1).strip(" -"), line[mark.end():end].strip(" -;")))
    return parts


def parse_schedule(text: str, year: int) -> Schedule:
    """Read a "Thời gian thực hiện" cell for a plan of `year`. Never raises."""
    source = text if isinstance(text, str) else ""
    try:
        return _cached(source, year)
    except Exception:  # a schedule that cannot be read is "no date", never a crash
        return Schedule(source, year)


@lru_cache(maxsize=1024)
def _cached(text: str, year: int) -> Schedule:
    """Plans repeat a handful of phrases ("Thường xuyên" …); a Schedule is immutable."""
    schedule = _parse(text[:_MAX_TEXT], year)
    return schedule if schedule.text == text else replace(schedule, text=text)


def _parse(text: str, year: int) -> Schedule:
    parts = _parts(text)
    if len(parts) <= 1:
        label, phrase = parts[0] if parts else ("", "")
        frequency, occurrences = _simple(phrase or text, year)
        if label and occurrences and frequency == "once":
            occurrences = tuple(Occurrence(o.start, o.due, f"{label}: {o.label}") for o in occurrences)
        return Schedule(text, year, frequency, occurrences)
    found: list[tuple[str, str, tuple[Occurrence, ...]]] = []
    for label, phrase in parts:
        frequency, occurrences = _simple(phrase, year)
        if occurrences:
            found.append((label, frequency, occurrences))
    if not found:
        return Schedule(text, year)
    if len(found) == 1 and not found[0][0]:
        return Schedule(text, year, found[0][1], found[0][2])
    merged = tuple(sorted(
        (Occurrence(o.start, o.due, f"{label}: {o.label}" if label else o.label)
         for label, _, occurrences in found for o in occurrences),
        key=lambda o: (o.due, o.start)))
    frequencies = {f for _, f, _ in found}
    frequency = frequencies.pop() if len(frequencies) == 1 and not found[0][0] else "milestones"
    return Schedule(text, year, frequency, merged)
