"""The controlled vocabularies of position records, and names from Babel's locale data.

Topics, stances, document kinds and the rest live in `data/*.yml` so the schema,
the pages and the exports share one list; country and language names come from
Babel (CLDR) in the page's language instead of hand-written tables.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from babel import Locale, UnknownLocaleError
from babel.core import get_global

from faro.i18n import locale_format
from faro.yaml_data import load_yaml

NOT_ADDRESSED = "not_addressed"
NOT_EXTRACTED = "not_extracted"


def _data(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Topic:
    id: str
    slug: dict[str, str]
    label: dict[str, str]
    question: dict[str, str]
    gloss: dict[str, str]
    toolkit_page_url: str | None = None


@dataclass(frozen=True)
class Stance:
    id: str
    symbol: str
    recorded: bool
    label: dict[str, str]


@dataclass(frozen=True)
class SiteLayout:
    """Where the positions pages of one language live (folders from `site.yml`)."""

    lang: str
    root: str
    documents: str
    actors: str
    topics: str
    comparison: str
    data: str
    topic_anchor: str

    def document_page(self, record_id: str) -> str:
        return f"{self.root}/{self.documents}/{record_id}.md"

    def actor_page(self, actor_key: str) -> str:
        return f"{self.root}/{self.actors}/{actor_key}.md"

    def topic_page(self, topic: Topic) -> str:
        return f"{self.root}/{self.topics}/{topic.slug[self.lang]}.md"

    def topic_anchor_id(self, topic: Topic) -> str:
        return self.topic_anchor + topic.slug[self.lang]

    @property
    def index_page(self) -> str:
        return f"{self.root}/index.md"

    @property
    def actors_index(self) -> str:
        return f"{self.root}/{self.actors}/index.md"

    @property
    def topics_index(self) -> str:
        return f"{self.root}/{self.topics}/index.md"

    @property
    def comparison_page(self) -> str:
        return f"{self.root}/{self.comparison}.md"

    def data_file(self, name: str) -> str:
        return f"{self.root}/{self.data}/{name}"


@dataclass(frozen=True)
class Vocabulary:
    topics: tuple[Topic, ...]
    stances: tuple[Stance, ...]
    lists: dict  # vocabulary.yml: document kinds, forums, statuses, organisations, ...
    layouts: dict[str, SiteLayout]
    source_language: str
    legal_page_readability: dict[str, dict]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.layouts)

    def topic(self, topic_id: str) -> Topic:
        return next(t for t in self.topics if t.id == topic_id)

    def stance(self, stance_id: str) -> Stance:
        return next(s for s in self.stances if s.id == stance_id)

    def label(self, list_name: str, value: str, lang: str) -> str:
        return self.lists[list_name][value][lang]

    def allowed(self, name: str) -> list[str]:
        """The values a record may use for a vocabulary named in the schema (`x-vocabulary`)."""
        if name == "topics":
            return [t.id for t in self.topics]
        if name == "recorded_stances":
            return [s.id for s in self.stances if s.recorded]
        if name == "stances":
            return [s.id for s in self.stances]
        values = self.lists[name]
        return [str(v) for v in values]


@cache
def load_vocabulary() -> Vocabulary:
    topics = tuple(Topic(**entry) for entry in load_yaml(_data("topics.yml")))
    stances = tuple(Stance(**entry) for entry in load_yaml(_data("stances.yml")))
    site = load_yaml(_data("site.yml"))
    layouts = {lang: SiteLayout(lang=lang, **folders) for lang, folders in site["languages"].items()}
    return Vocabulary(topics, stances, load_yaml(_data("vocabulary.yml")), layouts,
                      site["source_language"], site.get("legal_page_readability") or {})


def _restrict(node: object, vocabulary: Vocabulary) -> object:
    if isinstance(node, dict):
        restricted = {key: _restrict(value, vocabulary) for key, value in node.items()}
        name = restricted.pop("x-vocabulary", None)
        if name:
            restricted["enum"] = vocabulary.allowed(name)
        return restricted
    if isinstance(node, list):
        return [_restrict(item, vocabulary) for item in node]
    return node


def record_schema(vocabulary: Vocabulary) -> dict:
    """The page schema with every `x-vocabulary` marker turned into the vocabulary's values."""
    return _restrict(json.loads(_data("record.schema.json")), vocabulary)


def export_schema(vocabulary: Vocabulary) -> dict:
    """The published JSON Schema of `positions.json`, with the vocabularies filled in."""
    return _restrict(json.loads(_data("export.schema.json")), vocabulary)


# --- countries and languages (Babel / CLDR) -------------------------------------------

@cache
def alpha3_codes() -> dict[str, frozenset[str]]:
    """ISO 3166-1 alpha-2 -> its alpha-3 codes, from CLDR's territory aliases."""
    codes: dict[str, set[str]] = {}
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and len(targets) == 1:
            codes.setdefault(targets[0], set()).add(alias)
    return {alpha2: frozenset(alpha3) for alpha2, alpha3 in codes.items()}


def state_codes(vocabulary: Vocabulary) -> frozenset[str]:
    """Alpha-2 codes Babel knows as territories that are States, not groupings."""
    excluded = set(vocabulary.lists["non_state_territories"])
    return frozenset(code for code in Locale("en").territories
                     if len(code) == 2 and code.isalpha() and code not in excluded
                     and code in alpha3_codes())


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
