"""`faro/positions`: checks the position records, then adds their pages and open data to the build.

A thin adapter (see `faro.records.plugin`): reading and checking records,
writing pages and exports are the engine's (`faro.positions.*`), which never
imports MkDocs. Runs after `faro/i18n`, whose language, content folder and
catalogs it reuses.
"""

from __future__ import annotations

import faro.positions as engine
from faro.positions.site import build_language_site, translated_pages
from faro.positions.text import SiteText
from faro.positions.validation import RecordChecker
from faro.positions.vocabulary import load_vocabulary
from faro.records.plugin import RecordPagesPlugin


class PositionsPlugin(RecordPagesPlugin):
    name = "positions"
    engine = engine
    what = "position records"
    load_vocabulary = load_vocabulary
    checker = RecordChecker
    site_text = SiteText
    build_language_site = build_language_site
    translated_pages = translated_pages
