"""What the officer records per task and period (W5): status, date, figures, evidence.

This is the contract the tracking store, the reports and the packages share.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


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
