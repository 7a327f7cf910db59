"""``python -m scoring``: the same command line as the ``scoring`` script."""

import sys

from scoring.cli import main

sys.exit(main())
