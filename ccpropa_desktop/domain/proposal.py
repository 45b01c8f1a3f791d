"""Which template tasks concern a unit (brief W3): the level is named as lead or coordinator."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .text import fold, nfc


@dataclass(frozen=True)
class ProposalRules:
    own: dict[str, list[str]]  # level → phrases naming units of that level
    all_units: list[str]  # phrases naming every unit
    qualifiers: list[str]  # "có liên quan": after an all-units phrase, it names only some


@dataclass(frozen=True)
class Proposal:
    index: int  # position in the template's task list
    proposed: bool
    reason: str


_fold = functools.lru_cache(maxsize=4096)(fold)  # the same cells and phrases come back often


@functools.lru_cache(maxsize=1024)
def _pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(fold(phrase))}(?!\w)")


def _find(phrases: Sequence[str], cell: str, qualifiers: Sequence[str] = ()) -> str | None:
    cell = nfc(cell)  # so that a match in the folded text has the same offsets in the cell
    folded = _fold(cell)
    folded_qualifiers = [_fold(q) for q in qualifiers]
    qualified: list[tuple[int, int]] = []  # spans of longer phrases that a qualifier limits
    for phrase in sorted(phrases, key=len, reverse=True):
        for match in _pattern(phrase).finditer(folded):
            if any(start <= match.start() and match.end() <= end for start, end in qualified):
                continue  # "các cơ quan, đơn vị" inside "các cơ quan, đơn vị, địa phương liên quan"
            rest = folded[match.end():].lstrip(" ,")
            if any(rest.startswith(q) for q in folded_qualifiers):
                qualified.append((match.start(), match.end()))
                continue
            return cell[match.start(): match.end()]  # NFC Vietnamese keeps its length under fold()
    return None


def _reason_for(task: dict[str, str], level: str, rules: ProposalRules, own_names: Sequence[str]) -> str:
    for key, role in (("lead", "chủ trì"), ("partners", "phối hợp")):
        cell = task.get(key, "")
        if not cell:
            continue
        hit = _find(list(own_names), cell)
        if hit:
            return f"Đơn vị được giao {role}: “{hit}”"
        hit = _find(rules.own.get(level, []), cell)
        if hit:
            return f"Cấp của đơn vị được giao {role}: “{hit}”"
        hit = _find(rules.all_units, cell, rules.qualifiers)
        if hit:
            return f"Mọi cơ quan, đơn vị được giao {role}: “{hit}”"
    return ""


def depth_of(number: str) -> int:
    return max(0, number.strip().rstrip(".").count("."))


def propose(
    tasks: Sequence[dict[str, str]],
    unit_level: str,
    template_level: str,
    rules: ProposalRules,
    own_names: Sequence[str] = (),
) -> list[Proposal]:
    """One proposal per template row. A group row is proposed when one of its sub-rows is."""
    if unit_level == template_level:
        return [Proposal(i, True, "Kế hoạch mẫu cùng cấp với đơn vị: đề xuất mọi nhiệm vụ")
                for i in range(len(tasks))]
    reasons = [_reason_for(t, unit_level, rules, own_names) for t in tasks]
    depths = [depth_of(t.get("number", "")) for t in tasks]
    for i in range(len(tasks) - 1, -1, -1):  # bottom-up so nested groups propagate
        if reasons[i]:
            continue
        j = i + 1
        while j < len(tasks) and depths[j] > depths[i]:
            if reasons[j] and depths[j] == depths[i] + 1:
                reasons[i] = "Nhóm chứa nhiệm vụ con được đề xuất"
                break
            j += 1
    return [Proposal(i, bool(r), r) for i, r in enumerate(reasons)]
