"""Agency renaming from the template's level to the unit's level (brief W3)."""

from __future__ import annotations

import unicodedata

import pytest

from ccpropa_desktop.domain.mapping import MappingRule, Rewriter, expand_place_variants
from ccpropa_desktop.services.mappings import default_rules

R = MappingRule


def rewriter(*pairs: tuple[str, str], place: str = "") -> Rewriter:
    return Rewriter(expand_place_variants([R(s, t) for s, t in pairs], place))


def test_simple_rename():
    rw = rewriter(("Sở Nội vụ", "Phòng Nội vụ"))
    assert rw.text("Giao Sở Nội vụ chủ trì.") == "Giao Phòng Nội vụ chủ trì."


def test_longest_source_wins_whatever_the_rule_order():
    pairs = [("Các sở, ban, ngành", "Các cơ quan, đơn vị"),
             ("Các sở, ban, ngành thuộc tỉnh", "Các cơ quan, đơn vị thuộc huyện")]
    for ordered in (pairs, pairs[::-1]):
        rw = rewriter(*ordered)
        assert rw.text("Thủ trưởng các sở, ban, ngành thuộc tỉnh triển khai") == \
            "Thủ trưởng các cơ quan, đơn vị thuộc huyện triển khai"
        assert rw.text("Các sở, ban, ngành; UBND cấp huyện") == "Các cơ quan, đơn vị; UBND cấp huyện"


def test_one_pass_no_chained_rewrites():
    # "Sở Tư pháp" → "Phòng Tư pháp" must not be rewritten again by a rule whose source is the target.
    rw = rewriter(("Sở Tư pháp", "Phòng Tư pháp"), ("Phòng Tư pháp", "Công chức Tư pháp - Hộ tịch"))
    assert rw.text("Sở Tư pháp") == "Phòng Tư pháp"


def test_whole_words_only():
    rw = rewriter(("Sở Nội vụ", "Phòng Nội vụ"), ("UBND tỉnh", "UBND huyện"))
    assert rw.text("Sở Nội vụx") == "Sở Nội vụx"
    assert rw.text("XSở Nội vụ") == "XSở Nội vụ"
    assert rw.text("UBND tỉnhlỵ") == "UBND tỉnhlỵ"
    assert rw.text("(Sở Nội vụ)") == "(Phòng Nội vụ)"
    assert rw.text("Sở Nội vụ; UBND tỉnh.") == "Phòng Nội vụ; UBND huyện."


def test_case_insensitive_and_lower_case_in_running_text():
    rw = rewriter(("Các sở, ban, ngành", "Các cơ quan, đơn vị"), ("Sở Nội vụ", "Phòng Nội vụ"))
    assert rw.text("lãnh đạo các sở, ban, ngành và") == "lãnh đạo các cơ quan, đơn vị và"
    assert rw.text("Các sở, ban, ngành chủ trì") == "Các cơ quan, đơn vị chủ trì"
    assert rw.text("SỞ NỘI VỤ") == "Phòng Nội vụ"


def test_acronym_targets_keep_their_capitals():
    rw = rewriter(("Ủy ban nhân dân cấp huyện", "UBND huyện"))
    assert rw.text("giao ủy ban nhân dân cấp huyện") == "giao UBND huyện"
    assert rw.text("Ủy ban nhân dân cấp huyện") == "UBND huyện"


def test_decomposed_input_is_matched_and_output_is_nfc():
    rw = rewriter(("Đài Phát thanh và Truyền hình tỉnh", "Trung tâm Truyền thông - Văn hóa huyện"))
    out = rw.text(unicodedata.normalize("NFD", "Đài Phát thanh và Truyền hình tỉnh đưa tin"))
    assert out == "Trung tâm Truyền thông - Văn hóa huyện đưa tin"
    assert unicodedata.is_normalized("NFC", out)


def test_place_variants():
    rules = expand_place_variants(
        [R("Đài Phát thanh và Truyền hình tỉnh", "Trung tâm Truyền thông - Văn hóa huyện"),
         R("Bưu điện huyện", "Bưu điện văn hóa xã"), R("Sở Nội vụ", "Phòng Nội vụ")], "Bình Định")
    assert [r.source for r in rules] == [
        "Đài Phát thanh và Truyền hình tỉnh", "Đài Phát thanh và Truyền hình tỉnh Bình Định",
        "Đài Phát thanh và Truyền hình Bình Định",
        "Bưu điện huyện", "Bưu điện huyện Bình Định", "Bưu điện Bình Định",
        "Sở Nội vụ",
    ]
    rw = Rewriter(rules)
    target = "Trung tâm Truyền thông - Văn hóa huyện"
    assert rw.text("Đài Phát thanh và Truyền hình Bình Định") == target
    assert rw.text("Đài Phát thanh và Truyền hình tỉnh Bình Định") == target  # not "… huyện Bình Định"
    assert rw.text("Đài Phát thanh và Truyền hình tỉnh") == target
    assert rw.text("Báo Bình Định") == "Báo Bình Định"


