"""What the officer records per task and period (W5): status, date, figures, evidence.

This is the contract the tracking store, the reports and the packages share.

A record is kept per (task, period code). `resolve` gives the figures of a period that has no
record of its own (docs/tracking.md, "Kỳ cộng dồn"):
1. the period's own record, as recorded (6 tháng, 9 tháng and năm records are cumulative);
2. else the sum of its parts (6 tháng ← quý I; 9 tháng ← 6 tháng + quý III; năm ← 9 tháng), each
   part resolved the same way: figures summed, evidence and files joined, the status of the latest
   part that is not "chưa triển khai";
3. else a "hoàn thành"/"không thực hiện" recorded for an earlier period of the year carries over
   (without figures: they belong to that earlier period);
4. else "chưa triển khai" with nothing.
`Progress.derived_from` names the recorded periods a derived value comes from ([] = recorded).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ccpropa_desktop.domain.periods import parse_period
from ccpropa_desktop.domain.schedule import Schedule


class Status(StrEnum):
    """Stored and typed in English codes; people always read the Vietnamese `label`."""

    TODO = "todo"
    DOING = "doing"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS = {
    Status.TODO: "Chưa triển khai",
    Status.DOING: "Đang thực hiện",
    Status.DONE: "Hoàn thành",
    Status.DROPPED: "Không thực hiện",
}

METRICS: dict[str, str] = {
    "tin_bai": "Tin, bài",
    "chuyen_muc": "Chuyên mục",
    "buoi_phat_thanh": "Buổi phát thanh",
    "hoi_nghi": "Hội nghị",
    "luot_nguoi": "Lượt người",
    "pano": "Pano, băng rôn, khẩu hiệu",
    "to_roi": "Tờ rơi, tờ gấp",
    "cuoc_thi": "Cuộc thi",
    "kinh_phi": "Kinh phí (đồng)",
}
"""Built-in figures: key → printed label. Custom keys are allowed (any snake_case key); their
label is the key itself unless the unit names it."""


@dataclass(frozen=True)
class Attachment:
    name: str  # the file name as the officer chose it
    sha256: str
    size: int


@dataclass
class Progress:
    """One task in one period. `task_id` is the store's task id (stable across renumbering)."""

    task_id: int
    period: str  # Period.code, e.g. "2024-H1"
    status: Status = Status.TODO
    done_on: date | None = None
    reason: str = ""  # required when status is DROPPED
    metrics: dict[str, float] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)  # "Công văn số …", links
    attachments: list[Attachment] = field(default_factory=list)
    updated_at: str = ""
    derived_from: list[str] = field(default_factory=list)  # period codes; [] = recorded for `period`

    @property
    def recorded(self) -> bool:
        """Was anything recorded for exactly this period?"""
        return bool(self.updated_at) and not self.derived_from

    @property
    def empty(self) -> bool:
        """Nothing known: the default for a task never recorded."""
        return (self.status is Status.TODO and not self.metrics and not self.evidence
                and not self.attachments and not self.derived_from and not self.updated_at)


METRIC_KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def metric_label(key: str) -> str:
    return METRICS.get(key, key.replace("_", " ").capitalize())


def metric_items(metrics: dict[str, float]) -> list[tuple[str, float]]:
    """Figures in print order: the built-in ones as METRICS lists them, then custom ones A–Z."""
    order = {key: i for i, key in enumerate(METRICS)}
    return sorted(metrics.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0]))


def check_metric(key: str, value: float) -> str | None:
    """Why a figure is refused (Vietnamese), or None when it is fine."""
    if not METRIC_KEY.match(key):
        return (f"Tên chỉ số “{key}” không hợp lệ: dùng chữ thường không dấu, số và dấu gạch dưới, "
                f"ví dụ tin_bai, luot_nguoi. Các chỉ số có sẵn: {', '.join(METRICS)}.")
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        return f"Giá trị của chỉ số {key} phải là một số."
    if value < 0:
        return f"Giá trị của chỉ số {key} không được âm ({value})."
    if value > 1e15:
        return f"Giá trị của chỉ số {key} quá lớn ({value})."
    return None


def _join(items: list[list]) -> list:
    out: list = []
    for group in items:
        for item in group:
            if item not in out:
                out.append(item)
    return out


