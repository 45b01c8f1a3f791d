"""installer/Vietnamese.isl against Inno Setup's English Default.isl (tests/data/inno_default_keys.json,
made by tools/inno_keys.py): every key there, non-empty, with the same placeholders and accelerators.

No network, no Qt, no Inno Setup needed. Set INNO_DEFAULT_ISL to a Default.isl to also check that the
committed reference still matches it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import unicodedata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ISL = ROOT / "installer" / "Vietnamese.isl"
REFERENCE = Path(__file__).resolve().parent / "data" / "inno_default_keys.json"
SECTIONS = ("Messages", "CustomMessages")


def _load_tool():
    spec = importlib.util.spec_from_file_location("inno_keys", ROOT / "tools" / "inno_keys.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


inno_keys = _load_tool()
RAW = ISL.read_bytes()
TEXT = RAW.decode("utf-8-sig")
VI = inno_keys.parse_isl(TEXT)
ENGLISH = json.loads(REFERENCE.read_text(encoding="utf-8"))
KEYS = [(section, key) for section in SECTIONS for key in ENGLISH[section]]


def test_reference_is_complete():
    # Inno Setup 6.4.1: 266 [Messages] and 12 [CustomMessages] keys; a much shorter file is a bad refresh.
    assert len(ENGLISH["Messages"]) > 250
    assert len(ENGLISH["CustomMessages"]) >= 12
    assert {"SetupAppTitle", "ButtonNext", "PrivilegesRequiredOverrideCurrentUser"} <= set(
        ENGLISH["Messages"])


def test_utf8_with_bom_crlf_and_nfc():
    assert RAW.startswith(b"\xef\xbb\xbf"), "Inno Setup 6 reads a Unicode .isl only with a BOM"
    assert b"\n" not in RAW.replace(b"\r\n", b""), "every line must end with CRLF"
    assert unicodedata.is_normalized("NFC", TEXT)
    assert "\ufffd" not in TEXT


def test_lang_options():
    options = VI["LangOptions"]
    assert options["LanguageName"] == "Tiếng Việt"
    assert options["LanguageID"] == "$042A"
    assert options["LanguageCodePage"] == "0"


def test_same_sections():
    assert set(VI) == {"LangOptions", *SECTIONS}


def problems(vi: dict[str, dict[str, str]], section: str, key: str) -> list[str]:
    """What is wrong with one key of a parsed .isl, compared with the English reference."""
    if key not in vi.get(section, {}):
        return [f"[{section}] {key} is missing"]
    value = vi[section][key]
    found: list[str] = []
    if not value.strip() and key not in ENGLISH["blank"]:
        found.append(f"[{section}] {key} is empty")
    if inno_keys.tokens(value) != ENGLISH[section][key]:
        found.append(f"[{section}] {key}: placeholders/accelerator {inno_keys.tokens(value)}, "
                     f"English has {ENGLISH[section][key]}")
    # Inno appends a period itself to the messages that have none in English (blank ones are free text).
    if key not in ENGLISH["blank"] and value.endswith(".") != (key in ENGLISH["ends_with_period"]):
        found.append(f"[{section}] {key}: ends with a period only when the English does")
    return found


@pytest.mark.parametrize(("section", "key"), KEYS, ids=[key for _, key in KEYS])
def test_key_translated(section, key):
    assert problems(VI, section, key) == []


def test_no_unknown_messages():
    # ISCC rejects a [Messages] name it does not know; [CustomMessages] may hold extra ones.
    assert set(VI["Messages"]) - set(ENGLISH["Messages"]) == set()


def test_one_accelerator_per_label():
    for section in SECTIONS:
        for key, value in VI[section].items():
            assert len(inno_keys.ACCELERATOR.findall(value.replace("&&", ""))) <= 1, key


def test_accelerators_are_plain_letters():
    # Alt+letter must be typable on any keyboard layout: no accelerator on a Vietnamese letter (Alt+đ).
    for section in SECTIONS:
        for key, value in VI[section].items():
            match = re.search(r"&([^&])", value.replace("&&", ""))
            if match:
                assert match.group(1).isascii() and match.group(1).isalnum(), (key, match.group(1))


def test_tokens_catch_a_lost_placeholder():
    """The check above is only as good as `tokens`: it must see each kind of loss."""
    assert inno_keys.tokens("Lỗi %2: %3%n") == ["%2", "%3", "%n"]
    assert inno_keys.tokens("Cài [name/ver] &ngay") == ["&", "[name/ver]"]
    assert inno_keys.tokens("A && B") == []
    assert inno_keys.tokens("Cài [name]") != ENGLISH["Messages"]["SetupWindowTitle"]


@pytest.mark.parametrize(("line", "broken", "key"), [
    ("ButtonNext=&Tiếp tục >", ";ButtonNext=&Tiếp tục >", "ButtonNext"),  # key dropped
    ("SetupWindowTitle=Cài đặt - %1", "SetupWindowTitle=Cài đặt", "SetupWindowTitle"),  # %1 lost
    ("LastErrorMessage=%1.%n%nLỗi %2: %3", "LastErrorMessage=%1. Lỗi %2: %3", "LastErrorMessage"),  # %n
    ("ButtonBack=< &Quay lại", "ButtonBack=< Quay lại", "ButtonBack"),  # accelerator lost
    ("WelcomeLabel1=Chào mừng bạn đến với Trình cài đặt [name]", "WelcomeLabel1=Chào mừng", "WelcomeLabel1"),
    ("ErrorTitle=Lỗi", "ErrorTitle=", "ErrorTitle"),  # emptied
    ("ErrorCreatingDir=Trình cài đặt không tạo được thư mục \"%1\"",
     "ErrorCreatingDir=Trình cài đặt không tạo được thư mục \"%1\".", "ErrorCreatingDir"),  # period added
    ("CreateDesktopIcon=Tạo &biểu tượng trên màn hình (Desktop)", "CreateDesktopIcon=", "CreateDesktopIcon"),
])
def test_a_broken_translation_fails(line, broken, key):
    assert f"\r\n{line}\r\n" in TEXT, f"the example line moved: {line!r}"
    section = next(name for name in SECTIONS if key in ENGLISH[name])
    assert problems(VI, section, key) == []
    assert problems(inno_keys.parse_isl(TEXT.replace(line, broken)), section, key) != []


@pytest.mark.skipif(not os.environ.get("INNO_DEFAULT_ISL"), reason="set INNO_DEFAULT_ISL to a Default.isl")
def test_reference_matches_default_isl():
    path = Path(os.environ["INNO_DEFAULT_ISL"])
    fresh = inno_keys.reference(inno_keys.read_isl(path), "any")
    for name in (*SECTIONS, "blank", "ends_with_period"):
        assert fresh[name] == ENGLISH[name], f"{name}: run tools/inno_keys.py {path}"
