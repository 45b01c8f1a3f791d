"""Entry point of the frozen bundle: the window, or the command line when called as ccpropa.exe."""

import sys
from pathlib import Path

if Path(sys.executable).stem.lower() == "ccpropa":
    from ccpropa_desktop.cli.main import main
else:
    from ccpropa_desktop.ui.app import main

sys.exit(main(sys.argv[1:]))
