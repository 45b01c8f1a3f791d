"""The package format and aggregation rules, without files or a store (domain/package.py,
domain/aggregate.py)."""

from __future__ import annotations

import copy
import json

import pytest
from package_fixtures import DEFAULT_TASKS, commune, data_for

from ccpropa_desktop.domain import package as P
from ccpropa_desktop.domain.aggregate import Aggregator, Received, decide, outline_key, unit_key
from ccpropa_desktop.domain.package import MemberDigest, MemberInfo, PackageError


def member(name: str, size: int = 100, compressed: int = 80, **kw) -> MemberInfo:
    return MemberInfo(name, size, compressed, **kw)


GOOD = [member("manifest.json"), member("data.json"), member("report.pdf")]


def codes(problems) -> list[str]:
    return [p.code for p in problems]


# -- members ----------------------------------------------------------------------------------
def test_the_three_members_pass() -> None:
    assert P.check_members(GOOD) == []


@pytest.mark.parametrize("name", ["../data.json", "/etc/passwd", "a/../../x", "C:evil.txt", "C:/x/y",
                                  "..\\..\\x.bat", "\\server\\share", "report.pdf\x00.exe"])
def test_unsafe_names_are_path_traversal(name: str) -> None:
    problems = P.check_members([*GOOD, member(name)])
    assert codes(problems) == ["path_traversal"]
    assert "đường dẫn không an toàn" in problems[0].message


def test_extra_missing_and_duplicate_members_are_named() -> None:
    problems = P.check_members([member("manifest.json"), member("data.json"), member("data.json"),
                                member("notes.txt")])
    assert codes(problems) == ["duplicate_member", "unexpected_member", "missing_member"]
    assert "“data.json”" in problems[0].message
    assert "“notes.txt”" in problems[1].message
    assert "“report.pdf”" in problems[2].message


def test_declared_size_over_the_cap_is_refused() -> None:
    problems = P.check_members([member("manifest.json"), member("data.json"),
                                member("report.pdf", size=P.MAX_MEMBER_SIZE["report.pdf"] + 1)])
    assert codes(problems) == ["member_too_large"]
    assert problems[0].message == "Thành phần “report.pdf” quá lớn: 48,0 MB, tối đa 48,0 MB."


def test_a_high_ratio_over_a_megabyte_is_a_zip_bomb_but_small_json_may_compress_well() -> None:
    bomb = P.check_members([member("manifest.json"), member("data.json", size=10 * P.MIB, compressed=10_000),
                            member("report.pdf")])
    assert codes(bomb) == ["zip_bomb"]
    assert "bom nén" in bomb[0].message and "1048 lần" in bomb[0].message
    small = P.check_members([member("manifest.json", size=200_000, compressed=500), member("data.json"),
                             member("report.pdf")])
    assert small == []


def test_encrypted_and_unknown_compression_are_refused() -> None:
    problems = P.check_members([member("manifest.json", encrypted=True),
                                member("data.json", method_supported=False), member("report.pdf")])
    assert codes(problems) == ["encrypted", "bad_compression"]


# -- versions and the manifest ----------------------------------------------------------------
def manifest_dict(**changes) -> dict:
    data = data_for(commune("Chiềng Khương"))
    digests = {"data.json": MemberDigest("a" * 64, 10), "report.pdf": MemberDigest("b" * 64, 20)}
    out = P.build_manifest(data, digests, "2022-06-15T09:00:00+07:00", "0.1.0").to_dict()
    out.update(changes)
    return out


def test_manifest_round_trip() -> None:
    parsed = P.parse_manifest(manifest_dict())
    assert parsed.period == "2022-H1"
    assert parsed.unit == {"name": "ỦY BAN NHÂN DÂN XÃ CHIỀNG KHƯƠNG", "short_name": "UBND xã Chiềng Khương",
                           "level": "xa", "place": "Chiềng Khương", "abbreviation": "UBND"}
    assert parsed.plan == {"number": "05/KH-UBND", "date": "2022-01-20",
                           "title": "Tuyên truyền cải cách hành chính UBND xã Chiềng Khương năm 2022",
                           "year": 2022}
    assert parsed.members["report.pdf"] == MemberDigest("b" * 64, 20)
    assert P.parse_manifest(parsed.to_dict()) == parsed


@pytest.mark.parametrize("version", ["2.0", "10.3"])
def test_newer_major_format_is_refused_in_vietnamese(version: str) -> None:
    with pytest.raises(PackageError) as err:
        P.parse_manifest(manifest_dict(format_version=version, unit="whatever moved in v2"))
    assert err.value.code == "newer_version"
    assert err.value.message == (
        f"Gói báo cáo được tạo bằng phiên bản ccpropa mới hơn (định dạng {version}); phiên bản đang dùng "
        "chỉ đọc được định dạng 1.x. Hãy cập nhật phần mềm rồi nhập lại gói này.")


