"""Legacy Vietnamese encodings (TCVN3/ABC and VNI) → Unicode NFC (issue 4, item 3).

Old office files typed with the ".VnTime" (TCVN3, also called ABC) or "VNI-Times" fonts store
Vietnamese letters as Latin-1 characters that only look right in those fonts: "Kõ ho¹ch" is TCVN3
for "Kế hoạch", "Keá hoaïch" is VNI. Pasted into a Unicode program they stay garbled, so every
imported text passes through ``to_unicode`` on the way in. Pure functions, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

Encoding = Literal["unicode", "tcvn3", "vni"]

# TCVN 5712:1993 VN3, the code table of the ".VnTime" fonts: lower-case letters and the seven
# upper-case base letters. Accented capitals are written with the ".VnTimeH" fonts, which draw
# these same lower-case codes as capitals (see ``to_unicode(upper=True)``).
_TCVN3_PAIRS = (
    "µà ¸á ¶ả ·ã ¹ạ "
    "¨ă »ằ ¾ắ ¼ẳ ½ẵ Æặ "
    "©â Çầ Êấ Èẩ Éẫ Ëậ "
    "®đ "
    "Ìè Ðé Îẻ Ïẽ Ñẹ "
    "ªê Òề Õế Óể Ôễ Öệ "
    "×ì Ýí Øỉ Üĩ Þị "
    "ßò ãó áỏ âõ äọ "
    "«ô åồ èố æổ çỗ éộ "
    "¬ơ êờ íớ ëở ìỡ îợ "
    "ïù óú ñủ òũ ôụ "
    "\u00adư õừ øứ öử ÷ữ ùự "
    "úỳ ýý ûỷ üỹ þỵ "
    "¡Ă ¢Â §Đ £Ê ¤Ô ¥Ơ ¦Ư"
)
TCVN3_TO_UNICODE: dict[str, str] = {
    pair[0]: pair[1] for pair in _TCVN3_PAIRS.split()
}

# VNI Windows: a base letter followed by a mark character. Built from the letters' Unicode
# decomposition so the table cannot have a typo in one cell.
_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRCUMFLEX_TONE = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE_TONE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"": "i", "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
_VNI_SINGLE = {"đ": "ñ", "ơ": "ô", "ư": "ö", "ỵ": "î"}


def _vni_for(letter: str) -> str | None:
    """The VNI spelling of one lower-case Vietnamese letter, or None if it is plain ASCII."""
    if letter in _VNI_SINGLE:
        return _VNI_SINGLE[letter]
    parts = unicodedata.normalize("NFD", letter)
    base, marks = parts[0], parts[1:]
    tone = next((m for m in marks if m in _VNI_TONE), "")
    shape = next((m for m in marks if m not in _VNI_TONE), "")
    if base == "i":
        return _VNI_I[tone] if tone else None
    if shape == "\u031b":  # horn: ơ ư carry their own code, the tone mark follows
        head = _VNI_SINGLE["ơ" if base == "o" else "ư"]
        return head + (_VNI_TONE[tone] if tone else "")
    if base == "y" and tone == "\u0323":
        return _VNI_SINGLE["ỵ"]
    if shape == "\u0302":
        return base + _VNI_CIRCUMFLEX_TONE[tone]
    if shape == "\u0306":
        return base + _VNI_BREVE_TONE[tone]
    return base + _VNI_TONE[tone] if tone else None


def _vietnamese_letters() -> list[str]:
    out = []
    shapes = {"a": ("", "\u0302", "\u0306"), "e": ("", "\u0302"), "o": ("", "\u0302", "\u031b"),
              "u": ("", "\u031b"), "i": ("",), "y": ("",)}
    for base, base_shapes in shapes.items():
        for shape in base_shapes:
            for tone in ("", *_VNI_TONE):
                letter = unicodedata.normalize("NFC", base + shape + tone)
                if len(letter) == 1 and letter not in out:
                    out.append(letter)
    return [*out, "đ"]


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for letter in _vietnamese_letters():
        code = _vni_for(letter)
        if code is None:
            continue
        table[code] = letter
        upper_code = code.upper()
        if upper_code != code:
            table[upper_code] = letter.upper()
    return table


VNI_TO_UNICODE: dict[str, str] = _vni_table()
_VNI_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(VNI_TO_UNICODE, key=len, reverse=True)))

# Characters that give each encoding away. TCVN3 uses symbols (µ ¸ ® ª « ¬ soft hyphen …) that
# neither Vietnamese Unicode text nor VNI ever contains; VNI uses Latin-1 letters (ø û ï å ä ë ü
# æ î ñ ö) that Vietnamese Unicode never contains.
_TCVN3_SIGNS = frozenset("µ¸¶·¹¨»¾¼½©®ª«¬\u00ad¡¢§£¤¥¦×Þß")
_VNI_SIGNS = frozenset("øûïåäëüæîñöØÛÏÅÄËÜÆÎÑÖ")
_UNICODE_VIETNAMESE = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1"
                                 "\u01af\u01b0\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")


def detect(text: str) -> Encoding:
    """Which encoding the text is in: "tcvn3", "vni" or (anything else) "unicode".

    A legacy encoding wins only when its signs clearly outnumber real Vietnamese Unicode letters,
    so a Unicode plan quoting a stray "µm" or "ñ" is never rewritten.
    """
    unicode_score = len(_UNICODE_VIETNAMESE.findall(text))
    tcvn3_score = sum(1 for ch in text if ch in _TCVN3_SIGNS)
    if tcvn3_score >= 3 and tcvn3_score > 2 * unicode_score:
        return "tcvn3"
    vni_score = sum(1 for ch in text if ch in _VNI_SIGNS)
    if vni_score >= 3 and vni_score > 2 * unicode_score:
        return "vni"
    return "unicode"


def tcvn3_to_unicode(text: str, *, upper: bool = False) -> str:
    """TCVN3 (ABC, ".VnTime") → Unicode NFC. ``upper`` for runs in a ".VnTimeH" capitals font."""
    out = "".join(TCVN3_TO_UNICODE.get(ch, ch) for ch in text)
    return unicodedata.normalize("NFC", out.upper() if upper else out)


def vni_to_unicode(text: str) -> str:
    """VNI Windows ("VNI-Times") → Unicode NFC."""
    return unicodedata.normalize("NFC", _VNI_PATTERN.sub(lambda m: VNI_TO_UNICODE[m.group(0)], text))


def to_unicode(text: str, encoding: Encoding | None = None) -> tuple[str, Encoding]:
    """The text in Unicode NFC, and the encoding it was found in (detected unless given)."""
    found = encoding or detect(text)
    if found == "tcvn3":
        return tcvn3_to_unicode(text), found
    if found == "vni":
        return vni_to_unicode(text), found
    return unicodedata.normalize("NFC", text), found


def font_encoding(font_name: str) -> tuple[Encoding, bool]:
    """The encoding a font name implies, and whether it is an all-capitals TCVN3 font.

    ".VnTime", ".VnArial" … are TCVN3; ".VnTimeH", ".VnArialH" … their capitals variants;
    "VNI-Times", "VNI-Helve" … are VNI.
    """
    name = font_name.strip()
    if name.startswith(".Vn"):
        return "tcvn3", name.endswith("H")
    if name.upper().startswith("VNI-") or name.upper().startswith("VNI "):
        return "vni", False
    return "unicode", False


ENCODING_NAMES: dict[Encoding, str] = {"unicode": "Unicode", "tcvn3": "TCVN3 (ABC)", "vni": "VNI"}
