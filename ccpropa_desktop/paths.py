"""Where data and bundled resources live.

The data folder is, in order: an explicit ``--data-dir``, the ``CCPROPA_DATA_DIR`` environment
variable, or platformdirs' user data folder for "ccpropa-desktop".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ccpropa-desktop"
ENV_DATA_DIR = "CCPROPA_DATA_DIR"
DB_FILENAME = "ccpropa.sqlite3"


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, or inside a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return here.parent / "resources"


def translations_dir() -> Path:
    """The compiled UI translations (``translations/*.qm``), found the same way as resources."""
    return resources_dir().parent / "translations"


def default_data_dir() -> Path:
    from platformdirs import PlatformDirs

    return Path(PlatformDirs(APP_NAME, appauthor=False).user_data_dir)


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return default_data_dir()
