"""Vietnamese text as data: normalisation, diacritics-insensitive search and collation (spec §14)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_SPACES = re.compile(r"[ \t\u00a0]+")

# Combining marks that change the letter (folded into the primary weight) ...
_MODIFIERS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # breve ă, circumflex â ê ô, horn ơ ư
# ... and the five tones, in CLDR "vi" secondary order: none < huyền < hỏi < ngã < sắc < nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def nfc(text: str) -> str:
    """NFC form; every string entering the store or a document passes through here."""
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """NFC, collapsed inner spaces, stripped ends (newlines kept)."""
    lines = [_SPACES.sub(" ", line).strip() for line in nfc(text).split("\n")]
    return "\n".join(lines).strip()


def fold(text: str) -> str:
    """Search key: no diacritics, đ→d, case-folded. "Tuyên truyền" → "tuyen truyen"."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "D").casefold()


def matches(query: str, text: str) -> bool:
    """True when every word of the query occurs in the text, ignoring diacritics and case."""
    haystack = fold(text)
    return all(word in haystack for word in fold(query).split())


def _letter_weight(base: str, modifier: int) -> tuple[int, int]:
    lower = base.lower()
    if lower == "đ":
        return (ord("d"), 1)  # đ sorts right after d as its own letter
    return (ord(lower), modifier)


def sort_key(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...], tuple[int, ...]]:
    """Vietnamese collation key: letters (with ă â đ ê ô ơ ư as own letters), then tones, then case.

    Follows the CLDR/Unicode "vi" standard order without ICU. Example:
    Anh < Ảnh < Ánh < Ăn < Ân < Doãn < Dương < Đặng < Đinh.
    """
    primary: list[tuple[int, int]] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    for ch in nfc(text):
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        modifier = sum(_MODIFIERS.get(m, 0) for m in marks)
        tone = sum(_TONES.get(m, 0) for m in marks)
        primary.append(_letter_weight(base, modifier))
        secondary.append(tone)
        tertiary.append(0 if base.islower() or not base.isalpha() else 1)
    return (tuple(primary), tuple(secondary), tuple(tertiary))


def sort_vietnamese(items: Iterable[str]) -> list[str]:
    return sorted(items, key=sort_key)


def person_sort_key(full_name: str) -> tuple[object, ...]:
    """People sort by given name (last word), then middle names, then family name."""
    words = nfc(full_name).split()
    if not words:
        return (sort_key(""),)
    return (sort_key(words[-1]), sort_key(" ".join(words[1:-1])), sort_key(words[0]))
