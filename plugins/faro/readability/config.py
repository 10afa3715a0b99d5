"""Typed configuration of the `faro/readability` plugin (defaults from spec 3.7).

One block of thresholds per language that has a formula (docs/readability.md);
pages in any other language are not scored, whatever the site's languages are."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

NUMBER = (int, float)


class SpanishThresholds(Config):
    szigriszt_warn = c.Type(NUMBER, default=65)
    szigriszt_fail = c.Type(NUMBER, default=55)


class EnglishThresholds(Config):
    fkgl_warn = c.Type(NUMBER, default=8)
    fkgl_fail = c.Type(NUMBER, default=10)
    fre_warn = c.Type(NUMBER, default=60)
    fre_fail = c.Type(NUMBER, default=50)


class PortugueseThresholds(Config):
    martins_warn = c.Type(NUMBER, default=60)
    martins_fail = c.Type(NUMBER, default=50)


class FrenchThresholds(Config):
    kandel_moles_warn = c.Type(NUMBER, default=60)
    kandel_moles_fail = c.Type(NUMBER, default=50)


class ReadabilityConfig(Config):
    enabled = c.Type(bool, default=True)
    # fail: a page below its fail threshold stops the build; warn: it is only logged.
    mode = c.Choice(("fail", "warn"), default="fail")
    min_words = c.Type(int, default=100)
    long_sentence_words = c.Type(int, default=25)
    # Language of messages; unset means each page's own language.
    report_language = c.Optional(c.Type(str))
    es = c.SubConfig(SpanishThresholds)
    en = c.SubConfig(EnglishThresholds)
    pt = c.SubConfig(PortugueseThresholds)
    fr = c.SubConfig(FrenchThresholds)
