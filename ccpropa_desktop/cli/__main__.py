"""`python -m ccpropa_desktop.cli`: the same as `ccpropa`."""

import sys

from ccpropa_desktop.cli.main import main

sys.exit(main())
