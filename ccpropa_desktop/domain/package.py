"""Report packages (.ccpr, W6 → W7): what a package holds and how it is checked. Pure: no I/O.

A package is a zip with exactly three members: ``manifest.json`` (who, what, when, and the sha256
and size of the other two), ``data.json`` (the figures, schema below) and ``report.pdf``. The
reading side does not trust anything it is sent: every check here names, in Vietnamese, exactly what
is wrong, so the upper level can tell the unit what to send again. The format is documented in
docs/package-format.md; keep the two in step.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ccpropa_desktop.domain.model import Plan, UnitProfile
from ccpropa_desktop.domain.periods import Period, parse_period
from ccpropa_desktop.domain.text import clean_line, nfc
from ccpropa_desktop.domain.tracking import METRICS, Progress, Status
from ccpropa_desktop.errors import UserError

FORMAT = "ccpropa-report-package"
FORMAT_VERSION = "1.0"
"""major.minor. A reader refuses a newer major; a newer minor only adds optional fields."""
DATA_SCHEMA = "ccpropa-report-data"
DATA_VERSION = "1.0"
EXTENSION = ".ccpr"

MANIFEST = "manifest.json"
DATA = "data.json"
REPORT = "report.pdf"
MEMBERS = (MANIFEST, DATA, REPORT)
"""The members, in the order they are written."""

MIB = 1024 * 1024
MAX_FILE_SIZE = 64 * MIB
"""A package file larger than this is refused before it is opened."""
MAX_MEMBER_SIZE = {MANIFEST: 256 * 1024, DATA: 16 * MIB, REPORT: 48 * MIB}
"""Largest uncompressed size of each member: declared sizes are checked, and reads are capped."""
MAX_RATIO = 200
"""Compression ratio above which a member larger than RATIO_FLOOR is treated as a zip bomb."""
RATIO_FLOOR = MIB
MAX_MEMBERS = 16
"""More entries than this in the central directory: refused without looking at them one by one."""
MAX_TASKS = 5000
MAX_TEXT = 20_000
"""Longest text field accepted in data.json (a task's content is a few hundred characters)."""


class PackageError(UserError):
    """A package that must not be imported; ``code`` says which check failed."""


@dataclass(frozen=True)
class Problem:
    code: str
    message: str


# -- numbers and texts ------------------------------------------------------------------------
def version_tuple(text: Any) -> tuple[int, int] | None:
    """"1.0" → (1, 0); anything else → None."""
    match = re.fullmatch(r"(\d{1,4})\.(\d{1,4})", str(text)) if isinstance(text, str) else None
    return (int(match.group(1)), int(match.group(2))) if match else None


def check_version(found: Any, supported: str, what: str) -> None:
    """Refuse a newer major version (written by a newer ccpropa) or a version that is not one."""
    have = version_tuple(found)
    mine = version_tuple(supported)
    assert mine is not None
    if have is None:
        raise PackageError("bad_version", f"{what}: phiên bản định dạng “{found}” không hợp lệ.")
    if have[0] > mine[0]:
        raise PackageError(
            "newer_version",
            f"{what} được tạo bằng phiên bản ccpropa mới hơn (định dạng {found}); phiên bản đang dùng "
            f"chỉ đọc được định dạng {mine[0]}.x. Hãy cập nhật phần mềm rồi nhập lại gói này.")
    if have[0] < 1:
        raise PackageError("bad_version", f"{what}: phiên bản định dạng “{found}” không hợp lệ.")


def number(value: float | int) -> float | int:
    """3.0 → 3, so JSON and printed figures carry no needless ".0"."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def human_size(size: int) -> str:
    """1536 → "1,5 KB"; for messages only."""
    for unit, scale in (("GB", 1024**3), ("MB", MIB), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f} {unit}".replace(".", ",")
    return f"{size} byte"


# -- the zip's members ------------------------------------------------------------------------
@dataclass(frozen=True)
class MemberInfo:
    """What the zip's central directory says about one entry (sizes as declared, not trusted)."""

    name: str
    size: int
    compressed: int
    encrypted: bool = False
    method_supported: bool = True


def unsafe_name(name: str) -> bool:
    """Absolute paths, drive letters, backslashes and ".." parts: names a careless unzip would
    write outside its folder."""
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return True
    if re.match(r"^[A-Za-z]:", name):
        return True
    return any(part == ".." for part in name.split("/"))


def check_members(members: Iterable[MemberInfo], limits: Mapping[str, int] = MAX_MEMBER_SIZE
                  ) -> list[Problem]:
    """Names, duplicates, declared sizes and ratios; nothing is decompressed yet. `limits` names
    the members a valid package holds (in order) with each one's largest size: a report package's
    by default, a template package's (.ccpt) in services.template_packages."""
    expected = tuple(limits)
    problems: list[Problem] = []
    seen: set[str] = set()
    for m in members:
        shown = m.name.replace("\x00", "\\0")
        if unsafe_name(m.name):
            problems.append(Problem("path_traversal", f"Gói chứa đường dẫn không an toàn “{shown}” "
                                    "(đường dẫn tuyệt đối hoặc trỏ ra ngoài thư mục): từ chối."))
            continue
        if m.name in seen:
            problems.append(Problem("duplicate_member", f"Gói chứa hai lần thành phần “{shown}”: "
                                    "không biết bản nào là thật, từ chối."))
            continue
        seen.add(m.name)
        if m.name not in expected:
            problems.append(Problem("unexpected_member", f"Gói chứa thành phần lạ “{shown}”; gói hợp lệ "
                                    f"chỉ có {', '.join(expected)}."))
            continue
        if m.encrypted:
            problems.append(Problem("encrypted", f"Thành phần “{m.name}” bị mã hóa bằng mật khẩu: "
                                    "không đọc được."))
            continue
        if not m.method_supported:
            problems.append(Problem("bad_compression", f"Thành phần “{m.name}” dùng kiểu nén không hỗ trợ "
                                    "(chỉ nhận stored hoặc deflate)."))
            continue
        limit = limits[m.name]
        if m.size > limit or m.size < 0:
            problems.append(Problem("member_too_large", f"Thành phần “{m.name}” quá lớn: "
                                    f"{human_size(m.size)}, tối đa {human_size(limit)}."))
            continue
        if m.size > RATIO_FLOOR and m.size > MAX_RATIO * max(m.compressed, 1):
            ratio = m.size // max(m.compressed, 1)
            problems.append(Problem("zip_bomb", f"Thành phần “{m.name}” có tỷ lệ nén bất thường "
                                    f"({ratio} lần, {human_size(m.size)} khi giải nén): nghi là bom nén "
                                    "(zip bomb), không mở."))
    for name in expected:
        if name not in seen:
            problems.append(Problem("missing_member", f"Gói thiếu thành phần “{name}”."))
    return problems


# -- manifest ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class MemberDigest:
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    format_version: str
    app_version: str
    created_at: str
    period: str
    unit: dict[str, str]
    plan: dict[str, Any]
    members: dict[str, MemberDigest]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "format_version": self.format_version,
            "app_version": self.app_version,
            "created_at": self.created_at,
            "unit": self.unit,
            "plan": self.plan,
            "period": self.period,
            "members": {name: {"sha256": d.sha256, "size": d.size} for name, d in self.members.items()},
        }


