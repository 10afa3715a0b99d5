"""`faro/maturity`: checks the assessment records, then adds their pages, charts and open data to the build.

A thin adapter (see `faro.records.plugin`): reading and checking records,
drawing charts and writing pages and exports are the engine's
(`faro.maturity.*`), which never imports MkDocs. Runs after `faro/i18n`, whose
language, content folder and catalogs it reuses.
"""

from __future__ import annotations

import faro.maturity as engine
from faro.maturity.site import build_language_site, translated_pages
from faro.maturity.text import SiteText
from faro.maturity.validation import RecordChecker
from faro.maturity.vocabulary import load_vocabulary
from faro.records.plugin import RecordPagesPlugin


class MaturityPlugin(RecordPagesPlugin):
    name = "maturity"
    engine = engine
    what = "assessment records"
    load_vocabulary = load_vocabulary
    checker = RecordChecker
    site_text = SiteText
    build_language_site = build_language_site
    translated_pages = translated_pages
