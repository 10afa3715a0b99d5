"""Is each translation current? One state per page and language.

- `current`: the translation is pinned to the hash of its source as it is now;
- `outdated`: the source changed since the pin (or the translation was never pinned);
- `missing`: a source page has no translation in a language;
- `orphan`: a translation names a source page that no longer exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from faro.content.pages import SourcePage
from faro.content.translations import PageKey, pair_translations, translation_source
from faro.findings import Finding, Severity
from faro.i18n.content_po.pages import is_virtual


class State(StrEnum):
    CURRENT = "current"
    OUTDATED = "outdated"
    MISSING = "missing"
    ORPHAN = "orphan"


@dataclass(frozen=True)
class PageStatus:
    lang: str                # language of the translation (the one lacking it, when missing)
    path: str | None         # path inside content/<lang>/; None when missing
    source_lang: str
    source_path: str         # path inside content/<source_lang>/
    state: State
    pinned_hash: str | None = None


def pinned_hash(page: SourcePage) -> str | None:
    link = page.meta.get("translation_of")
    value = link.get("hash") if isinstance(link, dict) else None
    return str(value) if value else None


def _source_of(page: SourcePage, pairs: dict, by_key: dict, default: str) -> PageKey | None:
    """The explicit `translation_of`, or the default-language page at the same path."""
    explicit = translation_source(page)
    if explicit or page.lang == default:
        return explicit
    same_path = (default, page.rel_path)
    partner = by_key.get(same_path)
    if partner and translation_source(partner) is None and \
            pairs.get((page.lang, page.rel_path), {}).get(default) == page.rel_path:
        return same_path
    return None


def translation_status(pages: list[SourcePage], languages: list[str], default: str) -> list[PageStatus]:
    """Every translation's state, and every missing translation, in a stable order."""
    by_key = {(p.lang, p.rel_path): p for p in pages}
    pairs = pair_translations(pages, languages)
    results = []
    for page in pages:
        if is_virtual(page):
            continue  # a PO-backed page is counted by segments (`content_po`), not pinned by hash
        source_key = _source_of(page, pairs, by_key, default)
        if source_key is None:
            for lang in languages:
                if lang != page.lang and not pairs[(page.lang, page.rel_path)].get(lang):
                    results.append(PageStatus(lang, None, page.lang, page.rel_path, State.MISSING))
            continue
        pin = pinned_hash(page)
        source = by_key.get(source_key)
        if source is None:
            state = State.ORPHAN
        else:
            state = State.CURRENT if pin == source.pin else State.OUTDATED
        results.append(PageStatus(page.lang, page.rel_path, *source_key, state, pin))
    return sorted(results, key=lambda s: (s.source_lang, s.source_path, s.lang, s.path or ""))


def status_findings(statuses: list[PageStatus], content_dir: str, fail_on: list[str]) -> list[Finding]:
    """Findings for pages not `current`; the states in `fail_on` are errors."""
    findings = []
    for status in statuses:
        if status.state is State.CURRENT:
            continue
        severity = Severity.ERROR if status.state in fail_on else None
        source = f"{content_dir}/{status.source_lang}/{status.source_path}"
        if status.state is State.MISSING:
            findings.append(Finding("i18n.translation-missing", source, None, None,
                                    {"lang": status.lang}, severity))
        else:
            path = f"{content_dir}/{status.lang}/{status.path}"
            findings.append(Finding(f"i18n.translation-{status.state}", path, None, None,
                                    {"source": source}, severity))
    return findings
