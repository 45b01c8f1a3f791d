"""The periodic report (W6) as data, drafted from the plan and one period's tracking (spec §13.2).

Drafting is a pure function of (plan, unit, progress, period, stored prose): `draft_report`. Every
section the officer may rewrite has a generated text; a stored edit replaces it and a redraft only
recomputes the generated text, so it never overwrites an edit (the store keeps the edits apart).

Rules, also in docs/reports.md:
- tasks go to the §13.2 channels by keywords (`ChannelTable`, data in resources/reports/channels.json);
- figures are summed per channel and over the whole plan, every task counted once (a task with
  sub-tasks adds only what was recorded on itself);
- the completion rate is done / (all − dropped) over the tasks without sub-tasks; a task with
  sub-tasks is counted through them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ccpropa_desktop.domain.model import Plan, Task, UnitProfile
from ccpropa_desktop.domain.noi_nhan import with_archive
from ccpropa_desktop.domain.periods import Period
from ccpropa_desktop.domain.text import fold, nfc
from ccpropa_desktop.domain.tracking import METRICS, Progress, Status

PLACEHOLDER = re.compile(r"^\[.*\]$", re.DOTALL)

SECTION_TITLES: dict[str, str] = {
    "kinh_gui": "Kính gửi",
    "mo_dau": "Đoạn mở đầu",
    "chi_dao": "I.1. Ban hành kế hoạch, văn bản chỉ đạo, phân công",
    "kinh_phi": "I.2. Bố trí kinh phí",
    "uu_diem": "III.1. Ưu điểm",
    "han_che": "III.2. Tồn tại, hạn chế",
    "nguyen_nhan": "III.3. Nguyên nhân",
    "phuong_huong": "IV. Phương hướng, nhiệm vụ kỳ tới",
    "kien_nghi": "V. Đề xuất, kiến nghị",
    "noi_nhan": "Nơi nhận",
}
"""Sections the officer edits, besides one summary per channel (key "kq_<channel>")."""

MAX_TASK_LINES = 15
"""A channel with more tasks than this gives its per-task results in the appendix only, and
phương hướng lists this many lines at most: the report of a 300-task plan stays a report."""

TITLE_HEAD = "Kết quả thực hiện công tác thông tin, tuyên truyền cải cách hành chính"
APPENDIX_HEAD = "Biểu tổng hợp kết quả thực hiện nhiệm vụ tuyên truyền cải cách hành chính"

NEXT_PERIOD = {"Q1": "quý II năm {y}", "H1": "6 tháng cuối năm {y}", "Q3": "quý IV năm {y}",
               "9M": "quý IV năm {y}", "Y": "năm {y1}"}


# -- numbers -----------------------------------------------------------------------------------
def vi_number(value: float | int) -> str:
    """1234567 → "1.234.567"; 12.5 → "12,5" (spec §14; the documents layer uses babel for the same)."""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, _, frac = f"{value:,.2f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


def vi_percent(ratio: float) -> str:
    """0.625 → "62,5%", 1 → "100%" (no space, CLDR vi)."""
    value = round(ratio * 100, 1)
    return f"{vi_number(value)}%"


def vi_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


# -- channels ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Channel:
    key: str
    title: str
    keywords: tuple[str, ...] = ()

    def first_match(self, text: str) -> tuple[int, int] | None:
        """(position, −length) of the earliest keyword in ``text`` (whole words), or None."""
        best = None
        for keyword in self.keywords:
            for m in re.finditer(rf"(?<!\w){re.escape(keyword)}(?!\w)", text):
                found = (m.start(), -len(keyword))
                best = found if best is None or found < best else best
                break
        return best


@dataclass(frozen=True)
class ChannelTable:
    """The §13.2 channels in print order; the last one takes what matches nothing."""

    channels: tuple[Channel, ...]
    recurring: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChannelTable:
        channels = tuple(Channel(c["key"], nfc(c["title"]), tuple(nfc(k).casefold() for k in c["keywords"]))
                         for c in data["channels"])
        return cls(channels, tuple(nfc(k).casefold() for k in data.get("recurring", [])))

    def match(self, text: str) -> str | None:
        """The channel whose keyword comes first in ``text``; a longer keyword wins a tie."""
        haystack = nfc(text).casefold()
        hits = [(hit, c.key) for c in self.channels if (hit := c.first_match(haystack))]
        return min(hits)[1] if hits else None

    def classify(self, tasks: list[Task]) -> list[str]:
        """One channel per task. A sub-task whose parent found a channel takes the parent's (the
        sub-tasks of "Gửi tin, bài" are topics of the news); otherwise the first line of the content
        decides, then the form, and what matches nothing goes to the last channel."""
        out: list[str] = []
        parents: list[str | None] = []  # matched channel of the open ancestor at each depth
        fallback = self.channels[-1].key
        for task in tasks:
            parents = parents[: task.depth]
            inherited = next((k for k in reversed(parents) if k), None)
            first_line = nfc(task.content).strip().split("\n", 1)[0]
            key = inherited or self.match(first_line) or self.match(task.form)
            out.append(key or fallback)
            parents.append(key)
        return out

    def recurring_schedule(self, schedule: str) -> bool:
        haystack = nfc(schedule).casefold()
        return any(re.search(rf"(?<!\w){re.escape(k)}(?!\w)", haystack) for k in self.recurring)

    def title(self, key: str) -> str:
        return next((c.title for c in self.channels if c.key == key), key)


# -- the report --------------------------------------------------------------------------------
@dataclass(frozen=True)
class PlanCitation:
    """How the report cites its plan. ``number`` is the whole "18/KH-UBND"; None before issue."""

    number: str | None
    date: date | None
    title: str
    issuer: str  # "Ủy ban nhân dân huyện Sông Mã"
    year: int
    kind_abbr: str = "KH"  # "QĐ" when the plan was issued by a Quyết định (form B)
    issuer_abbr: str = "UBND"

    @property
    def number_text(self) -> str:
        return self.number or f"…/{self.kind_abbr}-{self.issuer_abbr}"

    @property
    def date_text(self) -> str:
        return vi_date(self.date) if self.date else f"…/…/{self.year}"

    @property
    def short(self) -> str:
        """Later citations: tên loại + số ký hiệu (ND30 II.6.b)."""
        kind = "Quyết định" if self.kind_abbr == "QĐ" else "Kế hoạch"
        return f"{kind} số {self.number_text}"

    @property
    def text(self) -> str:
        """First citation: type, number, date, issuer and trích yếu (ND30 II.6.b)."""
        about = lower_first(self.title)
        if self.kind_abbr == "QĐ":
            return (f"Quyết định số {self.number_text} ngày {self.date_text} của {self.issuer} "
                    f"ban hành Kế hoạch {about}")
        return f"Kế hoạch số {self.number_text} ngày {self.date_text} của {self.issuer} về {about}"


def lower_first(text: str) -> str:
    """"Tuyên truyền …" → "tuyên truyền …"; an abbreviation ("CCHC …") keeps its case."""
    text = nfc(text).strip()
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


@dataclass
class ReportSection:
    key: str
    title: str
    paragraphs: list[str]  # what prints: the stored edit if any, else the generated text
    generated: list[str]
    edited: bool = False

    @property
    def placeholder(self) -> bool:
        """Still the generated "[…]" prompt: the officer has to write this section."""
        return any(PLACEHOLDER.match(p) for p in self.paragraphs)


@dataclass
class TaskResult:
    task_id: int
    number: str
    depth: int
    content: str
    lead: str
    schedule: str
    channel: str
    has_children: bool
    status: Status
    done_on: date | None = None
    reason: str = ""
    metrics: dict[str, float] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    attachments: int = 0
    recorded: bool = False

    @property
    def status_text(self) -> str:
        if self.status is Status.DONE and self.done_on:
            return f"{self.status.label} ({vi_date(self.done_on)})"
        return self.status.label


@dataclass
class ChannelResult:
    key: str
    title: str
    task_ids: list[int]
    totals: dict[str, float]
    completion: Completion
    summary: ReportSection


@dataclass
class Completion:
    """Counts over the tasks without sub-tasks. ``rate`` = done / (total − dropped)."""

    total: int = 0
    done: int = 0
    doing: int = 0
    todo: int = 0
    dropped: int = 0

    @property
    def counted(self) -> int:
        return self.total - self.dropped

    @property
    def rate(self) -> float | None:
        return self.done / self.counted if self.counted else None

    @property
    def rate_text(self) -> str:
        return "—" if self.rate is None else vi_percent(self.rate)

    def counts_text(self) -> str:
        """"hoàn thành 1, đang thực hiện 2": the non-zero counts."""
        parts = [(self.done, "hoàn thành"), (self.doing, "đang thực hiện"), (self.todo, "chưa triển khai"),
                 (self.dropped, "không thực hiện")]
        return ", ".join(f"{label} {n}" for n, label in parts if n)

    def add(self, status: Status) -> None:
        self.total += 1
        name = {Status.DONE: "done", Status.DOING: "doing", Status.TODO: "todo", Status.DROPPED: "dropped"}
        setattr(self, name[status], getattr(self, name[status]) + 1)


@dataclass
class SummaryRow:
    """One row of the "Biểu tổng hợp": STT | Nhiệm vụ | Cơ quan chủ trì | Kết quả, sản phẩm |
    Tiến độ/tình trạng | Ghi chú. ``metrics`` are the numbers behind "Kết quả" (XLSX columns)."""

    number: str
    task: str
    lead: str
    result: str
    status: str
    note: str
    metrics: dict[str, float] = field(default_factory=dict)
    group: bool = False
    total: bool = False

    def cells(self) -> list[str]:
        return [self.number, self.task, self.lead, self.result, self.status, self.note]


SUMMARY_COLUMNS = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Kết quả, sản phẩm", "Tiến độ/tình trạng",
                   "Ghi chú"]


@dataclass
class Report:
    plan_id: int
    period: Period
    window: tuple[date, date] | None
    issuer: str
    citation: PlanCitation
    title: str  # trích yếu
    next_label: str
    kinh_gui: ReportSection
    noi_nhan: ReportSection
    sections: dict[str, ReportSection]
    channels: list[ChannelResult]
    tasks: list[TaskResult]
    completion: Completion
    totals: dict[str, float]
    metric_labels: dict[str, str]
    rows: list[SummaryRow]

    @property
    def title_lines(self) -> list[str]:
        """The trích yếu broken before the period, as reports print it."""
        return [TITLE_HEAD, self.period.label]

    @property
    def appendix_title(self) -> str:
        return f"{APPENDIX_HEAD} {self.period.label}"

    def editable(self) -> dict[str, ReportSection]:
        """Every section the officer can rewrite, by key."""
        out = {"kinh_gui": self.kinh_gui, **self.sections, "noi_nhan": self.noi_nhan}
        out.update({c.summary.key: c.summary for c in self.channels})
        return out

    def placeholders(self) -> list[ReportSection]:
        return [s for s in self.editable().values() if s.placeholder]

    def metrics_text(self, metrics: dict[str, float]) -> str:
        return metrics_text(metrics, self.metric_labels)

    def outline(self) -> list[tuple[str, str]]:
        """The body from the opening paragraph to the closing line, as (style, text) in print
        order; styles are those of the documents model ("heading1", "heading2", "body")."""
        s = self.sections
        out: list[tuple[str, str]] = [("body", p) for p in s["mo_dau"].paragraphs]
        out.append(("heading1", "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH"))
        out.append(("heading2", "1. Ban hành kế hoạch, văn bản chỉ đạo, phân công"))
        out += [("body", p) for p in s["chi_dao"].paragraphs]
        out.append(("heading2", "2. Bố trí kinh phí"))
        out += [("body", p) for p in s["kinh_phi"].paragraphs]
        out.append(("heading1", "II. KẾT QUẢ THỰC HIỆN"))
        by_id = {t.task_id: t for t in self.tasks}
        index = 0
        for channel in self.channels:
            index += 1
            out.append(("heading2", f"{index}. {channel.title}"))
            out += [("body", p) for p in channel.summary.paragraphs]
            if len(channel.task_ids) <= MAX_TASK_LINES:
                out += [("body", task_line(by_id[i], self.metric_labels)) for i in channel.task_ids]
            else:  # a long list belongs in the appendix, not twice in the report
                out.append(("body", "Kết quả từng nhiệm vụ: chi tiết tại Phụ lục kèm theo."))
        out.append(("heading2", f"{index + 1}. Kết quả thực hiện các nhiệm vụ trong Kế hoạch"))
        out += [("body", p) for p in completion_paragraphs(self)]
        out.append(("heading1", "III. ĐÁNH GIÁ CHUNG"))
        for number, key in ((1, "uu_diem"), (2, "han_che"), (3, "nguyen_nhan")):
            out.append(("heading2", f"{number}. {SECTION_TITLES[key].split('. ', 1)[1]}"))
            out += [("body", p) for p in s[key].paragraphs]
        out.append(("heading1", f"IV. PHƯƠNG HƯỚNG, NHIỆM VỤ {self.next_label.upper()}"))
        out += [("body", p) for p in s["phuong_huong"].paragraphs]
        out.append(("heading1", "V. ĐỀ XUẤT, KIẾN NGHỊ"))
        out += [("body", p) for p in s["kien_nghi"].paragraphs]
        out.append(("body", "Trên đây là báo cáo kết quả thực hiện công tác thông tin, tuyên truyền cải "
                            f"cách hành chính {self.period.label} của {self.issuer}./."))
        return out

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready (dates as ISO text, statuses as codes): `report draft --json`, packages."""
        def section(sec: ReportSection) -> dict[str, Any]:
            return {"key": sec.key, "title": sec.title, "paragraphs": sec.paragraphs,
                    "generated": sec.generated, "edited": sec.edited, "placeholder": sec.placeholder}

        def completion(c: Completion) -> dict[str, Any]:
            return {"total": c.total, "done": c.done, "doing": c.doing, "todo": c.todo,
                    "dropped": c.dropped, "rate": c.rate}

        return {
            "plan_id": self.plan_id,
            "period": self.period.code,
            "period_label": self.period.label,
            "window": [d.isoformat() for d in self.window] if self.window else None,
            "issuer": self.issuer,
            "title": self.title,
            "plan": {"number": self.citation.number, "date": self.citation.date.isoformat()
                     if self.citation.date else None, "title": self.citation.title,
                     "citation": self.citation.text},
            "next_label": self.next_label,
            "sections": {k: section(v) for k, v in self.editable().items()},
            "channels": [{"key": c.key, "title": c.title, "task_ids": c.task_ids, "totals": c.totals,
                          "completion": completion(c.completion)} for c in self.channels],
            "tasks": [{"task_id": t.task_id, "number": t.number, "depth": t.depth, "content": t.content,
                       "lead": t.lead, "schedule": t.schedule, "channel": t.channel,
                       "has_children": t.has_children, "status": t.status.value,
                       "status_label": t.status.label,
                       "done_on": t.done_on.isoformat() if t.done_on else None, "reason": t.reason,
                       "metrics": t.metrics, "evidence": t.evidence, "attachments": t.attachments}
                      for t in self.tasks],
            "completion": completion(self.completion),
            "totals": self.totals,
            "metric_labels": self.metric_labels,
            "rows": [{"number": r.number, "task": r.task, "lead": r.lead, "result": r.result,
                      "status": r.status, "note": r.note, "metrics": r.metrics, "group": r.group,
                      "total": r.total} for r in self.rows],
        }


