"""The offline user guide (resources/guide, opened with F1): complete in both languages, every link and
picture shipped, nothing from the network, and carried by the wheel and the frozen bundle."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from ccpropa_desktop.ui.help_viewer import CONTENTS, LANGUAGES, PAGE_KEYS
from ccpropa_desktop.ui.main_window import PAGES

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "resources" / "guide"
PAGE_FILES = [f"{name}.html" for name in CONTENTS]
MAX_GUIDE_BYTES = 6 * 1024 * 1024  # the installer grows by a few MB at most


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.images: list[str] = []
        self.tags: list[str] = []
        self.ids: set[str] = set()
        self.title = ""
        self.h1 = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self.tags.append(tag)
        if tag == "a" and values.get("href") is not None:
            self.links.append(values["href"] or "")
        if tag == "link" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag == "img":
            self.images.append(values.get("src") or "")
        for key in ("id", "name"):
            if values.get(key):
                self.ids.add(values[key] or "")
        if tag in ("title", "h1"):
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "title":
            self.title += data
        elif self._in == "h1":
            self.h1 += data


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def all_pages() -> list[tuple[str, str]]:
    return [(lang, name) for lang in LANGUAGES for name in PAGE_FILES]


def test_every_page_key_of_the_window_has_a_guide_page() -> None:
    assert set(PAGE_KEYS) == {spec.key for spec in PAGES}
    assert set(PAGE_KEYS) <= set(CONTENTS)
    for lang in LANGUAGES:
        for key in PAGE_KEYS:
            assert (GUIDE / lang / f"{key}.html").is_file(), f"{lang}/{key}.html"


def test_both_languages_have_the_same_pages_and_nothing_else() -> None:
    for lang in LANGUAGES:
        found = sorted(p.name for p in (GUIDE / lang).glob("*.html"))
        assert found == sorted(PAGE_FILES), lang


@pytest.mark.parametrize(("lang", "name"), all_pages())
def test_each_page_has_a_title_and_a_heading_and_is_clean_utf8(lang: str, name: str) -> None:
    path = GUIDE / lang / name
    text = path.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", text), f"{lang}/{name} is not NFC"
    page = parse(path)
    assert page.title.strip() and page.h1.strip()
    assert f'<html lang="{lang}">' in text
    assert '<meta charset="utf-8">' in text
    assert "script" not in page.tags and "iframe" not in page.tags and "object" not in page.tags


@pytest.mark.parametrize(("lang", "name"), all_pages())
def test_every_link_and_picture_resolves_to_a_shipped_file(lang: str, name: str) -> None:
    path = GUIDE / lang / name
    page = parse(path)
    if name not in ("index.html", "yearly-cycle.html"):  # a workflow's page shows it
        assert page.images, f"{lang}/{name} has no picture"
    for ref in page.links + page.images:
        parts = urlsplit(ref)
        assert not parts.scheme and not parts.netloc, f"{lang}/{name}: external reference {ref}"
        if not parts.path:  # "#anchor" on the same page
            assert parts.fragment in page.ids, f"{lang}/{name}: no anchor {ref}"
            continue
        target = (path.parent / parts.path).resolve()
        assert target.is_relative_to(GUIDE.resolve()), f"{lang}/{name}: {ref} leaves the guide"
        assert target.is_file(), f"{lang}/{name}: {ref} does not exist"
        if parts.fragment:
            assert parts.fragment in parse(target).ids, f"{lang}/{name}: no anchor {ref}"
    for src in page.images:
        target = (path.parent / src).resolve()
        assert target.suffix == ".png" and target.parent == (GUIDE / "images" / lang).resolve(), \
            f"{lang}/{name}: {src} is not a picture of the {lang} guide"


def test_no_page_reaches_for_the_network() -> None:
    for lang, name in all_pages():
        text = (GUIDE / lang / name).read_text(encoding="utf-8")
        assert not re.search(r"(https?|ftp|mailto):|//[a-z0-9]", text, re.I), f"{lang}/{name}"
    assert not re.search(r"url\(|@import|https?:", (GUIDE / "guide.css").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", PAGE_FILES)
def test_vi_and_en_pages_show_the_same_pictures_and_link_the_same_pages(name: str) -> None:
    vi, en = parse(GUIDE / "vi" / name), parse(GUIDE / "en" / name)
    assert [Path(s).name for s in vi.images] == [Path(s).name for s in en.images]
    assert sorted(vi.links) == sorted(en.links)


def test_the_pictures_are_the_same_in_both_languages_and_all_used() -> None:
    names = {lang: sorted(p.name for p in (GUIDE / "images" / lang).glob("*.png")) for lang in LANGUAGES}
    assert names["vi"] == names["en"] and names["vi"]
    used = {Path(src).name for name in PAGE_FILES for src in parse(GUIDE / "vi" / name).images}
    assert used == set(names["vi"]), "pictures no page shows, or pages showing a missing picture"


def test_the_pictures_are_small() -> None:
    total = 0
    for path in (GUIDE / "images").rglob("*.png"):
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", path
        width = int.from_bytes(data[16:20], "big")
        assert width <= 960, f"{path} is {width} px wide"
        total += len(data)
    assert 0 < total < MAX_GUIDE_BYTES


def test_the_bundle_collects_the_guide() -> None:
    """PyInstaller takes the whole resources/ folder; the guide is inside it."""
    spec = (ROOT / "installer" / "ccpropa-desktop.spec").read_text(encoding="utf-8")
    assert 'datas = [(str(ROOT / "resources"), "resources")]' in spec
    assert (GUIDE / "vi" / "index.html").is_relative_to(ROOT / "resources")


@pytest.mark.slow
def test_the_wheel_carries_every_file_of_the_guide(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(tmp_path), str(ROOT)], check=True, cwd=tmp_path, capture_output=True,
                   timeout=300)
    wheel = next(tmp_path.glob("ccpropa_desktop-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        inside = {n for n in archive.namelist() if n.startswith("ccpropa_desktop/resources/guide/")}
    shipped = {"ccpropa_desktop/resources/" + p.relative_to(ROOT / "resources").as_posix()
               for p in GUIDE.rglob("*") if p.is_file()}
    assert shipped and shipped == inside
