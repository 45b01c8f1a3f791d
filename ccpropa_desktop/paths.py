"""Where data and bundled resources live.

The data folder is, in order: an explicit ``--data-dir``, the ``CCPROPA_DATA_DIR`` environment
variable, or platformdirs' user data folder for "ccpropa-desktop".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

APP_NAME = "ccpropa-desktop"
ENV_DATA_DIR = "CCPROPA_DATA_DIR"
DB_FILENAME = "ccpropa.sqlite3"


Layout = Literal["frozen", "installed", "checkout"]


def bundle_root() -> tuple[Layout, Path]:
    """The folder that holds ``resources/`` and ``translations/``, and which of the three layouts it is.

    - a frozen bundle (PyInstaller): ``sys._MEIPASS`` (the ``_internal`` folder beside the exe);
    - an installed wheel: the package folder itself, where ``setup.py`` maps both folders at build
      time (``site-packages/ccpropa_desktop/resources``);
    - a checkout (or an editable install): the repository root, one level above the package.
    """
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return "frozen", Path(frozen)
    package = Path(__file__).resolve().parent
    if (package / "resources").is_dir():
        return "installed", package
    return "checkout", package.parent


def resource_path(*parts: str) -> Path:
    """A bundled file or folder, e.g. ``resource_path("resources", "fonts")``, in any layout."""
    return bundle_root()[1].joinpath(*parts)


def resources_dir() -> Path:
    """Built-in templates, mappings, report texts, fonts, samples and icons."""
    return resource_path("resources")


def translations_dir() -> Path:
    """The compiled UI translations (``*.qm``)."""
    return resource_path("translations")


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
