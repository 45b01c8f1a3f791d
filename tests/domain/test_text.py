"""Vietnamese text as data: NFC, diacritics-insensitive search, collation (spec §14)."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccpropa_desktop.domain.text import (
    clean_line,
    fold,
    matches,
    nfc,
    person_sort_key,
    sort_key,
    sort_vietnamese,
)


def NFD(text: str) -> str:
    return unicodedata.normalize("NFD", text)


VIETNAMESE_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
LETTERS = VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper()
vietnamese_words = st.text(alphabet=st.sampled_from(LETTERS + " "), max_size=12)


# -- NFC -------------------------------------------------------------------------------------------
def test_nfc_composes_decomposed_vietnamese():
    decomposed = NFD("Tuyên truyền cải cách hành chính")
    assert decomposed != "Tuyên truyền cải cách hành chính"  # the input really is NFD
    assert nfc(decomposed) == "Tuyên truyền cải cách hành chính"
    assert unicodedata.is_normalized("NFC", nfc(decomposed))


def test_clean_line_collapses_spaces_keeps_newlines_and_composes():
    text = NFD("  Sở  Nội\u00a0vụ \t;  UBND\ncấp   huyện  ")
    assert clean_line(text) == "Sở Nội vụ ; UBND\ncấp huyện"


# -- fold / matches --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Tuyên truyền", "tuyen truyen"),
        ("ĐẶNG Đình Ước", "dang dinh uoc"),
        ("hòa", "hoa"),
        ("hoà", "hoa"),  # old-style tone placement
        (NFD("Cải cách hành chính"), "cai cach hanh chinh"),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_matches_ignores_diacritics_case_and_word_order():
    assert matches("tuyen truyen", "Kế hoạch tuyên truyền cải cách hành chính")
    assert matches("TUYEN truyen", "tuyên truyền")
    assert matches("hoa", "Phòng Văn hóa và Thông tin")
    assert matches("hoa", "Văn hoà")
    assert matches("hoa", "hòa")
    assert matches("chinh cai", "cải cách hành chính")
    assert matches("dang", "Đảng")
    assert matches("", "bất kỳ")


def test_matches_needs_every_word():
    assert not matches("tuyen truyen xyz", "tuyên truyền")
    assert not matches("hoa", "Thông tin")


# -- collation -------------------------------------------------------------------------------------
def test_spec_sort_vector():
    given_order = ["Đặng", "Dương", "Đinh", "Doãn", "Ánh", "Anh", "Ảnh", "Ăn", "Ân"]
    expected = ["Anh", "Ảnh", "Ánh", "Ăn", "Ân", "Doãn", "Dương", "Đặng", "Đinh"]
    assert sort_vietnamese(given_order) == expected
    assert sort_vietnamese(reversed(expected)) == expected
    assert sort_vietnamese(NFD(s) for s in given_order) == [NFD(s) for s in expected]


def test_tone_order():
    tones = ["a", "à", "ả", "ã", "á", "ạ"]
    for shuffled in itertools.permutations(tones):
        assert sort_vietnamese(shuffled) == tones


def test_letter_order_of_vowels_with_marks():
    assert sort_vietnamese(["ư", "u", "ơ", "ô", "o", "ê", "e", "â", "ă", "a", "đ", "d"]) == [
        "a", "ă", "â", "d", "đ", "e", "ê", "o", "ô", "ơ", "u", "ư",
    ]


def test_letters_before_tones_before_case():
    # The letter sequence decides first; tones only break ties; case comes last.
    assert sort_key("Ánh") < sort_key("Ăn")
    assert sort_key("anh") < sort_key("Anh") < sort_key("ảnh")
    assert sort_key("Ba") < sort_key("bà")


def test_person_sort_key_orders_by_given_name_then_middle_then_family():
    people = ["Trần Thị Bình", "Nguyễn Văn An", "Lê An", "Phạm Đức", "Hoàng Dũng", "Lò Văn Sinh"]
    assert sorted(people, key=person_sort_key) == [
        "Lê An", "Nguyễn Văn An", "Trần Thị Bình", "Hoàng Dũng", "Phạm Đức", "Lò Văn Sinh",
    ]
    # Same given and middle names: the family name decides, with Đ after D and before V.
    assert sorted(["Vũ An", "Đỗ An", "Dương An"], key=person_sort_key) == ["Dương An", "Đỗ An", "Vũ An"]
    assert person_sort_key("") == (sort_key(""),)
    assert person_sort_key(NFD("Lò Văn Sinh")) == person_sort_key("Lò Văn Sinh")


# -- properties ------------------------------------------------------------------------------------
@given(st.text())
@settings(max_examples=300)
def test_fold_and_sort_key_never_raise(text):
    folded = fold(text)
    assert isinstance(folded, str)
    assert fold(nfc(text)) == folded == fold(unicodedata.normalize("NFD", text))
    sort_key(text)
    person_sort_key(text)


@given(vietnamese_words)
def test_fold_removes_every_vietnamese_mark(text):
    folded = fold(text)
    assert set(folded) <= set("abcdefghijklmnopqrstuvwxyz ")
    assert len(folded) == len(text)


@given(vietnamese_words, vietnamese_words, vietnamese_words)
def test_sort_key_is_a_consistent_total_order(a, b, c):
    ka, kb, kc = sort_key(a), sort_key(b), sort_key(c)
    # Normal form does not matter.
    assert sort_key(NFD(a)) == ka
    # Total and antisymmetric: equal keys only for equal (NFC) strings of Vietnamese letters.
    assert (ka < kb) + (ka == kb) + (ka > kb) == 1
    assert (ka == kb) == (nfc(a) == nfc(b))
    # Transitive.
    if ka <= kb and kb <= kc:
        assert ka <= kc
    # Sorting does not depend on the input order.
    assert sort_vietnamese([a, b, c]) == sort_vietnamese([c, b, a]) == sort_vietnamese([b, c, a])


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ", max_size=10),
       st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ", max_size=10))
def test_sort_key_is_alphabetical_on_unmarked_text(a, b):
    """Without marks the order is plain alphabetical, ignoring case (case only breaks ties)."""
    if a.lower() != b.lower():
        assert (sort_key(a) < sort_key(b)) == (a.lower() < b.lower())
