"""argparse's own text in `ccpropa` is Vietnamese (help, usage, errors), exit code 2 on bad arguments, and the
catalog in ccpropa_desktop/cli/argparse_vi.py covers every string of the running Python's argparse."""

from __future__ import annotations

import argparse
import ast
import re
import threading
import unicodedata
from pathlib import Path

import pytest
from cli_run import run, spawn

from ccpropa_desktop.cli import argparse_vi
from ccpropa_desktop.cli.argparse_vi import (
    MESSAGES,
    PLURAL_MESSAGES,
    EnglishArgumentParser,
    VietnameseArgumentParser,
    parser_class,
    translated,
)

ENGLISH = ["usage:", "positional arguments", "options:", "show this help message", "error:",
           "required", "invalid choice", "unrecognized arguments", "argument ", "expected one argument",
           "ambiguous option", "choose from"]


def assert_no_english(text: str) -> None:
    for phrase in ENGLISH:
        assert phrase not in text, f"{phrase!r} in {text!r}"


def test_help_is_vietnamese(capsys) -> None:
    code, out, err = run(capsys, "--help")
    assert (code, err) == (0, "")
    assert out.startswith("cách dùng: ccpropa [-h]")
    assert "\ntham số vị trí:\n" in out and "\ntùy chọn:\n" in out
    assert "-h, --help           hiện trợ giúp này rồi thoát" in out
    assert_no_english(out)


def test_command_help_has_one_options_section(capsys) -> None:
    """--data-dir/--json come from a parent parser: they join «tùy chọn», not an English «options»."""
    code, out, _ = run(capsys, "plan", "new", "--help")
    assert code == 0
    assert out.startswith("cách dùng: ccpropa plan new ")
    assert out.count("tùy chọn:") == 1
    assert out.index("tùy chọn:") < out.index("  --data-dir DATA_DIR") < out.index("  --template TEMPLATE")
    assert_no_english(out)


def test_missing_required_argument(capsys) -> None:
    code, out, err = run(capsys, "plan", "new", "--year", "2024")
    assert code == 2 and out == ""
    assert err.startswith("cách dùng: ccpropa plan new ")
    assert err.endswith("Lỗi: tham số không hợp lệ: thiếu tham số bắt buộc: --template\n")
    assert_no_english(err)


def test_missing_command(capsys) -> None:
    code, _, err = run(capsys, "plan")
    assert code == 2
    assert err.endswith("thiếu tham số bắt buộc: THAO_TÁC\n")


def test_invalid_choice(capsys) -> None:
    code, _, err = run(capsys, "plan", "render", "1", "--format", "odt", "--out", "x.pdf")
    assert code == 2
    assert ("Lỗi: tham số không hợp lệ: tham số --format: lựa chọn không hợp lệ: 'odt' "
            "(chọn một trong: 'pdf', 'docx')\n") in err
    assert_no_english(err)


def test_unknown_command(capsys) -> None:
    code, _, err = run(capsys, "plans")
    assert code == 2
    assert "tham số LỆNH: lựa chọn không hợp lệ: 'plans' (chọn một trong: 'templates'," in err
    assert_no_english(err)


def test_unrecognized_argument(capsys) -> None:
    code, _, err = run(capsys, "plan", "list", "--bogus", "x")
    assert code == 2
    assert err.endswith("Lỗi: tham số không hợp lệ: không nhận ra tham số: --bogus x\n")
    assert_no_english(err)


@pytest.mark.parametrize(("argv", "says"), [
    (["plan", "list", "--data-dir"], "tham số --data-dir: cần một giá trị"),
    (["plan", "list", "--json=1"], "tham số --json: không nhận giá trị đi kèm '1'"),
    (["plan", "render", "1", "--out", "x", "--version", "abc"],
     "tham số --version: giá trị int không hợp lệ: 'abc'"),
    (["plan", "render", "1", "--out", "x", "--d"], "tùy chọn mơ hồ: --d có thể là --data-dir, --draft"),
])
def test_other_argument_errors(capsys, argv: list[str], says: str) -> None:
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert f"Lỗi: tham số không hợp lệ: {says}\n" in err
    assert_no_english(err)


def test_real_executable_exits_2_with_the_message_and_no_traceback(tmp_path: Path) -> None:
    result = spawn("plan", "new", "--year", "2024", env_dir=tmp_path / "d")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.endswith("Lỗi: tham số không hợp lệ: thiếu tham số bắt buộc: --template\n")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "d").exists()


# ------------------------------------------------------------------ the parser classes, outside `ccpropa`

