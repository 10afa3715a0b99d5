"""A progress line for long work on a terminal; nothing at all in CI logs or pipes.

One line on standard error, rewritten in place, cleared when the work ends, so
the summary that follows is all that stays on screen.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

# Long enough to be worth a line: a site of more pages than this, or any audit.
LARGE_SITE_PAGES = 200


def interactive(stream: TextIO) -> bool:
    return stream.isatty() and not os.environ.get("CI")


class Progress:
    """`with Progress("Auditing") as progress: progress.show("12/80 pages")`."""

    def __init__(self, label: str, stream: TextIO | None = None, *, enabled: bool = True,
                 every: float = 0.2) -> None:
        self.stream = stream or sys.stderr
        self.label, self.every = label, every
        self.enabled = enabled and interactive(self.stream)
        self._last = 0.0

    def show(self, detail: str, *, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self._last < self.every):
            return
        self._last = now
        self.stream.write(f"\r\x1b[K{self.label}: {detail}")
        self.stream.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
