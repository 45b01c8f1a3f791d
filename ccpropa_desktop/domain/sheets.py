"""One task sheet per agency named in the plan's appendix (issue 15, item 3): its tasks as lead and
as partner, those given to every agency, their schedules, and when and on what it reports to the
office that compiles the unit's report. Pure: the services read the store, the documents print.

Reporting calendar: the unit reports upward by `PeriodRules.due_day` (20) of the period's last month
on figures up to `PeriodRules.cutoff_day` (14); an agency sends its figures to the compiling office
by ``report_day`` of that month (default the day after the cut-off, 15: figures to the 14th, five
days before the unit's own deadline). The periods are quý I, 6 tháng, quý III and năm (9 tháng is
asked only by some provinces: ``with_9m``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from .agencies import ALL, Assignments, Named, agency_key, initials, slug, split_cell
from .model import Task
from .periods import Period, PeriodRules
from .schedule import Schedule

REPORT_KINDS = ("Q1", "H1", "Q3", "Y")
LEAD, PARTNER = "Chủ trì", "Phối hợp"
MAX_LISTED_DATES = 4


def short_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def due_text(schedule: Schedule) -> str:
    """When the task falls due, as a sheet prints it: the dates (one per line, a milestone with its
    name), or for many dates how often; "Chưa xác định" for a schedule the app cannot read."""
    if not schedule.understood:
        return "Chưa xác định"
    dates = schedule.due_dates
    if len(dates) > MAX_LISTED_DATES:
        how = {"weekly": "Hằng tuần", "monthly": "Cuối mỗi tháng"}.get(schedule.frequency, schedule.label)
        return f"{how} ({len(dates)} lần, đến {short_date(dates[-1])})"
    labels = {o.due: o.label for o in schedule.occurrences if schedule.frequency == "milestones" and o.label}
    return "\n".join(f"{short_date(d)} ({labels[d]})" if d in labels else short_date(d) for d in dates)


@dataclass(frozen=True)
class SheetTask:
    number: str
    content: str
    others: str  # lead task: the partners cell; partner task: the lead cell; common: the role
    schedule: str  # the plan's "Thời gian thực hiện"
    due: str  # `due_text`
    group: bool = False  # a task with sub-tasks (printed bold)
    task_id: int | None = None


@dataclass(frozen=True)
class SheetReport:
    period: Period
    window: tuple[date, date]  # the figures it covers (the unit's data window)
    due: date  # when the agency sends them
    unit_due: date  # when the unit reports upward
    numbers: tuple[str, ...]  # the tasks it reports on

    @property
    def label(self) -> str:
        text = self.period.label
        return text[:1].upper() + text[1:]


@dataclass
class Sheet:
    name: str  # the agency or group as printed
    kind: str  # agencies.AGENCY or agencies.GROUP
    key: str
    file_stem: str  # ASCII, unique in the set
    lead: list[SheetTask] = field(default_factory=list)
    partner: list[SheetTask] = field(default_factory=list)
    common: list[SheetTask] = field(default_factory=list)  # `others` = "Chủ trì" / "Phối hợp"
    reports: list[SheetReport] = field(default_factory=list)
    reports_to: str = ""
    compiles: bool = False  # this agency is the office the reports go to

    @property
    def numbers(self) -> list[str]:
        return [t.number for t in (*self.lead, *self.partner, *self.common)]


@dataclass
class SheetSet:
    """Every sheet of one plan (version), and what the sheets cite."""

    plan_id: int
    plan_title: str
    year: int
    extract_line: str  # "(Trích Kế hoạch số 18/KH-UBND ngày 13 tháng 01 năm 2022 của …)"
    draft: bool
    version: int | None  # the issued version printed; None = the working draft
    unit_name: str  # "UBND huyện Sông Mã": who reports upward
    reports_to: str
    sheets: list[Sheet]
    related: dict[str, list[str]] = field(default_factory=dict)  # task number → "liên quan" phrases
    place: str = ""  # the unit's, for `find` (agency_key)
    area: str = ""

    def find(self, text: str) -> Sheet | None:
        """The sheet of an agency by name (any spelling) or by file stem."""
        key = agency_key(text, self.place, self.area)
        return next((s for s in self.sheets if s.key == key or s.file_stem == text), None)


def has_children(tasks: Sequence[Task]) -> list[bool]:
    return [i + 1 < len(tasks) and tasks[i + 1].depth > t.depth for i, t in enumerate(tasks)]


def _content(task: Task) -> str:
    text = task.content.strip()
    if task.product.strip():
        text += f"\nSản phẩm: {task.product.strip()}"
    return text


def _with_co_leads(task: Task, key: str, place: str, area: str) -> str:
    """The partners cell of a task the sheet's agency leads, after "Cùng chủ trì: …" when the lead cell
    names others too."""
    others = [n for n in split_cell(task.lead) if agency_key(n, place, area) != key]
    partners = task.partners.strip()
    if not others:
        return partners
    line = f"Cùng chủ trì: {'; '.join(others)}"
    return f"{line}\n{partners}" if partners else line


def compiling_office(named: Sequence[Named], directory: Sequence[str], drafting_unit: str) -> str:
    """The agency whose initials are the drafting unit's abbreviation ("NV" → "Phòng Nội vụ"), from
    the appendix first, then the unit's agency directory; "" when none matches."""
    wanted = drafting_unit.strip().upper()
    if not wanted:
        return ""
    for name in [n.name for n in named if n.kind != ALL] + list(directory):
        if initials(name) == wanted:
            return name
    return ""


