"""Formatting helpers (spec §5, §6, §14; checklist §16 item 16): every test vector of the spec."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccpropa_desktop.documents import formats
from ccpropa_desktop.documents.formats import (
    BLANK,
    amount_in_words,
    decimal,
    document_number,
    header_date,
    long_date,
    money,
    number_line,
    number_words,
    percent,
    short_date,
)
from ccpropa_desktop.domain.text import sort_key

# §5 validation regex for produced administrative numbers (number part blank for drafts).
NUMBER_LINE_RE = re.compile(r"^Số: (\d{2,}|\s+)/[A-ZĐ][A-Za-zĐđ]*(-[A-ZĐ][A-Za-zĐđ&]*)+$")
# §16 item 6: the place-and-date line.
DATE_LINE_RE = re.compile(
    r"^.+, ngày (0[1-9]|[12]\d|3[01]|\s+) tháng (0[12]|[3-9]|1[0-2]|\s+) năm \d{4}$")


# -- §6 dates ----------------------------------------------------------------------------------
@pytest.mark.parametrize(("date", "expected"), [
    (dt.date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
    (dt.date(2022, 1, 13), "ngày 13 tháng 01 năm 2022"),
    (dt.date(2024, 2, 9), "ngày 09 tháng 02 năm 2024"),
    (dt.date(2024, 3, 14), "ngày 14 tháng 3 năm 2024"),  # seed 002 prints "tháng 03": wrong
    (dt.date(2019, 6, 29), "ngày 29 tháng 6 năm 2019"),
    (dt.date(2024, 12, 1), "ngày 01 tháng 12 năm 2024"),
])
def test_spec_6_date_vectors(date: dt.date, expected: str) -> None:
    assert long_date(date) == expected
    line = header_date("Sông Mã", date)
    assert line == f"Sông Mã, {expected}"
    assert DATE_LINE_RE.match(line)


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31)))
@settings(max_examples=200, deadline=None)
def test_every_date_matches_the_checklist_regex(date: dt.date) -> None:
    line = header_date("Thành phố Hồ Chí Minh", date)
    assert DATE_LINE_RE.match(line), line
    day = re.search(r"ngày (\S+)", line).group(1)
    month = re.search(r"tháng (\S+)", line).group(1)
    assert int(day) == date.day and len(day) == 2  # day < 10 zero-padded
    assert int(month) == date.month
    assert len(month) == (2 if date.month <= 2 or date.month >= 10 else 1)  # only months 1–2 padded


def test_draft_date_has_blank_day_and_month_and_keeps_the_year() -> None:
    line = header_date("Sông Mã", None, 2022)
    assert line == f"Sông Mã, ngày{BLANK}tháng{BLANK}năm 2022"
    assert DATE_LINE_RE.match(line)


def test_body_dates_are_padded_dd_mm_yyyy() -> None:
    assert short_date(dt.date(2022, 1, 13)) == "13/01/2022"
    assert short_date(dt.date(2021, 12, 29)) == "29/12/2021"


# -- §5 number line ----------------------------------------------------------------------------
@pytest.mark.parametrize(("number", "type_abbr", "issuer", "expected"), [
    (5, "KH", "UBND", "Số: 05/KH-UBND"),
    ("5", "KH", "UBND", "Số: 05/KH-UBND"),
    ("05", "KH", "UBND", "Số: 05/KH-UBND"),
    (18, "KH", "UBND", "Số: 18/KH-UBND"),
    (854, "QĐ", "UBND", "Số: 854/QĐ-UBND"),
    (1234, "KH", "UBND", "Số: 1234/KH-UBND"),  # never thousands-grouped
    (12, "BC", "SNV", "Số: 12/BC-SNV"),
    (3, "CTr", "UBND", "Số: 03/CTr-UBND"),  # type codes may contain lower-case letters
])
def test_number_line_zero_padding_and_regex(number, type_abbr: str, issuer: str, expected: str) -> None:
    line = number_line(number, type_abbr, issuer)
    assert line == expected
    assert NUMBER_LINE_RE.match(line)
    assert "." not in line


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_blank_form_number_line(blank) -> None:
    line = number_line(blank, "KH", "UBND")
    assert line == f"Số: {BLANK}/KH-UBND"
    assert NUMBER_LINE_RE.match(line)
    assert document_number(blank).strip() == ""


@given(st.integers(min_value=1, max_value=99_999))
@settings(max_examples=100, deadline=None)
def test_every_number_gives_a_valid_number_line(number: int) -> None:
    line = number_line(number, "KH", "UBND")
    assert NUMBER_LINE_RE.match(line), line
    assert int(line.split(" ", 1)[1].split("/")[0]) == number


def test_regex_rejects_what_nd30_forbids() -> None:
    for bad in ("Số: 5/KH-UBND", "Số: 1.234/KH-UBND", "Số: 18/KH - UBND", "Số:18/KH-UBND",
                "Số 18/KH-UBND", "Số: 18/kh-UBND"):
        assert not NUMBER_LINE_RE.match(bad), bad


# -- §14 numbers, percent, money -----------------------------------------------------------------
@pytest.mark.parametrize(("value", "expected"), [
    (1234567, "1.234.567"),
    (12.5, "12,5"),
    (Decimal("12.5"), "12,5"),
    (0, "0"),
    (999, "999"),
    (1000, "1.000"),
])
def test_decimal_grouping_and_comma(value, expected: str) -> None:
    assert decimal(value) == expected


@pytest.mark.parametrize(("ratio", "expected"), [(0.855, "85,5%"), (1, "100%"), (0.5, "50%"),
                                                  (0.125, "12,5%")])
def test_percent_has_no_space(ratio: float, expected: str) -> None:
    assert percent(ratio) == expected


def test_money_in_documents() -> None:
    assert money(1500000) == "1.500.000 đồng"
    assert money(Decimal(1500000)) == "1.500.000 đồng"
    assert "VNĐ" not in money(1) and "₫" not in money(1)


# -- §14 amounts in words ------------------------------------------------------------------------
@pytest.mark.parametrize(("n", "words"), [
    (21, "hai mươi mốt"),  # "mốt" for 1 after tens ≥ 20
    (15, "mười lăm"),  # "lăm" for 5 after tens ≥ 10
    (25, "hai mươi lăm"),
    (105, "một trăm linh năm"),  # "linh" for an empty tens place
    (0, "không"),
    (1, "một"),
    (5, "năm"),
    (10, "mười"),
    (11, "mười một"),
    (20, "hai mươi"),
    (110, "một trăm mười"),
    (1005, "một nghìn không trăm linh năm"),
    (1_000_000, "một triệu"),
    (1_500_000, "một triệu năm trăm nghìn"),  # "nghìn", never "ngàn"
    (1_000_000_000, "một tỷ"),
    (1_000_000_005, "một tỷ không trăm linh năm"),
])
def test_number_words(n: int, words: str) -> None:
    assert number_words(n) == words


def test_amount_in_words_vector() -> None:
    assert amount_in_words(1_500_000) == "(Bằng chữ: Một triệu năm trăm nghìn đồng)"


@pytest.mark.parametrize(("n", "words"), [
    (1_000_000_000_000, "một nghìn tỷ"),
    (2_000_000_000_005, "hai nghìn tỷ không trăm linh năm"),
    (1_500_000_000_000, "một nghìn năm trăm tỷ"),
    (10**15, "một triệu tỷ"),
    (10**18, "một tỷ tỷ"),
])
def test_number_words_above_a_thousand_billion(n: int, words: str) -> None:
    """Regression: 10^12 used to read "một nghìn" (the "tỷ" was lost), 10^18 "một tỷtỷ"."""
    assert number_words(n) == words


def _parse_words(text: str) -> int:
    """A reader for the words number_words writes: proves the words say the number."""
    digits = {w: i for i, w in enumerate(["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy",
                                          "tám", "chín"])}
    digits.update({"mốt": 1, "lăm": 5, "tư": 4})
    total, section, group = 0, 0, 0
    for word in text.split():
        if word in digits:
            group += digits[word]
        elif word == "mười":
            group += 10
        elif word == "mươi":
            group = (group - group % 10) + (group % 10) * 10
        elif word == "trăm":
            group = (group - group % 100) + (group % 100) * 100
        elif word == "linh":
            pass
        elif word == "nghìn":
            section += group * 1000
            group = 0
        elif word == "triệu":
            section += group * 1_000_000
            group = 0
        elif word == "tỷ":
            total = (total + section + group) * 1_000_000_000
            section = group = 0
        else:
            raise AssertionError(f"unexpected word {word!r} in {text!r}")
    return total + section + group


@given(st.integers(min_value=0, max_value=10**15))
@settings(max_examples=300, deadline=None)
def test_number_words_round_trip(n: int) -> None:
    words = number_words(n)
    assert "ngàn" not in words and "lẻ" not in words
    assert _parse_words(words) == n, words


# -- §14 collation -------------------------------------------------------------------------------
def test_spec_14_sort_vector() -> None:
    names = ["Đặng", "Dương", "Đinh", "Doãn", "Ánh", "Anh", "Ảnh", "Ăn", "Ân"]
    assert sorted(names, key=sort_key) == ["Anh", "Ảnh", "Ánh", "Ăn", "Ân", "Doãn", "Dương", "Đặng",
                                           "Đinh"]
    assert sorted(names) == ["Anh", "Doãn", "Dương", "Ánh", "Ân", "Ăn", "Đinh", "Đặng", "Ảnh"]


def test_upper_casing_is_plain_str_upper() -> None:
    assert "Ủy ban nhân dân huyện Sông Mã".upper() == "ỦY BAN NHÂN DÂN HUYỆN SÔNG MÃ"
    assert formats.BLANK.strip() == ""
