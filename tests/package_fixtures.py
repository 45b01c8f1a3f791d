"""Hand-made report packages for the package and aggregate tests: synthetic units and plans run
through the real data.json builder, and raw zips for the hostile cases."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ccpropa_desktop.domain.model import Plan, Signer, Task, UnitProfile
from ccpropa_desktop.domain.package import build_data
from ccpropa_desktop.domain.periods import parse_period
from ccpropa_desktop.domain.tracking import Progress, Status
from ccpropa_desktop.services.packages import package_bytes

PDF = b"%PDF-1.4\n% a stand-in report\n%%EOF\n"
TEMPLATE = "song-ma-2022"
TEMPLATE_TASKS = {
    "1": "Tuyên truyền trong nội bộ cơ quan, đơn vị",
    "2": "Tuyên truyền trên phương tiện thông tin đại chúng",
    "3": "Tổ chức tọa đàm, hội nghị về cải cách hành chính",
}

# (number, depth, template number or None, status, metrics)
TaskSpec = tuple[str, int, str | None, str, dict[str, float]]
DEFAULT_TASKS: list[TaskSpec] = [
    ("1", 0, "1", "done", {"hoi_nghi": 2, "luot_nguoi": 80}),
    ("2", 0, "2", "doing", {"tin_bai": 5}),
    ("3", 0, "3", "dropped", {}),
    ("4", 0, None, "todo", {}),
]


def commune(name: str) -> UnitProfile:
    """A xã profile: "Chiềng Khương" → UBND xã Chiềng Khương."""
    return UnitProfile(name_lines=["ỦY BAN NHÂN DÂN", f"XÃ {name.upper()}"], parent_lines=[],
                       abbreviation="UBND", level="xa", place=name,
                       signer=Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn A"),
                       short_name=f"UBND xã {name}")


def data_for(unit: UnitProfile, period: str = "2022-H1", tasks: Sequence[TaskSpec] = DEFAULT_TASKS,
             plan_number: str = "05/KH-UBND") -> dict[str, Any]:
    """data.json for a unit whose plan came from the Sông Mã 2022 template."""
    plan_tasks = []
    progress = {}
    for index, (number, depth, template_number, status, metrics) in enumerate(tasks, start=1):
        origin = ({"template": TEMPLATE, "number": template_number,
                   "fields": {"content": TEMPLATE_TASKS.get(template_number, "")}}
                  if template_number else None)
        content = TEMPLATE_TASKS.get(template_number or "", f"Nhiệm vụ riêng {number} của {unit.short_name}")
        plan_tasks.append(Task(id=index, number=number, depth=depth, content=content, lead="Văn phòng",
                               origin=origin))
        progress[index] = Progress(index, period, Status(status),
                                   done_on=dt.date(2022, 3, 10) if status == "done" else None,
                                   reason="Không bố trí được kinh phí" if status == "dropped" else "",
                                   metrics=dict(metrics), evidence=[f"Công văn số {index}/UBND"])
    plan = Plan(id=1, title=f"Tuyên truyền cải cách hành chính {unit.short_name} năm 2022", year=2022,
                template_id=TEMPLATE, legal_bases=[], closing=[], appendix_title="", columns=[],
                tasks=plan_tasks)
    return build_data(unit, plan, parse_period(period), progress,
                      {"number": plan_number, "date": "2022-01-20"}).to_dict()


def package(unit: UnitProfile, *, period: str = "2022-H1", created_at: str = "2022-06-15T09:00:00+07:00",
            tasks: Sequence[TaskSpec] = DEFAULT_TASKS) -> bytes:
    return package_bytes(data_for(unit, period, tasks), PDF, created_at=created_at)


def write(path: Path, content: bytes) -> Path:
    path.write_bytes(content)
    return path


def members(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def rezip(items: Iterable[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A zip of exactly these entries (duplicates allowed), as a hostile sender would make it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=method) as zf:
        for name, data in items:
            zf.writestr(name, data)
    return buffer.getvalue()


def with_manifest(content: bytes, **changes: Any) -> bytes:
    """The same package with manifest fields changed (checksums kept)."""
    parts = members(content)
    manifest = json.loads(parts["manifest.json"])
    manifest.update(changes)
    parts["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    return rezip(parts.items())
