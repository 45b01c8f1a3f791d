"""Which column a line of a spilled table belongs to, by its content (issue 13, item 2).

A stretch of lines holds, in order, the cells of a list of slots (column × row); ``segment`` cuts
it where the cells most plausibly start: an agency name ("UBND huyện", "Các cơ quan, đơn vị",
"Phòng Nội vụ") starts a lead or partners cell, a time phrase ("Quý I", "Thường xuyên", "Tháng 4
hằng năm", "15/12/2024") a schedule, a channel ("- Trên Cổng…", "Hội nghị", "Lồng ghép…") a form;
a cell never starts in lower case nor after a line cut mid-phrase ("… của", "… và"). The best cut
is found by dynamic programming over the cut points; whether it is *sure* (every cell started
where its kind of text starts, no slot is left to chance) decides if the row is flagged.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from ccpropa_desktop.domain.text import fold

_TIME = re.compile(
    r"^(?:thuong xuyen|thuong$|quy [ivx1-4]|thang \d|thang (?:mot|hai|ba)|nam 20\d\d|"
    r"hang (?:nam|thang|quy|tuan|ngay)|"
    r"trong (?:nam|quy|thang|suot)|theo (?:thang|quy|nam|dinh ky|ke hoach)|ca nam|tu (?:ngay|thang|nam|quy)|"
    r"truoc (?:ngay|thang|\d)|dinh ky|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4}|(?:mot|1|2) (?:tuan|thang|quy|lan)|"
    r"moi (?:thang|quy|nam|tuan)|6 thang|sau khi|ngay sau|khi co|dau nam|cuoi nam|giua nam|dot \d|lien tuc|"
    r"suot nam|nam 20|hang nam|chu dong|kip thoi|tuy tinh hinh|thang \d{1,2}/\d{4})")
_AGENCY = re.compile(
    r"^(?:ubnd|uy ban|so |phong |van phong|trung tam|cac co quan|cac don vi|co quan|"
    r"don vi|ban (?!hanh)|bao |dai |"
    r"cong an|huyen uy|tinh uy|thanh uy|dang uy|mat tran|mttq|ubmttq|hoi (?!nghi|thi)|"
    r"doan (?!ket)|cac to chuc|"
    r"to chuc, ca nhan|to chuc ca nhan|cac phong|cac ban|cac so|cac xa|cac hoi|hdnd|thanh vien|chi cuc|cuc |"
    r"bo (?:noi|tu|thong)|kho bac|vien kiem sat|toa an|buu dien|lien doan|hoi dong|cac nganh|nganh |"
    r"cac thanh vien|tt |tt\.|vp |ubnd|chu tich|lanh dao|cac dia phuong|dia phuong|cac cap|nguoi dung dau|"
    r"doanh nghiep|nguoi dan|cong chuc|can bo)")
_FORM = re.compile(
    r"^(?:tren |truc tiep|qua |long ghep|mo (?:cac|lop|hoi)|phat (?:hanh|to|so)|"
    r"to chuc (?:hoi|cac cuoc|toa|cuoc|"
    r"thi|gap|doi thoai|le)|hoi nghi|hoi thi|toa dam|niem yet|trang nhat|in |cang treo|dang tai|"
    r"tuyen truyen (?:tren|qua|truc|bang|mieng)|cac cuoc|bang ron|pano|pa no|to roi|"
    r"so tay|tai lieu|sinh hoat|"
    r"giao ban|cuoc thi|phong su|tin, bai|tin bai|ban tin|video|clip|infographic|hop bao|doi thoai|"
    r"thong qua|bang (?:hinh|van ban)|van ban|cong van|bao cao|kiem tra|ky niem|treo)")
_CONNECTOR = re.compile(r"(?:^|\s)(?:và|của|các|cấp|về|trên|tại|với|cho|đến|theo|thị|tổ|cơ|đơn|những|"
                        r"được|trong|từ|số|ngày|là|hoặc|thông|điện|-)$")
_ENDS = (".", ";", ":", "!", "?", "…", ")")
_BULLETS = ("- ", "+ ", "• ")
_MERGED = re.compile(r"\S\s[-+]\s(?=[A-ZĐÀ-Ỹ])")   # "… trong thực - Trên Cổng" (a bullet mid-line)


@dataclass(frozen=True)
class Slot:
    """One cell a stretch of lines may hold: its column's key and index, its row, and whether the
    row began before the stretch (its text goes on from an earlier page)."""

    col: int
    key: str | None
    row: int
    going_on: bool = False
    tail: str = ""             # a row going on: the last line its column holds so far


def _head(line: str) -> str:
    return fold(re.sub(r"^[-+•–]\s*", "", line)).strip()


def kind(line: str) -> str | None:
    """"time", "agency", "form" or None: the kind of cell a line looks like the start of."""
    head = _head(line)
    if _TIME.match(head) and len(line) <= 60:
        return "time"
    if _FORM.match(head):
        return "form"
    if _AGENCY.match(head):
        return "agency"
    return None


_AGENCY_INSIDE = re.compile(
    r"(?<=[^\W\d_]) (?=(?:UBND|Ủy ban|Các cơ quan|Các đơn vị|Trung tâm|Phòng|"
    r"Văn phòng|Sở|Ban|Công an|Huyện ủy|"
    r"Tỉnh ủy|Đài|Báo|Hội|Đoàn|Mặt trận|Các tổ chức|Tổ chức, cá nhân|Các phòng|Các xã)\b)")
_NOT_BEFORE = re.compile(r"(?:^|\s)(?:và|các|của|cấp|với|cho|tại|thuộc|là|gồm|hoặc|như)$")


def split_agencies(line: str) -> list[str]:
    """A line holding a cell and an agency's cell one space apart ("Phòng Nội vụ Trung tâm Truyền
    thông -", "… trong nội bộ Các cơ quan, đơn vị; UBND") → its parts; an agency after "và", "các",
    "của" … or a punctuation mark stays on its line. The parts go back together when the cut puts
    them in one cell."""
    cuts = [m.start() for m in _AGENCY_INSIDE.finditer(line) if not _NOT_BEFORE.search(line[:m.start()])]
    if not cuts:
        return [line]
    parts, at = [], 0
    for cut in cuts:
        parts.append(line[at:cut].strip())
        at = cut + 1
    parts.append(line[at:].strip())
    return [p for p in parts if p]


def split_line(line: str) -> list[str]:
    """A line holding two cells one space apart → the cells: a bullet mid-line after a word ("… trong
    thực - Trên Cổng/Trang thông"), or a second agency ("Phòng Nội vụ Trung tâm Truyền thông -")."""
    m = _MERGED.search(line)
    if m and not re.search(r"[;.:]$", line[:m.start() + 1]) and kind(line[m.start() + 2:]) == "form":
        return [*split_line(line[:m.start() + 1].strip()), *split_line(line[m.start() + 2:].strip())]
    return split_agencies(line)


def _start(key: str | None, line: str, before: str, forced: bool) -> tuple[float, bool]:
    """How well ``line`` starts a cell of ``key`` after the line ``before`` (another cell's end),
    and whether that start is a sure one. ``forced``: the line before is full (its cell's width
    could not take this line's first word), so the break is a wrap, not a cell's end."""
    first = line.lstrip("-+•– ")[:1]
    if first.islower():
        return -8.0, False
    score = 0.0
    if before:
        b = before.rstrip()
        if b.endswith("-") or _CONNECTOR.search(b):
            score -= 3.0
        elif b.endswith(","):
            score -= 1.5
        elif b.endswith(_ENDS):
            score += 0.5
        if forced:
            score -= 2.0
    if first.isdigit() and not _TIME.match(_head(line)):
        score -= 3.0
    k = kind(line)
    bullet = line.startswith(("- ", "+ ", "• "))
    if key == "schedule":
        return score + (3.0 if k == "time" else -4.0), k == "time"
    if key == "partners" and before.rstrip().endswith((";", ",")):
        score -= 2.0               # agencies listed on ("…; UBND các xã") are one cell's
    if key in ("lead", "partners"):
        off = -3.0 if k in ("time", "form") or bullet else -1.5
        listed_on = key == "partners" and before.rstrip().endswith((";", ","))
        return score + (2.5 if k == "agency" else off), k == "agency" and not listed_on
    if key == "form":
        return score + (2.5 if k == "form" else 0.5 if bullet else -3.0 if k == "time" else -1.5), \
            k == "form" or bullet
    if key == "content":
        return score + (-3.0 if k == "time" else -1.0 if k == "agency" else 0.0), k != "time"
    return score - 0.5, False


def _inner(key: str | None, line: str, before: str, forced: bool) -> float:
    """What it costs that ``line`` goes on the cell of ``key`` after ``before``."""
    k = kind(line)
    b = before.rstrip()
    cut = not forced and not b.endswith(_ENDS) and not b.endswith(",") and not _CONNECTOR.search(b)
    if key == "schedule":
        return -1.0 if len(line) > 40 else 0.0
    if key in ("lead", "partners"):
        if line.startswith(("- ", "+ ")) or k in ("form", "time"):
            return -2.0
        return -1.5 if k == "agency" and cut and line[:1].isupper() else 0.0
    if key == "form":
        return -2.0 if k == "agency" and not forced else -1.0 if k == "time" else 0.0
    if key == "content":
        return -1.0 if k == "time" else 0.0
    return 0.0


def _left_open(slot: Slot) -> float:
    """How surely a row's cell was cut by the page's end: after "…, zalo," or "… của" surely, after
    a word with no stop maybe (a schedule never), after a sentence's end not."""
    tail = slot.tail.rstrip()
    if not tail or tail.endswith(_ENDS):
        return 0.0
    if tail.endswith((",", "-")) or _CONNECTOR.search(tail):
        return 2.0
    return 0.0 if slot.key == "schedule" else 0.5


_EMPTY = {"content": -5.0, "form": -2.5, "lead": -2.5, "partners": -1.5, "schedule": -2.5, "product": -1.0}


def segment(lines: list[str], slots: list[Slot],
            allowed: list[tuple[int, int]] | None = None) -> tuple[list[list[str]], bool]:
    """``lines`` cut into one (possibly empty) run per slot, in order; and whether the cut is sure.
    ``allowed``: for each line, the lowest and highest column it may go to."""
    n, m = len(lines), len(slots)
    allowed = allowed or [(0, 10_000)] * n
    forced = [False] + [len(lines[t - 1]) + 1 + len(lines[t].split(" ", 1)[0]) >
                        max(len(x) for x in lines[max(0, t - 4):t + 3]) for t in range(1, n)]
    inner = [[_inner(s.key, lines[t], lines[t - 1] if t else "", forced[t]) for t in range(n)] for s in slots]
    neg = float("-inf")
    best = [[neg] * (n + 1) for _ in range(m + 1)]
    back: list[list[tuple[int, bool]]] = [[(0, True)] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for s, slot in enumerate(slots):
        empty = 0.0 if slot.going_on else _EMPTY.get(slot.key or "", 0.0)
        row_cost = inner[s]
        for i in range(n + 1):
            base = best[s][i]
            if base == neg:
                continue
            if base + empty > best[s + 1][i]:
                best[s + 1][i] = base + empty
                back[s + 1][i] = (i, True)
            if i == n or not allowed[i][0] <= slot.col <= allowed[i][1]:
                continue
            start, sure = _start(slot.key, lines[i], lines[i - 1] if i else "", forced[i])
            if slot.going_on:          # the cell goes on from a page before: where it was left open
                left_open = _left_open(slot)
                if lines[i].lstrip("-+• ")[:1].islower():
                    start = left_open if left_open > 0 else -8.0
                else:
                    start -= 1.0 if left_open > 0 else 3.0
                start -= 3.0 if i > 0 else 0.0
            score = base + start
            for j in range(i + 1, min(n, i + 120) + 1):
                if not allowed[j - 1][0] <= slot.col <= allowed[j - 1][1]:
                    break
                if j > i + 1:
                    at = j - 1 - i
                    extra = row_cost[j - 1]
                    if slot.key == "schedule":
                        extra -= 2.5 if at >= 2 else 0.0
                    score += extra
                if score > best[s + 1][j]:
                    best[s + 1][j] = score
                    back[s + 1][j] = (i, sure)
    parts: list[list[str]] = [[] for _ in slots]
    j, sure_all = n, True
    for s in range(m, 0, -1):
        i, sure = back[s][j]
        parts[s - 1] = lines[i:j]
        if i < j:
            sure_all = sure_all and sure
        j = i
    if best[m][n] == neg:
        return [lines] + [[] for _ in slots[1:]], False
    filled = [(slot, part) for slot, part in zip(slots, parts, strict=True) if part]
    for (a, before), (_b, after) in itertools.pairwise(filled):
        # a list of bullets running from one cell into the next ("- Nghị quyết …" / "- Lồng ghép …"):
        # where one cell's list ends is a guess
        listed = any(x.startswith(_BULLETS) for x in before[-8:])
        if a.key == "content" and after[0].startswith(_BULLETS) and listed:
            sure_all = False
    return parts, sure_all
