"""The only code that touches SQLite. Returns domain objects, never rows.

`Store` and `open_database` are imported on first use (PEP 562), so a module that only needs a
submodule (store.peek, store.files) does not pay for sqlite-utils."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import open_database
    from .repository import Store

__all__ = ["Store", "defer_dateutil_parser", "open_database"]


def defer_dateutil_parser() -> None:
    """sqlite-utils imports dateutil's parser (≈ 15 ms, with its time zones) for recipes we never call:
    after this, it loads on first use instead (importlib's LazyLoader). Runs when this package is first
    imported (≈ 0.5 ms: dateutil's own package), before anything imports sqlite-utils; does nothing
    once it is imported."""
    import importlib.util

    name = "dateutil.parser"
    if name in sys.modules or "sqlite_utils" in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    sys.modules["dateutil"].parser = module  # type: ignore[attr-defined]


defer_dateutil_parser()  # here: the command line imports the store (and sqlite-utils) before its main()


def __getattr__(name: str) -> Any:
    if name == "Store":
        from .repository import Store

        return Store
    if name == "open_database":
        from .database import open_database

        return open_database
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
