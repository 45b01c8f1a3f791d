"""`python -m ccpropa_desktop` / `ccpropa-desktop`: the desktop application.

Until the window lands (issue 5) this runs the command line; with no arguments it prints help.
"""

from __future__ import annotations

import sys


def run(argv: list[str] | None = None) -> int:
    from .cli.main import main

    args = sys.argv[1:] if argv is None else argv
    return main(args or ["--help"])


if __name__ == "__main__":
    sys.exit(run())
