"""Agency renaming from the template's level to the unit's level (brief W3).

A mapping is an ordered list of (source, target) pairs. Rewriting is one pass, longest source first,
whole words only, case-insensitive; a source written in lower case in running text ("các sở, ban,
ngành") gets a lower-case target. Agency lists (lead/partners cells) are de-duplicated afterwards,
since two provincial agencies often become the same district one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .text import fold, nfc

_LEVEL_WORDS = (" tỉnh", " huyện")


@dataclass(frozen=True)
class MappingRule:
    source: str
    target: str


def expand_place_variants(rules: Iterable[MappingRule], place: str) -> list[MappingRule]:
    """"Đài Phát thanh và Truyền hình tỉnh" also matches "… tỉnh Bình Định" and "… Bình Định"."""
    out: list[MappingRule] = []
    for rule in rules:
        out.append(rule)
        if not place:
            continue
        for word in _LEVEL_WORDS:
            if rule.source.endswith(word):
                stem = rule.source[: -len(word)]
                out.append(MappingRule(f"{rule.source} {place}", rule.target))
                out.append(MappingRule(f"{stem} {place}", rule.target))
    return out


class Rewriter:
    """Compiled mapping; call ``text()`` for prose and ``agencies()`` for a lead/partners cell."""

    def __init__(self, rules: Sequence[MappingRule]) -> None:
        self._targets: dict[str, str] = {}
        sources: list[str] = []
        for rule in rules:
            key = nfc(rule.source).casefold()
            if key and key not in self._targets:
                self._targets[key] = nfc(rule.target)
                sources.append(nfc(rule.source))
        sources.sort(key=len, reverse=True)
        if sources:
            alternation = "|".join(re.escape(s) for s in sources)
            self._pattern: re.Pattern[str] | None = re.compile(
                rf"(?<![\w])(?:{alternation})(?![\w])", re.IGNORECASE
            )
        else:
            self._pattern = None

    def _replace(self, match: re.Match[str]) -> str:
        found = match.group(0)
        target = self._targets[found.casefold()]
        if target and found[0].islower() and target[0].isupper() and not target[:2].isupper():
            target = target[0].lower() + target[1:]
        return target

    def text(self, text: str) -> str:
        if not self._pattern or not text:
            return text
        return self._pattern.sub(self._replace, nfc(text))

    def agencies(self, cell: str) -> str:
        """Rewrite a list of agencies separated by ";" and drop repeats the renaming created."""
        rewritten = self.text(cell)
        if rewritten == cell:
            return cell
        return dedupe_agencies(rewritten)


def dedupe_agencies(cell: str) -> str:
    """Drop an agency named twice in one line of a lead/partners cell ("A; B; A." → "A; B.")."""
    lines = []
    for line in cell.split("\n"):
        seen: set[str] = set()
        parts = []
        for part in line.split(";"):
            key = fold(part.strip().rstrip(".,"))
            if key and key in seen:
                continue
            seen.add(key)
            parts.append(part)
        joined = ";".join(parts)
        ending = line.rstrip()[len(line.rstrip().rstrip(".")):]
        if ending and not joined.rstrip().endswith(ending):  # the dropped repeat held the final "."
            joined = joined.rstrip() + ending
        lines.append(joined)
    return "\n".join(lines)
