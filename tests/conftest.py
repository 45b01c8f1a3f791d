"""Test setup: Qt offscreen, and every test gets its own empty data folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("CCPROPA_DATA_DIR", str(folder))
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
