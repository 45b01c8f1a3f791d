"""The evidence binder of a period (issue 15, item 4): each task with its status, figures and every
piece of evidence (tài liệu kiểm chứng) numbered TL-01, TL-02 …, for the PAR-index self-assessment.

What counts as the period's evidence: status and figures are the period's (`get_progress`, as the
report prints them); evidence lines and attached files are those recorded for the period and for
the periods it adds up (6 tháng ← quý I; 9 tháng ← 6 tháng, quý III; năm ← 9 tháng …): a 6-month
binder keeps the công văn recorded in quý I even when the 6-month record does not repeat it; a
status carried over from an earlier period ("hoàn thành" in 6 tháng, shown in quý III) comes with the
evidence recorded for that period.

Missing evidence is listed, never left out: a task (without sub-tasks, not dropped) with no evidence
is marked "Chưa có tài liệu kiểm chứng"; an attached file no longer in the store is listed with
"THIẾU TỆP"; one whose bytes no longer match the checksum taken when it was attached, "TỆP BỊ HỎNG".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from .periods import Period
from .tracking import Status

TEXT, LINK, FILE = "text", "link", "file"
MISSING_FILE = "THIẾU TỆP: không còn trong kho dữ liệu"
DAMAGED_FILE = "TỆP BỊ HỎNG: nội dung khác lúc đính kèm (sai mã kiểm tra)"
NO_EVIDENCE = "CHƯA CÓ TÀI LIỆU KIỂM CHỨNG"
_LINK = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
MAX_NAME = 120


def covered_periods(period: Period) -> list[Period]:
    """The period and, recursively, the periods it adds up, in calendar order (quý I first)."""
    out: list[Period] = []

    def add(p: Period) -> None:
        for part in p.parts():
            add(part)
        if p not in out:
            out.append(p)

    add(period)
    return sorted(out, key=lambda p: p.order)


def evidence_kind(line: str) -> str:
    return LINK if _LINK.match(line.strip()) else TEXT


def safe_name(name: str, fallback: str) -> str:
    """A file name that every system accepts, the officer's own as far as possible: NFC, no path
    separators, control or reserved characters, no leading/trailing dots and spaces, ≤ 120 characters
    with the extension kept."""
    text = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip(" .")
    if not text:
        return fallback
    if len(text) > MAX_NAME:
        stem, dot, ext = text.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            text = stem[: MAX_NAME - len(ext) - 1].rstrip(" .") + "." + ext
        else:
            text = text[:MAX_NAME].rstrip(" .")
    return text


def size_text(size: int) -> str:
    """"178 byte", "35 KB", "1,5 MB" (Vietnamese decimal comma)."""
    if size < 1024:
        return f"{size} byte"
    if size < 1024 * 1024:
        return f"{round(size / 1024)} KB"
    return f"{size / 1048576:.1f} MB".replace(".", ",")


def task_folder(number: str) -> str:
    return f"nhiem-vu-{number}"


@dataclass
class Evidence:
    code: str  # "TL-01"
    kind: str  # TEXT, LINK or FILE
    text: str  # the evidence line, or the file's name as attached
    path: str = ""  # the file inside the binder ("" for a line, and for a file that is missing)
    size: int = 0
    sha256: str = ""  # as recorded when attached
    period: str = ""  # the period it was recorded for
    problem: str = ""  # MISSING_FILE, DAMAGED_FILE or ""

    @property
    def printed(self) -> str:
        if self.kind != FILE:
            return f"{self.code}. {self.text}"
        if self.problem == MISSING_FILE:
            return f"{self.code}. {MISSING_FILE} ({self.text})"
        line = f"{self.code}. Tệp đính kèm: {self.text} ({size_text(self.size)})"
        return f"{line}: {self.problem}" if self.problem else line


@dataclass
class BinderTask:
    task_id: int
    number: str
    content: str
    lead: str
    group: bool  # a task with sub-tasks
    children: list[str]  # the numbers of its sub-tasks
    status: Status
    done_on: date | None
    reason: str
    figures: str  # "85 lượt người; kinh phí 12.500.000 đồng"
    derived_from: list[str]  # period labels the status and figures are added up from
    recorded: bool  # something was recorded for this task (the period's own or a part's)
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def needs_evidence(self) -> bool:
        """A task carried out by itself (not a group row with nothing of its own), not dropped."""
        if self.status is Status.DROPPED:
            return False
        return not (self.group and not self.recorded and not self.evidence)

    @property
    def missing(self) -> bool:
        return self.needs_evidence and not self.evidence


@dataclass
class Attached:
    """A document of the binder other than the evidence: the index, the plan, the report."""

    role: str  # "index", "plan", "report"
    path: str
    label: str  # how the index names it
    draft: bool = False


@dataclass
class BinderIndex:
    plan_id: int
    plan_title: str
    period: Period
    window: tuple[date, date]
    unit_name: str
    tasks: list[BinderTask]
    documents: list[Attached] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # also printed in the index
    made_on: date | None = None

    @property
    def items(self) -> list[Evidence]:
        return [e for t in self.tasks for e in t.evidence]

    @property
    def item_count(self) -> int:
        return len(self.items)

    @property
    def file_count(self) -> int:
        return sum(1 for e in self.items if e.kind == FILE)

    @property
    def missing_tasks(self) -> list[str]:
        return [t.number for t in self.tasks if t.missing]

    @property
    def missing_files(self) -> list[Evidence]:
        return [e for e in self.items if e.kind == FILE and e.problem]


def number_codes(count: int) -> list[str]:
    """TL-01 … with at least two digits, all of the same width (TL-001 from 100 on)."""
    width = max(2, len(str(count)))
    return [f"TL-{i:0{width}d}" for i in range(1, count + 1)]
