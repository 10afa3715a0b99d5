"""What the translators' status page and the outdated-translation notice show.

The data is computed here; the wording lives in templates and catalogs, so
both are in the reader's language.
"""

from __future__ import annotations

import json

from faro.i18n import alternates as alt
from faro.i18n.catalogs import CatalogCounts
from faro.i18n.status import PageStatus, State

STATUS_PAGE = "translations-status.md"
STATUS_TEMPLATE = "faro-translations-status.html"


def status_page_source(title: str) -> str:
    """The generated page: a heading (Material's skip link targets it); the template draws the tables."""
    return (
        "---\n"
        f"title: {json.dumps(title, ensure_ascii=False)}\n"
        f"template: {STATUS_TEMPLATE}\n"
        "search:\n  exclude: true\n"
        "faro_notice: status\n"
        "---\n\n"
        f"# {title}\n"
    )


def _link(from_site: str, lang: str, rel: str, content_dir: str, default: str) -> dict:
    return {
        "file": f"{content_dir}/{lang}/{rel}",
        "url": alt.relative_url(from_site, alt.site_path(lang, rel, default)),
        "lang": lang,
    }


def status_rows(statuses: list[PageStatus], here_lang: str, content_dir: str, default: str) -> list[dict]:
    """One row per page and language that needs a translator, with links relative to this
    language's status page. Current pages are only counted: the page must not grow with
    the site (`faro translations status` lists every page)."""
    here = alt.site_path(here_lang, alt.html_path(STATUS_PAGE), default)
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
        })
    return rows


def state_counts(statuses: list[PageStatus]) -> dict[str, int]:
    return {str(state): sum(1 for s in statuses if s.state is state) for state in State}


def catalog_rows(counts: list[CatalogCounts]) -> list[dict]:
    return [{"lang": c.lang, "translated": c.translated, "fuzzy": c.fuzzy,
             "untranslated": c.untranslated} for c in counts]


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
