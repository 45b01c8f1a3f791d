"""Dates as officers type them: "10/01/2026", "10/1/2026", "2026-01-10", "10.01.2026", "10012026".

Day first, as Vietnamese write dates; the ISO form (year first) is recognised by its four-digit
year in front. A two-digit year is read in this century ("10/1/26" → 2026). Nothing is guessed
beyond that: a text that is not one of these forms, or names a day that does not exist (31/02),
is refused with a Vietnamese message saying what to type, never turned into another date.
"""

from __future__ import annotations

import re
from datetime import date

from ccpropa_desktop.errors import UserError

EXAMPLE = "10/01/2026"
_DAY_FIRST = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})$")
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4})$")  # 10012026: the digits of a dd/mm/yyyy field


def split_day(text: str) -> tuple[int, int, int] | None:
    """(day, month, year) as written in `text`, not yet checked to exist; None for another form."""
    value = " ".join(str(text).split())
    found = _DAY_FIRST.match(value) or _DIGITS.match(value)
    if found:
        day, month, year = (int(g) for g in found.groups())
        return day, month, year + 2000 if len(found.group(3)) == 2 else year
    if found := _YEAR_FIRST.match(value):
        year, month, day = (int(g) for g in found.groups())
        return day, month, year
    return None


def parse_day(text: str) -> date:
    """The date `text` names; UserError("date_invalid") when it names none."""
    parts = split_day(text)
    if parts is None:
        raise UserError("date_invalid", f"“{text}” không phải là một ngày: gõ ngày/tháng/năm, ví dụ "
                        f"{EXAMPLE} (hoặc 10/1/2026, 2026-01-10).", field="date")
    day, month, year = parts
    if not 1 <= month <= 12:
        raise UserError("date_invalid", f"“{text}”: tháng {month} không có (tháng từ 1 đến 12). Gõ "
                        f"ngày/tháng/năm, ví dụ {EXAMPLE}.", field="date")
    try:
        return date(year, month, day)
    except ValueError:
        raise UserError("date_invalid", f"“{text}”: tháng {month} năm {year} không có ngày {day}.",
                        field="date") from None


def short_text(day: date) -> str:
    """10/01/2026: how a date field shows a date."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def spoken(day: date) -> str:
    """"10 tháng 1 năm 2026": the date in words, so a field can say which date it understood."""
    return f"{day.day} tháng {day.month} năm {day.year}"
