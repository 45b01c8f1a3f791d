"""The agencies a plan's appendix names as lead (chủ trì) or partner (phối hợp), issue 15.

A lead/partners cell is free text: "Phòng Văn hóa và Thông tin; UBND các xã, thị trấn",
"Sở Nội vụ, Sở Thông tin và Truyền thông, Báo Bình Định", "Văn phòng UBND tỉnh; các Sở: Nội vụ,
Tư pháp, Tài chính", "Trường Chính trị tỉnh và các Trung tâm Chính trị cấp huyện". `split_cell` takes
it apart:

- lines and ";" (outside parentheses) always separate names;
- "các Sở: Nội vụ, Tư pháp" is distributed: "Sở Nội vụ", "Sở Tư pháp";
- " và các …" starts a new name ("… tỉnh và các Trung tâm …"); any other "và" belongs to a name
  ("Văn phòng HĐND và UBND huyện", "Sở Kế hoạch và Đầu tư");
- "," separates names only where the next part starts a new one: a capital letter or "các"
  ("Sở Nội vụ, Báo Bình Định", "Sở Thông tin và Truyền thông, các cơ quan có liên quan"); a part in
  lower case continues the name ("UBND các xã, thị trấn", "Các sở, ban, ngành").

Each name is then one of four kinds (`classify`):

- ``agency``: one body ("Phòng Nội vụ", "Bưu điện huyện") — it gets its own task sheet;
- ``group``: a named set of bodies of one type ("UBND các xã, thị trấn", "Các sở, ban, ngành",
  "UBND cấp xã", "Các thành viên Ban Chỉ đạo CCHC") — one sheet, sent to every member;
- ``all``: every agency of the unit ("Các cơ quan, đơn vị", "Các cơ quan, đơn vị, địa phương") — its
  tasks are printed on every sheet, as tasks given to all;
- ``related``: names nobody ("Các cơ quan, đơn vị có liên quan", "Tổ chức, cá nhân"): the lead
  involves whom it needs; no sheet.

Spellings are grouped by `agency_key`: no diacritics, no case, "Ủy ban nhân dân" = "UBND",
"Tài chính-Kế hoạch" = "Tài chính - Kế hoạch", "… huyện Sông Mã" = "… huyện" for the unit's place,
"Ban Quản lý Khu kinh tế tỉnh" = "Ban Quản lý Khu kinh tế" for a provincial unit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .text import clean_line, fold

AGENCY, GROUP, ALL, RELATED = "agency", "group", "all", "related"
KINDS = (AGENCY, GROUP, ALL, RELATED)

_DISTRIBUTED = re.compile(r"^(?:các\s+)?(\S+(?:\s+\S+){0,2}?)\s*:\s*(.+)$", re.IGNORECASE | re.DOTALL)
_AND_THE = re.compile(r"\s+và\s+(?=các\s)", re.IGNORECASE)
_EDGES = " \t-–+•*.,;:"
_ABBREVIATIONS = (("uy ban nhan dan", "ubnd"), ("hoi dong nhan dan", "hdnd"),
                  ("mat tran to quoc", "mttq"), ("uy ban mttq", "ubmttq"))
_LEVEL_WORDS = ("tinh", "huyen", "thi xa", "thanh pho", "quan", "xa", "phuong")
_GROUP = re.compile(r"^cac\s|\scac\s|\bcap (tinh|huyen|xa)\b|^thanh vien\b|^(hoi, )?doan the\b")
_SHEET_KINDS = (AGENCY, GROUP)
AREA_WORDS = {"tinh": "tỉnh", "so": "tỉnh", "huyen": "huyện", "phong": "huyện", "xa": "xã"}
"""The word of the area a unit of each level (domain.levels) works in, for `agency_key`'s ``area``."""


