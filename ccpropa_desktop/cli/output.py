"""Printing results: plain Vietnamese text for people, JSON for programs."""

from __future__ import annotations

import dataclasses
import json
import sys
from typing import Any


def _default(value: Any) -> Any:
    """Dataclasses serialise by their fields without the deep copy ``asdict`` makes."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    if isinstance(value, set | frozenset):
        return sorted(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def emit_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, default=_default, ensure_ascii=False, indent=2))
    sys.stdout.write("\n")


def emit(text: str = "") -> None:
    sys.stdout.write(text + "\n")


def table(rows: list[list[str]], headers: list[str]) -> None:
    """A plain aligned table; long cells are cut with "…" so each row stays on one line."""
    limit = 60
    cells = [[str(c).replace("\n", " ") for c in row] for row in rows]
    cells = [[c if len(c) <= limit else c[: limit - 1] + "…" for c in row] for row in cells]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    emit("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    emit("  ".join("-" * w for w in widths))
    for row in cells:
        emit("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