# -- wording -----------------------------------------------------------------------------------
def metric_label(key: str, labels: dict[str, str] | None = None) -> str:
    return (labels or {}).get(key) or METRICS.get(key) or key.replace("_", " ")


def ordered_metrics(keys: set[str] | list[str]) -> list[str]:
    """Built-in figures in their fixed order, then custom ones alphabetically."""
    known = [k for k in METRICS if k in keys]
    return known + sorted(k for k in keys if k not in METRICS)


def metrics_text(metrics: dict[str, float], labels: dict[str, str] | None = None) -> str:
    """{"tin_bai": 45, "kinh_phi": 1.5e6} → "45 tin, bài; kinh phí 1.500.000 đồng"."""
    parts = []
    for key in ordered_metrics([k for k, v in metrics.items() if v]):
        value = vi_number(metrics[key])
        if key == "kinh_phi":
            parts.append(f"kinh phí {value} đồng")
        elif key in METRICS and (labels or {}).get(key, METRICS[key]) == METRICS[key]:
            parts.append(f"{value} {METRICS[key][:1].lower()}{METRICS[key][1:]}")
        else:
            parts.append(f"{metric_label(key, labels)}: {value}")
    return "; ".join(parts)


_LEAD_IN = re.compile(r"[\s,;:.]*\b(cụ thể|như sau|gồm|bao gồm)\s*[:.]?\s*$", re.IGNORECASE)


