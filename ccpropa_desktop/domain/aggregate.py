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
