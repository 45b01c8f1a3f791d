"""Aggregation at the upper level (W7): who has reported, completion rates, summed figures.

Pure: fed one received package at a time (so 500 units never sit in memory at once) and the list
of units expected to report, it gives the view `aggregate show` prints and the consolidated report
is drafted from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ccpropa_desktop.domain.package import (
    Completion,
    PackageData,
    metric_label,
    number,
)
from ccpropa_desktop.domain.periods import parse_period
from ccpropa_desktop.domain.text import clean_line, fold, sort_key

OWN_TASKS = "Nhiệm vụ do đơn vị tự bổ sung"


def unit_key(name: str) -> str:
    """How two spellings of one unit are recognised as the same: no diacritics, no case, "Ủy ban
    nhân dân" = "UBND", punctuation and spacing ignored. "UBND xã Chiềng Khương" and "Ủy ban nhân
    dân xã CHIỀNG KHƯƠNG" → "ubnd xa chieng khuong"."""
    text = fold(clean_line(name))
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\buy ban nhan dan\b", "ubnd", text)
    return " ".join(text.split())


def created_order(created_at: str) -> datetime:
    """A manifest's creation time, comparable across time zones (naive times are read as UTC)."""
    value = datetime.fromisoformat(created_at.replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def decide(current_created: str | None, new_created: str) -> str:
    """What a newly received package does to the (unit, period) slot: "imported" (first one),
    "replaced" (newer than the current one, which goes to history) or "older" (kept in history,
    the current one stays)."""
    if current_created is None:
        return "imported"
    return "replaced" if created_order(new_created) > created_order(current_created) else "older"


def outline_key(number_text: str) -> tuple[Any, ...]:
    """"2.10" after "2.9"; non-numeric parts sort after numbers, by Vietnamese order."""
    parts = []
    for part in number_text.split("."):
        parts.append((0, int(part), ()) if part.isdigit() else (1, 0, sort_key(part)))
    return tuple(parts)


@dataclass
class Received:
    """What the store knows about one current package besides its data."""

    sha256: str
    created_at: str
    imported_at: str
    file_name: str = ""


@dataclass
class UnitRow:
    """One unit of the view: reported (with its figures) or expected and missing."""

    name: str
    key: str
    reported: bool
    in_directory: bool
    level: str = ""
    created_at: str = ""
    imported_at: str = ""
    sha256: str = ""
    plan_number: str = ""
    plan_title: str = ""
    completion: dict[str, Any] = field(default_factory=dict)
    totals: dict[str, float | int] = field(default_factory=dict)


@dataclass
class TaskGroup:
    """One task of the upper level's plan (matched through the template numbers the units' tasks
    came from), across all units that carry it."""

    template: str
    number: str
    content: str
    units: int = 0
    completion: dict[str, Any] = field(default_factory=dict)
    totals: dict[str, float | int] = field(default_factory=dict)


@dataclass
class AggregateView:
    period: str
    period_label: str
    expected: list[str]
    units: list[UnitRow]  # reported units first (Vietnamese order), then the missing ones
    completion: dict[str, Any]
    totals: dict[str, float | int]
    metric_labels: dict[str, str]
    tasks: list[TaskGroup]

    @property
    def reported(self) -> list[UnitRow]:
        return [u for u in self.units if u.reported]

    @property
    def missing(self) -> list[UnitRow]:
        return [u for u in self.units if not u.reported]

    @property
    def expected_reported(self) -> int:
        return sum(1 for u in self.units if u.reported and u.in_directory)

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.period, "period_label": self.period_label,
            "expected": len(self.expected), "reported": len(self.reported),
            "expected_reported": self.expected_reported,
            "missing": [u.name for u in self.missing],
            "completion": self.completion, "totals": self.totals, "metric_labels": self.metric_labels,
            "units": [u.__dict__ for u in self.units], "tasks": [t.__dict__ for t in self.tasks],
        }


@dataclass
class _Group:
    template: str
    number: str
    content: str
    units: set[str] = field(default_factory=set)
    completion: Completion = field(default_factory=Completion)
    totals: dict[str, float] = field(default_factory=dict)


def _add(totals: dict[str, float], metrics: dict[str, float | int]) -> None:
    for key, value in metrics.items():
        totals[key] = totals.get(key, 0) + value