def short_content(content: str) -> str:
    """A task named in one line of running text: the first line of its content, without a list
    dash, a closing ";"/":" or a lead-in ("…, cụ thể:") that announced the lines left out."""
    first = next((line for line in nfc(content).split("\n") if line.strip()), "")
    text = first.strip().lstrip("-+•*– ").strip()
    text = _LEAD_IN.sub("", text)
    return text.rstrip(" .;:,")


def task_line(task: TaskResult, labels: dict[str, str] | None = None) -> str:
    """"- <nhiệm vụ> (<chủ trì>): hoàn thành ngày 10/03/2022; 45 tin, bài; Công văn số …"."""
    head = f"- {short_content(task.content)}"
    if task.lead:
        head += f" ({task.lead})"
    status = task.status.label.lower()
    if task.status is Status.DONE and task.done_on:
        status += f" ngày {vi_date(task.done_on)}"
    if task.status is Status.DROPPED and task.reason:
        status += f" (lý do: {task.reason.rstrip('.')})"
    parts = [status]
    if task.metrics and any(task.metrics.values()):
        parts.append(metrics_text(task.metrics, labels))
    parts += [e.rstrip(".;") for e in task.evidence if e.strip()]
    return f"{head}: {'; '.join(parts)}."


def completion_paragraphs(report: Report) -> list[str]:
    c = report.completion
    out = [f"Kế hoạch có {c.total} nhiệm vụ: hoàn thành {c.done}; đang thực hiện {c.doing}; "
           f"chưa triển khai {c.todo}; không thực hiện {c.dropped}."]
    if c.rate is not None:
        out.append(f"Tỷ lệ hoàn thành: {c.rate_text} ({c.done}/{c.counted} nhiệm vụ, không tính nhiệm vụ "
                   "không thực hiện).")
    if report.totals:
        out.append(f"Tổng hợp số liệu trong kỳ: {report.metrics_text(report.totals)}.")
    out.append("(Chi tiết tại Phụ lục kèm theo)")
    return out