def test_no_place_no_variants():
    rules = [R("Bưu điện tỉnh", "Bưu điện huyện")]
    assert expand_place_variants(rules, "") == rules


def test_agency_lists_are_deduplicated_after_renaming():
    rw = rewriter(("Sở Kế hoạch và Đầu tư", "Phòng Tài chính - Kế hoạch"),
                  ("Sở Tài chính", "Phòng Tài chính - Kế hoạch"), ("Sở Nội vụ", "Phòng Nội vụ"),
                  ("UBND cấp huyện", "UBND huyện"), ("UBND các huyện, thành phố", "UBND huyện"))
    assert rw.agencies("Sở Kế hoạch và Đầu tư; Sở Tài chính; Sở Nội vụ") == \
        "Phòng Tài chính - Kế hoạch; Phòng Nội vụ"
    assert rw.agencies("UBND cấp huyện; UBND các huyện, thành phố") == "UBND huyện"
    # The cell keeps its final full stop when the repeat that carried it is dropped.
    assert rw.agencies("Sở Tài chính; Sở Nội vụ; Sở Kế hoạch và Đầu tư.") == \
        "Phòng Tài chính - Kế hoạch; Phòng Nội vụ."
    assert rw.agencies("Sở Tài chính; Sở Kế hoạch và Đầu tư; Báo Bắc Kạn.") == \
        "Phòng Tài chính - Kế hoạch; Báo Bắc Kạn."
    # Each line of a multi-line cell on its own.
    assert rw.agencies("Sở Tài chính; Sở Kế hoạch và Đầu tư\nSở Tài chính") == \
        "Phòng Tài chính - Kế hoạch\nPhòng Tài chính - Kế hoạch"


def test_agency_lists_without_renaming_are_left_alone():
    rw = rewriter(("Sở Nội vụ", "Phòng Nội vụ"))
    cell = "Báo Bắc Kạn; Báo Bắc Kạn"  # the source's own repeat is not ours to fix
    assert rw.agencies(cell) == cell
    assert rw.agencies("") == ""


def test_first_rule_for_a_source_wins():
    rw = Rewriter([R("Sở Nội vụ", "Phòng Nội vụ"), R("sở nội vụ", "Khác")])
    assert rw.text("Sở Nội vụ") == "Phòng Nội vụ"


def test_empty_mapping_changes_nothing():
    rw = Rewriter([])
    assert rw.text("Sở Nội vụ") == "Sở Nội vụ"
    assert rw.agencies("Sở Nội vụ; Sở Nội vụ") == "Sở Nội vụ; Sở Nội vụ"


# -- the shipped default mapping, tỉnh → huyện ----------------------------------------------------
@pytest.fixture(scope="module")
def tinh_to_huyen() -> Rewriter:
    return Rewriter(expand_place_variants(default_rules("tinh", "huyen"), "Bình Định"))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Sở Nội vụ", "Phòng Nội vụ"),
        ("UBND cấp xã", "UBND các xã, thị trấn"),
        ("UBND cấp huyện", "UBND huyện"),
        ("Văn phòng UBND tỉnh", "Văn phòng HĐND và UBND huyện"),
        ("Đài Phát thanh và Truyền hình Bình Định", "Trung tâm Truyền thông - Văn hóa huyện"),
        ("Bưu điện tỉnh", "Bưu điện huyện"),
        ("Tỉnh Đoàn", "Huyện Đoàn"),
        ("UBND các huyện, thị xã, thành phố", "UBND huyện"),
        ("lãnh đạo các sở, ban, ngành, UBND các huyện, thành phố và UBND các xã, phường, thị trấn",
         "lãnh đạo các cơ quan, đơn vị, UBND huyện và UBND các xã, thị trấn"),
    ],
)
def test_default_mapping(tinh_to_huyen, source, expected):
    assert tinh_to_huyen.text(source) == expected


def test_default_mapping_on_a_real_cell(tinh_to_huyen):
    # Bắc Kạn task 2, "Cơ quan phối hợp".
    assert tinh_to_huyen.agencies("Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã.") == \
        "Các cơ quan, đơn vị; UBND huyện; UBND các xã, thị trấn."
    # Bình Định task 2, "Cơ quan chủ trì" (a comma-separated list).
    assert tinh_to_huyen.agencies(
        "Sở Nội vụ, Sở Kế hoạch và Đầu tư, Sở Thông tin và Truyền thông, "
        "Đài Phát thanh và Truyền hình Bình Định, Báo Bình Định") == (
        "Phòng Nội vụ, Phòng Tài chính - Kế hoạch, Phòng Văn hóa và Thông tin, "
        "Trung tâm Truyền thông - Văn hóa huyện, Báo Bình Định")
