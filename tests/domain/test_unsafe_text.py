"""Text coming in loses control characters and bidi controls (issue 14, item 7): one helper,
domain.text.strip_unsafe, behind clean_text and clean_line, with a note of what it removed."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from ccpropa_desktop.domain.text import (
    clean_line,
    clean_text,
    noting_removals,
    removal_note,
    set_removal_listener,
    strip_unsafe,
)

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def test_controls_and_bidi_are_removed_tab_and_newline_kept():
    text, removed = strip_unsafe("Kế\x00 hoạch\u202e số\t1\nhai\x7f\ufeff")
    assert text == "Kế hoạch số\t1\nhai"
    assert removed == ["U+0000", "U+202E RIGHT-TO-LEFT OVERRIDE", "U+007F",
                       "U+FEFF ZERO WIDTH NO-BREAK SPACE"]


def test_line_breaks_of_every_spelling_become_newlines():
    assert strip_unsafe("a\r\nb\rc\x0bd\x0ce\u2028f\u2029g\x85h") == ("a\nb\nc\nd\ne\nf\ng\nh", [])


def test_clean_line_strips_them_too_and_a_note_collects_each_text_once():
    with noting_removals() as removed:
        assert clean_line("  Sở\x00  Nội vụ\u202e ") == "Sở Nội vụ"
        clean_line("  Sở\x00  Nội vụ\u202e ")  # the same text again
        assert clean_text("dòng\x1b[1m một\n\tdòng hai") == "dòng[1m một\n\tdòng hai"
    assert removed.names == ["U+0000", "U+202E RIGHT-TO-LEFT OVERRIDE", "U+001B"]
    note = removal_note(removed.names)
    assert note.startswith("Đã bỏ 3 ký tự điều khiển hoặc ký tự đổi chiều chữ") and "U+202E" in note


def test_a_listener_hears_removals_outside_a_note():
    heard: list[list[str]] = []
    set_removal_listener(heard.append)
    try:
        clean_line("a\x01b")
        clean_line("sạch")
    finally:
        set_removal_listener(None)
    assert heard == [["U+0001"]]


@given(st.text())
def test_nothing_unsafe_survives_and_cleaning_twice_changes_nothing(text):
    once, _ = strip_unsafe(text)
    for ch in once:
        assert ch in "\t\n" or unicodedata.category(ch) != "Cc", repr(ch)
        assert ch not in BIDI + "\ufeff"
    assert strip_unsafe(once) == (once, [])


@given(st.text(alphabet="aàảãáạăằẳẵắặâầẩẫấậđêềểễếệôồổỗốộơờởỡớợưừửữứự ABCĐƠƯ.,;:-()\t\n"))
def test_vietnamese_text_passes_untouched(text):
    assert strip_unsafe(text) == (text, [])