# -- drafting ----------------------------------------------------------------------------------
def _section(key: str, title: str, generated: list[str], prose: dict[str, str],
             inherited: dict[str, str]) -> ReportSection:
    text = prose.get(key)
    edited = text is not None
    if text is None:
        text = inherited.get(key)
    if text is not None:
        paragraphs = [line.strip() for line in nfc(text).split("\n") if line.strip()]
        return ReportSection(key, title, paragraphs, generated, edited)
    return ReportSection(key, title, list(generated), generated, False)


def _has_children(tasks: list[Task]) -> list[bool]:
    return [i + 1 < len(tasks) and tasks[i + 1].depth > t.depth for i, t in enumerate(tasks)]


def _recorded(p: Progress | None) -> bool:
    return p is not None and bool(p.updated_at or p.status is not Status.TODO or p.metrics or p.evidence
                                  or p.attachments or p.done_on)


def _add(totals: dict[str, float], metrics: dict[str, float]) -> None:
    for key, value in metrics.items():
        if value:
            totals[key] = totals.get(key, 0) + value


def _results(plan: Plan, progress: dict[int, Progress], table: ChannelTable) -> list[TaskResult]:
    channels = table.classify(plan.tasks)
    children = _has_children(plan.tasks)
    out = []
    for task, channel, has_children in zip(plan.tasks, channels, children, strict=True):
        p = progress.get(task.id or -1)
        out.append(TaskResult(
            task_id=task.id or 0, number=task.number, depth=task.depth, content=nfc(task.content),
            lead=nfc(task.lead), schedule=nfc(task.schedule), channel=channel, has_children=has_children,
            status=Status(p.status) if p else Status.TODO, done_on=p.done_on if p else None,
            reason=nfc(p.reason) if p else "", metrics=dict(p.metrics) if p else {},
            evidence=[nfc(e) for e in p.evidence] if p else [], attachments=len(p.attachments) if p else 0,
            recorded=_recorded(p)))
    return out


