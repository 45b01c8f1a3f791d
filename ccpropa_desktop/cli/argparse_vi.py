"""argparse's own text in Vietnamese ("cách dùng:", "tùy chọn", "thiếu tham số bắt buộc: …"), without
gettext .mo files and whatever the user's locale is.

`MESSAGES` and `PLURAL_MESSAGES` are the catalog: every string argparse passes to `_()` or `ngettext()`
(Python 3.8 to 3.13, and 3.14's "maybe you meant"), keyed by argparse's English original, so English is
always at hand: `gettext(msg, "en")` returns the key itself. tests/cli/test_argparse_vi.py fails when the
running Python's argparse.py has a string the catalog lacks.

Use `VietnameseArgumentParser` (or `parser_class(language)`) instead of `argparse.ArgumentParser`; its
sub-parsers are of the same class unless `add_subparsers(parser_class=…)` says otherwise, so a parser class
given there should derive from it too. Parents (`parents=[…]`) must be of the same class as well: argparse
copies their argument groups by title, and an English-titled parent adds a second, English "options"
section to the help.

Why a hook on `argparse._` and not only a subclass: argparse looks its text up at call time through the
module globals `_` and `ngettext` (`from gettext import gettext as _, ngettext`), and most of those calls sit
outside any ArgumentParser method a subclass could override: `ArgumentError.__str__` ("argument %s: %s"),
`HelpFormatter._format_usage` ("usage: "), `_SubParsersAction.__call__`, `FileType.__call__`, and the nested
helpers of `_parse_known_args`. Copying those methods would tie us to one Python version. So, on first use,
this module replaces `argparse._` and `argparse.ngettext` once with two small functions that look up the
language in a `ContextVar`, and `LocalizedArgumentParser` sets that variable for the duration of each of its
public methods (construction, add_argument, add_subparsers, parse_*, format_*, print_*, error). Outside
those calls the variable is unset and the hooks hand the message to the functions they replaced, so a plain
`argparse.ArgumentParser` anywhere in the process (a library's, pytest's) behaves exactly as before. A
`ContextVar` rather than swapping the globals in and out keeps this right under threads and nested parsers.

Not covered by the parser's methods, so in the language only inside `with translated(...)`: `str()` of an
`ArgumentError` raised out of a parser built with `exit_on_error=False` (its "argument X:" frame is
formatted on `str()`), and errors from `add_argument` on an argument group (programming errors only).
"""

from __future__ import annotations

import argparse
import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, ClassVar

DEFAULT_LANGUAGE = "vi"
"""The CLI has no language option: its argparse text is Vietnamese, like the rest of its output."""

LANGUAGES = ("vi", "en")
"""English is argparse's own text (the catalog keys); Vietnamese comes from the catalog."""

MESSAGES: dict[str, str] = {
    # help
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số vị trí",
    "options": "tùy chọn",
    "optional arguments": "tùy chọn",  # Python ≤ 3.9
    "show this help message and exit": "hiện trợ giúp này rồi thoát",
    "show program's version number and exit": "hiện số phiên bản của chương trình rồi thoát",
    "subcommands": "lệnh con",
    "%(heading)s:": "%(heading)s:",
    " (default: %(default)s)": " (mặc định: %(default)s)",
    # errors on the command line
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: cảnh báo: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "unrecognized arguments: %s": "không nhận ra tham số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)":
        "lựa chọn không hợp lệ: %(value)r, có phải ý bạn là %(closest)r? (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "không có lệnh %(parser_name)r (chọn một trong: %(choices)s)",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "chỉ nhận nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "not allowed with argument %s": "không được dùng cùng tham số %s",
    "ignored explicit argument %r": "không nhận giá trị đi kèm %r",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn mơ hồ: %(option)s có thể là %(matches)s",
    "unexpected option string: %s": "chuỗi tùy chọn không mong đợi: %s",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "option '%(option)s' is deprecated": "tùy chọn '%(option)s' đã lỗi thời",
    "argument '%(argument_name)s' is deprecated": "tham số '%(argument_name)s' đã lỗi thời",
    "command '%(parser_name)s' is deprecated": "lệnh '%(parser_name)s' đã lỗi thời",
    # errors in the program that builds the parser
    ".__call__() not defined": ".__call__() chưa được định nghĩa",
    "%r is not callable": "%r không phải là hàm gọi được",
    'argument "-" with mode %r': 'không dùng được "-" với chế độ mở tệp %r',
    "conflicting subparser: %s": "lệnh con bị trùng: %s",
    "conflicting subparser alias: %s": "tên khác của lệnh con bị trùng: %s",
    "cannot have multiple subparser arguments": "không thể có nhiều hơn một nhóm lệnh con",
    "cannot merge actions - two groups are named %r": "không thể gộp các tham số: có hai nhóm cùng tên %r",
    "'required' is an invalid argument for positionals": "không dùng được 'required' cho tham số vị trí",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "chuỗi tùy chọn %(option)r không hợp lệ: phải bắt đầu bằng một ký tự trong %(prefix_chars)r",
    "dest= is required for options like %r": "cần có dest= cho tùy chọn dạng %r",
    "invalid conflict_resolution value: %r": "giá trị conflict_resolution không hợp lệ: %r",
    "mutually exclusive arguments must be optional": "các tham số loại trừ lẫn nhau phải là tùy chọn",
}
"""argparse's English text → Vietnamese, for `_()`."""

