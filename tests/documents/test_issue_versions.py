"""Issuing freezes a version: `ccpropa plan issue|render --version|versions` (issue 3, item 3).

An issued version re-renders byte for byte (reportlab invariant mode) and its PDF's sha256 is
stored; an edit after issuing starts a new draft version and leaves the issued one untouched; a bad
number or date is refused with exit code 2 and nothing is stored.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import DATA
from pypdf import PdfReader

from ccpropa_desktop.cli.main import main
from ccpropa_desktop.services.session import open_store

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Run:
    """`ccpropa …` in-process against a fresh data folder holding the Sông Mã unit and plan 1."""
    data = str(tmp_path / "data")

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--data-dir", data])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    run.data = data  # type: ignore[attr-defined]
    assert run("unit", "set", "--file", str(DATA / "unit_song_ma.json"))[0] == 0
    code, out, _ = run("plan", "new", "--template", "song-ma-2022", "--year", "2022")
    assert code == 0 and out.strip() == "1"
    return run


def stored_versions(cli: Run) -> list[dict]:
    store = open_store(cli.data, daily_backup=False)  # type: ignore[attr-defined]
    try:
        return store.list_versions(1)
    finally:
        store.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def issue(cli: Run, number: str = "18", date: str = "2022-01-13") -> dict:
    code, out, err = cli("plan", "issue", "1", "--number", number, "--date", date, "--json")
    assert code == 0, err
    return json.loads(out)


def test_issue_freezes_version_1_and_render_reproduces_it_byte_for_byte(cli: Run, tmp_path: Path) -> None:
    issued = issue(cli)
    assert issued["version"] == 1 and issued["number"] == "18" and issued["date"] == "2022-01-13"
    first, second = tmp_path / "v1-a.pdf", tmp_path / "v1-b.pdf"
    code, out, err = cli("plan", "render", "1", "--version", "1", "--out", str(first), "--json")
    assert code == 0 and json.loads(out)["sha256_ok"] is True and err == ""
    assert cli("plan", "render", "1", "--version", "1", "--out", str(second))[0] == 0
    assert first.read_bytes() == second.read_bytes()
    (version,) = stored_versions(cli)
    assert version["status"] == "issued" and version["number"] == "18"
    assert sha256(first) == version["pdf_sha256"] == issued["pdf_sha256"]
    # invariant mode: fixed dates in the metadata, nothing that depends on the clock
    info = PdfReader(io.BytesIO(first.read_bytes())).metadata
    assert info["/CreationDate"].startswith("D:2000") and info["/ModDate"].startswith("D:2000")


def test_render_without_version_gives_the_issued_document(cli: Run, tmp_path: Path) -> None:
    issue(cli)
    current, frozen = tmp_path / "current.pdf", tmp_path / "v1.pdf"
    assert cli("plan", "render", "1", "--out", str(current))[0] == 0
    assert cli("plan", "render", "1", "--version", "1", "--out", str(frozen))[0] == 0
    assert current.read_bytes() == frozen.read_bytes()


def test_docx_of_a_version_has_the_same_content_every_time(cli: Run, tmp_path: Path) -> None:
    """The DOCX zip carries write times, so compare its parts, not its bytes."""
    issue(cli)
    a, b = tmp_path / "a.docx", tmp_path / "b.docx"
    for out in (a, b):
        assert cli("plan", "render", "1", "--version", "1", "--format", "docx", "--out", str(out))[0] == 0
    with zipfile.ZipFile(a) as za, zipfile.ZipFile(b) as zb:
        assert za.namelist() == zb.namelist()
        for name in za.namelist():
            assert za.read(name) == zb.read(name), name


def test_edit_after_issue_starts_draft_version_2(cli: Run, tmp_path: Path) -> None:
    issue(cli)
    before = tmp_path / "before.pdf"
    assert cli("plan", "render", "1", "--version", "1", "--out", str(before))[0] == 0
    code, _, err = cli("task", "edit", "1", "1", "--schedule", "Hằng quý")
    assert code == 0, err
    code, out, _ = cli("plan", "versions", "1", "--json")
    versions = json.loads(out)
    assert [(v["version"], v["status"]) for v in versions] == [(1, "issued"), (2, "draft")]
    assert versions[0]["number"] == "18" and versions[1]["number"] == "" and versions[1]["pdf_sha256"] == ""
    code, out, _ = cli("plan", "versions", "1")
    assert code == 0 and "đã ban hành" in out and "dự thảo" in out and versions[0]["pdf_sha256"][:12] in out
    after = tmp_path / "after.pdf"
    assert cli("plan", "render", "1", "--version", "1", "--out", str(after))[0] == 0
    assert after.read_bytes() == before.read_bytes()  # the issued version did not move
    draft = tmp_path / "draft.pdf"
    assert cli("plan", "render", "1", "--out", str(draft))[0] == 0
    assert draft.read_bytes() != before.read_bytes()
    text = "".join(page.extract_text() for page in PdfReader(draft).pages)
    assert "Hằng quý" in text and "Số: 18/" not in text  # the draft carries the edit, no number
    assert "Hằng quý" not in "".join(page.extract_text() for page in PdfReader(after).pages)
    assert [v["version"] for v in stored_versions(cli)] == [1]


def test_issuing_the_draft_makes_version_2(cli: Run, tmp_path: Path) -> None:
    first = issue(cli)
    assert cli("plan", "edit", "1", "--appendix-title", "Nhiệm vụ năm 2022 (sửa đổi)")[0] == 0
    second = issue(cli, number="25", date="2022-03-14")
    assert second["version"] == 2 and second["pdf_sha256"] != first["pdf_sha256"]
    versions = stored_versions(cli)
    assert [(v["version"], v["number"], v["issued_on"]) for v in versions] == [
        (1, "18", "2022-01-13"), (2, "25", "2022-03-14")]
    for v in versions:
        out = tmp_path / f"v{v['version']}.pdf"
        assert cli("plan", "render", "1", "--version", str(v["version"]), "--out", str(out))[0] == 0
        assert sha256(out) == v["pdf_sha256"]
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "v2.pdf").pages)
    assert "Số: 25/KH-UBND" in text and "ngày 14 tháng 3 năm 2022" in text


@pytest.mark.parametrize(("number", "date", "message"), [
    ("abc", "2022-01-13", "Số văn bản"),
    ("0", "2022-01-13", "Số văn bản"),
    ("-5", "2022-01-13", "Số văn bản"),
    ("1.5", "2022-01-13", "Số văn bản"),
    ("", "2022-01-13", "Số văn bản"),
    ("18", "2022-13-01", "Ngày"),
    ("18", "2022-02-30", "Ngày"),
    ("18", "13/01/2022", "Ngày"),
    ("18", "hôm nay", "Ngày"),
])
def test_bad_number_or_date_is_refused_and_nothing_is_stored(cli: Run, number: str, date: str,
                                                             message: str) -> None:
    code, out, err = cli("plan", "issue", "1", "--number", number, "--date", date)
    assert code == 2 and out == ""
    assert err.startswith("Lỗi: ") and message in err
    assert stored_versions(cli) == []
    code, out, _ = cli("plan", "versions", "1", "--json")
    assert [v["status"] for v in json.loads(out)] == ["draft"]


def test_bad_form_is_refused(cli: Run) -> None:
    code, _, err = cli("plan", "issue", "1", "--number", "18", "--date", "2022-01-13", "--form", "C")
    assert code == 2 and "Hình thức" in err and stored_versions(cli) == []


def test_unknown_version_writes_no_file(cli: Run, tmp_path: Path) -> None:
    issue(cli)
    out = tmp_path / "v3.pdf"
    code, _, err = cli("plan", "render", "1", "--version", "3", "--out", str(out))
    assert code == 2 and "phiên bản" in err and not out.exists()
    assert not list(tmp_path.glob("v3.pdf*"))


def test_changed_output_is_reported_against_the_stored_hash(cli: Run, tmp_path: Path) -> None:
    """If fonts or libraries change, re-rendering differs from what was signed: say so."""
    issue(cli)
    store = open_store(cli.data, daily_backup=False)  # type: ignore[attr-defined]
    try:
        store.db.execute("update plan_versions set pdf_sha256 = ? where plan_id = 1", ["0" * 64])
        store.db.conn.commit()
    finally:
        store.close()
    out = tmp_path / "v1.pdf"
    code, stdout, err = cli("plan", "render", "1", "--version", "1", "--out", str(out), "--json")
    assert code == 0 and out.exists()
    assert json.loads(stdout)["sha256_ok"] is False and "Cảnh báo" in err


@pytest.mark.slow
def test_another_process_renders_the_same_bytes(cli: Run, tmp_path: Path) -> None:
    """Byte-identical across processes (dict order, font subsets, ids), as `ccpropa` run later."""
    issued = issue(cli)
    out = tmp_path / "other-process.pdf"
    env = {**os.environ, "CCPROPA_BUNDLED_FONT": "1"}
    done = subprocess.run([sys.executable, "-m", "ccpropa_desktop.cli.main", "plan", "render", "1",
                           "--version", "1", "--out", str(out), "--data-dir", cli.data],  # type: ignore[attr-defined]
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert sha256(out) == issued["pdf_sha256"]