def _group_status(results: list[TaskResult], index: int) -> str:
    """A task with sub-tasks: its own status when recorded, else "Hoàn thành 2/3"."""
    parent = results[index]
    if parent.recorded:
        return parent.status_text
    kids = []
    for r in results[index + 1:]:
        if r.depth <= parent.depth:
            break
        if not r.has_children:
            kids.append(r)
    counted = [k for k in kids if k.status is not Status.DROPPED]
    done = sum(k.status is Status.DONE for k in counted)
    return f"Hoàn thành {done}/{len(counted)}" if counted else Status.DROPPED.label


def _rows(results: list[TaskResult], totals: dict[str, float], completion: Completion,
          labels: dict[str, str]) -> list[SummaryRow]:
    rows = []
    for index, r in enumerate(results):
        result = "\n".join(x for x in [metrics_text(r.metrics, labels), *r.evidence] if x)
        if r.attachments:
            result += ("\n" if result else "") + f"{r.attachments} tệp đính kèm"
        note = f"Lý do: {r.reason}" if r.reason else ""
        status = _group_status(results, index) if r.has_children else r.status_text
        rows.append(SummaryRow(r.number, r.content, r.lead, result, status, note, dict(r.metrics),
                               group=r.has_children))
    rows.append(SummaryRow("", "Tổng cộng", "", metrics_text(totals, labels),
                           f"Hoàn thành {completion.done}/{completion.counted} ({completion.rate_text})"
                           if completion.rate is not None else "", "", dict(totals), total=True))
    return rows


