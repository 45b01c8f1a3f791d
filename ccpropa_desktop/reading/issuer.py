"""Who issued the plan: its letterhead lines → issuer (chủ quản, name, abbreviation, short name, place).

When the document has no letterhead (seeds 000, 001) the issuer is inferred from "UBND tỉnh/huyện
<place>" in the text, with a warning. A department's short name keeps ND30's proper-noun casing
("SỞ KẾ HOẠCH VÀ ĐẦU TƯ" → "Sở Kế hoạch và Đầu tư", ``services.unit.agency_case``).
"""

from __future__ import annotations

import re
from typing import Any

from .patterns import UNIT_WORDS, fold_key, is_upper

CENTRAL_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}


def issuer_of(head: dict[str, Any], signer: dict[str, str], all_text: str,
              warnings: list[str]) -> dict[str, Any]:
    """The template's ``issuer`` from the letterhead ``head`` (issuer_lines, number, place)."""
    lines: list[str] = list(head["issuer_lines"])
    place = head["place"]
    number = head["number"] or ""
    m = re.search(r"/\s*(?:KH|QĐ|QD|KH-|QĐ-)\s*-?\s*([^\s/]+)", number)
    abbreviation = m.group(1) if m else ""
    if not lines and place:
        unit = re.search(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(" + "|".join(UNIT_WORDS) + r")\s+"
                         + re.escape(place), all_text, re.IGNORECASE)
        if unit and (abbreviation in ("", "UBND") or "ỦY BAN" in signer.get("authority", "")):
            lines = ["ỦY BAN NHÂN DÂN", f"{unit.group(1)} {place}".upper()]
            warnings.append("Văn bản không có phần tên cơ quan ban hành; đã suy ra "
                            f"“{' '.join(lines)}” từ nội dung, cần kiểm tra.")
    if not lines:
        warnings.append("Không tìm thấy tên cơ quan ban hành; cần điền trước khi dùng mẫu.")
    first = fold_key(lines[0]) if lines else ""
    if len(lines) >= 2 and first not in ("uy ban nhan dan", "hoi dong nhan dan"):
        parent, name = lines[:1], lines[1:]
    else:
        parent, name = [], lines
    short = short_name(name, place, all_text)
    if not abbreviation:
        abbreviation = "UBND" if name and fold_key(name[0]) == "uy ban nhan dan" else \
            "".join(w[0] for w in " ".join(name).split() if w[:1].isalpha())[:6]
    return {"parent_lines": parent, "name_lines": name, "abbreviation": abbreviation,
            "short_name": short, "place": place}


def short_name(name: list[str], place: str, all_text: str) -> str:
    """How a citation names the issuer: "UBND huyện Sông Mã", "Sở Kế hoạch và Đầu tư"."""
    from ccpropa_desktop.services.unit import agency_case  # the unit profile's own rule

    if not name:
        return ""
    if fold_key(name[0]) == "uy ban nhan dan" and len(name) >= 2:
        area = " ".join(name[1:])
        for word in sorted(UNIT_WORDS, key=len, reverse=True):
            if fold_key(area).startswith(fold_key(word) + " "):
                rest = area[len(word):].strip()
                rest_title = place if place and fold_key(place) == fold_key(rest) else rest.title()
                return f"UBND {word} {rest_title}"
        return f"UBND {area.title()}"
    joined = " ".join(name)
    cased = agency_case(joined)
    # the body usually names the issuer as ND30 writes it; take that spelling when it is a name
    # (capitalised like agency_case's, or with more capitals), never a lower-case mention
    for m in re.finditer(re.escape(joined), all_text, re.IGNORECASE):
        found = m.group(0)
        if not is_upper(found) and found[:1].isupper() and \
                sum(c.isupper() for c in found) >= sum(c.isupper() for c in cased):
            return found
    return cased


def level_of(issuer: dict[str, Any]) -> str:
    """tinh | so | huyen | phong | xa, from the issuer's name and chủ quản."""
    name = [fold_key(x) for x in issuer["name_lines"]]
    parent = " ".join(fold_key(x) for x in issuer["parent_lines"])
    if not name:
        return "tinh"
    if name[0] in ("uy ban nhan dan", "hoi dong nhan dan") and len(name) >= 2:
        area = name[1]
        if area.startswith("tinh"):
            return "tinh"
        if area.startswith("thanh pho"):
            return "tinh" if area.removeprefix("thanh pho ").strip() in CENTRAL_CITIES else "huyen"
        if area.startswith(("huyen", "quan", "thi xa")):
            return "huyen"
        return "xa"
    first = name[0]
    if first.startswith("phong"):
        return "phong"
    if first.startswith(("so", "ban", "van phong", "thanh tra")):
        return "so" if "tinh" in parent or "thanh pho" in parent or not parent else "phong"
    return "tinh"

