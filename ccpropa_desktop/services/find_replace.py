"""Find and replace across a whole plan (Ctrl+F / Ctrl+H, `plan find`, `plan replace`).

Whole words by default; optionally without diacritics ("tinh" finds "tỉnh", "Tỉnh"). Every
match is listed with its place and context before anything changes, and a replace-all is one
transaction (one undo step in the window).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ccpropa_desktop.domain.model import Plan
from ccpropa_desktop.domain.revoice import context
from ccpropa_desktop.domain.text import clean_text, fold, nfc
from ccpropa_desktop.errors import UserError
from ccpropa_desktop.store import Store

from .plan_texts import label, plan_texts, save_changed, set_text


@dataclass(frozen=True)
class Options:
    whole_words: bool = True
    ignore_diacritics: bool = False
    match_case: bool = False


@dataclass
class Match:
    where: str
    place: str  # "mục 3, đoạn 1"
    start: int
    end: int
    found: str
    before: str
    after: str


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` without diacritics, and for each folded character the index it came from."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        folded = fold(ch) if unicodedata.category(ch)[0] == "L" else ch.casefold()
        out.append(folded)
        origin += [i] * len(folded)
    return "".join(out), origin


def _pattern(query: str, options: Options) -> re.Pattern[str]:
    query = nfc(query).strip()
    if not query:
        raise UserError("query_empty", "Hãy nhập từ cần tìm.", field="query")
    needle = fold(query) if options.ignore_diacritics else query
    body = r"\s+".join(re.escape(word) for word in needle.split())
    if options.whole_words:
        body = rf"(?<!\w){body}(?!\w)"
    flags = 0 if options.match_case and not options.ignore_diacritics else re.IGNORECASE
    return re.compile(body, flags)


def find_in_text(text: str, query: str, options: Options) -> list[tuple[int, int]]:
    """(start, end) of each match in `text`, in the text's own positions."""
    pattern = _pattern(query, options)
    text = nfc(text)
    if not options.ignore_diacritics:
        return [(m.start(), m.end()) for m in pattern.finditer(text)]
    folded, origin = _folded(text)
    return [(origin[m.start()], origin[m.end() - 1] + 1) for m in pattern.finditer(folded)
            if m.end() > m.start()]


def find(plan: Plan, query: str, options: Options = Options()) -> list[Match]:
    matches = []
    for where, text in plan_texts(plan, with_bases=True):
        for start, end in find_in_text(text, query, options):
            before, after = context(text, start, end)
            matches.append(Match(where, label(where), start, end, text[start:end], before, after))
    return matches


def replace_in_plan(plan: Plan, query: str, replacement: str, options: Options = Options()) -> int:
    """Replace every match in `plan` (in memory); returns how many were replaced."""
    replacement = clean_text(replacement)
    count = 0
    for where, text in list(plan_texts(plan, with_bases=True)):
        spans = find_in_text(text, query, options)
        if not spans:
            continue
        parts, last = [], 0
        for start, end in spans:
            parts += [text[last:start], replacement]
            last = end
        parts.append(text[last:])
        new = "".join(parts)
        set_text(plan, where, new)
        count += len(spans)
    return count


def replace_all(store: Store, plan_id: int | str, query: str, replacement: str,
                options: Options = Options(), *, dry_run: bool = False) -> tuple[list[Match], Plan]:
    """Every match (listed first), then all replaced in one transaction unless `dry_run`."""
    from .plans import get_plan

    plan = get_plan(store, plan_id)
    matches = find(plan, query, options)
    if dry_run or not matches:
        return matches, plan
    before = get_plan(store, plan_id)
    replace_in_plan(plan, query, replacement, options)
    save_changed(store, before, plan)
    return matches, get_plan(store, plan_id)
