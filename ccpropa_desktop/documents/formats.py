"""Vietnamese formats for documents (spec §5, §6, §14): dates, numbers, money, amounts in words."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from decimal import Decimal

from babel.numbers import format_decimal, format_percent

BLANK = "      "  # the printed gap a văn thư fills in by hand


# Line separators a pasted text may carry: Word's manual line break is a vertical tab (U+000B).
_LINE_BREAKS = str.maketrans({"\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n",
                              "\u2029": "\n"})


_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""C0/C1 controls other than tab and newline, surrogates, U+FFFE/U+FFFF: no meaning on paper, and
XML 1.0 (so python-docx) refuses most of them."""


@functools.lru_cache(maxsize=4096)
def printable(text: str) -> str:
    """User text as both renderers print it: NFC (spec §1), line separators as "\n", no controls."""
    text = _UNPRINTABLE.sub("", text.replace("\r\n", "\n").translate(_LINE_BREAKS))
    return unicodedata.normalize("NFC", text)


def header_date(place: str, date: dt.date | None, year: int | None = None) -> str:
    """"Sông Mã, ngày 13 tháng 01 năm 2022"; day < 10 and months 1–2 zero-padded (§6).

    Without a date (a draft), day and month are blank and the year stays.
    """
    if date is None:
        return f"{place}, ngày{BLANK}tháng{BLANK}năm {year or dt.date.today().year}"
    month = f"{date.month:02d}" if date.month <= 2 else str(date.month)
    return f"{place}, ngày {date.day:02d} tháng {month} năm {date.year}"


def long_date(date: dt.date) -> str:
    """"ngày 13 tháng 01 năm 2022" (citations in the appendix line)."""
    return header_date("x", date).split(", ", 1)[1]


def short_date(date: dt.date) -> str:
    return f"{date.day:02d}/{date.month:02d}/{date.year}"


def document_number(number: int | str | None) -> str:
    """The number part of "Số: 05/KH-UBND": below 10 zero-padded, never grouped, blank when None."""
    if number is None or str(number).strip() == "":
        return BLANK
    text = str(number).strip()
    return f"{int(text):02d}" if text.isdigit() else text


def number_line(number: int | str | None, type_abbr: str, issuer_abbr: str) -> str:
    return f"Số: {document_number(number)}/{type_abbr}-{issuer_abbr}"


def decimal(value: float | int | Decimal) -> str:
    """1234567 → "1.234.567"; 12.5 → "12,5"."""
    return format_decimal(value, locale="vi")


def percent(ratio: float) -> str:
    """0.855 → "85,5%" (no space, CLDR vi)."""
    return format_percent(ratio, format="#,##0.#%", locale="vi")


def money(amount: int | Decimal) -> str:
    """1500000 → "1.500.000 đồng"."""
    return f"{decimal(amount)} đồng"


_DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
_GROUPS = ["", "nghìn", "triệu", "tỷ"]


def _three(n: int, full: bool) -> list[str]:
    """Words for 0–999; ``full`` when a higher group precedes it ("không trăm linh năm")."""
    hundreds, tens, units = n // 100, (n // 10) % 10, n % 10
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and (hundreds or full):
            words.append("linh")
    elif tens == 1:
        words.append("mười")
    else:
        words += [_DIGITS[tens], "mươi"]
    if units == 1 and tens >= 2:
        words.append("mốt")
    elif units == 5 and tens >= 1:
        words.append("lăm")
    elif units:
        words.append(_DIGITS[units])
    return words


def _below_billion(n: int, full: bool) -> list[str]:
    """Words for 1–999 999 999; ``full`` when a higher part precedes it ("không trăm linh năm")."""
    groups = []
    while n:
        groups.append(n % 1000)
        n //= 1000
    words: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        value = groups[index]
        if value == 0:
            continue
        words += _three(value, full=full or index < len(groups) - 1)
        if index:
            words.append(_GROUPS[index])
    return words


def _words(n: int, full: bool = False) -> list[str]:
    """Above 10^9 the count of "tỷ" is read like any number: 10^12 = "một nghìn tỷ"."""
    if n >= 1_000_000_000:
        high, low = divmod(n, 1_000_000_000)
        words = [*_words(high, full), "tỷ"]
        return words + _below_billion(low, full=True) if low else words
    return _below_billion(n, full)


def number_words(n: int) -> str:
    """21 → "hai mươi mốt"; 105 → "một trăm linh năm"; 1500000 → "một triệu năm trăm nghìn"."""
    if n == 0:
        return "không"
    if n < 0:
        return "âm " + number_words(-n)
    return " ".join(_words(n))


def amount_in_words(amount: int) -> str:
    """"(Bằng chữ: Một triệu năm trăm nghìn đồng)"."""
    words = number_words(amount)
    return f"(Bằng chữ: {words[:1].upper()}{words[1:]} đồng)"
