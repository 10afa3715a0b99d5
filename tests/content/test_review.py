"""The next review date of a guide."""

import datetime as dt

from faro.content.review import next_review


def test_next_review_adds_months_and_keeps_the_day():
    assert next_review("2026-11-23", 12) == dt.date(2027, 11, 23)
    assert next_review(dt.date(2026, 11, 23), 3) == dt.date(2027, 2, 23)


def test_end_of_month_is_kept_inside_the_month():
    assert next_review("2026-08-31", 6) == dt.date(2027, 2, 28)


def test_missing_or_wrong_values_give_no_date():
    assert next_review("2026-13-01", 12) is None
    assert next_review("2026-11-23", None) is None