def _next_steps(report_tasks: list[TaskResult], citation: PlanCitation, next_label: str,
                table: ChannelTable) -> list[str]:
    items = []
    for t in report_tasks:
        if t.has_children or t.status is Status.DROPPED:
            continue
        if t.status is Status.DONE and not table.recurring_schedule(t.schedule):
            continue
        text = short_content(t.content)
        if t.status is not Status.TODO and not fold(text).startswith("tiep tuc"):
            text = f"Tiếp tục {lower_first(text)}"
        details = [f"{t.lead} chủ trì"] if t.lead else []
        if t.schedule:
            details.append(f"thời gian: {t.schedule}")
        items.append(f"- {text}{' (' + '; '.join(details) + ')' if details else ''}.")
    if not items:
        return [f"Tổng kết, đánh giá việc thực hiện {citation.short}; xây dựng kế hoạch tuyên truyền cải "
                f"cách hành chính {next_label}."]
    if len(items) > MAX_TASK_LINES:
        rest = len(items) - MAX_TASK_LINES + 1
        items = [*items[:MAX_TASK_LINES - 1], f"- Và {rest} nhiệm vụ khác (chi tiết tại Phụ lục kèm theo)."]
    return [f"Tiếp tục triển khai các nhiệm vụ của {citation.short} trong {next_label}, trọng tâm là:",
            *items]


