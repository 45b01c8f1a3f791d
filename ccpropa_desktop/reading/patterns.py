"""Line-level patterns of a plan: headings, the letterhead's parts, signer lines, numbers, levels.

Shared by the assembler (``assemble``) and its helpers; pure functions, no state.
"""

from __future__ import annotations

import datetime as dt
import re

from ccpropa_desktop.domain.text import fold

ROMAN = re.compile(r"^([IVXLC]{1,6})\s*[.:–-]\s*(\S.*)$")
ARABIC = re.compile(r"^(\d{1,2})\.\s*([^\d\s].*)$")
SUB = re.compile(r"^(\d{1,2}\.\d{1,2})\.?\s+(\S.*)$")
LETTER = re.compile(r"^([a-zđ])\)\s*(\S.*)$")
APPENDIX_HEADING = re.compile(
    r"^((?:PHỤ LỤC|Phụ lục|Phụ Lục)(?:\s+(?:[IVXLC]{1,5}|\d{1,2})\b)?)\s*[:.–-]?\s*(.*)$")
KIND_RANK = {"roman": 0, "arabic": 1, "sub": 2, "letter": 3}
NUMBER_LINE = re.compile(r"^Số\s*:?\s*(.*)$")
DATE_LINE = re.compile(r"^(?P<place>[^\d,;:()]{2,40}?),\s*ngày\s*(?P<d>\d{1,2})?[\s.…/_-]*tháng\s*"
                        r"(?P<m>\d{1,2})?[\s.…/_-]*năm\s*(?P<y>\d{4})")
AUTHORITY = re.compile(r"^(?:TM|KT|TL|TUQ|Q|QUYỀN|THỪA LỆNH|THỪA ỦY QUYỀN)\s*[.:]?\s+\S")
TITLES = {"CHỦ TỊCH", "PHÓ CHỦ TỊCH", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG",
           "CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "BÍ THƯ",
           "PHÓ BÍ THƯ", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG", "CHÁNH THANH TRA"}
HEADER_ANCHORS = re.compile(
    r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|"
    r"Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc|(?<!\w)Số\s*:|"
    r"(?<![\w,/-])[A-ZĐÀ-Ỹ][^\d\s,;:()/]*(?:\s+[A-ZĐÀ-Ỹ][^\d\s,;:()/]*){0,3},\s*ngày(?!\w)")
UNIT_WORDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường", "đặc khu")
SENTENCE_END = (".", ";", "!", "?", "…")


def word_count(text: str) -> int:
    return len(text.split())


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def fold_key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def is_doctype(text: str) -> str | None:
    if text.rstrip().endswith(":") or not is_upper(text):
        return None
    k = fold_key(text)
    return {"ke hoach": "A", "quyet dinh": "B"}.get(k)


def is_motto(text: str) -> bool:
    k = fold_key(text)
    return k.startswith(("cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc")) or \
        bool(re.fullmatch(r"[-_=*.·•\s]{3,}", text))


def is_appendix_heading(text: str) -> bool:
    k = fold_key(text)
    return k.startswith("phu luc") and word_count(text) <= 12 and not text.startswith("(")


def is_signer_title(text: str) -> bool:
    return is_upper(text) and " ".join(text.split()) in TITLES


def looks_like_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 6 and not any(c.isdigit() for c in text) and \
        all(w[:1].isupper() for w in words) and not text.startswith(("(", "-"))


def strip_bullet(text: str) -> str:
    return re.sub(r"^[-+•–]\s*", "", text).strip()


def join_continuation(prev: str, new: str) -> str:
    """A cell continued on the next page: a sentence cut at the page break goes on with a space
    ("… ngày" + "24/12/2015 …", "… tác động của" + "CCHC …"); after the end of a sentence, or
    before a bullet, the continuation is a paragraph of its own ("\n")."""
    if not prev:
        return new
    if not new:
        return prev
    ends = prev.rstrip().endswith((".", "!", "?", ":", ";", "…"))
    if not ends and not re.match(r"^[-+•–]\s", new):
        return f"{prev} {new}"
    return f"{prev}\n{new}"


def iso_date(day: str | None, month: str | None, year: str | None) -> str | None:
    if not (day and month and year):
        return None
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None



def split_header_line(text: str) -> list[str]:
    """A letterhead line pasted side by side ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …") → its parts."""
    starts = sorted({m.start() for m in HEADER_ANCHORS.finditer(text)} | {0})
    parts = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return [p for p in parts if p]



def clean_number(raw: str | None) -> str:
    """"854 /QĐ-UBND" → "854/QĐ-UBND"; "/KH-UBND" (left blank for the number) → ""."""
    if not raw:
        return ""
    value = re.sub(r"\s*([/-])\s*", r"\1", raw.strip())
    value = value.split()[0] if value.split() else ""
    return "" if value.startswith("/") or not value[:1].isdigit() else value


def year_in(text: str) -> int | None:
    m = re.search(r"năm\s+(20\d\d|19\d\d)", text)
    return int(m.group(1)) if m else None
