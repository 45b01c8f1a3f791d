"""Entry point of the frozen bundle: the window, or the command line when called as ccpropa.exe."""

import sys
from pathlib import Path

if Path(sys.executable).stem.lower() == "ccpropa":
    from ccpropa_desktop.cli.main import main

    # No argument: the CLI reads its own command line and, as a short process, defers the import
    # costs it will not use (ccpropa_desktop.cli.main.main), as the source tree's `ccpropa` does.
    sys.exit(main())
else:
    from ccpropa_desktop.ui.app import main

    sys.exit(main(sys.argv[1:]))
