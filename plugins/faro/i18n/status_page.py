"""What the translators' status page and the outdated-translation notice show.

The data is computed here; the wording lives in templates and catalogs, so
both are in the reader's language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from faro.i18n import alternates as alt
from faro.i18n.catalogs import CatalogCounts
from faro.i18n.status import PageStatus, State

STATUS_PAGE = "translations-status.md"
STATUS_DIR = "translations-status"  # the parts: translations-status/<section>-<n>.md
STATUS_TEMPLATE = "faro-translations-status.html"
# Rows on one part of the report: no generated page grows with the size of the site.
ROWS_PER_PART = 50
ROOT_SECTION = "_"  # pages at the top of the content folder


def status_page_source(title: str, part: str | None = None) -> str:
    """The generated page: a heading (Material's skip link targets it); the template draws the tables."""
    return (
        "---\n"
        f"title: {json.dumps(title, ensure_ascii=False)}\n"
        f"template: {STATUS_TEMPLATE}\n"
        "search:\n  exclude: true\n"
        "faro_notice: status\n"
        + (f"faro_status_part: {json.dumps(part)}\n" if part else "")
        + "---\n\n"
        f"# {title}\n"
    )


def is_status_page(rel: str) -> bool:
    return rel == STATUS_PAGE or rel.startswith(STATUS_DIR + "/")


@dataclass(frozen=True)
class StatusPart:
    """One page of the report: up to `ROWS_PER_PART` rows of one section."""

    rel: str            # translations-status/guias-2.md
    section: str
    number: int
    count: int          # parts in this section
    rows: list[dict]
    previous: str | None = None  # links from this part's folder: guias-1.html
    next: str | None = None


def section_of(source_path: str) -> str:
    return source_path.split("/", 1)[0] if "/" in source_path else ROOT_SECTION


def _part_rel(section: str, number: int) -> str:
    return f"{STATUS_DIR}/{'root' if section == ROOT_SECTION else section}-{number}.md"


def _sibling(section: str, number: int) -> str:
    return alt.html_path(_part_rel(section, number)).split("/", 1)[1]


def status_parts(rows: list[dict]) -> list[StatusPart]:
    """The rows, by section of their source page, cut into parts that link to each other."""
    by_section: dict[str, list[dict]] = {}
    for row in rows:
        by_section.setdefault(row["section"], []).append(row)
    parts = []
    for section, section_rows in sorted(by_section.items()):
        chunks = [section_rows[i:i + ROWS_PER_PART] for i in range(0, len(section_rows), ROWS_PER_PART)]
        for number, chunk in enumerate(chunks, start=1):
            parts.append(StatusPart(
                _part_rel(section, number), section, number, len(chunks), chunk,
                _sibling(section, number - 1) if number > 1 else None,
                _sibling(section, number + 1) if number < len(chunks) else None))
    return parts


def section_rows(parts: list[StatusPart]) -> list[dict]:
    """The summary's table: one row per section, linking its first part."""
    sections: dict[str, dict] = {}
    for part in parts:
        entry = sections.setdefault(part.section, {"section": part.section,
                                                   "url": alt.html_path(part.rel), "rows": 0})
        entry["rows"] += len(part.rows)
    return list(sections.values())


def _link(from_site: str, lang: str, rel: str, content_dir: str, default: str) -> dict:
    return {
        "file": f"{content_dir}/{lang}/{rel}",
        "url": alt.relative_url(from_site, alt.site_path(lang, rel, default)),
        "lang": lang,
    }


def status_rows(statuses: list[PageStatus], here_lang: str, content_dir: str, default: str) -> list[dict]:
    """One row per page and language that needs a translator, with links relative to a
    part of the report. Current pages are only counted (`faro translations status` lists
    every page)."""
    here = alt.site_path(here_lang, alt.html_path(_part_rel(ROOT_SECTION, 1)), default)
    rows = []
    for status in statuses:
        if status.state is State.CURRENT:
            continue
        rows.append({
            "state": str(status.state),
            "lang": status.lang,
            "translation": (_link(here, status.lang, status.path, content_dir, default)
                            if status.path and status.state is not State.MISSING else None),
            "source": (None if status.state is State.ORPHAN
                       else _link(here, status.source_lang, status.source_path, content_dir, default)),
            "source_file": f"{content_dir}/{status.source_lang}/{status.source_path}",
            "section": section_of(status.source_path),
            "sort": (status.source_path, status.lang),
        })
    return rows


def po_rows(po_pages: list, here_lang: str, content_dir: str, default: str) -> list[dict]:
    """One row per PO-backed page: its segments by state, its page and its PO file."""
    here = alt.site_path(here_lang, alt.html_path(_part_rel(ROOT_SECTION, 1)), default)
    rows = []
    for page in po_pages:
        counts = page.counts
        rows.append({
            "state": "po", "lang": page.lang, "po_file": page.po_display,
            "translation": _link(here, page.lang, page.target_rel, content_dir, default) | {
                "file": page.po_display},
            "source": _link(here, page.source.lang, page.source.rel_path, content_dir, default),
            "source_file": f"{content_dir}/{page.source.lang}/{page.source.rel_path}",
            "segments": {"translated": counts.translated, "fuzzy": counts.fuzzy,
                         "untranslated": counts.untranslated, "percent": counts.percent},
            "section": section_of(page.source.rel_path),
            "sort": (page.source.rel_path, page.lang),
        })
    return rows


def po_totals(po_pages: list) -> dict[str, int]:
    return {"pages": len(po_pages),
            "translated": sum(p.counts.translated for p in po_pages),
            "fuzzy": sum(p.counts.fuzzy for p in po_pages),
            "untranslated": sum(p.counts.untranslated for p in po_pages)}


def state_counts(statuses: list[PageStatus]) -> dict[str, int]:
    return {str(state): sum(1 for s in statuses if s.state is state) for state in State}


def catalog_rows(counts: list[CatalogCounts], messages_language: str) -> list[dict]:
    """The catalogs; the one in the language the messages are written in is the source,
    not a translation with nothing translated."""
    return [{"lang": c.lang, "source": c.lang == messages_language, "translated": c.translated,
             "fuzzy": c.fuzzy, "untranslated": c.untranslated,
             "messages": c.translated + c.fuzzy + c.untranslated} for c in counts]


def outdated_notices(statuses: list[PageStatus], lang: str, default: str) -> dict[str, dict]:
    """For each outdated translation in `lang` (by path), where its reader finds the current
    source. Built once per build, so each page's lookup is constant time."""
    notices = {}
    for status in statuses:
        if status.lang == lang and status.path and status.state is State.OUTDATED:
            here = alt.site_path(lang, status.path, default)
            target = alt.site_path(status.source_lang, status.source_path, default)
            notices[status.path] = {"source_lang": status.source_lang,
                                    "source_url": alt.relative_url(here, target)}
    return notices


def partial_notices(po_pages: list, lang: str, default: str) -> dict[str, dict]:
    """For each PO-backed page in `lang` with segments still in the source language, by path:
    how many, and where the reader finds the whole source page."""
    notices = {}
    for po_page in po_pages:
        if po_page.lang == lang and po_page.fallbacks:
            here = alt.site_path(lang, po_page.target_rel, default)
            source = alt.site_path(po_page.source.lang, po_page.source.rel_path, default)
            notices[po_page.target_rel] = {"source_lang": po_page.source.lang,
                                           "source_url": alt.relative_url(here, source),
                                           "count": po_page.fallbacks}
    return notices
