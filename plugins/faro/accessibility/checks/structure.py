"""WCAG 1.3.1 Info and relationships: headings, tables and lists say what they are."""

from __future__ import annotations

from collections.abc import Iterator

from faro.accessibility.html import Issue, Page, accessible_text, selector_of

_HEADINGS = "h1, h2, h3, h4, h5, h6"
_LIST_PARENTS = {"ul", "ol", "menu"}
_LIST_CHILDREN_ALLOWED = {"li", "script", "template"}
_PRESENTATIONAL = {"presentation", "none"}


def _heading_needles(text: str, level: int) -> tuple[str, ...]:
    return (f"{'#' * level} {text}", text) if text else ("#" * level,)


def check_headings(page: Page) -> Iterator[Issue]:
    """One h1, no skipped levels going down, no empty heading (1.3.1, 2.4.6) and no two
    sections of one parent with the same title (2.4.6)."""
    headings = [(h, int(h.tag[1]), _heading_text(h))
                for h in page.select(_HEADINGS) if not page.is_hidden(h)]
    top_level = [(h, text) for h, level, text in headings if level == 1]
    if len(top_level) != 1:
        extra, text = top_level[1] if len(top_level) > 1 else (None, "")
        yield Issue("a11y.heading-one", extra, {"count": len(top_level)},
                    _heading_needles(text, 1) if extra is not None else (), authored=True)
    previous = 0
    for heading, level, text in headings:
        if not text:
            yield Issue("a11y.empty-heading", heading, {"selector": selector_of(heading)},
                        _heading_needles("", level))
        if previous and level > previous + 1:
            yield Issue("a11y.heading-order", heading,
                        {"text": text, "level": level, "previous": previous},
                        _heading_needles(text, level))
        previous = level
    yield from _duplicate_headings(headings)


def _duplicate_headings(headings) -> Iterator[Issue]:
    """Two sections of one parent with the same title cannot be told apart."""
    seen: dict[tuple[int, int, str], int] = {}
    parents: list[int] = [0] * 7  # position of the last heading of each level
    for position, (heading, level, text) in enumerate(headings, start=1):
        parents[level] = position
        for deeper in range(level + 1, 7):
            parents[deeper] = 0
        if not text:
            continue
        key = (max(parents[:level]), level, " ".join(text.casefold().split()))
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            yield Issue("a11y.duplicate-heading", heading,
                        {"text": text, "level": level}, _heading_needles(text, level),
                        occurrence=seen[key])


def _heading_text(heading) -> str:
    """Heading text without Markdown's permalink anchor, which is not part of the heading."""
    text = accessible_text(heading)
    for anchor in heading.css("a.headerlink"):
        text = text.replace(accessible_text(anchor), "").strip()
    return text


def check_table_headers(page: Page) -> Iterator[Issue]:
    for table in page.select("table"):
        if (table.attributes.get("role") or "").strip().lower() in _PRESENTATIONAL:
            continue
        if _is_code_layout(table):
            continue
        has_header = table.css_first("th, [role=columnheader], [role=rowheader]") is not None
        first_cell = table.css_first("td")
        if not has_header and first_cell is not None:
            yield Issue("a11y.table-headers", table, {"selector": selector_of(table)},
                        (accessible_text(first_cell),))


def _is_code_layout(table) -> bool:
    """Pygments line numbers use a two-cell layout table (class highlighttable)."""
    return "highlighttable" in (table.attributes.get("class") or "").split()


def check_lists(page: Page) -> Iterator[Issue]:
    for item in page.select("li"):
        parent = item.parent
        parent_role = (parent.attributes.get("role") or "").strip().lower() if parent else ""
        if parent is None or parent_role == "list":
            continue
        if parent.tag in _LIST_PARENTS and parent_role in ("", *_PRESENTATIONAL):
            continue
        yield Issue("a11y.listitem", item, {"selector": selector_of(item)},
                    (accessible_text(item)[:60],))
    for listing in page.select("ul, ol"):
        if (listing.attributes.get("role") or "").strip().lower() in _PRESENTATIONAL:
            continue
        if (listing.attributes.get("role") or "").strip():
            continue  # a list given another role is judged by the ARIA checks
        for child in listing.iter(include_text=False):
            child_role = (child.attributes.get("role") or "").strip().lower()
            if child.tag not in _LIST_CHILDREN_ALLOWED or child_role not in ("", "listitem"):
                yield Issue("a11y.list", listing,
                            {"selector": selector_of(listing), "child": child.tag},
                            (accessible_text(child)[:60],))
                break
    for term in page.select("dt, dd"):
        parent = term.parent
        if parent is None:
            continue
        if parent.tag == "dl" or (parent.tag == "div" and parent.parent is not None
                                  and parent.parent.tag == "dl"):
            continue
        yield Issue("a11y.dlitem", term, {"selector": selector_of(term)},
                    (accessible_text(term)[:60],))

