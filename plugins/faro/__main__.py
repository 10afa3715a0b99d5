"""`python -m faro` runs the `faro` command."""

import sys

from faro.commands import main

sys.exit(main())