def small_parser(cls: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    parser = cls(prog="ccpropa-desktop", description="Tuyên truyền cải cách hành chính")
    parser.add_argument("--lang", choices=["vi", "en"])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--screenshot")
    group.add_argument("--page")
    return parser


def test_default_error_format_is_vietnamese(capsys) -> None:
    """The window's parser keeps argparse's `error()`: «PROG: lỗi: …», exit code 2."""
    parser = small_parser(VietnameseArgumentParser)
    with pytest.raises(SystemExit) as exc:
        parser.parse_args(["--screenshot", "a.png", "--page", "plans"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("cách dùng: ccpropa-desktop [-h]")
    assert err.endswith("ccpropa-desktop: lỗi: tham số --page: không được dùng cùng tham số --screenshot\n")
    with pytest.raises(SystemExit):
        parser.parse_args(["--lang", "fr"])
    assert capsys.readouterr().err.endswith(
        "ccpropa-desktop: lỗi: tham số --lang: lựa chọn không hợp lệ: 'fr' (chọn một trong: 'vi', 'en')\n")


def test_english_stays_available(capsys) -> None:
    assert parser_class("en") is EnglishArgumentParser and parser_class("vi") is VietnameseArgumentParser
    english = small_parser(EnglishArgumentParser)
    assert english.format_help().startswith("usage: ccpropa-desktop [-h]")
    assert "\noptions:\n" in english.format_help()
    assert argparse_vi.gettext("usage: ", "en") == "usage: "
    assert argparse_vi.gettext("usage: ", "vi") == "cách dùng: "
    assert argparse_vi.ngettext("expected %s argument", "expected %s arguments", 2, "en") == \
        "expected %s arguments"
    with translated("en"):
        assert str(argparse.ArgumentError(None, "x")) == "x"
    with pytest.raises(ValueError):
        parser_class("fr")


def test_plain_argparse_is_left_alone(capsys) -> None:
    """After a Vietnamese parser has run, an ordinary ArgumentParser (a library's) is still English."""
    small_parser(VietnameseArgumentParser).format_help()
    plain = small_parser(argparse.ArgumentParser)
    help_text = plain.format_help()
    assert help_text.startswith("usage: ") and "show this help message and exit" in help_text
    with pytest.raises(SystemExit):
        plain.parse_args(["--lang", "fr"])
    assert "error: argument --lang: invalid choice: 'fr'" in capsys.readouterr().err


def test_language_is_per_thread() -> None:
    """A Vietnamese parse in one thread does not leak into English text formatted in another."""
    inside, done = threading.Event(), threading.Event()
    seen: list[str] = []

    def english() -> None:
        inside.wait(5)
        seen.append(argparse.ArgumentParser(prog="p").format_usage())
        done.set()

    worker = threading.Thread(target=english)
    worker.start()
    with translated("vi"):
        inside.set()
        done.wait(5)
        mine = argparse.ArgumentParser(prog="p").format_usage()
    worker.join(5)
    assert seen == ["usage: p [-h]\n"]
    assert mine == "cách dùng: p [-h]\n"


def test_ad_hoc_translated_block() -> None:
    action = argparse.ArgumentParser().add_argument("--lang")
    with translated():
        text = vars(argparse)["_"]("unrecognized arguments: %s") % "-x"
        message = str(argparse.ArgumentError(action, text))
    assert message == "tham số --lang: không nhận ra tham số: -x"


# ------------------------------------------------------------------ the catalog

def argparse_strings() -> tuple[set[str], set[tuple[str, str]], list[str]]:
    """Every literal the running Python's argparse.py hands to `_()` and `ngettext()`; and the calls whose
    message is not a literal this test understands (a new one must be looked at, and this test taught)."""
    source = Path(argparse.__file__).read_text(encoding="utf-8")
    singles: set[str] = set()
    plurals: set[tuple[str, str]] = set()
    unknown: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id == "_":
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                singles.add(arg.value)
            # _(kwargs.pop('title', 'subcommands')): the default is argparse's text, the rest the caller's
            elif (isinstance(arg, ast.Call) and isinstance(arg.func, ast.Attribute)
                  and arg.func.attr in ("pop", "get") and len(arg.args) == 2
                  and isinstance(arg.args[1], ast.Constant)):
                if isinstance(arg.args[1].value, str):
                    singles.add(arg.args[1].value)
            else:
                unknown.append(ast.unparse(node))
        elif node.func.id == "ngettext":
            singular, plural = node.args[:2]
            if isinstance(singular, ast.Constant) and isinstance(plural, ast.Constant):
                plurals.add((singular.value, plural.value))
            else:
                unknown.append(ast.unparse(node))
    return singles, plurals, unknown


def test_every_argparse_string_is_in_the_catalog() -> None:
    singles, plurals, unknown = argparse_strings()
    assert len(singles) > 30 and plurals  # the parse did find argparse's strings
    assert unknown == []
    assert sorted(singles - MESSAGES.keys()) == []
    assert sorted(plurals - PLURAL_MESSAGES.keys()) == []


def test_the_hook_reaches_all_of_them() -> None:
    """Each argparse string comes out Vietnamese through argparse's own `_` / `ngettext` in a block."""
    singles, plurals, _unknown = argparse_strings()
    with translated("vi"):
        lookup, plural_lookup = vars(argparse)["_"], vars(argparse)["ngettext"]
        for message in singles:
            assert lookup(message) == MESSAGES[message]
        for singular, plural in plurals:
            assert plural_lookup(singular, plural, 2) == PLURAL_MESSAGES[singular, plural]


PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[sr]")


def placeholders(text: str) -> tuple[list[str], list[str]]:
    """(named placeholders, sorted; positional ones, in order) of a %-format string."""
    named = sorted(m.group(0) for m in PLACEHOLDER.finditer(text) if m.group(1))
    positional = [m.group(0) for m in PLACEHOLDER.finditer(text) if not m.group(1)]
    return named, positional


@pytest.mark.parametrize(("english", "vietnamese"),
                         [*MESSAGES.items(), *((pair[0], text) for pair, text in PLURAL_MESSAGES.items())])
def test_translation_is_well_formed(english: str, vietnamese: str) -> None:
    assert placeholders(vietnamese) == placeholders(english)
    assert unicodedata.normalize("NFC", vietnamese) == vietnamese
    assert vietnamese.count("%") == english.count("%")
    # the same surrounding whitespace ("usage: " keeps its space, the error line its newline)
    assert vietnamese[:1].isspace() == english[:1].isspace()
    assert vietnamese[-1:].isspace() == english[-1:].isspace()
    if re.search(r"[a-z]{3}", PLACEHOLDER.sub("", english)):  # words, not just a format
        assert vietnamese != english