class Aggregator:
    """Feed it the current package of each unit for one period; `view()` sums them up."""

    def __init__(self, period: str, expected: Iterable[str]) -> None:
        self.period = parse_period(period)
        self.expected: list[str] = []
        self._expected_keys: dict[str, str] = {}
        for name in expected:
            key = unit_key(name)
            if key and key not in self._expected_keys:
                self._expected_keys[key] = clean_line(name)
                self.expected.append(clean_line(name))
        self._rows: dict[str, UnitRow] = {}
        self._groups: dict[tuple[str, str], _Group] = {}
        self._completion = Completion()
        self._totals: dict[str, float] = {}
        self._labels: dict[str, str] = {}

    def add(self, received: Received, data: PackageData) -> None:
        name = data.unit.get("short_name") or data.unit.get("name", "")
        key = unit_key(name)
        alt = unit_key(data.unit.get("name", ""))
        if key not in self._expected_keys and alt in self._expected_keys:
            key = alt
        completion = data.completion
        totals = data.totals
        self._rows[key] = UnitRow(
            name=self._expected_keys.get(key, name), key=key, reported=True,
            in_directory=key in self._expected_keys, level=data.unit.get("level", ""),
            created_at=received.created_at, imported_at=received.imported_at, sha256=received.sha256,
            plan_number=data.plan.get("number") or "", plan_title=data.plan.get("title", ""),
            completion=completion.to_dict(), totals=totals)
        self._completion.merge(completion)
        _add(self._totals, totals)
        for k, label in data.metric_labels.items():
            self._labels.setdefault(k, label)
        for task in data.tasks:
            if task.template_number:
                gkey = (task.template_id, task.template_number)
                content = task.template_content or task.content
            else:
                gkey = ("", "")
                content = OWN_TASKS
            group = self._groups.get(gkey)
            if group is None:
                group = self._groups[gkey] = _Group(gkey[0], gkey[1], content)
            group.units.add(key)
            if task.counted:
                group.completion.add(task.status)
            _add(group.totals, task.metrics)

    def view(self) -> AggregateView:
        reported = sorted(self._rows.values(), key=lambda r: sort_key(r.name))
        missing = [UnitRow(name=name, key=key, reported=False, in_directory=True)
                   for key, name in self._expected_keys.items() if key not in self._rows]
        missing.sort(key=lambda r: sort_key(r.name))
        groups = sorted(self._groups.values(),
                        key=lambda g: (g.number == "", g.template, outline_key(g.number)))
        tasks = [TaskGroup(template=g.template, number=g.number, content=g.content, units=len(g.units),
                           completion=g.completion.to_dict(),
                           totals={k: number(v) for k, v in g.totals.items()}) for g in groups]
        totals = {k: number(v) for k, v in self._totals.items()}
        labels = {k: self._labels.get(k) or metric_label(k) for k in totals}
        return AggregateView(period=self.period.code, period_label=self.period.label,
                             expected=list(self.expected), units=[*reported, *missing],
                             completion=self._completion.to_dict(), totals=totals,
                             metric_labels=labels, tasks=tasks)


# -- the consolidated report's prose ------------------------------------------------------------
PROSE_TITLES = {
    "uu_diem": "III.1. Ưu điểm",
    "han_che": "III.2. Tồn tại, hạn chế",
    "nguyen_nhan": "III.3. Nguyên nhân",
    "phuong_huong": "IV. Phương hướng, nhiệm vụ kỳ tới",
    "kien_nghi": "V. Đề xuất, kiến nghị",
}
"""The sections of the consolidated report the officer writes (drafted from the figures first)."""
MAX_NAMED = 10  # units or tasks named in one drafted sentence; the rest are "và N … khác"
LOW_RATE = 0.5  # a unit below this completion rate is named under "Tồn tại, hạn chế"


def _names(names: list[str], what: str) -> str:
    if len(names) <= MAX_NAMED:
        return ", ".join(names)
    return ", ".join(names[:MAX_NAMED]) + f" và {len(names) - MAX_NAMED} {what} khác"