UNIT_KEYS = ("name", "short_name", "level", "place", "abbreviation")
PLAN_KEYS = ("number", "date", "title", "year")
_SHA = re.compile(r"[0-9a-f]{64}")


def unit_summary(unit: UnitProfile) -> dict[str, str]:
    """The unit as manifest and data.json name it."""
    return {
        "name": " ".join(unit.name_lines),
        "short_name": unit.short_name or " ".join(unit.name_lines),
        "level": unit.level,
        "place": unit.place,
        "abbreviation": unit.abbreviation,
    }


def build_manifest(data: Mapping[str, Any], digests: Mapping[str, MemberDigest], created_at: str,
                   app_version: str) -> Manifest:
    """The manifest of a package whose data.json is ``data`` and whose other members hash to
    ``digests`` (data.json and report.pdf)."""
    plan = data["plan"]
    return Manifest(
        format_version=FORMAT_VERSION, app_version=app_version, created_at=created_at,
        period=data["period"]["code"], unit=dict(data["unit"]),
        plan={k: plan.get(k) for k in PLAN_KEYS},
        members={name: digests[name] for name in (DATA, REPORT)},
    )


def _bad(code: str, message: str) -> PackageError:
    return PackageError(code, message)


def _text(obj: Mapping[str, Any], key: str, where: str, *, required: bool = True,
          limit: int = MAX_TEXT) -> str:
    value = obj.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()) or len(value) > limit:
        raise _bad("bad_field", f"{where}: trường “{key}” thiếu hoặc không hợp lệ.")
    return nfc(value)


