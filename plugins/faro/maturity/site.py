"""Every generated maturity page of one language, and which pages translate which.

Assessment pages are Markdown files on disk (their body is filled in from the
record); the country, countries-index and regional pages exist only at build time.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from faro.maturity import aggregate, export, ncsi_pages, pages
from faro.maturity.records import AssessmentRecord
from faro.maturity.text import SiteText
from faro.maturity.vocabulary import Vocabulary


@dataclass(frozen=True)
class LanguageSite:
    documents: dict[str, str]   # existing assessment pages: path -> full Markdown
    pages: dict[str, str]       # generated pages: path -> Markdown
    data_files: dict[str, str]  # exports: path -> text
    appendices: dict[str, str] = field(default_factory=dict)  # hand-written pages: path -> added Markdown


def _frameworks_used(records: list[AssessmentRecord], vocabulary: Vocabulary) -> list:
    return [f for f in vocabulary.frameworks.values() if aggregate.latest_per_country(records, f)]


def build_language_site(records: list[AssessmentRecord], text: SiteText) -> LanguageSite:
    layout, vocabulary = text.layout, text.vocabulary
    documents = {layout.assessment_page(r.id): pages.assessment_page(r, text) for r in records}
    generated = {layout.countries_index: pages.countries_index(records, text)}
    for iso2 in sorted({r.iso2 for r in records}):
        generated[layout.country_page(iso2)] = pages.country_page(
            iso2, [r for r in records if r.iso2 == iso2], text)
    for framework in _frameworks_used(records, vocabulary):
        generated[layout.regional_page(framework)] = pages.regional_page(framework, records, text)
    data_files = {
        layout.data_file("maturity.json"): export.maturity_json(records, vocabulary),
        layout.data_file("maturity.csv"): export.maturity_csv(records, vocabulary),
        layout.data_file("maturity.schema.json"): export.maturity_schema_json(vocabulary),
    }
    generated.update(ncsi_pages.language_pages(layout.root, layout.lang))
    data_files.update(ncsi_pages.data_files(f"{layout.root}/{layout.data}"))
    return LanguageSite(documents, generated, data_files)


def translated_pages(records: list[AssessmentRecord], vocabulary: Vocabulary) -> list[dict[str, str]]:
    """Each generated page's path in every language, for the language switcher."""
    layouts = vocabulary.layouts.values()
    groups = [{lo.lang: lo.countries_index for lo in layouts}]
    countries = sorted({r.iso2 for r in records})
    groups += [{lo.lang: lo.country_page(iso2) for lo in layouts} for iso2 in countries]
    frameworks = _frameworks_used(records, vocabulary)
    groups += [{lo.lang: lo.regional_page(f) for lo in layouts} for f in frameworks]
    ncsi_paths = [ncsi_pages.language_pages(lo.root, lo.lang) for lo in layouts]
    groups += [{lo.lang: list(paths)[i] for lo, paths in zip(layouts, ncsi_paths, strict=True)}
               for i in range(len(ncsi_paths[0]))]
    return groups
