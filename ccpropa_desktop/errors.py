"""Errors a person can act on, kept apart from bugs.

A ``UserError`` carries a stable ``code`` (for translation in the UI) and a Vietnamese message
naming the field or file at fault. The CLI prints the message and exits 2; the GUI shows it.
Anything else that escapes is a programming error.
"""

from __future__ import annotations


class UserError(Exception):
    """Bad input or an environment problem (read-only folder, locked file, full disk)."""

    exit_code = 2

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.params = params

    def __str__(self) -> str:
        return self.message


class NotFound(UserError):
    """An id or number that names nothing in the store."""


class StoreUnavailable(UserError):
    """The store file cannot be opened at all (damaged, empty, not a database, locked, a folder).

    The command line prints the message, which says how to recover, and exits 2; the window shows its
    recovery page instead of its pages. ``damaged`` is True when the file itself is broken (a restore
    sets it aside), ``path`` is the store file."""

    def __init__(self, code: str, message: str, *, path: object = None, damaged: bool = False,
                 **params: object) -> None:
        super().__init__(code, message, **params)
        self.path = path
        self.damaged = damaged