def _iso_date(value: Any, where: str, key: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise _bad("bad_field", f"{where}: trường “{key}” không phải ngày dạng NĂM-THÁNG-NGÀY.")


def parse_manifest(obj: Any) -> Manifest:
    """Validate a decoded manifest.json. The version is checked first: a newer major version may
    have moved everything else."""
    where = MANIFEST
    if not isinstance(obj, dict):
        raise _bad("bad_manifest", f"{where} không phải một đối tượng JSON {{…}}.")
    if obj.get("format") != FORMAT:
        raise _bad("bad_manifest", f"{where}: đây không phải gói báo cáo của ccpropa "
                   f"(format “{obj.get('format')}”).")
    check_version(obj.get("format_version"), FORMAT_VERSION, "Gói báo cáo")
    unit = obj.get("unit")
    if not isinstance(unit, dict):
        raise _bad("bad_manifest", f"{where}: thiếu thông tin đơn vị (unit).")
    unit_out = {k: _text(unit, k, f"{where} › unit", limit=500) for k in UNIT_KEYS}
    plan = obj.get("plan")
    if not isinstance(plan, dict):
        raise _bad("bad_manifest", f"{where}: thiếu thông tin kế hoạch (plan).")
    year = plan.get("year")
    if not isinstance(year, int) or isinstance(year, bool) or not 2000 <= year <= 2100:
        raise _bad("bad_field", f"{where} › plan: năm kế hoạch (year) không hợp lệ.")
    plan_out = {"number": _text(plan, "number", f"{where} › plan", required=False, limit=100),
                "date": _iso_date(plan.get("date"), f"{where} › plan", "date"),
                "title": _text(plan, "title", f"{where} › plan"), "year": year}
    period_text = obj.get("period")
    try:
        period = parse_period(period_text if isinstance(period_text, str) else "").code
    except UserError:
        raise _bad("bad_field", f"{where}: kỳ báo cáo “{period_text}” không hợp lệ.") from None
    created = obj.get("created_at")
    if not isinstance(created, str) or not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)?",
                                                       created):
        raise _bad("bad_field", f"{where}: thời điểm tạo gói (created_at) không hợp lệ.")
    members = obj.get("members")
    if not isinstance(members, dict) or set(members) != {DATA, REPORT}:
        raise _bad("bad_manifest", f"{where}: danh sách thành phần (members) phải có đúng "
                   f"{DATA} và {REPORT}.")
    digests = {}
    for name, entry in members.items():
        sha = entry.get("sha256") if isinstance(entry, dict) else None
        size = entry.get("size") if isinstance(entry, dict) else None
        if not isinstance(sha, str) or not _SHA.fullmatch(sha) or not isinstance(size, int) or size < 0:
            raise _bad("bad_manifest", f"{where}: mã SHA-256 hoặc kích thước của “{name}” không hợp lệ.")
        digests[name] = MemberDigest(sha, size)
    app_version = obj.get("app_version")
    return Manifest(format_version=obj["format_version"],
                    app_version=app_version if isinstance(app_version, str) else "",
                    created_at=created, period=period, unit=unit_out, plan=plan_out, members=digests)


def check_digests(manifest: Manifest, actual: Mapping[str, MemberDigest]) -> list[Problem]:
    """Each member as read against what the manifest says: any difference is tampering or damage."""
    problems = []
    for name, expected in manifest.members.items():
        got = actual.get(name)
        if got is None:
            continue
        if got.size != expected.size:
            problems.append(Problem("tampered", f"“{name}” đã bị thay đổi sau khi đóng gói: kích thước "
                                    f"{got.size} byte, bản kê khai ghi {expected.size} byte."))
        elif got.sha256 != expected.sha256:
            problems.append(Problem("tampered", f"“{name}” đã bị thay đổi sau khi đóng gói: mã SHA-256 "
                                    f"không khớp (bản kê khai ghi {expected.sha256}, thực tế "
                                    f"{got.sha256})."))
    return problems


