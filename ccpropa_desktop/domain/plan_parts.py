"""The parts of a plan's document around its body (issue 11): căn cứ and opening, signer, Nơi nhận.

How the opening is modelled: ``Plan.opening`` is its own field, the sentence that leads into the body
("UBND huyện Sông Mã xây dựng Kế hoạch …, như sau:"). A Kế hoạch (form A) prints it joined to the
last căn cứ line, "Căn cứ …; UBND huyện … như sau:", as the seed plans do; a Quyết định (form B) does
not print it. ``plan new`` writes both in one căn cứ line; `split_opening` takes such a line apart
when the plan is read, so stored plans of either shape mean the same document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import Plan, Signer

AUTHORITY_WORDS = ("TM.", "KT.", "Q.", "TL.", "TUQ.")
"""The words a signer's quyền hạn may start with (ND30 PL I II.7; spec §8)."""

_LEAD_IN = re.compile(r"^\S.*\b(?:xây dựng|ban hành)\s+Kế hoạch\b.*như sau\s*:$", re.S)
_PROPOSER_PREFIX = re.compile(r"^(?:theo|xét)\s+đề\s+nghị\s+của\s+", re.I)


def split_opening(bases: Sequence[str]) -> tuple[list[str], str]:
    """``["Căn cứ X; UBND huyện … xây dựng Kế hoạch …, như sau:"]`` → ``(["Căn cứ X"], "UBND … như sau:")``.

    Only a last line whose part after its last "; " is such a lead-in is split; any other list is
    returned as it is, with no opening."""
    lines = list(bases)
    if not lines:
        return [], ""
    last = lines[-1].strip()
    cut = last.rfind("; ")
    if cut > 0:
        head, tail = last[:cut].strip(), last[cut + 2:].strip()
        if head and _LEAD_IN.match(tail):
            return [*lines[:-1], head], tail
    return lines, ""


def with_opening_split(plan: Plan) -> Plan:
    """The plan with its opening in ``opening`` (see the module docstring); changes ``plan`` in place."""
    if not plan.opening:
        plan.legal_bases, plan.opening = split_opening(plan.legal_bases)
    return plan


def carries_opening(bases: Sequence[str]) -> bool:
    """Does the last căn cứ line end in its own lead-in ("…, như sau:")?"""
    return bool(bases) and bases[-1].rstrip().endswith("như sau:")


def form_a_bases(bases: Sequence[str], opening: str) -> list[str]:
    """The căn cứ paragraphs of a Kế hoạch: each line as written, the opening joined to the last."""
    if not opening.strip():
        return list(bases)
    lines = [b for b in bases if b.strip()]
    if not lines:
        return [opening.strip()]
    return [*lines[:-1], f"{lines[-1].rstrip(' ;,.')}; {opening.strip()}"]


def effective_signer(own: Signer, default: Signer) -> Signer:
    """This plan's signer, each empty field taken from the unit profile's."""
    return Signer(authority=own.authority or default.authority, title=own.title or default.title,
                  name=own.name or default.name)


def authority_problem(authority: str) -> str | None:
    """Why a quyền hạn cannot be printed (a Vietnamese sentence), or None. Each line must start
    with TM., KT., Q., TL. or TUQ.; the party forms "T/M", "K/T" are not used in state documents."""
    for line in (part.strip() for part in authority.split("\n")):
        if not line:
            continue
        word = line.split()[0].upper()
        if word not in AUTHORITY_WORDS:
            return (f"Quyền hạn ký “{line}” không hợp lệ: mỗi dòng bắt đầu bằng "
                    f"{', '.join(AUTHORITY_WORDS[:-1])} hoặc {AUTHORITY_WORDS[-1]} "
                    "(ví dụ “TM. ỦY BAN NHÂN DÂN”, “KT. CHỦ TỊCH”).")
    return None


def proposer_name(text: str) -> str:
    """"Theo đề nghị của Trưởng phòng Nội vụ." → "Trưởng phòng Nội vụ" (what the field keeps)."""
    return _PROPOSER_PREFIX.sub("", text.strip()).rstrip(" ;.,").strip()


def attached_note(text: str) -> str:
    """The appendix's "(Kèm theo …)" line, in its parentheses."""
    value = text.strip()
    if not value:
        return ""
    if not value.startswith("("):
        value = "(" + value
    if not value.endswith(")"):
        value = value.rstrip(" .;") + ")"
    return value