def test_newer_minor_format_is_read() -> None:
    assert P.parse_manifest(manifest_dict(format_version="1.7", extra_field=1)).format_version == "1.7"


@pytest.mark.parametrize("changes, needle", [
    ({"format": "zip"}, "không phải gói báo cáo của ccpropa"),
    ({"format_version": "one"}, "không hợp lệ"),
    ({"period": "2022-Q2"}, "kỳ báo cáo “2022-Q2” không hợp lệ"),
    ({"created_at": "yesterday"}, "created_at"),
    ({"members": {"data.json": {"sha256": "x", "size": 1}, "report.pdf": {"sha256": "b" * 64, "size": 2}}},
     "SHA-256 hoặc kích thước của “data.json”"),
    ({"members": {"data.json": {"sha256": "a" * 64, "size": 1}}}, "phải có đúng data.json và report.pdf"),
])
def test_bad_manifest_fields_are_named(changes: dict, needle: str) -> None:
    with pytest.raises(PackageError) as err:
        P.parse_manifest(manifest_dict(**changes))
    assert needle in err.value.message


def test_digest_mismatch_names_member_and_both_hashes() -> None:
    manifest = P.parse_manifest(manifest_dict())
    problems = P.check_digests(manifest, {"data.json": MemberDigest("c" * 64, 10),
                                          "report.pdf": MemberDigest("b" * 64, 21)})
    assert [p.message for p in problems] == [
        f"“data.json” đã bị thay đổi sau khi đóng gói: mã SHA-256 không khớp (bản kê khai ghi {'a' * 64}, "
        f"thực tế {'c' * 64}).",
        "“report.pdf” đã bị thay đổi sau khi đóng gói: kích thước 21 byte, bản kê khai ghi 20 byte.",
    ]


# -- data.json --------------------------------------------------------------------------------
def test_build_data_counts_statuses_figures_and_template_origin() -> None:
    data = data_for(commune("Mường Lầm"))
    assert data["schema"] == "ccpropa-report-data" and data["schema_version"] == "1.0"
    assert data["period"] == {"code": "2022-H1", "label": "6 tháng đầu năm 2022", "from": "2021-12-15",
                              "to": "2022-06-14"}
    assert [t["status"] for t in data["tasks"]] == ["done", "doing", "dropped", "todo"]
    assert data["tasks"][0]["status_label"] == "Hoàn thành"
    assert data["tasks"][0]["done_on"] == "2022-03-10"
    assert data["tasks"][2]["reason"] == "Không bố trí được kinh phí"
    assert data["tasks"][1]["template"] == {"id": "song-ma-2022", "number": "2",
                                            "content": "Tuyên truyền trên phương tiện thông tin đại chúng"}
    assert data["tasks"][3]["template"] is None
    assert data["totals"] == {"hoi_nghi": 2, "luot_nguoi": 80, "tin_bai": 5}
    assert data["metric_labels"]["tin_bai"] == "Tin, bài"
    # done / (tasks − dropped) = 1 / 3
    assert data["completion"] == {"tasks": 4, "done": 1, "doing": 1, "todo": 1, "dropped": 1, "rate": 0.3333}


def test_tasks_with_sub_tasks_are_not_counted_but_their_figures_are() -> None:
    tasks = [("1", 0, "1", "doing", {"tin_bai": 1}), ("1.1", 1, None, "done", {"tin_bai": 2}),
             ("1.2", 1, None, "done", {})]
    data = data_for(commune("Nà Nghịu"), tasks=tasks)
    assert [t["counted"] for t in data["tasks"]] == [False, True, True]
    assert data["completion"]["tasks"] == 2 and data["completion"]["rate"] == 1.0
    assert data["totals"] == {"tin_bai": 3}


def test_parse_data_round_trip_and_consistency_with_manifest() -> None:
    raw = data_for(commune("Chiềng Khương"))
    manifest = P.parse_manifest(manifest_dict())
    parsed = P.parse_data(json.loads(json.dumps(raw)), manifest)
    assert parsed.to_dict() == raw
    other = data_for(commune("Mường Lầm"))
    with pytest.raises(PackageError) as err:
        P.parse_data(other, manifest)
    assert err.value.code == "inconsistent" and "về đơn vị" in err.value.message