# -- data.json --------------------------------------------------------------------------------
@dataclass
class TaskResult:
    """One task of a unit's plan in one period, as the package carries it."""

    number: str
    content: str
    lead: str = ""
    depth: int = 0
    counted: bool = True  # a task without sub-tasks: it counts in the completion rate
    status: Status = Status.TODO
    done_on: str | None = None
    metrics: dict[str, float | int] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    reason: str = ""
    template_id: str = ""  # the upper level's plan (template) this task came from, if any
    template_number: str = ""
    template_content: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number, "depth": self.depth, "content": self.content, "lead": self.lead,
            "counted": self.counted, "status": self.status.value, "status_label": self.status.label,
            "done_on": self.done_on, "metrics": dict(self.metrics), "evidence": list(self.evidence),
            "reason": self.reason,
            "template": ({"id": self.template_id, "number": self.template_number,
                          "content": self.template_content} if self.template_number else None),
        }


@dataclass
class Completion:
    """Counted tasks (those without sub-tasks) by status. ``rate`` = done / (tasks − dropped), as
    in the unit's own report (domain.report); None when nothing is left to count."""

    tasks: int = 0
    done: int = 0
    doing: int = 0
    todo: int = 0
    dropped: int = 0

    @property
    def rate(self) -> float | None:
        counted = self.tasks - self.dropped
        return self.done / counted if counted > 0 else None

    def add(self, status: Status) -> None:
        self.tasks += 1
        setattr(self, status.value, getattr(self, status.value) + 1)

    def merge(self, other: Completion) -> None:
        for key in ("tasks", "done", "doing", "todo", "dropped"):
            setattr(self, key, getattr(self, key) + getattr(other, key))

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate
        return {"tasks": self.tasks, "done": self.done, "doing": self.doing, "todo": self.todo,
                "dropped": self.dropped, "rate": None if rate is None else round(rate, 4)}


def completion_of(tasks: Iterable[TaskResult]) -> Completion:
    result = Completion()
    for task in tasks:
        if task.counted:
            result.add(task.status)
    return result


def sum_metrics(tasks: Iterable[TaskResult]) -> dict[str, float | int]:
    totals: dict[str, float] = {}
    for task in tasks:
        for key, value in task.metrics.items():
            totals[key] = totals.get(key, 0) + value
    return {k: number(v) for k, v in totals.items()}


def metric_label(key: str) -> str:
    return METRICS.get(key, key.replace("_", " ").capitalize())


@dataclass
class PackageData:
    """data.json, validated: what the upper level aggregates."""

    unit: dict[str, str]
    plan: dict[str, Any]
    period: str
    tasks: list[TaskResult]
    metric_labels: dict[str, str]
    report: dict[str, Any] = field(default_factory=dict)

    @property
    def totals(self) -> dict[str, float | int]:
        return sum_metrics(self.tasks)

    @property
    def completion(self) -> Completion:
        return completion_of(self.tasks)

    def to_dict(self) -> dict[str, Any]:
        """The data.json object; totals and completion are derived, written for other readers."""
        period = parse_period(self.period)
        start, end = period.window()
        totals = self.totals
        return {
            "schema": DATA_SCHEMA,
            "schema_version": DATA_VERSION,
            "unit": dict(self.unit),
            "plan": dict(self.plan),
            "period": {"code": period.code, "label": period.label, "from": start.isoformat(),
                       "to": end.isoformat()},
            "report": dict(self.report),
            "tasks": [t.to_dict() for t in self.tasks],
            "totals": totals,
            "metric_labels": {k: self.metric_labels.get(k, metric_label(k)) for k in totals},
            "completion": self.completion.to_dict(),
        }


def _has_children(depths: list[int], index: int) -> bool:
    return index + 1 < len(depths) and depths[index + 1] > depths[index]


