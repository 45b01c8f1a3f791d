"""Re-voicing: the template's sentences, said by the unit ("tỉnh Bắc Kạn" → "huyện Sông Mã").

A district or commune writes its plan from the province's: the skeleton and most sentences stay,
but the issuer, its place, its level words and the year become the unit's own. Citations of other
documents ("Quyết định số 1814/QĐ-UBND ngày 30/9/2021 của UBND tỉnh Bắc Kạn …") and periods
("giai đoạn 2021-2030") are never touched.

Rules are data (``resources/revoice/default.json``, per level pair, overridable per unit). Each is a
phrase with placeholders filled from the two voices; matching is whole words, case-insensitive,
longest phrase first, in one pass, so "UBND tỉnh Bắc Kạn" is taken by the place rule before the
bare "tỉnh" rule sees it. The engine only *finds*; the officer decides which changes apply.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .text import nfc

YEAR_RULES = ("nam", "nam-truoc")
"""Built-in rule ids for the template's year and the year before it."""


@dataclass(frozen=True)
class RevoiceRule:
    id: str
    label: str
    find: str  # may hold {placeholders}: from_area, to_area, from_kind, to_kind, from_place, …
    replace: str


@dataclass(frozen=True)
class Voice:
    """Who speaks: "huyện" / "Sông Mã" / 2026 → area "huyện Sông Mã"."""

    level: str
    kind: str  # the administrative word of the territory: tỉnh, huyện, xã ("" for a Sở)
    place: str
    year: int | None

    @property
    def area(self) -> str:
        return f"{self.kind} {self.place}".strip() if self.kind and self.place else ""


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    rule: RevoiceRule
    old: str
    new: str


# -- what is never touched ----------------------------------------------------------------------
_KINDS = ("Nghị quyết|Nghị định|Quyết định|Kế hoạch|Chỉ thị|Thông tư|Thông báo|Công văn|Công điện|Luật|"
          "Hướng dẫn|Văn bản|Chương trình|Đề án|Kết luận|Báo cáo|Pháp lệnh|Hiến pháp")
_NUMBER = r"[0-9…][0-9A-Za-zĐđ./\-–…]*"  # "1814/QĐ-UBND", "08-NQ/TU", "…/KH-UBND" (not yet known)
_CITATION = re.compile(
    rf"(?:{_KINDS})\s+(?:số\s+)?(?=[0-9…])(?:{_NUMBER})(?:[^,;.\n“”\"]|[.,](?=\d)|“[^”]*”|\"[^\"]*\")*",
    re.IGNORECASE)
"""A cited document, from its kind and number to the end of its clause (",", ";", ".", a line
end), quoted titles included: "Quyết định số 81/QĐ-UBND ngày 19/01/2022 của UBND tỉnh về Đề án “…”"."""
_PROTECTED = [
    _CITATION,
    re.compile(r"(?:giai đoạn\s+)?\d{4}\s*[-–]\s*\d{4}", re.IGNORECASE),  # periods: 2021-2030
    re.compile(r"giai đoạn\s+\d{4}", re.IGNORECASE),
    re.compile(r"\d{1,2}/\d{1,2}/\d{4}"),  # dates
    re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", re.IGNORECASE),
    re.compile(r"\d+/\d{4}/[\wĐđ\-]+"),  # document numbers: 73/2023/NĐ-CP
]


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Where no rule may change anything: citations, periods, dates, document numbers, and a quoted
    passage that cites a document ("“Chỉ thị số 03/CT-UBND … năm 2024”"), commas and all."""
    spans = [(m.start(), m.end()) for p in _PROTECTED for m in p.finditer(text)]
    spans += [(m.start(), m.end()) for m in _QUOTED.finditer(text) if _CITATION.search(m.group(0))]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


# -- the engine ----------------------------------------------------------------------------------
def _fill(pattern: str, source: Voice, target: Voice) -> str:
    values = {"from_area": source.area, "to_area": target.area, "from_kind": source.kind,
              "to_kind": target.kind, "from_place": source.place, "to_place": target.place,
              "from_year": str(source.year or ""), "to_year": str(target.year or ""),
              "from_year_prev": str((source.year or 1) - 1), "to_year_prev": str((target.year or 1) - 1)}
    try:
        return pattern.format(**values)
    except (KeyError, IndexError, ValueError):
        return ""  # a rule naming an unknown placeholder never matches


def _cased(found: str, target: str) -> str:
    """Keep the found text's capital at the start of a sentence; keep acronyms as written."""
    if not target:
        return target
    if found[:1].isupper() and target[:1].islower():
        return target[:1].upper() + target[1:]
    if found[:1].islower() and target[:1].isupper() and not target[:2].isupper():
        return target[:1].lower() + target[1:]
    return target


class Revoicer:
    """Compiled rules for one pair of voices; ``find(text)`` lists what would change."""

    def __init__(self, rules: Iterable[RevoiceRule], source: Voice, target: Voice) -> None:
        self.source, self.target = source, target
        self._by_phrase: dict[str, tuple[RevoiceRule, str]] = {}
        for rule in rules:
            phrase = nfc(_fill(rule.find, source, target)).strip()
            replacement = nfc(_fill(rule.replace, source, target))
            if rule.id in YEAR_RULES and (not source.year or not target.year):
                continue
            if not phrase or phrase.casefold() == replacement.casefold():
                continue  # nothing to say differently (same place, same year)
            label = nfc(_fill(rule.label, source, target)) or rule.label
            self._by_phrase.setdefault(phrase.casefold(),
                                       (RevoiceRule(rule.id, label, rule.find, rule.replace), replacement))
        phrases = sorted(self._by_phrase, key=len, reverse=True)
        # "trên địa bàn tỉnh Bắc Kạn": the level words give way to the place rule that follows.
        place = rf"(?!\s+{re.escape(source.place)}(?!\w))" if source.place else ""
        self._pattern = (re.compile("|".join(rf"(?<!\w){re.escape(p)}(?![\w/]){place}" for p in phrases),
                                    re.IGNORECASE) if phrases else None)

    @property
    def empty(self) -> bool:
        return self._pattern is None

    def find(self, text: str) -> list[Found]:
        if not self._pattern or not text:
            return []
        text = nfc(text)
        spans = protected_spans(text)
        out = []
        for match in self._pattern.finditer(text):
            if _inside(spans, match.start(), match.end()):
                continue
            rule, replacement = self._by_phrase[match.group(0).casefold()]
            old = match.group(0)
            out.append(Found(match.start(), match.end(), rule, old, _cased(old, replacement)))
        return out

    def apply(self, text: str, keep: Callable[[Found], bool] = lambda _: True) -> str:
        """`text` with every found change that `keep` accepts."""
        found = [f for f in self.find(text) if keep(f)]
        if not found:
            return text
        text = nfc(text)
        parts, last = [], 0
        for f in found:
            parts += [text[last:f.start], f.new]
            last = f.end
        parts.append(text[last:])
        return "".join(parts)


def context(text: str, start: int, end: int, width: int = 40) -> tuple[str, str]:
    """The words around a change, cut at word boundaries, for the review list."""
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    if start - width > 0 and " " in before:
        before = "…" + before[before.index(" ") + 1:]
    if end + width < len(text) and " " in after:
        after = after[:after.rindex(" ")] + "…"
    return before, after
