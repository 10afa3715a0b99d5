"""When a page is due for review: its last review plus its review interval."""

from __future__ import annotations

import calendar
import datetime as dt


def next_review(last_reviewed: object, months: object) -> dt.date | None:
    """`last_reviewed` + `months`, on the same day of the month (or the month's last day)."""
    try:
        start = (last_reviewed if isinstance(last_reviewed, dt.date)
                 else dt.date.fromisoformat(str(last_reviewed)))
        months = int(months)
    except (TypeError, ValueError):
        return None
    total = start.month - 1 + months
    year, month = start.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
