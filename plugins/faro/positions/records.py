"""The position-record model: one document, its facts once, its summaries per language.

A record is read from two kinds of page. The source-language page (Spanish)
holds the facts under `position:` and its own `summaries:`; each translation
holds only `summaries:`. So stances, dates and codes cannot differ between
languages, and a translator touches nothing but words.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from faro.positions.vocabulary import NOT_ADDRESSED, NOT_EXTRACTED, Vocabulary

# Front-matter keys of the other checks that a document page may set for itself.
PAGE_EXCEPTION_KEYS = ("readability", "accessibility")


@dataclass(frozen=True)
class Via:
    """The expert compilation page a stance was taken from (`evidence: toolkit`)."""

    title: str
    url: str
    lang: str  # the compilation's language, which its title is marked with


@dataclass(frozen=True)
class TopicEntry:
    """What one document says on one topic, where that is, and our summary in each language."""

    topic_id: str
    stance: str
    summaries: dict[str, str]
    evidence: str | None = None  # quote | toolkit | reading
    pinpoint: str | None = None  # "p. 4", "para. 12", "section 3.2"
    quote: str | None = None     # short, in the original language
    quote_lang: str | None = None
    via: Via | None = None


@dataclass(frozen=True)
class Actor:
    """A State (ISO 3166-1 codes) or an organisation (project list)."""

    kind: str  # state | organisation
    code: str  # alpha-2 for States, project code for organisations
    iso3: str | None = None

    @property
    def key(self) -> str:
        """The actor's slug in URLs and record ids."""
        return self.code.lower()

    @property
    def is_state(self) -> bool:
        return self.kind == "state"


@dataclass(frozen=True)
class PositionRecord:
    id: str
    actor: Actor
    kind: str
    forum: str
    date_published: str  # ISO 8601, as precise as `date_precision`
    date_precision: str
    languages_original: tuple[str, ...]
    source_url: str
    date_retrieved: str
    date_reviewed: str
    status: str
    extraction: str
    topics: tuple[TopicEntry, ...]
    titles: dict[str, str]
    document_summaries: dict[str, str]
    bodies: dict[str, str] = field(default_factory=dict)  # editor's notes per language
    symbols: dict[str, str] = field(default_factory=dict)
    title_original: str | None = None
    mirror_urls: tuple[str, ...] = ()
    pinpoint: str | None = None
    supersedes: tuple[str, ...] = ()
    to_verify: tuple[str, ...] = ()
    secondary_sources: tuple[dict, ...] = ()
    # Per-language page exceptions (`readability:`, `accessibility:`) to pass on to the page.
    page_exceptions: dict[str, dict] = field(default_factory=dict)
    source_path: str = ""

    @property
    def year(self) -> str:
        return self.date_published[:4]

    def entry(self, topic_id: str) -> TopicEntry | None:
        return next((t for t in self.topics if t.topic_id == topic_id), None)

    def stance_on(self, topic_id: str) -> str:
        """The cell value for a topic: a recorded stance, or why there is none.

        A topic the record does not list is "not addressed" only once editors have
        read the whole document; until then it is "not yet extracted".
        """
        entry = self.entry(topic_id)
        if entry:
            return entry.stance
        return NOT_ADDRESSED if self.extraction == "full" else NOT_EXTRACTED

    def published_date(self) -> datetime.date:
        """The publication date padded to a full date, for sorting."""
        parts = [int(p) for p in self.date_published.split("-")] + [1, 1]
        return datetime.date(parts[0], parts[1], parts[2])


def build_record(record_id: str, pages: dict[str, dict], bodies: dict[str, str],
                 source_path: str, vocabulary: Vocabulary) -> PositionRecord:
    """A record from validated front matter: `pages` maps each language to its page's meta."""
    facts = pages[vocabulary.source_language]["position"]
    actor_data = facts["actor"]
    if actor_data["kind"] == "state":
        actor = Actor("state", actor_data["iso2"], actor_data["iso3"])
    else:
        actor = Actor("organisation", actor_data["code"])
    topics = []
    for item in facts["topics"]:
        via = item.get("via")
        topics.append(TopicEntry(
            topic_id=item["id"],
            stance=item["stance"],
            evidence=item.get("evidence"),
            pinpoint=item.get("pinpoint"),
            quote=item.get("quote"),
            quote_lang=item.get("quote_lang"),
            via=Via(via["title"], via["url"], via["lang"]) if via else None,
            summaries={lang: text for lang, meta in pages.items()
                       if (text := (meta["summaries"].get("topics") or {}).get(item["id"]))},
        ))
    order = {t.id: i for i, t in enumerate(vocabulary.topics)}
    topics.sort(key=lambda entry: order[entry.topic_id])
    return PositionRecord(
        id=record_id,
        actor=actor,
        kind=facts["kind"],
        forum=facts["forum"],
        date_published=facts["date_published"],
        date_precision=facts["date_precision"],
        languages_original=tuple(facts["languages_original"]),
        source_url=facts["source_url"],
        date_retrieved=facts["date_retrieved"],
        date_reviewed=facts["date_reviewed"],
        status=facts["status"],
        extraction=facts["extraction"],
        topics=tuple(topics),
        titles={lang: meta["title"] for lang, meta in pages.items()},
        document_summaries={lang: meta["summaries"]["document"] for lang, meta in pages.items()},
        bodies=bodies,
        symbols=dict(facts.get("symbols") or {}),
        title_original=facts.get("title_original"),
        mirror_urls=tuple(facts.get("mirror_urls") or ()),
        pinpoint=facts.get("pinpoint"),
        supersedes=tuple(facts.get("supersedes") or ()),
        to_verify=tuple(facts.get("to_verify") or ()),
        secondary_sources=tuple(facts.get("secondary_sources") or ()),
        page_exceptions={lang: {key: meta[key] for key in PAGE_EXCEPTION_KEYS if key in meta}
                         for lang, meta in pages.items()},
        source_path=source_path,
    )


def sort_records(records: list[PositionRecord], actor_name) -> list[PositionRecord]:
    """By actor name (in the page language), then oldest document first."""
    return sorted(records, key=lambda r: (actor_name(r.actor).casefold(), r.published_date(), r.id))
