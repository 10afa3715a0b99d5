"""Page-wide checks: bypass blocks (2.4.1), page title (2.4.2), zoom (1.4.4), refresh (2.2.1)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from faro.accessibility.html import Issue, Page, collapse_space, selector_of

_MAXIMUM_SCALE = re.compile(r"maximum-scale\s*=\s*([\d.]+)", re.IGNORECASE)
_USER_SCALABLE_NO = re.compile(r"user-scalable\s*=\s*(no|0)\b", re.IGNORECASE)
_MINIMUM_ZOOM = 2.0


def check_bypass(page: Page) -> Iterator[Issue]:
    """The first link of the page must jump to an existing id inside the page."""
    first_link = page.tree.css_first("body a[href]")
    href = (first_link.attributes.get("href") or "") if first_link is not None else ""
    if not href.startswith("#") or len(href) < 2:
        yield Issue("a11y.bypass", first_link)
        return
    if href[1:] not in page.ids:
        yield Issue("a11y.skip-link", first_link,
                    {"href": href, "selector": selector_of(first_link)})


def check_main_landmark(page: Page) -> Iterator[Issue]:
    if page.tree.css_first("main, [role=main]") is None:
        yield Issue("a11y.landmark-main", None)


def check_document_title(page: Page) -> Iterator[Issue]:
    title = page.tree.css_first("head title") or page.tree.css_first("title")
    if title is None or not collapse_space(title.text()):
        yield Issue("a11y.document-title", title, {}, ("title:",), authored=True)


def check_meta_viewport(page: Page) -> Iterator[Issue]:
    for meta in page.select('meta[name="viewport" i]'):
        content = meta.attributes.get("content") or ""
        maximum = _MAXIMUM_SCALE.search(content)
        too_small = False
        if maximum:
            try:
                too_small = float(maximum.group(1)) < _MINIMUM_ZOOM
            except ValueError:
                too_small = False
        if too_small or _USER_SCALABLE_NO.search(content):
            yield Issue("a11y.meta-viewport", meta, {"content": content})


def check_meta_refresh(page: Page) -> Iterator[Issue]:
    for meta in page.select('meta[http-equiv="refresh" i]'):
        yield Issue("a11y.meta-refresh", meta, {"content": meta.attributes.get("content") or ""})
