"""Codes that every record type shares: countries, organisations and languages.

ISO 3166-1 alpha-2 -> alpha-3 comes from pycountry (the ISO list itself). Babel's
territory aliases were used before, but they also map retired codes (DDR, the
former East Germany, -> DE), so a new German record got `iso3: DDR`. Names stay
with Babel (CLDR), in the page's language.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import pycountry
from babel import Locale, UnknownLocaleError

from faro.i18n import locale_format
from faro.yaml_data import load_yaml

# ISO 3166-1 alpha-2 codes left to users: no real State will ever get one.
USER_ASSIGNED = re.compile(r"^(AA|Q[M-Z]|X[A-Z]|ZZ)$")


@cache
def shared_lists() -> dict:
    """`data/codes.yml`: organisations and the territory codes that are not States."""
    return load_yaml(resources.files(__package__).joinpath("data", "codes.yml")
                          .read_text(encoding="utf-8"))


def organisations() -> dict[str, dict[str, str]]:
    """Organisation code -> its name in each language."""
    return shared_lists()["organisations"]


@cache
def alpha3_of() -> dict[str, str]:
    """ISO 3166-1 alpha-2 -> its one current alpha-3 code."""
    return {country.alpha_2: country.alpha_3 for country in pycountry.countries}


@cache
def state_codes() -> frozenset[str]:
    """Alpha-2 codes of ISO 3166-1 that Babel names and that are not groupings or reserved."""
    excluded = set(shared_lists()["non_state_territories"])
    named = Locale("en").territories
    return frozenset(code for code in alpha3_of() if code in named and code not in excluded)


def country_problem(iso2: str, iso3: str) -> tuple[str, dict] | None:
    """Why a State's pair of codes is wrong (rule suffix and message arguments), or None."""
    if iso2 not in state_codes():
        return "not-a-state", {"value": iso2}
    expected = alpha3_of()[iso2]
    if iso3 != expected:
        return "alpha3-mismatch", {"value": iso3, "iso2": iso2, "allowed": expected}
    return None


def is_language_tag(tag: str) -> bool:
    """A BCP 47 tag Babel has locale data for (language, optional script and region)."""
    try:
        Locale.parse(tag, sep="-")
    except (ValueError, UnknownLocaleError):
        return False
    return True


def territory_name(code: str, lang: str) -> str:
    return locale_format.country_name(code, locale_format.parse_locale(lang))


def language_name(tag: str, lang: str) -> str:
    return locale_format.language_name(tag, locale_format.parse_locale(lang))
