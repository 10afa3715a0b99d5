"""`python -m faro` runs the `faro` command."""

import sys

from faro.cli import main

sys.exit(main())