def combine(task_id: int, period: str, parts: list[Progress]) -> Progress:
    """Progress of `period` from its parts (in calendar order): rule 2 of the module docstring."""
    known = [p for p in parts if not p.empty]
    if not known:
        return Progress(task_id, period)
    metrics: dict[str, float] = {}
    for part in known:
        for key, value in part.metrics.items():
            metrics[key] = metrics.get(key, 0) + value
    started = [p for p in known if p.status is not Status.TODO]
    last = started[-1] if started else known[-1]
    return Progress(
        task_id, period, status=last.status,
        done_on=last.done_on if last.status is Status.DONE else None,
        reason=last.reason if last.status is Status.DROPPED else "",
        metrics=metrics,
        evidence=_join([p.evidence for p in known]),
        attachments=_join([p.attachments for p in known]),
        updated_at=max(p.updated_at for p in known),
        derived_from=_join([p.derived_from or [p.period] for p in known]),
    )


def resolve(task_id: int, period: str, records: dict[str, Progress]) -> Progress:
    """The progress of one task in `period`, given its records by period code (module docstring)."""
    own = records.get(period)
    if own is not None:
        return own
    target = parse_period(period)
    parts = [resolve(task_id, p.code, records) for p in target.parts()]
    combined = combine(task_id, period, parts)
    if not combined.empty:
        return combined
    for earlier in reversed(target.earlier()):
        before = resolve(task_id, earlier.code, records)
        if before.status in (Status.DONE, Status.DROPPED):
            return Progress(task_id, period, status=before.status, done_on=before.done_on,
                            reason=before.reason, updated_at=before.updated_at,
                            derived_from=before.derived_from or [before.period])
    return Progress(task_id, period)


def latest(task_id: int, records: dict[str, Progress], on: date | None = None) -> Progress:
    """The task's newest known state: the record of the latest period (by KINDS order) — for
    `plan status`. With `on`, only periods ending by the end of `on`'s quarter count (on 1/3 that is
    quý I alone; on 1/7 quý I, 6 tháng, quý III and 9 tháng), and a completion dated after `on`
    is passed over for the record before it."""
    codes = sorted(records, key=lambda c: parse_period(c).order)
    if on is not None:
        quarter_end = date(on.year, 3 * ((on.month - 1) // 3 + 1), 1)
        codes = [c for c in codes if parse_period(c).end_of_period() <= _month_end(quarter_end)]
    for code in reversed(codes):
        record = records[code]
        if on is not None and record.status is Status.DONE and record.done_on and record.done_on > on:
            continue
        return record
    return Progress(task_id, "")


def _month_end(first: date) -> date:
    following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


# -- deadlines -------------------------------------------------------------------------------------
ON_TRACK = "trong hạn"
LATE = "quá hạn"
ON_TIME = "đúng hạn"
DONE_STATE = "hoàn thành"
DONE_LATE = "hoàn thành trễ hạn"
NO_DUE = "không có hạn"
NOT_DONE = "không thực hiện"
STATES = (ON_TRACK, LATE, ON_TIME, DONE_STATE, DONE_LATE, NO_DUE, NOT_DONE)
"""The deadline states `plan status` shows (docs/tracking.md explains each)."""


def deadline_state(schedule: Schedule, status: Status, done_on: date | None, on: date) -> str:
    """Where a task stands on `on` against its due dates.

    - dropped → "không thực hiện";
    - done: a one-off task done by its (last) due date → "đúng hạn", after it → "hoàn thành trễ hạn";
      a recurring task or one without dates → "hoàn thành";
    - not done, no dates → "không có hạn";
    - not started and its first due date has passed, or started and its last due date has
      passed → "quá hạn"; otherwise → "trong hạn".
    """
    if status is Status.DROPPED:
        return NOT_DONE
    if status is Status.DONE:
        final = schedule.final_due
        if final is None or schedule.recurring:
            return DONE_STATE
        return ON_TIME if done_on is None or done_on <= final else DONE_LATE
    if not schedule.understood:
        return NO_DUE
    deadline = schedule.first_due if status is Status.TODO else schedule.final_due
    return LATE if deadline is not None and deadline < on else ON_TRACK