def draft_report(plan: Plan, unit: UnitProfile, progress: dict[int, Progress], period: Period,
                 prose: dict[str, str], *, citation: PlanCitation, channels: ChannelTable,
                 window: tuple[date, date] | None = None, inherited: dict[str, str] | None = None,
                 metric_labels: dict[str, str] | None = None) -> Report:
    """The report of ``plan`` for ``period``. ``prose``: the officer's stored edits for this period
    (section key → text, one paragraph per line); ``inherited``: edits of an earlier period that
    carry over when this period has none (Kính gửi, Nơi nhận)."""
    inherited = inherited or {}
    issuer = citation.issuer
    results = _results(plan, progress, channels)
    completion = Completion()
    totals: dict[str, float] = {}
    for r in results:
        if not r.has_children:
            completion.add(r.status)
        _add(totals, r.metrics)
    used = ordered_metrics(list(totals) + [k for r in results for k in r.metrics])
    labels = {k: metric_label(k, metric_labels) for k in used}
    next_label = NEXT_PERIOD[period.kind].format(y=period.year, y1=period.year + 1)

    channel_results = []
    for channel in channels.channels:
        members = [r for r in results if r.channel == channel.key and (not r.has_children or r.recorded)]
        if not members:
            continue
        sums: dict[str, float] = {}
        done = Completion()
        for r in members:
            _add(sums, r.metrics)
            if not r.has_children:
                done.add(r.status)
        text = f"Gồm {done.total} nhiệm vụ ({done.counts_text()})." if done.total else ""
        if sums:
            text += f" Kết quả: {metrics_text(sums, labels)}."
        key = f"kq_{channel.key}"
        summary = _section(key, f"II. {channel.title}", [text.strip()] if text.strip() else [], prose, {})
        channel_results.append(ChannelResult(channel.key, channel.title, [r.task_id for r in members], sums,
                                             done, summary))

    window_text = (f" (số liệu tính từ ngày {vi_date(window[0])} đến ngày {vi_date(window[1])})"
                   if window else "")
    leads = {r.lead for r in results if r.lead and not r.has_children}
    generated = {
        "mo_dau": [f"Thực hiện {citation.text}; {issuer} báo cáo kết quả thực hiện công tác thông tin, "
                   f"tuyên truyền cải cách hành chính {period.label}{window_text} như sau:"],
        "chi_dao": [(f"Ngày {citation.date_text}, " if citation.date else "") + f"{issuer} ban hành "
                    f"{citation.short} về {lower_first(citation.title)} với {completion.total} nhiệm vụ, "
                    f"giao {len(leads)} cơ quan, đơn vị chủ trì thực hiện (Phụ lục kèm theo Kế hoạch)."],
        "kinh_phi": [f"Kinh phí đã sử dụng trong kỳ: {vi_number(totals['kinh_phi'])} đồng."
                     if totals.get("kinh_phi") else "[Nêu việc bố trí kinh phí thực hiện Kế hoạch.]"],
        "uu_diem": [f"Công tác thông tin, tuyên truyền cải cách hành chính được triển khai theo Kế hoạch; "
                    f"đã hoàn thành {completion.done}/{completion.counted} nhiệm vụ ({completion.rate_text})"
                    + (f", {completion.doing} nhiệm vụ đang thực hiện" if completion.doing else "") + "."],
        "han_che": [_shortfalls(completion, results)],
        "nguyen_nhan": ["[Nêu nguyên nhân của tồn tại, hạn chế.]"],
        "phuong_huong": _next_steps(results, citation, next_label, channels),
        "kien_nghi": ["[Nêu đề xuất, kiến nghị với cấp trên (nếu có).]"],
    }
    sections = {key: _section(key, SECTION_TITLES[key], generated[key], prose, {}) for key in generated}
    first = [r for r in unit.recipients if r.strip()][:1]
    kinh_gui = _section("kinh_gui", SECTION_TITLES["kinh_gui"], [_bare(r) for r in first], prose, inherited)
    addressees = {fold(_bare(a)) for a in kinh_gui.paragraphs}
    # The first recipient is where the report goes by default: "Như trên" covers it.
    others = [_bare(r) for r in unit.recipients[len(first):] if fold(_bare(r)) not in addressees and _bare(r)]
    noi_nhan = _section("noi_nhan", SECTION_TITLES["noi_nhan"], others, prose, inherited)
    noi_nhan.paragraphs = _recipients(noi_nhan.paragraphs, bool(kinh_gui.paragraphs), unit.drafting_unit)
    noi_nhan.generated = _recipients(noi_nhan.generated, bool(kinh_gui.paragraphs), unit.drafting_unit)
    kinh_gui.paragraphs = [_bare(a) for a in kinh_gui.paragraphs]

    return Report(
        plan_id=plan.id, period=period, window=window, issuer=issuer, citation=citation,
        title=f"{TITLE_HEAD} {period.label}",
        next_label=next_label, kinh_gui=kinh_gui, noi_nhan=noi_nhan, sections=sections,
        channels=channel_results, tasks=results, completion=completion, totals=totals, metric_labels=labels,
        rows=_rows(results, totals, completion, labels))


def _shortfalls(c: Completion, results: list[TaskResult]) -> str:
    if not (c.todo or c.doing or c.dropped):
        return "[Nêu tồn tại, hạn chế (nếu có).]"
    parts = []
    if c.todo:
        parts.append(f"còn {c.todo} nhiệm vụ chưa triển khai")
    if c.doing:
        parts.append(f"{c.doing} nhiệm vụ đang thực hiện, chưa hoàn thành")
    if c.dropped:
        dropped = [r.number for r in results if r.status is Status.DROPPED and not r.has_children]
        parts.append(f"{c.dropped} nhiệm vụ không thực hiện (nhiệm vụ {', '.join(dropped)})")
    text = "; ".join(parts)
    return f"{text[:1].upper()}{text[1:]}."


def _bare(item: str) -> str:
    """A recipient without its list punctuation: "- Sở Nội vụ tỉnh;" → "Sở Nội vụ tỉnh"."""
    return nfc(item).strip().lstrip("-").strip().rstrip(";.").strip()


def _recipients(items: list[str], upward: bool, drafting_unit: str = "") -> list[str]:
    """Nơi nhận without punctuation: "Như trên" first when sent upward (ND30 II.9), "Lưu: VT, <drafting
    unit>" last."""
    bare = [b for b in (_bare(i) for i in items) if b]
    if upward and (not bare or fold(bare[0]) != "nhu tren"):
        bare = ["Như trên", *[b for b in bare if fold(b) != "nhu tren"]]
    return with_archive(bare, drafting_unit)
