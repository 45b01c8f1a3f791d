"""The unit profile (W1): who issues, who signs, who receives."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ccpropa_desktop.domain.levels import LEVELS
from ccpropa_desktop.domain.model import Signer, UnitProfile
from ccpropa_desktop.domain.text import clean_line, nfc
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store

# The fields a unit.json must hold (issue 2); parent_lines, recipients and agencies may be empty lists.
REQUIRED = ("name_lines", "parent_lines", "abbreviation", "level", "place", "signer", "recipients",
            "agencies")


def _bad(field: str, why: str) -> UserError:
    return UserError("unit_invalid", f"Hồ sơ đơn vị: trường “{field}” {why}", field=field)


def _str_list(data: dict[str, Any], field: str, *, required: bool = False) -> list[str]:
    value = data.get(field, [])
    if value is None:
        value = []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _bad(field, "phải là một danh sách chuỗi.")
    items = [clean_line(v) for v in value if clean_line(v)]
    if required and not items:
        raise _bad(field, "không được để trống.")
    return items


def _str(data: dict[str, Any], field: str) -> str:
    value = data.get(field, "")
    if not isinstance(value, str):
        raise _bad(field, "phải là chuỗi văn bản.")
    return clean_line(value)


_UNIT_KINDS = {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"}
"""Administrative unit words kept lower case in a short name: "UBND thị trấn Sông Mã"."""


def derive_short_name(name_lines: list[str]) -> str:
    """["ỦY BAN NHÂN DÂN", "HUYỆN SÔNG MÃ"] → "UBND huyện Sông Mã"."""
    if not name_lines:
        return ""
    if name_lines[0].upper() in ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN") and len(name_lines) > 1:
        words = " ".join(name_lines[1:]).split()
        kind = next((n for n in (2, 1) if " ".join(words[:n]).lower() in _UNIT_KINDS), 1)
        return "UBND " + " ".join([*(w.lower() for w in words[:kind]), *(w.title() for w in words[kind:])])
    return agency_case(" ".join(name_lines))


_AGENCY_KINDS = ("văn phòng", "trung tâm", "chi cục", "ban quản lý", "sở", "phòng", "ban", "cục", "bộ",
                 "đài", "ủy ban", "uỷ ban")


_ABBREVIATIONS = {"HĐND", "UBND", "MTTQ", "UBMTTQ", "CCHC", "PT&TH", "PT-TH", "CNTT", "KT-XH", "VH-TT",
                  "VHTT", "TDTT", "LĐTBXH", "TN&MT", "GD&ĐT", "KH&CN", "NN&PTNT", "GTVT", "TT&TT"}
"""Abbreviations that stay in capitals inside an agency name."""


def agency_case(text: str) -> str:
    """An agency name as ND30 writes it: the kind and each field of work capitalised, the rest lower.

    "SỞ NỘI VỤ" → "Sở Nội vụ"; "SỞ KẾ HOẠCH VÀ ĐẦU TƯ" → "Sở Kế hoạch và Đầu tư";
    "PHÒNG TÀI CHÍNH - KẾ HOẠCH" → "Phòng Tài chính - Kế hoạch".
    """
    original = text.split()
    words = [w.lower() for w in original]
    if not words:
        return ""
    kind = next((len(k.split()) for k in _AGENCY_KINDS if words[:len(k.split())] == k.split()), 1)
    capital = {0, kind}  # the kind, then the first word of its field
    for i, word in enumerate(words):
        if word in ("và", "-", "–", ",") or word.endswith(","):
            capital.add(i + 1)
    out = []
    for i, (word, raw) in enumerate(zip(words, original, strict=True)):
        if raw.upper().strip(",") in _ABBREVIATIONS:
            out.append(raw.upper())
        else:
            out.append(word[:1].upper() + word[1:] if i in capital else word)
    return " ".join(out)


def unit_from_dict(data: Any) -> UnitProfile:
    """Validate a unit.json object. Raises ``UserError`` naming the first bad field."""
    if not isinstance(data, dict):
        raise UserError("unit_invalid", "Hồ sơ đơn vị phải là một đối tượng JSON {…}.")
    for field in REQUIRED:
        if field not in data:
            raise _bad(field, "bị thiếu.")
    name_lines = [line.upper() for line in _str_list(data, "name_lines", required=True)]
    parent_lines = [line.upper() for line in _str_list(data, "parent_lines")]
    abbreviation = _str(data, "abbreviation")
    if not abbreviation or " " in abbreviation:
        raise _bad("abbreviation", "phải là chữ viết tắt không có dấu cách, ví dụ “UBND”, “SNV”.")
    level = _str(data, "level")
    if level not in LEVELS:
        raise _bad("level", f"phải là một trong: {', '.join(LEVELS)} (đang là “{level}”).")
    place = _str(data, "place")
    if not place:
        raise _bad("place", "(địa danh) không được để trống.")
    signer_data = data.get("signer")
    if not isinstance(signer_data, dict):
        raise _bad("signer", "phải là đối tượng có authority, title, name.")
    signer_fields = {}
    for key in ("authority", "title", "name"):
        value = signer_data.get(key, "")
        if not isinstance(value, str) or not clean_line(value):
            raise _bad(f"signer.{key}", "không được để trống.")
        signer_fields[key] = clean_line(value)
    signer = Signer(authority=signer_fields["authority"].upper(), title=signer_fields["title"].upper(),
                    name=signer_fields["name"])
    short_name = _str(data, "short_name") or derive_short_name(name_lines)
    return UnitProfile(
        name_lines=name_lines, parent_lines=parent_lines, abbreviation=abbreviation, level=level,
        place=place, signer=signer, recipients=_str_list(data, "recipients"),
        agencies=_str_list(data, "agencies"), short_name=short_name,
    )


# A valid stand-in for each field `unit_from_dict` can reject, so `invalid_fields` can look past it.
_STAND_INS: dict[str, Any] = {
    "name_lines": ["X"], "parent_lines": [], "abbreviation": "X", "level": next(iter(LEVELS)),
    "place": "X", "recipients": [], "agencies": [], "short_name": "",
    "signer": {"authority": "X", "title": "X", "name": "X"},
}


def invalid_fields(data: dict[str, Any]) -> dict[str, str]:
    """Every field `unit_from_dict` would reject, with its message (a form shows them all at once,
    where `unit_from_dict` stops at the first). Keys: "name_lines", "signer.name", …"""
    data = dict(data)
    errors: dict[str, str] = {}
    for _ in range(len(_STAND_INS) + 3):
        try:
            unit_from_dict(data)
        except UserError as exc:
            field = str(exc.params.get("field", ""))
            if not field or field in errors:
                errors[field] = exc.message
                break
            errors[field] = exc.message
            if field.startswith("signer."):
                data["signer"] = {**data["signer"], field.split(".", 1)[1]: "X"}  # a dict by now
            else:
                data[field] = _STAND_INS[field]
        else:
            break
    return errors


def read_unit_file(path: str | Path) -> UnitProfile:
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UserError("file_unreadable", f"Không đọc được tệp {path}: {exc.strerror}.") from exc
    try:
        data = json.loads(nfc(raw.decode("utf-8-sig")))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError("unit_invalid", f"Tệp {path} không phải JSON hợp lệ (UTF-8): {exc}.") from exc
    return unit_from_dict(data)


def set_unit(store: Store, unit: UnitProfile) -> UnitProfile:
    store.save_unit(unit)
    return unit


def get_unit(store: Store) -> UnitProfile:
    unit = store.get_unit()
    if unit is None:
        raise UserError("unit_missing", "Chưa có hồ sơ đơn vị. Hãy khai báo bằng: "
                        "ccpropa unit set --file unit.json")
    return unit
