"""Agencies named in the appendix (issue 15): splitting a lead/partners cell, the four kinds, grouping
spellings, and who gets which task."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT

from ccpropa_desktop.domain.agencies import (
    AGENCY,
    ALL,
    GROUP,
    RELATED,
    agency_key,
    classify,
    collect,
    initials,
    slug,
    split_cell,
)


@pytest.mark.parametrize(("cell", "names"), [
    ("Phòng Văn hóa và Thông tin", ["Phòng Văn hóa và Thông tin"]),
    ("Văn phòng HĐND và UBND huyện; Bưu điện huyện; các cơ quan, đơn vị; UBND các xã, thị trấn",
     ["Văn phòng HĐND và UBND huyện", "Bưu điện huyện", "các cơ quan, đơn vị", "UBND các xã, thị trấn"]),
    ("Sở Nội vụ, Sở Thông tin và Truyền thông, Báo Bình Định, Đài Phát thanh và Truyền hình Bình Định",
     ["Sở Nội vụ", "Sở Thông tin và Truyền thông", "Báo Bình Định",
      "Đài Phát thanh và Truyền hình Bình Định"]),
    ("Văn phòng UBND tỉnh; các Sở: Nội vụ, Tư pháp, Tài chính, Thông tin và Truyền thông",
     ["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Thông tin và Truyền thông"]),
    ("Trường Chính trị tỉnh và các Trung tâm Chính trị cấp huyện; Các thành viên Ban Chỉ đạo CCHC",
     ["Trường Chính trị tỉnh", "các Trung tâm Chính trị cấp huyện", "Các thành viên Ban Chỉ đạo CCHC"]),
    ("Sở Kế hoạch và Đầu tư, Sở Công Thương, Ban Quản lý Khu kinh tế và các cơ quan, đơn vị có liên quan",
     ["Sở Kế hoạch và Đầu tư", "Sở Công Thương", "Ban Quản lý Khu kinh tế",
      "các cơ quan, đơn vị có liên quan"]),
    ("Sở Thông tin và Truyền thông, các cơ quan có liên quan",
     ["Sở Thông tin và Truyền thông", "các cơ quan có liên quan"]),
    ("Các sở, ban, ngành; UBND cấp huyện; UBND cấp xã.",
     ["Các sở, ban, ngành", "UBND cấp huyện", "UBND cấp xã"]),
    ("Văn phòng UBND tỉnh; Sở Nội vụ;", ["Văn phòng UBND tỉnh", "Sở Nội vụ"]),
    ("- Phòng Nội vụ\n- Phòng Tư pháp.", ["Phòng Nội vụ", "Phòng Tư pháp"]),
    ("Các tổ chức chính trị - xã hội tỉnh (Hội CCB tỉnh; Liên đoàn Lao động tỉnh)",
     ["Các tổ chức chính trị - xã hội tỉnh (Hội CCB tỉnh; Liên đoàn Lao động tỉnh)"]),
    ("", []),
])
def test_split_cell(cell, names):
    assert split_cell(cell) == names


@pytest.mark.parametrize(("name", "kind"), [
    ("Phòng Nội vụ", AGENCY), ("Bưu điện huyện", AGENCY), ("Báo Bình Định", AGENCY), ("Tỉnh Đoàn", AGENCY),
    ("UBND các xã, thị trấn", GROUP), ("Các sở, ban, ngành", GROUP), ("UBND cấp xã", GROUP),
    ("các Trung tâm Chính trị cấp huyện", GROUP), ("Các thành viên Ban Chỉ đạo CCHC", GROUP),
    ("Các cơ quan, đơn vị", ALL), ("Các cơ quan, đơn vị, địa phương", ALL),
    ("Các cơ quan, đơn vị thuộc huyện", ALL),
    ("Các cơ quan, đơn vị có liên quan", RELATED), ("các cơ quan liên quan", RELATED),
    ("Tổ chức, cá nhân", RELATED), ("Các sở, ban, ngành có liên quan", RELATED),
])
def test_classify(name, kind):
    assert classify(name) == kind


def test_spellings_of_one_agency_share_a_key():
    place = "Sông Mã"
    same = ["Ủy ban nhân dân huyện Sông Mã", "UBND huyện", "ubnd Huyện Sông Mã."]
    assert len({agency_key(n, place) for n in same}) == 1
    assert agency_key("Phòng Tài chính-Kế hoạch") == agency_key("Phòng Tài chính - Kế hoạch")
    assert agency_key("Phong Noi vu") == agency_key("Phòng Nội vụ")
    # the commune that shares the district's name keeps it
    assert agency_key("UBND thị trấn Sông Mã", place) != agency_key("UBND thị trấn", place)
    # the word of the unit's own level: "… tỉnh" is the same body for a provincial unit
    assert agency_key("Ban Quản lý Khu kinh tế tỉnh", area="tỉnh") == agency_key("Ban Quản lý Khu kinh tế")
    assert agency_key("Bưu điện huyện", area="huyện") == agency_key("Bưu điện", area="huyện")
    assert agency_key("UBND huyện", area="huyện") != agency_key("UBND xã", area="huyện")
    assert agency_key("Các tổ chức chính trị - xã hội cấp huyện", area="huyện") != agency_key(
        "Các tổ chức chính trị - xã hội cấp tỉnh", area="huyện")
    assert agency_key("Văn phòng HĐND và UBND xã", area="huyện") != agency_key(
        "Văn phòng HĐND và UBND huyện", area="huyện")


def test_collect_who_leads_and_who_partners():
    cells = [
        ("Các cơ quan, đơn vị; UBND các xã, thị trấn", ""),  # 0: every agency leads, and the communes
        ("Phòng Văn hóa và Thông tin", "Phòng Nội vụ; Phòng Văn hóa và Thông tin; các cơ quan có liên quan"),
        ("Phòng nội vụ", "Phong Van hoa va Thong tin; các cơ quan, đơn vị"),  # 2: a spelling variant
        ("UBND huyện", "Phòng Tư pháp"),  # 3: the unit itself gets no sheet
    ]
    found = collect(cells, place="Sông Mã", directory=["Phòng Nội vụ"], own_names=["UBND huyện Sông Mã"])
    by_name = {n.name: n for n in found.named}
    assert list(by_name) == ["UBND các xã, thị trấn", "Phòng Văn hóa và Thông tin", "Phòng Nội vụ",
                             "Phòng Tư pháp"]
    assert by_name["UBND các xã, thị trấn"].kind == GROUP and by_name["UBND các xã, thị trấn"].lead == [0]
    vhtt = by_name["Phòng Văn hóa và Thông tin"]
    assert (vhtt.lead, vhtt.partner) == ([1], [2])  # it leads 1, so 1 is not also a partner task
    pnv = by_name["Phòng Nội vụ"]  # the directory's spelling, not "Phòng nội vụ"
    assert (pnv.lead, pnv.partner) == ([2], [1])
    assert found.common_lead == [0] and found.common_partner == [2]
    assert found.related == {1: ["các cơ quan có liên quan"]}
    assert by_name["Phòng Tư pháp"].partner == [3]


def test_the_built_in_templates_split_into_real_agencies():
    """Every name found in the three built-in templates is a plausible agency or group: short, no
    dangling "và", no list left unsplit."""
    for path in sorted((ROOT / "resources" / "templates").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        cells = [(t.get("lead", ""), t.get("partners", "")) for t in doc["appendix"]["tasks"]]
        found = collect(cells)
        assert found.named, path.name
        for named in found.named:
            assert len(named.name) < 60, named.name
            assert not named.name.endswith((" và", ",", ";")), named.name
            assert named.name.count("Sở ") <= 1, named.name


def test_initials_and_slugs():
    assert initials("Phòng Nội vụ") == "NV"
    assert initials("Phòng Văn hóa và Thông tin") == "VHTT"
    assert initials("Sở Nội vụ") == "NV"
    assert slug("Phòng Văn hóa và Thông tin") == "phong-van-hoa-va-thong-tin"
    assert slug("UBND các xã, thị trấn") == "ubnd-cac-xa-thi-tran"
    assert slug("Đài Phát thanh và Truyền hình Bình Định") == "dai-phat-thanh-va-truyen-hinh-binh-dinh"
    assert slug("!!!") == "co-quan"
    assert len(slug("Phòng " + "rất dài " * 30)) <= 60