def periods_for(year: int, with_9m: bool = False) -> list[Period]:
    """The reports an agency sends for: quý I, 6 tháng, quý III, năm (and 9 tháng when asked)."""
    kinds = ("Q1", "H1", "Q3", "9M", "Y") if with_9m else REPORT_KINDS
    return [Period(year, k) for k in kinds]


def build_sheets(tasks: Sequence[Task], schedules: dict[int, Schedule], assignments: Assignments, *,
                 rules: PeriodRules, report_day: int, reports_to: str, periods: Sequence[Period],
                 place: str = "", area: str = "") -> list[Sheet]:
    """One sheet per agency or group of ``assignments``, in order of first mention; ``reports_to``
    (may be "") is the office the agencies report to by ``report_day`` of each period's last month."""
    groups = has_children(tasks)

    def sheet_task(index: int, others: str) -> SheetTask:
        task = tasks[index]
        schedule = schedules.get(task.id) if task.id is not None else None
        return SheetTask(task.number, _content(task), others, task.schedule.strip(),
                         due_text(schedule) if schedule else "Chưa xác định", groups[index], task.id)

    agency_rules = PeriodRules(rules.cutoff_day, report_day)
    compiler = agency_key(reports_to, place, area) if reports_to else ""
    indices = {t.number: i for i, t in enumerate(tasks)}
    stems: dict[str, int] = {}
    out: list[Sheet] = []
    for named in assignments.named:
        stem = slug(named.name)
        stems[stem] = stems.get(stem, 0) + 1
        if stems[stem] > 1:
            stem = f"{stem}-{stems[stem]}"
        sheet = Sheet(named.name, named.kind, named.key, stem, reports_to=reports_to,
                      compiles=named.key == compiler)
        sheet.lead = [sheet_task(i, _with_co_leads(tasks[i], named.key, place, area)) for i in named.lead]
        sheet.partner = [sheet_task(i, tasks[i].lead.strip()) for i in named.partner]
        own = set(named.lead) | set(named.partner)
        common = [(i, LEAD) for i in assignments.common_lead if i not in own]
        common += [(i, PARTNER) for i in assignments.common_partner if i not in own]
        sheet.common = [sheet_task(i, role) for i, role in sorted(common)]
        for period in periods:
            numbers = []
            for item in (*sheet.lead, *sheet.partner, *sheet.common):
                schedule = schedules.get(item.task_id) if item.task_id is not None else None
                if schedule is None or not schedule.understood or schedule.active_in(period):
                    numbers.append(item.number)
            numbers.sort(key=lambda n: indices.get(n, 0))
            sheet.reports.append(SheetReport(period, period.window(rules), period.due(agency_rules),
                                             period.due(rules), tuple(numbers)))
        out.append(sheet)
    return out
