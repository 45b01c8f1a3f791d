"""Domain objects: unit profile, templates, plans, sections, tasks. Plain dataclasses, no I/O."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

TASK_FIELDS = ("content", "form", "lead", "partners", "schedule", "product", "note")
TASK_FIELD_LABELS = {
    "content": "Nội dung",
    "form": "Hình thức",
    "lead": "Cơ quan chủ trì",
    "partners": "Cơ quan phối hợp",
    "schedule": "Thời gian thực hiện",
    "product": "Sản phẩm",
    "note": "Ghi chú",
}


@dataclass
class Signer:
    authority: str = ""  # quyền hạn: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" …
    title: str = ""  # chức vụ: "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    name: str = ""


@dataclass
class UnitProfile:
    name_lines: list[str]
    parent_lines: list[str]
    abbreviation: str
    level: str
    place: str
    signer: Signer
    recipients: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    short_name: str = ""  # how documents cite the unit: "UBND huyện Sông Mã"
    # The drafting unit's abbreviation on the last Nơi nhận line, "- Lưu: VT, NV." ("" = "- Lưu: VT.").
    # A default, so profiles and issued snapshots saved before it existed still load.
    drafting_unit: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Section:
    """One heading of the body with its paragraphs. ``depth`` 0 = I., 1 = 1., 2 = a)."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    depth: int = 0
    id: int | None = None
    number: str = ""  # derived from position and depth, never stored
    origin: dict[str, Any] | None = None  # the template section it came from

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Task:
    """One row of the appendix table. ``depth`` 0 = "2", 1 = "2.1"."""

    content: str = ""
    form: str = ""
    lead: str = ""
    partners: str = ""
    schedule: str = ""
    product: str = ""
    note: str = ""
    depth: int = 0
    id: int | None = None
    number: str = ""  # derived from position and depth, never stored
    reason: str = ""  # why the task was proposed for this unit
    origin: dict[str, Any] | None = None  # the template row it came from: {"number", fields…}

    def fields(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in TASK_FIELDS}

    def changed_fields(self) -> list[str]:
        """Fields that differ from the template row (after agency renaming)."""
        if not self.origin:
            return list(TASK_FIELDS)
        baseline = self.origin.get("baseline", {})
        return [f for f in TASK_FIELDS if baseline.get(f, "") != getattr(self, f)]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TemplateSummary:
    id: str
    name: str
    level: str
    year: int
    issuer: str
    task_count: int
    builtin: bool


@dataclass
class Plan:
    id: int
    title: str
    year: int
    template_id: str
    legal_bases: list[str]
    closing: list[str]
    appendix_title: str
    columns: list[dict[str, str]]
    form: str = "A"  # A: Kế hoạch issued directly; B: Quyết định ban hành Kế hoạch
    status: str = "draft"  # "issued" until the next edit after issuing
    created_at: str = ""
    updated_at: str = ""
    sections: list[Section] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    template_ref: dict[str, Any] = field(default_factory=dict)  # number, date, issuer of the template
    # Document parts of this plan (issue 11). Empty or None: derived when the document is printed.
    opening: str = ""  # form A, joined to the last căn cứ: "UBND huyện … xây dựng Kế hoạch …, như sau:"
    appendix_note: str = ""  # "(Kèm theo Kế hoạch số … ngày … của …)"; "" = from the number and date
    power_basis: str | None = None  # form B's first căn cứ (the law that gives the power); None = data
    proposer: str | None = None  # form B: "Theo đề nghị của <proposer>."; None = the level's default
    signer: Signer = field(default_factory=Signer)  # empty fields = the unit profile's signer
    recipients: list[str] = field(default_factory=list)  # Nơi nhận; empty = the unit profile's

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def parse_year(text: str | int) -> int:
    """A plan year, 2000–2100. Raises ValueError with a Vietnamese message otherwise."""
    try:
        year = int(str(text).strip())
    except ValueError:
        raise ValueError(f"Năm không hợp lệ: “{text}”. Nhập năm bằng 4 chữ số, ví dụ 2024.") from None
    if not 2000 <= year <= 2100:
        raise ValueError(f"Năm không hợp lệ: {year}. Năm phải trong khoảng 2000–2100.")
    return year


def signer_from_dict(data: dict[str, Any]) -> Signer:
    return Signer(**{k: data.get(k, "") for k in ("authority", "title", "name")})


def unit_profile_from_dict(data: dict[str, Any]) -> UnitProfile:
    """Rebuild a profile saved with ``to_dict()`` (issued-version snapshots)."""
    fields = dict(data)
    fields["signer"] = signer_from_dict(fields.get("signer", {}))
    return UnitProfile(**fields)


def plan_from_dict(data: dict[str, Any]) -> Plan:
    """Rebuild a plan saved with ``to_dict()`` (issued-version snapshots)."""
    fields = dict(data)
    fields["sections"] = [Section(**s) for s in fields.get("sections", [])]
    fields["tasks"] = [Task(**t) for t in fields.get("tasks", [])]
    if isinstance(fields.get("signer"), dict):
        fields["signer"] = signer_from_dict(fields["signer"])
    return Plan(**fields)