def _outside_parentheses(text: str, separators: str) -> list[str]:
    """``text`` cut at each of ``separators`` that is not inside (…)."""
    parts, depth, start = [], 0, 0
    for index, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in separators and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def _starts_name(part: str) -> bool:
    word = part.lstrip()
    return bool(word) and (word[0].isupper() or fold(word).startswith("cac "))


def _commas(piece: str) -> list[str]:
    names: list[str] = []
    for part in _outside_parentheses(piece, ","):
        if names and not _starts_name(part):
            names[-1] = f"{names[-1]},{part}"
        else:
            names.append(part)
    return names


def _tidy(name: str) -> str:
    text = " ".join(name.split()).strip(_EDGES)
    if text.count("(") > text.count(")"):
        text += ")"
    return text


def split_cell(cell: str) -> list[str]:
    """The names in one lead or partners cell, in order, each written as in the cell (tidied)."""
    out: list[str] = []
    for piece in _outside_parentheses(clean_line(cell or "").replace("\n", ";"), ";"):
        piece = piece.strip(_EDGES)
        if not piece:
            continue
        distributed = _DISTRIBUTED.match(piece)
        if distributed and "(" not in distributed.group(1):
            kind = distributed.group(1).strip()
            kind = kind[:1].upper() + kind[1:]
            for item in _outside_parentheses(distributed.group(2), ","):
                item = _tidy(item)
                if item:
                    out.append(f"{kind} {item}")
            continue
        for part in _AND_THE.split(piece):
            for name in _commas(part):
                name = _tidy(name)
                if name:
                    out.append(name)
    return out


def agency_key(name: str, place: str = "", area: str = "") -> str:
    """What two spellings of one agency share: fold(), abbreviations, dashes, the unit's place
    ("… huyện Sông Mã" = "… huyện"), and the word of the unit's own level at the end ("Ban Quản lý Khu
    kinh tế tỉnh" = "Ban Quản lý Khu kinh tế" for a provincial unit; ``area`` = "tỉnh", "huyện", "xã")
    when two words or more remain and it does not end "cấp …" ("UBND huyện", "cấp huyện" stay)."""
    key = fold(clean_line(name)).replace("\n", " ").replace("&", " va ")
    key = re.sub(r"\s*[-–]\s*", " - ", key)
    for long, short in _ABBREVIATIONS:
        key = re.sub(rf"\b{long}\b", short, key)
    key = " ".join(key.split()).strip(_EDGES)
    if place:
        folded_place = " ".join(fold(place).split())
        for word in _LEVEL_WORDS:
            suffix = f" {word} {folded_place}"
            if key.endswith(suffix):
                key = key[: -len(folded_place) - 1]
                break
    words = key.split(" ")
    if area and len(words) >= 3 and words[-1] == fold(area) and words[-2] not in ("cap", "cac"):
        key = " ".join(words[:-1])
    return key


@dataclass(frozen=True)
class Phrases:
    """The data behind `classify`: resources/mappings/proposal.json ("all", "qualifiers")."""

    all_units: tuple[str, ...] = ("các cơ quan, đơn vị, địa phương", "các cơ quan, đơn vị",
                                  "các cấp, các ngành", "các địa phương")
    qualifiers: tuple[str, ...] = ("có liên quan", "liên quan")
    nobody: tuple[str, ...] = ("cá nhân",)  # "Tổ chức, cá nhân", "các cá nhân, tổ chức liên quan"


def classify(name: str, phrases: Phrases = Phrases()) -> str:
    """``agency``, ``group``, ``all`` or ``related`` (see the module text)."""
    key = " ".join(fold(name).split()).strip(_EDGES)
    if any(fold(q) in key for q in (*phrases.qualifiers, *phrases.nobody)):
        return RELATED
    for phrase in phrases.all_units:
        folded = fold(phrase)
        if key == folded or key.startswith(f"{folded} thuoc "):
            return ALL
    if _GROUP.search(key):
        return GROUP
    return AGENCY


