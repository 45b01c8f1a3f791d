"""Resources are found in all three layouts: a checkout, an installed wheel and a frozen bundle."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from ccpropa_desktop import paths
from ccpropa_desktop.services import templates

ROOT = Path(__file__).resolve().parent.parent


def test_a_checkout_reads_the_top_level_folders() -> None:
    layout, root = paths.bundle_root()
    assert (layout, root) == ("checkout", ROOT)
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.translations_dir() == ROOT / "translations"
    assert (paths.translations_dir() / "ccpropa_en.qm").is_file()


def installed_copy(tmp_path: Path) -> Path:
    """site-packages as the wheel lays it out: the data folders inside the package."""
    package = tmp_path / "site-packages" / "ccpropa_desktop"
    shutil.copytree(ROOT / "resources", package / "resources")
    (package / "translations").mkdir()
    for qm in (ROOT / "translations").glob("*.qm"):
        shutil.copy2(qm, package / "translations")
    return package


def test_an_installed_package_reads_its_own_folders(tmp_path, monkeypatch) -> None:
    package = installed_copy(tmp_path)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    assert paths.bundle_root() == ("installed", package)
    assert paths.resources_dir() == package / "resources"
    assert paths.translations_dir() == package / "translations"
    # The services read what the installed copy holds, not the checkout: drop one template there.
    (package / "resources" / "templates" / "song-ma-2022.json").unlink()
    templates.builtin_templates.cache_clear()
    try:
        assert sorted(templates.builtin_templates()) == ["bac-kan-2024", "binh-dinh-2024"]
    finally:
        templates.builtin_templates.cache_clear()


def test_a_frozen_bundle_reads_meipass(tmp_path, monkeypatch) -> None:
    internal = tmp_path / "_internal"
    shutil.copytree(ROOT / "resources", internal / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert paths.bundle_root() == ("frozen", internal)
    ofl = internal / "resources" / "fonts" / "OFL.txt"
    assert paths.resource_path("resources", "fonts", "OFL.txt") == ofl
    assert paths.translations_dir() == internal / "translations"


def test_frozen_wins_over_a_package_folder(tmp_path, monkeypatch) -> None:
    package = installed_copy(tmp_path)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    assert paths.bundle_root()[0] == "frozen"


@pytest.mark.parametrize("name", ["templates", "mappings", "reports", "fonts", "samples", "icons", "revoice",
                                  "documents"])
def test_the_wheel_maps_every_resource_folder(name) -> None:
    """setup.py lists the folders it maps into the wheel; a new folder under resources/ must be added."""
    text = (ROOT / "setup.py").read_text(encoding="utf-8")
    assert f'"{name}/' in text
