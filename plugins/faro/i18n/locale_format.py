"""Dates and language and country names in the reader's locale, from Babel's CLDR data.

Hand-written month or country tables drift and miss languages; CLDR is what
operating systems and browsers use, so "23 de noviembre de 2026" and
"23 November 2026" come out the way readers expect in each locale.
"""

from __future__ import annotations

import datetime as dt

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_format_date


def parse_locale(identifier: str) -> Locale:
    """A Babel locale from `es`, `en_GB` or `en-GB`; `ValueError` names an unknown one."""
    try:
        return Locale.parse(identifier.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as exc:
        raise ValueError(f"unknown locale {identifier!r}: {exc}") from None


def as_date(value: object) -> dt.date:
    """YAML front matter gives a `date`; quoted values arrive as ISO strings."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip())


def format_date(value: object, locale: Locale, style: str = "long") -> str:
    return babel_format_date(as_date(value), format=style, locale=locale)


def language_name(code: str, locale: Locale) -> str:
    """`en` -> "inglés" for Spanish readers, "English" for English readers."""
    try:
        return parse_locale(code).get_display_name(locale) or code
    except ValueError:
        return code


def country_name(code: str, locale: Locale) -> str:
    """`ES` -> "España" / "Spain"."""
    return locale.territories.get(code.upper(), code)
