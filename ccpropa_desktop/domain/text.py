"""Vietnamese text as data: normalisation, diacritics-insensitive search and collation (spec §14)."""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar

_SPACES = re.compile(r"[ \t\u00a0]+")

# Text that comes in (typed, pasted, read from a file or a package) loses the characters that have no
# business in an administrative document and can hide or disguise what it says: C0/C1 control
# characters and DEL (tab and newline are kept), the bidirectional embeddings, overrides, isolates and
# marks (U+202E "RIGHT-TO-LEFT OVERRIDE" shows "fdp.exe" as "exe.pdf"), and a stray byte-order mark.
# Line breaks in other spellings (CR LF, CR, VT, FF, NEL, U+2028/U+2029) become "\n".
_NEWLINES = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u061c\u200e\u200f"
                     "\u202a-\u202e\u2066-\u2069\ufeff]")
_removed: ContextVar[dict[str, list[str]] | None] = ContextVar("ccpropa_removed_chars", default=None)
_listener: list[Callable[[list[str]], None]] = []


def char_name(ch: str) -> str:
    """"U+202E RIGHT-TO-LEFT OVERRIDE", "U+0000"."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" {name}" if name else "")


def strip_unsafe(text: str) -> tuple[str, list[str]]:
    """``text`` with line breaks made "\n" and the unsafe characters above removed; also the list of
    what was removed (one "U+…" name per character). Tab and newline stay."""
    text = _NEWLINES.sub("\n", text)
    removed = [char_name(m.group()) for m in _UNSAFE.finditer(text)]
    return (_UNSAFE.sub("", text), removed) if removed else (text, removed)


def clean_text(text: str) -> str:
    """NFC and `strip_unsafe` (prose: tabs, newlines and spaces kept as they are). What was removed is
    reported to whoever listens (`noting_removals`, `set_removal_listener`)."""
    cleaned, removed = strip_unsafe(nfc(text))
    if removed:
        _note(text, removed)
    return cleaned


def _note(text: str, removed: list[str]) -> None:
    collected = _removed.get()
    if collected is not None:
        collected[text] = removed  # the same text cleaned twice counts once
    for listener in _listener:
        listener(removed)


class Removals(dict[str, list[str]]):
    """What was removed, per text that came in."""

    @property
    def names(self) -> list[str]:
        return [name for removed in self.values() for name in removed]


@contextlib.contextmanager
def noting_removals() -> Iterator[Removals]:
    """Collect, in this context, every character `clean_text` / `clean_line` removed (the CLI prints
    one note after the command: `removal_note(collected.names)`)."""
    collected = Removals()
    token = _removed.set(collected)
    try:
        yield collected
    finally:
        _removed.reset(token)


def set_removal_listener(listener: Callable[[list[str]], None] | None) -> None:
    """One process-wide listener (the window's status bar), or None to stop listening."""
    _listener.clear()
    if listener is not None:
        _listener.append(listener)


def removal_note(removed: list[str]) -> str:
    """The Vietnamese note shown when characters were removed from text that came in."""
    names = list(dict.fromkeys(removed))
    shown = ", ".join(names[:4]) + (", …" if len(names) > 4 else "")
    return (f"Đã bỏ {len(removed)} ký tự điều khiển hoặc ký tự đổi chiều chữ khỏi văn bản nhập vào "
            f"({shown}): các ký tự này không in ra được và có thể che giấu nội dung.")

# Combining marks that change the letter (folded into the primary weight) ...
_MODIFIERS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}  # breve ă, circumflex â ê ô, horn ơ ư
# ... and the five tones, in CLDR "vi" secondary order: none < huyền < hỏi < ngã < sắc < nặng.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def nfc(text: str) -> str:
    """NFC form; every string entering the store or a document passes through here."""
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """NFC, no unsafe characters (`clean_text`), collapsed inner spaces, stripped ends (newlines kept)."""
    lines = [_SPACES.sub(" ", line).strip() for line in clean_text(text).split("\n")]
    return "\n".join(lines).strip()


def fold(text: str) -> str:
    """Search key: no diacritics, đ→d, case-folded. "Tuyên truyền" → "tuyen truyen"."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "D").casefold()


def slug(text: str) -> str:
    """A file-name piece: no diacritics, lower case, words joined by "-". "UBND huyện Sông Mã" →
    "ubnd-huyen-song-ma"."""
    return re.sub(r"[^0-9a-z]+", "-", fold(nfc(text))).strip("-")


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