def draft_prose(view: AggregateView) -> dict[str, list[str]]:
    """The consolidated report's prose drafted from the figures: section key → paragraphs. What the
    figures cannot say (the causes, the proposals) is a "[…]" prompt for the officer to write."""
    from ccpropa_desktop.domain.report import NEXT_PERIOD, metrics_text, vi_percent

    c = view.completion
    counted = c.get("tasks", 0) - c.get("dropped", 0)
    rate = c.get("rate")
    rate_text = "—" if rate is None else vi_percent(rate)
    period = parse_period(view.period)
    next_label = NEXT_PERIOD[period.kind].format(y=period.year, y1=period.year + 1)
    expected, reported = len(view.expected), view.expected_reported
    missing = [u.name for u in view.missing]

    if view.reported:
        good = [f"Các cơ quan, đơn vị đã triển khai công tác thông tin, tuyên truyền cải cách hành chính "
                f"theo kế hoạch; đã hoàn thành {c.get('done', 0)}/{counted} nhiệm vụ ({rate_text})"
                + (f", {c['doing']} nhiệm vụ đang thực hiện" if c.get("doing") else "") + "."]
        if expected:
            good.append(f"Đã có {reported}/{expected} cơ quan, đơn vị gửi báo cáo "
                        f"({vi_percent(reported / expected)}).")
        products = metrics_text(view.totals, view.metric_labels)
        if products:
            good.append(f"Sản phẩm tuyên truyền: {products}.")
    else:
        good = ["[Nêu ưu điểm trong công tác thông tin, tuyên truyền cải cách hành chính.]"]

    shortfalls = []
    if missing:
        names = _names(missing, "đơn vị")
        shortfalls.append(f"còn {len(missing)} cơ quan, đơn vị chưa gửi báo cáo ({names})")
    if c.get("todo"):
        shortfalls.append(f"{c['todo']} nhiệm vụ chưa triển khai")
    if c.get("doing"):
        shortfalls.append(f"{c['doing']} nhiệm vụ đang thực hiện, chưa hoàn thành")
    if c.get("dropped"):
        shortfalls.append(f"{c['dropped']} nhiệm vụ không thực hiện")
    low = [f"{u.name} ({vi_percent(u.completion['rate'])})" for u in view.reported
           if u.completion.get("rate") is not None and u.completion["rate"] < LOW_RATE]
    if low:
        shortfalls.append(f"một số đơn vị có tỷ lệ hoàn thành thấp: {_names(low, 'đơn vị')}")
    if shortfalls:
        text = "; ".join(shortfalls)
        bad = [f"{text[:1].upper()}{text[1:]}."]
    else:
        bad = ["[Nêu tồn tại, hạn chế (nếu có).]"]

    steps = []
    if missing:
        steps.append("- Đôn đốc các cơ quan, đơn vị chưa gửi báo cáo hoàn thành việc báo cáo;")
    unfinished = [g for g in view.tasks if g.number and g.completion.get("rate") is not None
                  and g.completion["rate"] < 1]
    for group in unfinished[:MAX_NAMED]:
        steps.append(f"- Tiếp tục thực hiện nhiệm vụ {group.number}: {group.content} "
                     f"(hoàn thành {vi_percent(group.completion['rate'])});")
    if len(unfinished) > MAX_NAMED:
        steps.append(f"- Và {len(unfinished) - MAX_NAMED} nhiệm vụ khác chưa hoàn thành (Phụ lục II);")
    steps.append(f"- Tiếp tục chỉ đạo các cơ quan, đơn vị triển khai công tác thông tin, tuyên truyền cải "
                 f"cách hành chính trong {next_label}.")
    return {
        "uu_diem": good,
        "han_che": bad,
        "nguyen_nhan": ["[Nêu nguyên nhân của tồn tại, hạn chế.]"],
        "phuong_huong": steps,
        "kien_nghi": ["[Nêu đề xuất, kiến nghị với cấp trên (nếu có).]"],
    }


def prose_sections(view: AggregateView, stored: dict[str, str]) -> dict[str, Any]:
    """key → `domain.report.ReportSection`: the officer's text where stored (one paragraph per line),
    else the drafted one."""
    from ccpropa_desktop.domain.report import ReportSection

    drafted = draft_prose(view)
    out = {}
    for key, title in PROSE_TITLES.items():
        text = stored.get(key)
        if text is not None:
            lines = [line.strip() for line in text.split("\n") if line.strip()]
            out[key] = ReportSection(key, title, lines, drafted[key], edited=True)
        else:
            out[key] = ReportSection(key, title, list(drafted[key]), drafted[key], edited=False)
    return out
