"""The controlled vocabularies of position records.

Topics, stances, document kinds and the rest live in `data/*.yml` so the schema,
the pages and the exports share one list; countries, organisations and languages
are the records engine's shared codes (`faro.records.codes`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from faro.records import codes
from faro.records.schema import restrict
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
    dataset: dict                   # data/dataset.yml: version and changelog of the open data
    stance_evidence_since: str      # records reviewed earlier may lack `evidence` (a warning)
    quote_max_words: int

    @property
    def dataset_version(self) -> str:
        return str(self.dataset["changelog"][0]["version"])

    @property
    def dataset_date(self) -> str:
        return str(self.dataset["changelog"][0]["date"])

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
        if name == "organisations":
            return list(codes.organisations())
        values = self.lists[name]
        return [str(v) for v in values]


@cache
def load_vocabulary() -> Vocabulary:
    topics = tuple(Topic(**entry) for entry in load_yaml(_data("topics.yml")))
    stances = tuple(Stance(**entry) for entry in load_yaml(_data("stances.yml")))
    site = load_yaml(_data("site.yml"))
    layouts = {lang: SiteLayout(lang=lang, **folders) for lang, folders in site["languages"].items()}
    return Vocabulary(topics, stances, load_yaml(_data("vocabulary.yml")), layouts,
                      site["source_language"], site.get("legal_page_readability") or {},
                      load_yaml(_data("dataset.yml")), str(site["stance_evidence_since"]),
                      int(site["quote_max_words"]))


def record_schema(vocabulary: Vocabulary) -> dict:
    """The page schema with every `x-vocabulary` marker turned into the vocabulary's values."""
    return restrict(json.loads(_data("record.schema.json")), vocabulary.allowed)


def export_schema(vocabulary: Vocabulary) -> dict:
    """The published JSON Schema of `positions.json`, with the vocabularies filled in."""
    return restrict(json.loads(_data("export.schema.json")), vocabulary.allowed)
