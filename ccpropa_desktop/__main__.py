"""`python -m ccpropa_desktop` / `ccpropa-desktop`: the desktop window. (`ccpropa` is the command line.)"""

from __future__ import annotations

import sys


def run(argv: list[str] | None = None) -> int:
    from ccpropa_desktop.ui.startup import pause_collection, skip_source_scans

    pause_collection()  # first thing: the window collects on the GUI thread instead (ui/startup.py)
    skip_source_scans()  # before the app's modules are imported
    from ccpropa_desktop.ui.app import main

    return main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(run())
