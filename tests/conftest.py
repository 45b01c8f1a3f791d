"""Test setup: Qt offscreen, and every test gets its own empty data folder."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
# The raw seed plans (text extracted from the real documents the built-in templates transcribe) live
# beside the repository, not in it: a plain clone has no ../shared. Reach them only through
# seed_path / seed_text / the `seeds` fixture, which skip the test when they are missing; a test
# that only needs realistic plan text to import uses plan_text / plan_file (generated from the
# built-in templates, always there) instead.
SEEDS = ROOT.parent / "shared" / "seeds"
NO_SEEDS = "needs ../shared/seeds (the raw seed plans), which a plain clone does not have"
SEED_FILES = {"bac-kan-2024": "000_b5b7e19d73963239.txt", "song-ma-2022": "001_7af61c122fcb4739.txt",
              "binh-dinh-2024": "002_06d7fc6c8c349b54.txt"}
PLAN_SOURCES = ("generated", "seed")  # where plan_text / plan_file take a plan's text from


def seed_path(name: str) -> Path:
    """A raw seed file by built-in template id ("song-ma-2022"), file name or number ("001");
    skips the calling test when ../shared/seeds or the file is not there."""
    if not SEEDS.is_dir():
        pytest.skip(NO_SEEDS)
    file_name = SEED_FILES.get(name, name)
    path = SEEDS / file_name
    if not path.is_file():
        path = next(iter(sorted(SEEDS.glob(f"{file_name}_*.txt"))), path)
    if not path.is_file():
        pytest.skip(f"{NO_SEEDS} (no seed {file_name!r} in {SEEDS})")
    return path


def seed_text(name: str) -> str:
    """The raw text of a seed (see seed_path); skips when it is missing."""
    return seed_path(name).read_text(encoding="utf-8")


@pytest.fixture
def seeds() -> Path:
    """The folder of raw seeds; skips the test when a plain clone lacks it."""
    if not SEEDS.is_dir():
        pytest.skip(NO_SEEDS)
    return SEEDS


def plan_text(template_id: str, source: str = "generated") -> str:
    """A whole plan as pasted text that imports equal to built-in template ``template_id``:
    ``"generated"`` writes the template out the way the seeds look (tests/data/make_test_docx.py
    ``plain_text``), ``"seed"`` is the real seed (skips without ../shared/seeds)."""
    if source == "seed":
        return seed_text(template_id)
    assert source == "generated", source
    make = _make_test_docx()
    return make.plain_text(make.builtin(template_id))


def plan_file(folder: Path, template_id: str, source: str = "generated") -> Path:
    """plan_text as a UTF-8 .txt file (the seed itself for ``"seed"``, else written into ``folder``)."""
    if source == "seed":
        return seed_path(template_id)
    path = folder / f"ke-hoach-{template_id}.txt"
    path.write_text(plan_text(template_id, source), encoding="utf-8")
    return path


def _make_test_docx():
    if str(DATA) not in sys.path:
        sys.path.insert(0, str(DATA))
    import make_test_docx

    return make_test_docx


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CCPROPA_DATA_DIR", str(folder))
    monkeypatch.setenv("CCPROPA_CACHE_DIR", str(tmp_path / "cache"))  # store/database.py: checked stores
    return folder


@pytest.fixture
def store():
    from ccpropa_desktop.services.session import memory_store

    s = memory_store()
    yield s
    s.close()


def song_ma_unit_dict() -> dict:
    return json.loads((DATA / "unit_song_ma.json").read_text(encoding="utf-8"))


@pytest.fixture
def song_ma_unit(store):
    from ccpropa_desktop.services import unit

    profile = unit.unit_from_dict(song_ma_unit_dict())
    unit.set_unit(store, profile)
    return profile
