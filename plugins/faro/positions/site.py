"""Every generated positions page of one language, and which pages translate which.

The document pages are Markdown files on disk (their body is filled in from the
record); the actor, topic, index and comparison pages exist only at build time.
"""

from __future__ import annotations

from dataclasses import dataclass

from faro.positions import export, feed, pages
from faro.positions.comparison import Matrix, build_matrix
from faro.positions.records import PositionRecord, sort_records
from faro.positions.text import SiteText
from faro.positions.vocabulary import Vocabulary


@dataclass(frozen=True)
class LanguageSite:
    """What one language build adds: page Markdown by path, data files by path."""

    documents: dict[str, str]  # existing document pages: path -> full Markdown
    pages: dict[str, str]      # generated pages: path -> Markdown
    data_files: dict[str, str]  # exports: path -> text
    appendices: dict[str, str]  # hand-written pages: path -> Markdown added at their end
    matrix: Matrix


def build_language_site(records: list[PositionRecord], text: SiteText) -> LanguageSite:
    layout = text.layout
    ordered = sort_records(records, text.actor_name)
    matrix = build_matrix(ordered, text.vocabulary)
    documents = {layout.document_page(r.id): pages.document_page(r, text) for r in ordered}
    generated = {
        layout.comparison_page: pages.comparison_page(matrix, ordered, text),
        layout.topics_index: pages.topics_index(text),
        layout.actors_index: pages.actors_index(ordered, text),
    }
    for topic in text.vocabulary.topics:
        generated[layout.topic_page(topic)] = pages.topic_page(topic, matrix, text)
    for actor in dict.fromkeys(r.actor for r in ordered):  # first-seen order: same in every build
        generated[layout.actor_page(actor.key)] = pages.actor_page(
            actor, [r for r in ordered if r.actor == actor], text)
    data_files = {
        layout.data_file("positions.json"): export.positions_json(matrix, text.vocabulary),
        layout.data_file("positions.csv"): export.positions_csv(matrix, text.vocabulary),
        layout.data_file("positions.schema.json"): export.positions_schema_json(text.vocabulary),
        layout.data_file(feed.FEED_FILE): feed.positions_feed(ordered, text),
    }
    appendices = {layout.index_page: pages.index_appendix(text)}
    return LanguageSite(documents, generated, data_files, appendices, matrix)


def translated_pages(records: list[PositionRecord], vocabulary: Vocabulary) -> list[dict[str, str]]:
    """Each generated page's path in every language, for the language switcher."""
    layouts = vocabulary.layouts.values()
    groups = [{lo.lang: lo.comparison_page for lo in layouts},
              {lo.lang: lo.topics_index for lo in layouts},
              {lo.lang: lo.actors_index for lo in layouts}]
    groups += [{lo.lang: lo.topic_page(topic) for lo in layouts} for topic in vocabulary.topics]
    actor_keys = sorted({r.actor.key for r in records})
    groups += [{lo.lang: lo.actor_page(key) for lo in layouts} for key in actor_keys]
    return groups
