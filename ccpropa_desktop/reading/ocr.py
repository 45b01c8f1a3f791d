"""Text damaged by optical character recognition (OCR) is named as such, and its sure slips repaired.

A scan that went through OCR gives text whose words mostly lost their diacritics ("Ke hoach tuyen
truyen"), or hold letters no Vietnamese syllable has ("Ð", "ï", "ø"). Such text would import
"successfully" into a template nobody can use, so it is measured (``damage``): the share of
words that are damaged, against clean Vietnamese text where about 85 % of words carry a mark.
Above ``THRESHOLD`` the import warns (``WARNING``) and the officer must confirm before saving.

Slips that have one reading only are repaired (``repair``): a Roman heading number read with ones
and ells ("I11.", "Il." → "III.", "II."), "nam 2024" → "năm 2024", and the date words of "ngay 13
thang 01 nam 2024".
"""

from __future__ import annotations

import re
import unicodedata

from .model import RawCell, RawDocument, RawParagraph, RawTable

THRESHOLD = 0.35           # share of damaged words above which the text is called damaged
MIN_WORDS = 40             # fewer words than this are not enough to judge

_VIETNAMESE = set(
    "abcdefghijklmnopqrstuvwxyz"
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
# syllables that clean Vietnamese writes without any mark, common in plans (measured on the
# built-in templates); a word outside this list and without a mark is taken as damaged
_PLAIN = frozenset({
    "a", "ai", "an", "anh", "ba", "ban", "bao", "binh", "ca", "cai", "cam", "can", "cao", "cha", "chi",
    "chinh", "cho", "chu", "chung", "co", "con", "cu", "cung", "da", "dan", "danh", "dao", "de", "di",
    "do", "du", "duy", "em", "gia", "giai", "gian", "giang", "giao", "gio", "ha", "hai", "han", "hay",
    "hinh", "hoa", "hoc", "hon", "hu", "huy", "in", "kha", "khai", "khen", "khi", "khoa", "khu", "kinh",
    "la", "lai", "lam", "lan", "lao", "len", "li", "linh", "loa", "loai", "long", "lu", "luan", "ly",
    "ma", "mai", "man", "mang", "mi", "minh", "mo", "mu", "na", "nai", "nam", "nay", "nghe", "nghi",
    "nhau", "nhu", "no", "nu", "oan", "phan", "phi", "phong", "qua", "quan", "quy", "ra", "sai", "sang",
    "sau", "sinh", "so", "song", "sung", "ta", "tai", "tam", "tan", "tay", "te", "tha", "tham", "thanh",
    "thao", "the", "theo", "thi", "thu", "thuy", "ti", "tin", "tinh", "toa", "toan", "tra", "trang",
    "trao", "tranh", "treo", "tri", "trong", "trung", "tu", "tuy", "va", "van", "vay", "ve", "vi",
    "vinh", "xa", "xanh", "xe", "xem", "xin", "split",
})
_ROMAN_SLIP = re.compile(r"^(\s*)([IVXl1|]{1,5})([.:])(\s)")
_YEAR_SLIP = re.compile(r"(?<![\w/])nam(\s+(?:19|20)\d\d)\b")   # "Hà Nam 2024" keeps its capital
_DATE_SLIP = re.compile(r"\b([Nn])gay(\s+\d{1,2}\s+)thang(\s+\d{1,2}\s+)nam(\s+\d{4})\b")
_WORD = re.compile(r"[^\W\d_]+")

WARNING = ("Văn bản có vẻ bị lỗi nhận dạng chữ (OCR): khoảng {share} số từ bị mất dấu hoặc có ký tự lạ "
           "(ví dụ: {examples}). Mẫu nhập từ văn bản này sẽ sai chính tả; tốt nhất là xin cấp trên tệp "
           ".docx hoặc PDF gốc. Chỉ lưu khi đã xem kỹ và chấp nhận sửa tay sau.")


def _has_mark(word: str) -> bool:
    return any(c in "đĐ" or unicodedata.decomposition(c) for c in word)


def _foreign(word: str) -> bool:
    return any(c.lower() not in _VIETNAMESE for c in word)


def damage(texts: list[str]) -> tuple[float, list[str]]:
    """The share of damaged words (0–1) in ``texts`` and a few examples; 0 when too short to judge.

    Words in capitals (acronyms: CCHC, UBND) and one-letter words are not counted."""
    words = [w for t in texts for w in _WORD.findall(t) if len(w) >= 2 and not w.isupper()]
    if len(words) < MIN_WORDS:
        return 0.0, []
    bad = [w for w in words if _foreign(w) or (not _has_mark(w) and w.lower() not in _PLAIN)]
    examples = list(dict.fromkeys(bad))[:4]
    return len(bad) / len(words), examples


def repair(text: str) -> str:
    """Unambiguous OCR slips repaired in one paragraph or cell text."""
    m = _ROMAN_SLIP.match(text)
    if m and re.search(r"[IVX]", m.group(2)) and re.search(r"[l1|]", m.group(2)):
        numeral = re.sub(r"[l1|]", "I", m.group(2))
        if re.fullmatch(r"I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|X", numeral):
            text = f"{m.group(1)}{numeral}{m.group(3)}{m.group(4)}{text[m.end():]}"
    text = _DATE_SLIP.sub(lambda d: f"{d.group(1)}gày{d.group(2)}tháng{d.group(3)}năm{d.group(4)}", text)
    return _YEAR_SLIP.sub(r"năm\1", text)


def _texts(raw: RawDocument) -> list[str]:
    out: list[str] = []
    for block in raw.blocks:
        if isinstance(block, RawParagraph):
            out.append(block.text)
        else:
            out.extend(p for row in block.rows for c in row for p in c.paragraphs)
    return out


def check(raw: RawDocument) -> RawDocument:
    """Repair the sure slips, then measure the damage (``raw.damage``, and a warning when high)."""
    for block in raw.blocks:
        if isinstance(block, RawParagraph):
            block.text = repair(block.text)
        elif isinstance(block, RawTable):
            for row in block.rows:
                for i, cell in enumerate(row):
                    row[i] = RawCell([repair(p) for p in cell.paragraphs], cell.span, cell.merged_above)
    share, examples = damage(_texts(raw))
    raw.damage = share
    if share >= THRESHOLD:
        raw.warnings.insert(0, WARNING.format(share=f"{round(share * 100)}%", examples=", ".join(examples)))
    return raw


def damaged(raw: RawDocument) -> bool:
    return raw.damage >= THRESHOLD
