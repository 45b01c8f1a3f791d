"""Legacy encodings (issue 4, item 3): a known passage in TCVN3 (ABC) and in VNI becomes Unicode NFC."""

from __future__ import annotations

import unicodedata

import pytest

from ccpropa_desktop.domain.legacy_encoding import (
    TCVN3_TO_UNICODE,
    VNI_TO_UNICODE,
    detect,
    font_encoding,
    tcvn3_to_unicode,
    to_unicode,
    vni_to_unicode,
)

PASSAGE = ("Kế hoạch tuyên truyền công tác cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh Bắc Kạn; "
           "đẩy mạnh ứng dụng dịch vụ công trực tuyến, người đứng đầu chịu trách nhiệm.")
# The same passage as the ".VnTime" font stores it (typed in ABC), capitals Ủ and Đ in .VnTimeH as
# their lower-case codes, the way the old documents are: here "Uû" is written with the plain "U".
TCVN3 = ("KÕ ho¹ch tuyªn truyÒn c«ng t¸c c¶i c¸ch hµnh chÝnh n¨m 2024 cña Uû ban nh©n d©n tØnh B¾c K¹n; "
         "®Èy m¹nh øng dông dÞch vô c«ng trùc tuyÕn, ng­êi ®øng ®Çu chÞu tr¸ch nhiÖm.")
VNI = ("Keá hoaïch tuyeân truyeàn coâng taùc caûi caùch haønh chính naêm 2024 cuûa UÛy ban nhaân daân tænh "
       "Baéc Kaïn; ñaåy maïnh öùng duïng dòch vuï coâng tröïc tuyeán, ngöôøi ñöùng ñaàu chòu traùch nhieäm.")


def test_tcvn3_passage_converts_to_unicode_nfc():
    text, found = to_unicode(TCVN3)
    assert found == "tcvn3"
    assert text == PASSAGE.replace("Ủy", "Uỷ")     # "Uû" is U + ỷ: exactly what was typed
    assert unicodedata.is_normalized("NFC", text)


def test_vni_passage_converts_to_unicode_nfc():
    text, found = to_unicode(VNI)
    assert (text, found) == (PASSAGE, "vni")
    assert unicodedata.is_normalized("NFC", text)


def test_unicode_text_is_left_alone_even_with_a_stray_latin_letter():
    text = PASSAGE + " Tài liệu tham khảo: Muñoz, Ørsted, 5 µm."
    assert detect(text) == "unicode"
    assert to_unicode(text) == (text, "unicode")


def test_decomposed_unicode_comes_out_nfc():
    nfd = unicodedata.normalize("NFD", PASSAGE)
    assert to_unicode(nfd) == (PASSAGE, "unicode")


@pytest.mark.parametrize("letter", sorted(set(TCVN3_TO_UNICODE.values())))
def test_every_tcvn3_letter_converts(letter):
    code = next(c for c, u in TCVN3_TO_UNICODE.items() if u == letter)
    assert tcvn3_to_unicode(code) == letter


def test_vni_table_covers_all_134_vietnamese_letters():
    letters = set(VNI_TO_UNICODE.values())
    assert len(letters) == 134     # 67 lower-case letters with marks (đ included) and their capitals
    for code, letter in VNI_TO_UNICODE.items():
        assert vni_to_unicode(f"x{code}x") == f"x{letter}x"


def test_vnitimeh_capitals_font():
    assert tcvn3_to_unicode("kÕ ho¹ch", upper=True) == "KẾ HOẠCH"


@pytest.mark.parametrize(("font", "expected"), [
    (".VnTime", ("tcvn3", False)), (".VnTimeH", ("tcvn3", True)), (".VnArial", ("tcvn3", False)),
    ("VNI-Times", ("vni", False)), ("Times New Roman", ("unicode", False)), ("", ("unicode", False)),
])
def test_font_names_imply_encodings(font, expected):
    assert font_encoding(font) == expected
