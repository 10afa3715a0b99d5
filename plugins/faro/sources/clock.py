"""Today's date for review checks; `FARO_TODAY=YYYY-MM-DD` pins it (tests, re-runs of old builds)."""

from __future__ import annotations

import datetime as dt
import os


def today() -> dt.date:
    pinned = os.environ.get("FARO_TODAY")
    return dt.date.fromisoformat(pinned) if pinned else dt.date.today()