def build_data(unit: UnitProfile, plan: Plan, period: Period, progress: Mapping[int, Progress],
               plan_ref: Mapping[str, Any] | None = None,
               report: Mapping[str, Any] | None = None) -> PackageData:
    """A unit's results for one period, from its plan (tasks numbered) and the tracking data.

    ``plan_ref`` carries the issued number ("18/KH-UBND") and date of the plan, when issued;
    ``report`` how the attached PDF was issued ({"draft", "number", "date"}).
    A task without a tracking record is "chưa triển khai".
    """
    ref = plan_ref or {}
    depths = [t.depth for t in plan.tasks]
    tasks = []
    for index, task in enumerate(plan.tasks):
        record = progress.get(task.id) if task.id is not None else None
        origin = task.origin or {}
        origin_fields = origin.get("fields") or {}
        tasks.append(TaskResult(
            number=task.number, content=clean_line(task.content), lead=clean_line(task.lead),
            depth=task.depth, counted=not _has_children(depths, index),
            status=Status(record.status) if record else Status.TODO,
            done_on=record.done_on.isoformat() if record and record.done_on else None,
            metrics={k: number(float(v)) for k, v in record.metrics.items()} if record else {},
            evidence=[clean_line(e) for e in record.evidence if clean_line(e)] if record else [],
            reason=clean_line(record.reason) if record else "",
            template_id=str(origin.get("template") or ""), template_number=str(origin.get("number") or ""),
            template_content=clean_line(str(origin_fields.get("content") or "")),
        ))
    labels = {k: metric_label(k) for t in tasks for k in t.metrics}
    return PackageData(
        unit=unit_summary(unit),
        plan={"number": str(ref.get("number") or ""), "date": ref.get("date") or None,
              "title": clean_line(plan.title), "year": plan.year, "form": plan.form,
              "template": plan.template_id},
        period=period.code, tasks=tasks, metric_labels=labels, report=dict(report or {}))


# -- reading data.json ------------------------------------------------------------------------
def _metric_value(value: Any, where: str, key: str) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
            or value < 0 or value > 1e15:
        raise _bad("bad_field", f"{where}: số liệu “{key}” không hợp lệ ({value!r}).")
    return number(value)


_METRIC_KEY = re.compile(r"[a-z][a-z0-9_]{0,39}")
_STATUSES = {s.value: s for s in Status}


def _task(obj: Any, index: int) -> TaskResult:
    where = f"{DATA} › nhiệm vụ thứ {index + 1}"  # only read when something is wrong
    if not isinstance(obj, dict):
        raise _bad("bad_field", f"{where}: không phải đối tượng JSON.")
    status = _STATUSES.get(obj.get("status"))  # type: ignore[arg-type]
    if status is None:
        raise _bad("bad_field", f"{where}: trạng thái “{obj.get('status')}” không hợp lệ "
                   "(todo, doing, done, dropped).")
    metrics_in = obj.get("metrics") or {}
    if not isinstance(metrics_in, dict) or len(metrics_in) > 100:
        raise _bad("bad_field", f"{where}: số liệu (metrics) không hợp lệ.")
    metrics = {}
    for key, value in metrics_in.items():
        if not isinstance(key, str) or not _METRIC_KEY.fullmatch(key):
            raise _bad("bad_field", f"{where}: tên số liệu “{key}” không hợp lệ.")
        metrics[key] = _metric_value(value, where, key)
    evidence = obj.get("evidence") or []
    if not isinstance(evidence, list) or len(evidence) > 200 or \
            not all(isinstance(e, str) and len(e) <= MAX_TEXT for e in evidence):
        raise _bad("bad_field", f"{where}: minh chứng (evidence) phải là danh sách chuỗi.")
    depth = obj.get("depth", 0)
    if type(depth) is not int or not 0 <= depth <= 5:
        raise _bad("bad_field", f"{where}: cấp (depth) không hợp lệ.")
    template = obj.get("template") or {}
    if not isinstance(template, dict):
        raise _bad("bad_field", f"{where}: trường “template” không hợp lệ.")
    return TaskResult(
        number=_text(obj, "number", where, limit=40), content=_text(obj, "content", where),
        lead=_text(obj, "lead", where, required=False), depth=depth,
        counted=obj.get("counted", True) is not False, status=status,
        done_on=_iso_date(obj.get("done_on"), where, "done_on"), metrics=metrics,
        evidence=[nfc(e) for e in evidence], reason=_text(obj, "reason", where, required=False),
        template_id=_text(template, "id", where, required=False, limit=200),
        template_number=_text(template, "number", where, required=False, limit=40),
        template_content=_text(template, "content", where, required=False),
    )


