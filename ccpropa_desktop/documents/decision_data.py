"""What a form-B Quyết định cites by default: resources/documents/decision.json (data, not code).

The first căn cứ is the law that gives the signer the power to issue the Quyết định, chosen by the
unit's level and the date the plan is issued (the Luật Tổ chức chính quyền địa phương in force on
that day, for a UBND); the list ends with "Theo đề nghị của <proposer>", by level. Both can be set
per plan; these are the defaults.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from typing import Any

from ccpropa_desktop.errors import UserError
from ccpropa_desktop.paths import resources_dir

FILE = ("documents", "decision.json")


def data_file() -> str:
    return str(resources_dir().joinpath(*FILE))


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = resources_dir().joinpath(*FILE)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["power_bases"]
        for entry in entries:
            for key in ("from", "until"):
                if entry.get(key):
                    dt.date.fromisoformat(entry[key])
            if not isinstance(entry["text"], str) or not isinstance(entry["levels"], list):
                raise TypeError(entry)
        if not isinstance(data.get("proposers", {}), dict):
            raise TypeError("proposers")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError("decision_data_invalid", f"Tệp căn cứ mặc định của Quyết định {path} bị thiếu "
                        f"hoặc không hợp lệ ({exc}). Hãy sửa lại tệp hoặc cài lại chương trình.") from exc
    return data


def draft_day(year: int, today: dt.date | None = None) -> dt.date:
    """The day a draft with no date is taken to be issued: today, kept inside the plan's year."""
    day = today or dt.date.today()
    return min(max(day, dt.date(year, 1, 1)), dt.date(year, 12, 31))


def power_basis(level: str, on: dt.date, unit_name: str = "") -> str:
    """The first căn cứ of a Quyết định issued by a unit of ``level`` on ``on`` ("" if none applies)."""
    for entry in _data()["power_bases"]:
        if level not in entry["levels"]:
            continue
        start = dt.date.fromisoformat(entry["from"]) if entry.get("from") else dt.date.min
        end = dt.date.fromisoformat(entry["until"]) if entry.get("until") else dt.date.max
        if start <= on <= end:
            return entry["text"].replace("{unit}", unit_name).strip()
    return ""


def proposer(level: str) -> str:
    """Whose proposal a Quyết định of this level cites: "Trưởng phòng Nội vụ" for a huyện."""
    return str(_data().get("proposers", {}).get(level, "")).strip()
