"""Entry point of the frozen bundle: the window, or the command line when called as ccpropa.exe."""

import sys
from pathlib import Path

if Path(sys.executable).stem.lower() == "ccpropa":
    from ccpropa_desktop.cli.main import main

    # No argument: the CLI reads its own command line and, as a short process, defers the import
    # costs it will not use (ccpropa_desktop.cli.main.main), as the source tree's `ccpropa` does.
    sys.exit(main())
else:
    from ccpropa_desktop.__main__ import run

    # As `python -m ccpropa_desktop`: the collector paused and PySide's source scans answered before
    # PySide and the app are imported (ccpropa_desktop/ui/startup.py).
    sys.exit(run(sys.argv[1:]))
