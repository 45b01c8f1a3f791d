"""The unit profile (W1): who issues, who signs, who receives."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ccpropa_desktop.domain.levels import LEVELS
from ccpropa_desktop.domain.model import Signer, UnitProfile
from ccpropa_desktop.domain.text import clean_line, nfc
from ccpropa_desktop.errors import UserError

if TYPE_CHECKING:
    from ccpropa_desktop.store import Store

# The fields a unit.json must hold (issue 2); parent_lines, recipients and agencies may be empty lists.
REQUIRED = ("name_lines", "parent_lines", "abbreviation", "level", "place", "signer", "recipients",
            "agencies")


LIMITS: dict[str, int] = {
    "name_lines": 120, "parent_lines": 120, "abbreviation": 10, "place": 60, "short_name": 200,
    "drafting_unit": 40, "signer.authority": 120, "signer.title": 120, "signer.name": 80,
    "recipients": 200, "agencies": 200,
}
"""The longest text each field takes, in characters (per line for the lists).

The header (ô 1–4) is drawn whole on page 1 and the signature block (ô 7–9b) is kept on one page,
so what they print is refused when it is typed or saved, never found out when printing. A name line
of 120 characters is three times the longest real one ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH";
the 65 mm column holds about 25 at 13 pt) and wraps to about six lines; a signer's name 80; a place
name 60 (the date line stays within two lines of the right column); the issuer's abbreviation 10
(the "Số: …/KH-UBND" line stays within the left column); the drafting unit of "- Lưu: VT, NV." 40;
a recipient or an agency 200. tests/services/test_unit_limits.py prints a profile with every field
at its limit."""

LINES_MAX = {"name_lines": 3, "parent_lines": 3}
"""Lines per agency-name part: with `LIMITS` the whole header still fits on page 1."""


def _bad(field: str, why: str, **params: object) -> UserError:
    return UserError("unit_invalid", f"Hồ sơ đơn vị: trường “{field}” {why}", field=field, **params)


def _too_long(field: str, text: str, where: str = "") -> UserError | None:
    most = LIMITS[field]
    if len(text) <= most:
        return None
    return _bad(field, f"{where}quá dài: {len(text)} ký tự, tối đa {most} ký tự.", reason="too_long",
                limit=most)


def _str_list(data: dict[str, Any], field: str, *, required: bool = False) -> list[str]:
    value = data.get(field, [])
    if value is None:
        value = []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _bad(field, "phải là một danh sách chuỗi.")
    items = [clean_line(v) for v in value if clean_line(v)]
    if required and not items:
        raise _bad(field, "không được để trống.")
    for number, item in enumerate(items, start=1):
        error = _too_long(field, item, f"dòng {number} ")
        if error:
            raise error
    most = LINES_MAX.get(field)
    if most is not None and len(items) > most:
        raise _bad(field, f"có {len(items)} dòng, tối đa {most} dòng.", reason="too_many", limit=most)
    return items


def _str(data: dict[str, Any], field: str) -> str:
    value = data.get(field, "")
    if not isinstance(value, str):
        raise _bad(field, "phải là chuỗi văn bản.")
    text = clean_line(value)
    error = _too_long(field, text) if field in LIMITS else None
    if error:
        raise error
    return text


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
        if not isinstance(value, str):
            raise _bad(f"signer.{key}", "phải là chuỗi văn bản (đặt trong dấu ngoặc kép), ví dụ "
                       "“Nguyễn Văn A”.")
        if not clean_line(value):
            raise _bad(f"signer.{key}", "không được để trống.")
        error = _too_long(f"signer.{key}", clean_line(value))
        if error:
            raise error
        signer_fields[key] = clean_line(value)
    signer = Signer(authority=signer_fields["authority"].upper(), title=signer_fields["title"].upper(),
                    name=signer_fields["name"])
    short_name = _str(data, "short_name") or derive_short_name(name_lines)
    return UnitProfile(
        name_lines=name_lines, parent_lines=parent_lines, abbreviation=abbreviation, level=level,
        place=place, signer=signer, recipients=_str_list(data, "recipients"),
        agencies=_str_list(data, "agencies"), short_name=short_name,
        drafting_unit=_drafting_unit(data),
    )


_ARCHIVE_HEAD = re.compile(r"^(?:lưu\s*:\s*)?(?:vt\s*(?:,\s*|$))?", re.IGNORECASE)


def normalize_drafting_unit(text: str) -> str:
    """"NV", "CCHC", "NCPC (Vân)" as typed; a pasted whole line "- Lưu: VT, NV." keeps only "NV"."""
    return _ARCHIVE_HEAD.sub("", clean_line(text).lstrip("- ").rstrip(" .;,")).strip()


def _drafting_unit(data: dict[str, Any]) -> str:
    """Optional (profiles saved before it have none): printed as "- Lưu: VT, NV."."""
    if data.get("drafting_unit") is None:
        return ""
    text = _str(data, "drafting_unit")
    if "\n" in text:
        raise _bad("drafting_unit", "chỉ gồm một dòng, ví dụ “NV”, “CCHC”.")
    return normalize_drafting_unit(text)


# A valid stand-in for each field `unit_from_dict` can reject, so `invalid_fields` can look past it.
_STAND_INS: dict[str, Any] = {
    "name_lines": ["X"], "parent_lines": [], "abbreviation": "X", "level": next(iter(LEVELS)),
    "place": "X", "recipients": [], "agencies": [], "short_name": "", "drafting_unit": "",
    "signer": {"authority": "X", "title": "X", "name": "X"},
}


def field_errors(data: dict[str, Any]) -> dict[str, UserError]:
    """Every field `unit_from_dict` would reject, with its error (a form shows them all at once,
    where `unit_from_dict` stops at the first). Keys: "name_lines", "signer.name", …; an error's
    ``params["reason"]`` is "too_long" / "too_many" (with ``params["limit"]``) for text over `LIMITS`."""
    data = dict(data)
    errors: dict[str, UserError] = {}
    for _ in range(len(_STAND_INS) + 3):
        try:
            unit_from_dict(data)
        except UserError as exc:
            field = str(exc.params.get("field", ""))
            if not field or field in errors:
                errors[field] = exc
                break
            errors[field] = exc
            if field.startswith("signer."):
                data["signer"] = {**data["signer"], field.split(".", 1)[1]: "X"}  # a dict by now
            else:
                data[field] = _STAND_INS[field]
        else:
            break
    return errors


def invalid_fields(data: dict[str, Any]) -> dict[str, str]:
    """`field_errors` as messages."""
    return {field: error.message for field, error in field_errors(data).items()}


def read_unit_file(path: str | Path) -> UnitProfile:
    import json  # here, not at the top: the unit page (a first run's first page) reads no file

    from ccpropa_desktop.store.files import os_reason

    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise UserError("file_unreadable", f"Không đọc được tệp {path}: {os_reason(exc)}.") from exc
    try:
        data = json.loads(nfc(raw.decode("utf-8-sig")))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError("unit_invalid", f"Tệp {path} không phải JSON hợp lệ (UTF-8): {exc}.") from exc
    except RecursionError as exc:  # [[[[…]]]] thousands deep: not a unit profile
        raise UserError("unit_invalid", f"Tệp {path} không phải hồ sơ đơn vị: dữ liệu JSON lồng nhau quá "
                        "sâu.") from exc
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