PLURAL_MESSAGES: dict[tuple[str, str], str] = {
    # Vietnamese nouns do not change with the number: one form (nplurals=1)
    ("conflicting option string: %s", "conflicting option strings: %s"): "tùy chọn bị trùng: %s",
    ("expected %s argument", "expected %s arguments"): "cần %s giá trị",
}
"""argparse's (singular, plural) English text → Vietnamese, for `ngettext()`."""


def gettext(message: str, language: str = DEFAULT_LANGUAGE) -> str:
    """`message` (argparse's English) in `language`; text the catalog does not know comes back as is."""
    if language == "vi":
        return MESSAGES.get(message, message)
    return message


def ngettext(singular: str, plural: str, n: int, language: str = DEFAULT_LANGUAGE) -> str:
    if language == "vi" and (singular, plural) in PLURAL_MESSAGES:
        return PLURAL_MESSAGES[singular, plural]
    return singular if n == 1 else plural


_language: ContextVar[str | None] = ContextVar("ccpropa_argparse_language", default=None)
_replaced: dict[str, Callable[..., Any]] = {}
"""argparse's `_` and `ngettext` as they were before the hooks, for text outside `translated()`."""
_install_lock = threading.Lock()


def _hook_gettext(message: str) -> str:
    language = _language.get()
    if language is None:
        return _replaced["_"](message)
    return gettext(message, language)


def _hook_ngettext(singular: str, plural: str, n: int) -> str:
    language = _language.get()
    if language is None:
        return _replaced["ngettext"](singular, plural, n)
    return ngettext(singular, plural, n, language)


def _install_hooks() -> None:
    """Route argparse's lookups through the hooks, once per process."""
    if _replaced:
        return
    with _install_lock:
        if _replaced:
            return
        module = vars(argparse)
        _replaced.update({"_": module["_"], "ngettext": module["ngettext"]})
        module["_"] = _hook_gettext
        module["ngettext"] = _hook_ngettext


@contextmanager
def translated(language: str = DEFAULT_LANGUAGE) -> Iterator[None]:
    """argparse's text in `language` for everything argparse formats inside the block."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(LANGUAGES)}")
    _install_hooks()
    token = _language.set(language)
    try:
        yield
    finally:
        _language.reset(token)


def _in_own_language[M: Callable[..., Any]](method: M) -> M:
    @functools.wraps(method)
    def wrapper(self: LocalizedArgumentParser, *args: Any, **kwargs: Any) -> Any:
        with translated(self.language):
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


class LocalizedArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose own text (usage, section titles, -h help, error messages) is in
    `language`. Every public method that makes argparse text runs inside `translated(self.language)`."""

    language: ClassVar[str] = DEFAULT_LANGUAGE

    __init__ = _in_own_language(argparse.ArgumentParser.__init__)
    add_argument = _in_own_language(argparse.ArgumentParser.add_argument)
    add_subparsers = _in_own_language(argparse.ArgumentParser.add_subparsers)
    parse_args = _in_own_language(argparse.ArgumentParser.parse_args)
    parse_known_args = _in_own_language(argparse.ArgumentParser.parse_known_args)
    parse_intermixed_args = _in_own_language(argparse.ArgumentParser.parse_intermixed_args)
    parse_known_intermixed_args = _in_own_language(argparse.ArgumentParser.parse_known_intermixed_args)
    format_usage = _in_own_language(argparse.ArgumentParser.format_usage)
    format_help = _in_own_language(argparse.ArgumentParser.format_help)
    print_usage = _in_own_language(argparse.ArgumentParser.print_usage)
    print_help = _in_own_language(argparse.ArgumentParser.print_help)
    error = _in_own_language(argparse.ArgumentParser.error)


class VietnameseArgumentParser(LocalizedArgumentParser):
    """argparse's text in Vietnamese: `ccpropa` and the window's `ccpropa-desktop` command line."""

    language = "vi"


class EnglishArgumentParser(LocalizedArgumentParser):
    """argparse's own English, whatever the locale or an installed argparse .mo file says."""

    language = "en"


def parser_class(language: str = DEFAULT_LANGUAGE) -> type[LocalizedArgumentParser]:
    """The parser class for `language` ("vi" or "en")."""
    classes: dict[str, type[LocalizedArgumentParser]] = {
        "vi": VietnameseArgumentParser, "en": EnglishArgumentParser}
    if language not in classes:
        raise ValueError(f"unknown language {language!r}; known: {', '.join(classes)}")
    return classes[language]
