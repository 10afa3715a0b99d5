"""Checks on what a page cites: each source against the publisher registry, and
each claim that ages (phone numbers, hours, figures, laws, names of services)
against its source and the date it was last checked.

A source on a domain the registry does not know is a warning on any page and an
error in a guide (a guide tells people what to do); a look-alike of an official
domain is always an error, in the front matter or in a link in the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from faro.cache import make_key, open_cache
from faro.content.review import next_review
from faro.content.schema import key_lines
from faro.findings import Finding, Severity
from faro.sources.registry import Registry, claim_kinds, load_registry

_LINK = re.compile(r"https?://[^\s)>\]\"']+")


@dataclass(frozen=True)
class Claim:
    text: str
    kind: str
    source: str
    checked: dt.date | None

    def due(self) -> dt.date | None:
        months = claim_kinds().get(self.kind, {}).get("months")
        return next_review(self.checked, months) if self.checked and months else None


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def claims_of(meta: dict) -> list[Claim]:
    return [Claim(str(c.get("text", "")), str(c.get("kind", "")), str(c.get("source", "")),
                  _date(c.get("checked")))
            for c in meta.get("claims") or [] if isinstance(c, dict)]


def check_sources(meta: dict, front_matter: str, body: str, body_line: int, path: str,
                  registry: Registry) -> list[Finding]:
    """Findings on the sources listed in the front matter and the links in the text."""
    sources = [s for s in meta.get("sources") or [] if isinstance(s, dict)]
    if not sources and "http" not in body:
        return []
    lines = key_lines(front_matter)
    in_guide = meta.get("type") == "guide"
    findings = []
    for index, source in enumerate(sources):
        url, stated = str(source.get("url", "")), source.get("publisher")
        line = lines.get(("sources", index, "url"), lines.get(("sources", index), 1))
        match = registry.classify(url)
        if stated is not None and registry.get(str(stated)) is None:
            findings.append(Finding("sources.unknown-publisher",
                                    path, lines.get(("sources", index, "publisher"), line), 1,
                                    {"publisher": stated}))
        if match.status == "lookalike":
            findings.append(Finding("sources.lookalike-domain", path, line, 1, {
                "host": match.host, "publisher": match.publisher.name,
                "official": ", ".join(match.publisher.domains)}))
        elif match.status in ("unknown", "invalid"):
            findings.append(Finding("sources.unregistered-domain", path, line, 1, {"host": match.host or url},
                                    severity=Severity.ERROR if in_guide else None))
        elif stated is not None and registry.get(str(stated)) and match.publisher.id != stated:
            findings.append(Finding("sources.publisher-mismatch", path, line, 1, {
                "host": match.host, "stated": registry.get(str(stated)).name,
                "owner": match.publisher.name}))
    for number, text in enumerate(body.splitlines(), start=body_line):
        for link in _LINK.finditer(text):
            match = registry.classify(link.group(0))
            if match.status == "lookalike":
                findings.append(Finding("sources.lookalike-domain", path, number, link.start() + 1, {
                    "host": match.host, "publisher": match.publisher.name,
                    "official": ", ".join(match.publisher.domains)}))
    cited = {str(s.get("url", "")) for s in sources}
    for index, claim in enumerate(claims_of(meta)):
        if claim.source not in cited:
            findings.append(Finding("sources.claim-without-source", path,
                                    lines.get(("claims", index, "source"),
                                              lines.get(("claims", index), 1)), 1,
                                    {"claim": claim.text}))
    return findings


def check_review(meta: dict, front_matter: str, path: str, today: dt.date) -> list[Finding]:
    """A page past its review date; a claim checked longer ago than its kind allows."""
    findings = []
    lines = key_lines(front_matter) if meta.get("claims") or meta.get("last_reviewed") else {}
    due = next_review(meta.get("last_reviewed"), meta.get("review_interval_months"))
    if due and due < today:
        findings.append(Finding("review.page-overdue", path, lines.get(("last_reviewed",), 1), 1,
                                {"last": str(meta.get("last_reviewed")), "due": due.isoformat()}))
    kinds = claim_kinds()
    for index, claim in enumerate(claims_of(meta)):
        line = lines.get(("claims", index), 1)
        if claim.kind not in kinds:
            continue  # the schema names the allowed kinds
        claim_due = claim.due()
        if claim_due and claim_due < today:
            findings.append(Finding("review.claim-stale", path, line, 1, {
                "claim": claim.text, "checked": claim.checked.isoformat(), "due": claim_due.isoformat(),
                "months": kinds[claim.kind]["months"]}))
    return findings


def check_pages(pages: list, root: Path, now: dt.date) -> list[Finding]:
    """Every page's sources and review dates, as (page, path shown) pairs; an unchanged
    page's findings are kept between runs of the same day (the registry is package
    data, so Faro's code keys it)."""
    registry, findings = None, []
    store = open_cache(root, "sources-checks")
    for page, shown in pages:
        key = make_key(shown, now.isoformat(), page.text)
        found = store.get(key)
        if found is None:
            registry = registry or load_registry()
            found = check_sources(page.meta, page.front_matter, page.body, page.body_line, shown, registry)
            found += check_review(page.meta, page.front_matter, shown, now)
            store.put(key, found)
        findings += found
    if store.hits != len(pages) or len(store.entries) != len(store.used):
        store.save()
    return findings
