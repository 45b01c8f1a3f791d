"""Reading report packages that come from outside: each hostile case is rejected with a clear
Vietnamese message, and importing it writes nothing."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zipfile
from pathlib import Path

import pdfplumber
import pytest
from package_fixtures import PDF, commune, data_for, members, package, rezip, with_manifest, write

from ccpropa_desktop.domain import package as P
from ccpropa_desktop.services import aggregate
from ccpropa_desktop.services.packages import load_package, package_bytes, verify_package

UNIT = commune("Chiềng Khương")


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write(tmp_path / "chieng-khuong.ccpr", package(UNIT))


def received_rows(store) -> int:
    return store.db.execute("select count(*) from received_packages").fetchone()[0]


def assert_rejected(store, path: Path, code: str, needle: str) -> str:
    """verify says exactly this problem; import rejects it and stores nothing."""
    result = verify_package(path)
    assert not result.ok
    assert result.problems[0].code == code, result.problems
    assert needle in result.problems[0].message
    summary = aggregate.import_packages(store, [path])
    assert [(r.outcome, r.code) for r in summary.results] == [("rejected", code)]
    assert received_rows(store) == 0
    return result.problems[0].message


def test_a_good_package_verifies(good: Path) -> None:
    result = verify_package(good)
    assert result.ok and result.problems == []
    assert result.manifest.unit["short_name"] == "UBND xã Chiềng Khương"
    assert result.manifest.period == "2022-H1"
    assert result.data.completion.done == 1
    with zipfile.ZipFile(good) as zf:
        assert zf.namelist() == ["manifest.json", "data.json", "report.pdf"]
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["format"] == "ccpropa-report-package" and manifest["format_version"] == "1.0"
    assert manifest["members"]["report.pdf"]["size"] == len(PDF)
    loaded = load_package(good)
    assert loaded.report_pdf == PDF


def test_same_inputs_same_bytes() -> None:
    assert package(UNIT) == package(UNIT)


def test_tampered_data_is_reported_with_both_hashes(store, good: Path, tmp_path: Path) -> None:
    parts = members(good.read_bytes())
    data = parts["data.json"]
    index = data.index(b'"tin_bai": 5')
    tampered = data[:index] + b'"tin_bai": 9' + data[index + len(b'"tin_bai": 5'):]
    parts["data.json"] = tampered
    path = write(tmp_path / "tampered.ccpr", rezip(parts.items()))
    expected = json.loads(parts["manifest.json"])["members"]["data.json"]["sha256"]
    message = assert_rejected(store, path, "tampered", "“data.json” đã bị thay đổi sau khi đóng gói")
    assert message == (f"“data.json” đã bị thay đổi sau khi đóng gói: mã SHA-256 không khớp (bản kê khai ghi "
                       f"{expected}, thực tế {hashlib.sha256(tampered).hexdigest()}).")


def test_tampered_pdf_of_another_size(store, good: Path, tmp_path: Path) -> None:
    parts = members(good.read_bytes())
    parts["report.pdf"] = PDF + b"% one more line\n"
    path = write(tmp_path / "pdf.ccpr", rezip(parts.items()))
    assert_rejected(store, path, "tampered", "“report.pdf” đã bị thay đổi sau khi đóng gói: kích thước")


@pytest.mark.parametrize("keep", [0.9, 0.5, 0.1])
def test_truncated(store, good: Path, tmp_path: Path, keep: float) -> None:
    content = good.read_bytes()
    path = write(tmp_path / "cut.ccpr", content[: int(len(content) * keep)])
    assert_rejected(store, path, "truncated", "bị cắt cụt hoặc hỏng")


@pytest.mark.parametrize("content", [b"", b"hello", b"%PDF-1.4 not a zip at all", "Báo cáo".encode() * 100])
def test_not_a_zip(store, tmp_path: Path, content: bytes) -> None:
    path = write(tmp_path / "bao-cao.ccpr", content)
    message = assert_rejected(store, path, "not_zip", "không phải gói báo cáo .ccpr")
    assert message.startswith("Tệp bao-cao.ccpr ")


def test_zip_bomb_is_refused_from_its_directory(store, good: Path, tmp_path: Path) -> None:
    parts = members(good.read_bytes())
    parts["data.json"] = b" " * (12 * P.MIB)  # 12 MB of spaces → about 12 KB compressed
    path = write(tmp_path / "bomb.ccpr", rezip(parts.items()))
    assert path.stat().st_size < 100_000
    assert_rejected(store, path, "zip_bomb", "nghi là bom nén (zip bomb)")


def _lie_about_size(content: bytes, name: str, declared: int) -> bytes:
    """Rewrite the uncompressed size of one member in both the local header and the central
    directory, as a crafted bomb would."""
    data = bytearray(content)
    encoded = name.encode()
    for signature, size_offset, name_offset in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            if data[start + name_offset:start + name_offset + len(encoded)] == encoded:
                struct.pack_into("<I", data, start + size_offset, declared)
            start += 4
    return bytes(data)


def test_a_member_that_inflates_past_its_declared_size_is_never_read_whole(store, good: Path,
                                                                            tmp_path: Path) -> None:
    parts = members(good.read_bytes())
    parts["data.json"] = b"[" + b"0," * (4 * P.MIB) + b"0]"
    path = write(tmp_path / "liar.ccpr", _lie_about_size(rezip(parts.items()), "data.json", 1000))
    assert_rejected(store, path, "damaged", "“data.json” bị hỏng")


def test_oversized_member(store, good: Path, tmp_path: Path) -> None:
    parts = members(good.read_bytes())
    parts["report.pdf"] = b"%PDF-" + bytes(range(256)) * (50 * P.MIB // 256)
    path = write(tmp_path / "big.ccpr", rezip(parts.items()))
    assert_rejected(store, path, "member_too_large",
                    "Thành phần “report.pdf” quá lớn: 50,0 MB, tối đa 48,0 MB.")


def test_oversized_file_is_refused_before_reading(store, tmp_path: Path) -> None:
    path = tmp_path / "huge.ccpr"
    with path.open("wb") as f:
        f.truncate(P.MAX_FILE_SIZE + 1)  # sparse: costs no disk
    assert_rejected(store, path, "file_too_large", "quá lớn (64,0 MB)")


@pytest.mark.parametrize("name", ["../../Startup/evil.bat", "/etc/cron.d/x", "C:/Windows/evil.dll",
                                  "sub/../../evil"])
def test_path_traversal(store, good: Path, tmp_path: Path, name: str) -> None:
    parts = [*members(good.read_bytes()).items(), (name, b"boom")]
    path = write(tmp_path / "traversal.ccpr", rezip(parts))
    message = assert_rejected(store, path, "path_traversal", "đường dẫn không an toàn")
    assert f"“{name}”" in message


def test_duplicate_and_unexpected_members(store, good: Path, tmp_path: Path) -> None:
    parts = list(members(good.read_bytes()).items())
    with pytest.warns(UserWarning):
        content = rezip([*parts, ("data.json", parts[1][1])])
    assert_rejected(store, write(tmp_path / "dup.ccpr", content), "duplicate_member", "hai lần")
    content = rezip([*parts, ("readme.txt", b"hi")])
    assert_rejected(store, write(tmp_path / "extra.ccpr", content), "unexpected_member", "“readme.txt”")
    content = rezip(parts[:2])
    assert_rejected(store, write(tmp_path / "missing.ccpr", content), "missing_member", "“report.pdf”")


def test_newer_format_version(store, good: Path, tmp_path: Path) -> None:
    path = write(tmp_path / "v2.ccpr", with_manifest(good.read_bytes(), format_version="2.0"))
    message = assert_rejected(store, path, "newer_version", "phiên bản ccpropa mới hơn (định dạng 2.0)")
    assert "Hãy cập nhật phần mềm" in message


def test_newer_data_schema_version(store, tmp_path: Path) -> None:
    data = data_for(UNIT)
    data["schema_version"] = "3.1"
    path = write(tmp_path / "v3.ccpr", package_bytes(data, PDF, created_at="2022-06-15T09:00:00+07:00"))
    assert_rejected(store, path, "newer_version", "Dữ liệu data.json được tạo bằng phiên bản ccpropa mới hơn")


def test_manifest_that_is_not_json(store, good: Path, tmp_path: Path) -> None:
    parts = members(good.read_bytes())
    parts["manifest.json"] = b"{not json"
    path = write(tmp_path / "m.ccpr", rezip(parts.items()))
    assert_rejected(store, path, "bad_json", "“manifest.json” không phải JSON hợp lệ")


def test_report_that_is_not_a_pdf(store, tmp_path: Path) -> None:
    path = write(tmp_path / "x.ccpr", package_bytes(data_for(UNIT), b"MZ\x90\x00 an exe",
                                                    created_at="2022-06-15T09:00:00+07:00"))
    assert_rejected(store, path, "bad_pdf", "không phải tệp PDF")


def test_missing_file_and_folder(store, tmp_path: Path) -> None:
    assert verify_package(tmp_path / "nope.ccpr").problems[0].code == "unreadable"
    assert verify_package(tmp_path).problems[0].code == "unreadable"


def test_every_problem_of_a_package_is_listed(good: Path, tmp_path: Path) -> None:
    parts = members(good.read_bytes())
    parts["data.json"] += b" "
    parts["report.pdf"] += b" "
    result = verify_package(write(tmp_path / "both.ccpr", rezip(parts.items())))
    assert [p.message.split(":")[0] for p in result.problems] == [
        "“data.json” đã bị thay đổi sau khi đóng gói", "“report.pdf” đã bị thay đổi sau khi đóng gói"]


# -- the worked example: Sông Mã, 6 tháng đầu năm 2022 ------------------------------------------
def test_worked_example_package_made_verified_tampered_reverified(store, tmp_path: Path) -> None:
    from data.worked_example import load_worked_example, worked_example_data

    from ccpropa_desktop.services.packages import make_package

    plan_id = load_worked_example(store)
    expected = worked_example_data()["expected"]["2022-H1"]
    path = make_package(store, plan_id, "2022-H1", tmp_path / "song-ma-6-thang-2022.ccpr",
                        created_at="2022-06-18T10:00:00+07:00")
    result = verify_package(path)
    assert result.ok, result.problems
    manifest = result.manifest
    assert manifest.unit["short_name"] == "UBND huyện Sông Mã" and manifest.period == "2022-H1"
    assert manifest.plan["number"] == "18/KH-UBND" and manifest.plan["date"] == "2022-01-13"
    statuses = {t.number: t.status.value for t in result.data.tasks}
    for status in ("done", "doing", "todo", "dropped"):
        assert sorted(n for n, s in statuses.items() if s == status) == sorted(expected[status])
    totals = result.data.totals
    assert (totals["tin_bai"], totals["luot_nguoi"], totals["kinh_phi"]) == (
        expected["tin_bai"], expected["luot_nguoi"], expected["kinh_phi"])
    pdf = load_package(path).report_pdf
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        first = doc.pages[0].extract_text()
    assert "BÁO CÁO" in first and "/BC-UBND" in first and "DỰ THẢO" in first

    # One byte of data.json changes inside the zip; the manifest stays as it was.
    parts = members(path.read_bytes())
    original = parts["data.json"]
    at = original.index(b'"luot_nguoi": ') + len(b'"luot_nguoi": ')  # the first digit of a figure
    tampered = original[:at] + (b"9" if original[at:at + 1] != b"9" else b"8") + original[at + 1:]
    assert len(tampered) == len(original)
    assert sum(a != b for a, b in zip(original, tampered, strict=True)) == 1
    parts["data.json"] = tampered
    bad = write(tmp_path / "song-ma-sua.ccpr", rezip(parts.items()))
    again = verify_package(bad)
    assert not again.ok
    assert [p.message for p in again.problems] == [
        "“data.json” đã bị thay đổi sau khi đóng gói: mã SHA-256 không khớp (bản kê khai ghi "
        f"{hashlib.sha256(original).hexdigest()}, thực tế {hashlib.sha256(tampered).hexdigest()})."]
    assert manifest.members["data.json"].sha256 == hashlib.sha256(original).hexdigest()
