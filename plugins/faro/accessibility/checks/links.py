"""WCAG 2.4.4 Link purpose: every link has a name that says where it leads."""

from __future__ import annotations

import string
from collections.abc import Iterator

from faro.accessibility.data import GENERIC_LINK_TEXT
from faro.accessibility.html import (
    Issue,
    Page,
    accessible_text,
    name_from_aria,
    selector_of,
)

_TRIM = string.punctuation + "¡¿«»“”‘’…→←·• \u00a0"
_ALL_GENERIC = frozenset().union(*GENERIC_LINK_TEXT.values())


def link_name(page: Page, link) -> str:
    return (name_from_aria(page, link) or accessible_text(link)
            or (link.attributes.get("title") or "").strip())


def _normalise_href(href: str) -> str:
    """One spelling per destination: `a/`, `a/index.html` and `a` lead to the same page."""
    href = href.strip()
    for suffix in ("index.html", "index.htm"):
        href = href.removesuffix(suffix)
    return href.removeprefix("./").rstrip("/") or "."


def check_link_names(page: Page) -> Iterator[Issue]:
    for link in page.select("a[href]"):
        if page.is_hidden(link) or link_name(page, link):
            continue
        href = link.attributes.get("href") or ""
        yield Issue("a11y.link-name", link, {"selector": selector_of(link), "href": href},
                    (f"]({href})", href))


def check_link_text(page: Page) -> Iterator[Issue]:
    """Generic texts anywhere; one text for two destinations only in the author's content.

    The theme repeats titles on purpose in separate landmarks (navigation, table of
    contents), so the ambiguity check is limited to the article; in-page links are
    left out because permalinks and footnote back-links share one symbol by design.
    """
    content = page.content_root
    content_ids = {n.mem_id for n in content.css("a[href]")} if content is not None else set()
    first_target: dict[str, str] = {}
    for link in page.select("a[href]"):
        if page.is_hidden(link):
            continue
        text = link_name(page, link)
        key = text.lower().strip(_TRIM)
        if not key:
            continue
        href = link.attributes.get("href") or ""
        if key in _ALL_GENERIC:
            yield Issue("a11y.link-text-generic", link, {"text": text},
                        (f"[{text}]({href})", f"[{text}]", text))
        if link.mem_id not in content_ids or href.startswith("#"):
            continue
        target = _normalise_href(href)
        seen = first_target.setdefault(key, target)
        if seen != target:
            yield Issue("a11y.link-text-ambiguous", link,
                        {"text": text, "href": seen, "other": target},
                        (f"[{text}]({href})", href))
