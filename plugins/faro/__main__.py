"""`python -m faro` runs the `faro` command."""

from faro.commands import run

run()