def data_from_verified(obj: dict[str, Any]) -> PackageData:
    """data.json that already passed `parse_data` on import (its sha256 checked): rebuilt without
    validating again, for aggregating hundreds of stored packages quickly."""
    tasks = []
    for t in obj["tasks"]:
        template = t.get("template") or {}
        tasks.append(TaskResult(
            number=t["number"], content=t["content"], lead=t.get("lead") or "", depth=t.get("depth", 0),
            counted=t.get("counted", True) is not False, status=_STATUSES[t["status"]],
            done_on=t.get("done_on"), metrics=t.get("metrics") or {}, evidence=t.get("evidence") or [],
            reason=t.get("reason") or "", template_id=template.get("id") or "",
            template_number=template.get("number") or "", template_content=template.get("content") or ""))
    unit = obj["unit"]
    return PackageData(unit={k: unit.get(k, "") for k in UNIT_KEYS}, plan=dict(obj["plan"]),
                       period=obj["period"]["code"], tasks=tasks,
                       metric_labels=dict(obj.get("metric_labels") or {}), report=obj.get("report") or {})


def parse_data(obj: Any, manifest: Manifest | None = None) -> PackageData:
    """Validate a decoded data.json, and check it says the same as the manifest."""
    if not isinstance(obj, dict):
        raise _bad("bad_data", f"{DATA} không phải một đối tượng JSON {{…}}.")
    if obj.get("schema") != DATA_SCHEMA:
        raise _bad("bad_data", f"{DATA}: không phải dữ liệu báo cáo của ccpropa "
                   f"(schema “{obj.get('schema')}”).")
    check_version(obj.get("schema_version"), DATA_VERSION, f"Dữ liệu {DATA}")
    unit = obj.get("unit")
    plan = obj.get("plan")
    period = obj.get("period")
    tasks = obj.get("tasks")
    if not isinstance(unit, dict) or not isinstance(plan, dict) or not isinstance(period, dict):
        raise _bad("bad_data", f"{DATA}: thiếu thông tin đơn vị, kế hoạch hoặc kỳ báo cáo.")
    if not isinstance(tasks, list) or len(tasks) > MAX_TASKS:
        raise _bad("bad_data", f"{DATA}: danh sách nhiệm vụ (tasks) thiếu hoặc quá dài "
                   f"(tối đa {MAX_TASKS}).")
    unit_out = {k: _text(unit, k, f"{DATA} › unit", limit=500) for k in UNIT_KEYS}
    try:
        period_code = parse_period(str(period.get("code", ""))).code
    except UserError:
        raise _bad("bad_field", f"{DATA}: kỳ báo cáo “{period.get('code')}” không hợp lệ.") from None
    year = plan.get("year")
    if not isinstance(year, int) or isinstance(year, bool):
        raise _bad("bad_field", f"{DATA} › plan: năm kế hoạch (year) không hợp lệ.")
    plan_out = {"number": _text(plan, "number", f"{DATA} › plan", required=False, limit=100),
                "date": _iso_date(plan.get("date"), f"{DATA} › plan", "date"),
                "title": _text(plan, "title", f"{DATA} › plan"), "year": year,
                "form": _text(plan, "form", f"{DATA} › plan", required=False, limit=4),
                "template": _text(plan, "template", f"{DATA} › plan", required=False, limit=200)}
    parsed = [_task(t, i) for i, t in enumerate(tasks)]
    labels_in = obj.get("metric_labels") or {}
    labels = {k: nfc(v) for k, v in labels_in.items() if isinstance(k, str) and isinstance(v, str)} \
        if isinstance(labels_in, dict) else {}
    report = obj.get("report") if isinstance(obj.get("report"), dict) else {}
    data = PackageData(unit=unit_out, plan=plan_out, period=period_code, tasks=parsed,
                       metric_labels=labels, report=report)
    totals = obj.get("totals")
    if isinstance(totals, dict):
        computed = data.totals
        for key in set(totals) | set(computed):
            written, summed = totals.get(key, 0), computed.get(key, 0)
            if not isinstance(written, int | float) or abs(written - summed) > 1e-6 * max(1, abs(summed)):
                raise _bad("inconsistent", f"{DATA}: tổng “{key}” ghi {written!r} nhưng cộng từ các "
                           f"nhiệm vụ được {summed}.")
    if manifest is not None:
        for label, ours, theirs in (("đơn vị", data.unit, manifest.unit),
                                    ("kế hoạch", {k: data.plan[k] for k in PLAN_KEYS}, manifest.plan)):
            if ours != theirs:
                raise _bad("inconsistent", f"{DATA} và {MANIFEST} ghi khác nhau về {label}.")
        if data.period != manifest.period:
            raise _bad("inconsistent", f"{DATA} ghi kỳ {data.period}, {MANIFEST} ghi kỳ {manifest.period}.")
    return data
