"""The only code that touches SQLite. Returns domain objects, never rows.

`Store` and `open_database` are imported on first use (PEP 562), so a module that only needs a
submodule (store.peek, store.files) does not pay for sqlite-utils."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import open_database
    from .repository import Store

__all__ = ["Store", "open_database"]


def __getattr__(name: str) -> Any:
    if name == "Store":
        from .repository import Store

        return Store
    if name == "open_database":
        from .database import open_database

        return open_database
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