@dataclass
class Named:
    """One agency or group across the plan: the tasks (their indices in plan order) it leads and
    those it partners; a task it leads is never also listed as partnered."""

    key: str
    name: str
    kind: str
    lead: list[int] = field(default_factory=list)
    partner: list[int] = field(default_factory=list)
    spellings: list[str] = field(default_factory=list)


@dataclass
class Assignments:
    """Who is named where: ``named`` (agencies and groups, in order of first mention), the tasks
    given to all (``common_lead``, ``common_partner``), and the tasks that name only "related"
    bodies (``related``: index → the phrases)."""

    named: list[Named]
    common_lead: list[int] = field(default_factory=list)
    common_partner: list[int] = field(default_factory=list)
    related: dict[int, list[str]] = field(default_factory=dict)

    def get(self, key: str) -> Named | None:
        return next((n for n in self.named if n.key == key), None)


def _display(spellings: list[str], directory: dict[str, str], key: str) -> str:
    if key in directory:
        return directory[key]
    counts = Counter(spellings)
    best = max(spellings, key=lambda s: (counts[s], s[:1].isupper(), -spellings.index(s)))
    return best[:1].upper() + best[1:]


def collect(cells: Sequence[tuple[str, str]], *, phrases: Phrases = Phrases(), place: str = "",
            area: str = "", directory: Iterable[str] = (), own_names: Iterable[str] = ()) -> Assignments:
    """Every agency and group named in ``cells`` [(lead, partners) per task, in plan order].

    ``directory`` (the unit profile's agencies) gives the spelling a sheet prints when one of its
    entries has the same key; names with the key of one of ``own_names`` (the issuing unit itself,
    "UBND huyện") get no sheet: the plan is already its own."""
    names = {agency_key(n, place, area): clean_line(n) for n in directory if clean_line(n)}
    own = {agency_key(n, place, area) for n in own_names if n}
    found: dict[str, Named] = {}
    result = Assignments(named=[])
    for index, (lead, partners) in enumerate(cells):
        for role, cell in (("lead", lead), ("partner", partners)):
            for name in split_cell(cell):
                kind = classify(name, phrases)
                if kind == RELATED:
                    result.related.setdefault(index, []).append(name)
                    continue
                if kind == ALL:
                    target = result.common_lead if role == "lead" else result.common_partner
                    if index not in target and not (role == "partner" and index in result.common_lead):
                        target.append(index)
                    continue
                key = agency_key(name, place, area)
                if not key or key in own:
                    continue
                entry = found.get(key)
                if entry is None:
                    entry = found[key] = Named(key, name, kind)
                entry.spellings.append(name)
                tasks = entry.lead if role == "lead" else entry.partner
                if index not in tasks and not (role == "partner" and index in entry.lead):
                    tasks.append(index)
    for entry in found.values():
        entry.partner = [i for i in entry.partner if i not in entry.lead]
        entry.name = _display(entry.spellings, names, entry.key)
    result.named = [e for e in found.values() if e.kind in _SHEET_KINDS]
    result.common_partner = [i for i in result.common_partner if i not in result.common_lead]
    return result


def slug(text: str, limit: int = 60) -> str:
    """An ASCII file-name stem: "Phòng Văn hóa và Thông tin" → "phong-van-hoa-va-thong-tin"."""
    value = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if len(value) > limit:
        value = value[:limit].rsplit("-", 1)[0] or value[:limit]
    return value or "co-quan"


def initials(name: str) -> str:
    """"Phòng Nội vụ" → "NV", "Phòng Văn hóa và Thông tin" → "VHTT": the words after the agency's
    type, as a drafting unit is abbreviated on "- Lưu: VT, NV."."""
    words = [w for w in re.split(r"[\s\-–,]+", fold(name)) if w]
    for lead in (("van", "phong"), ("trung", "tam"), ("phong",), ("so",), ("ban",), ("bo", "phan")):
        if tuple(words[: len(lead)]) == lead:
            words = words[len(lead):]
            break
    return "".join(w[0] for w in words if w not in ("va", "&")).upper()