@pytest.mark.parametrize("mutate, needle", [
    (lambda d: d.update(schema_version="2.0"), "mới hơn"),
    (lambda d: d["tasks"][0].update(status="finished"), "trạng thái “finished” không hợp lệ"),
    (lambda d: d["tasks"][1]["metrics"].update(tin_bai=-3), "số liệu “tin_bai” không hợp lệ"),
    (lambda d: d["tasks"][1]["metrics"].update(tin_bai=float("nan")), "số liệu “tin_bai” không hợp lệ"),
    (lambda d: d["tasks"][1]["metrics"].update({"Tin bài": 1}), "tên số liệu “Tin bài” không hợp lệ"),
    (lambda d: d["tasks"][0].update(done_on="10/03/2022"), "“done_on” không phải ngày"),
    (lambda d: d["tasks"][0].update(content=""), "nhiệm vụ thứ 1: trường “content”"),
    (lambda d: d["totals"].update(tin_bai=500), "tổng “tin_bai” ghi 500 nhưng cộng từ các nhiệm vụ được 5"),
    (lambda d: d.update(tasks=[{}] * (P.MAX_TASKS + 1)), "tối đa 5000"),
])
def test_bad_data_is_refused_with_the_field_named(mutate, needle: str) -> None:
    data = copy.deepcopy(data_for(commune("Chiềng Khương")))
    mutate(data)
    with pytest.raises(PackageError) as err:
        P.parse_data(data)
    assert needle in err.value.message


# -- aggregation rules ------------------------------------------------------------------------
def test_unit_key_matches_spellings_of_one_unit() -> None:
    assert unit_key("UBND xã Chiềng Khương") == unit_key("Ủy ban nhân dân xã CHIỀNG KHƯƠNG") \
        == unit_key("  Uỷ ban nhân dân  xã Chiềng Khương. ") == "ubnd xa chieng khuong"
    assert unit_key("UBND xã Chiềng Khương") != unit_key("UBND xã Chiềng Khoong")


def test_decide_newer_replaces_older_goes_to_history() -> None:
    assert decide(None, "2022-06-15T09:00:00+07:00") == "imported"
    assert decide("2022-06-15T09:00:00+07:00", "2022-06-16T08:00:00+07:00") == "replaced"
    assert decide("2022-06-15T09:00:00+07:00", "2022-06-14T08:00:00+07:00") == "older"
    # 03:00 UTC is later than 09:00+07:00 (= 02:00 UTC)
    assert decide("2022-06-15T09:00:00+07:00", "2022-06-15T03:00:00Z") == "replaced"


def test_outline_order() -> None:
    assert sorted(["2.10", "10", "2.9", "2", "1"], key=outline_key) == ["1", "2", "2.9", "2.10", "10"]


def test_aggregator_reported_missing_rates_and_sums() -> None:
    agg = Aggregator("2022-H1", ["UBND xã Chiềng Khương", "Ủy ban nhân dân xã Mường Lầm",
                                 "UBND thị trấn Sông Mã"])
    for name, tasks in (("Chiềng Khương", DEFAULT_TASKS),
                        ("Mường Lầm", [("1", 0, "1", "done", {"hoi_nghi": 3}), ("2", 0, "2", "done", {})]),
                        ("Nậm Ty", [("1", 0, "1", "todo", {"tin_bai": 1.5})])):
        agg.add(Received("s" * 64, "2022-06-15T09:00:00+07:00", "2022-06-20T10:00:00"),
                P.parse_data(data_for(commune(name), tasks=tasks)))
    view = agg.view()
    assert [(u.name, u.reported, u.in_directory) for u in view.units] == [
        ("UBND xã Chiềng Khương", True, True), ("UBND xã Nậm Ty", True, False),
        ("Ủy ban nhân dân xã Mường Lầm", True, True), ("UBND thị trấn Sông Mã", False, True)]
    assert view.expected_reported == 2 and [u.name for u in view.missing] == ["UBND thị trấn Sông Mã"]
    assert view.units[2].completion["rate"] == 1.0
    assert view.completion == {"tasks": 7, "done": 3, "doing": 1, "todo": 2, "dropped": 1, "rate": 0.5}
    assert view.totals == {"hoi_nghi": 5, "luot_nguoi": 80, "tin_bai": 6.5}
    assert [(t.number, t.units, t.completion["done"], t.totals) for t in view.tasks] == [
        ("1", 3, 2, {"hoi_nghi": 5, "luot_nguoi": 80, "tin_bai": 1.5}),
        ("2", 2, 1, {"tin_bai": 5}),
        ("3", 1, 0, {}),
        ("", 1, 0, {}),
    ]
    assert view.tasks[-1].content == "Nhiệm vụ do đơn vị tự bổ sung"
