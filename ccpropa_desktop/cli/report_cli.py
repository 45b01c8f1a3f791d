"""Reports (W6): `report draft`, `report render`, `report edit`."""

from __future__ import annotations

import argparse
from collections.abc import Callable


def register(group: Callable[[str, str], argparse._SubParsersAction],
             cmd: Callable[..., argparse.ArgumentParser],
             existing: dict[str, argparse._SubParsersAction]) -> None:
    """Add this module's commands. `group(name, help)` makes a new group; `existing` holds
    the sub-parsers of groups that already exist ("templates", "plan", "task")."""
    _ = (group, cmd, existing)

