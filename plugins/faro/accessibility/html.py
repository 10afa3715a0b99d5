"""The parsed page that every check reads.

One parse per page (selectolax, lexbor backend: a full HTML5 parser written in C)
and a few indexes built once, because the checks run on every page of every
build and must stay within a few milliseconds per page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from selectolax.lexbor import LexborHTMLParser, LexborNode

from faro.accessibility.data import STOP_WORDS, theme_partials

CONTENT_SELECTOR = "article, .md-content__inner"
_SPACE = re.compile(r"\s+")


def collapse_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class Issue:
    """A defect found on one element, before it is placed in a file.

    `needles` are strings likely to appear verbatim in the Markdown source (an
    image file name, a link target, heading text); the first one found gives the
    source line of a content defect.
    """

    rule_id: str
    node: LexborNode | None
    args: dict[str, object] = field(default_factory=dict)
    needles: tuple[str, ...] = ()
    authored: bool | None = None
    """Force the defect onto the Markdown source (True) or the theme (False);
    None decides by where the element sits."""
    occurrence: int = 1
    """Which of the source lines holding the needle is the defect's: a repeated heading
    or label is the second line that has its text."""


class Page:
    """A rendered page: the HTML tree plus the lookups the checks share."""

    def __init__(self, html: str, expected_lang: str | None = None,
                 languages: tuple[str, ...] | None = None) -> None:
        self.tree = LexborHTMLParser(html)
        self.html = html
        self._selected: dict[str, list[LexborNode]] = {}
        self.expected_lang = expected_lang
        # The site's languages, which passages are told apart among; a site of one
        # language is compared with the languages Faro has function words for.
        self.languages = tuple(languages) if languages and len(languages) > 1 else tuple(STOP_WORDS)

    def select(self, selector: str) -> list[LexborNode]:
        """Matches of a selector, computed once per page (checks only read the tree)."""
        found = self._selected.get(selector)
        if found is None:
            found = self._selected[selector] = self.tree.css(selector)
        return found

    def with_attributes(self, names: tuple[str, ...]) -> list[LexborNode]:
        """Elements with any of these attributes; names absent from the source cost nothing.

        A substring test on the HTML is far cheaper than matching a selector on every
        element, and most pages use none of the rarer ARIA attributes.
        """
        present = [name for name in names if f"{name}=" in self.html]
        return self.tree.css(", ".join(f"[{name}]" for name in present)) if present else []

    @cached_property
    def html_element(self) -> LexborNode | None:
        return self.tree.css_first("html")

    @cached_property
    def ids(self) -> dict[str, list[LexborNode]]:
        """Elements by id: duplicates and dangling ARIA references both need it."""
        by_id: dict[str, list[LexborNode]] = {}
        for node in self.tree.css("[id]"):
            by_id.setdefault(node.attributes.get("id") or "", []).append(node)
        return by_id

    @cached_property
    def labels_by_target(self) -> dict[str, list[LexborNode]]:
        labels: dict[str, list[LexborNode]] = {}
        for label in self.tree.css("label[for]"):
            labels.setdefault(label.attributes.get("for") or "", []).append(label)
        return labels

    @cached_property
    def content_root(self) -> LexborNode | None:
        return self.tree.css_first(CONTENT_SELECTOR)

    @cached_property
    def _hidden_ids(self) -> frozenset[int]:
        """Every element hidden by itself or an ancestor, found once instead of per query."""
        hidden: set[int] = set()
        for root in self.tree.css('[hidden], [aria-hidden="true" i]'):
            if root.mem_id in hidden:
                continue
            hidden.add(root.mem_id)
            hidden.update(node.mem_id for node in root.css("*"))
        return frozenset(hidden)

    def is_hidden(self, node: LexborNode) -> bool:
        """Hidden from assistive technology by the element or an ancestor."""
        return node.mem_id in self._hidden_ids

    def text_of_id(self, element_id: str) -> str:
        nodes = self.ids.get(element_id)
        return accessible_text(nodes[0]) if nodes else ""

    def is_content(self, node: LexborNode) -> bool:
        """True if the Markdown author wrote this element (it sits in the article)."""
        root = self.content_root
        if root is None:
            return False
        current: LexborNode | None = node
        while current is not None:
            if current.mem_id == root.mem_id:
                return True
            current = current.parent
        return False


def is_hidden(node: LexborNode) -> bool:
    """Hidden from assistive technology by the element or an ancestor."""
    current: LexborNode | None = node
    while current is not None and current.tag not in ("html", "-undef"):
        attrs = current.attributes
        if (attrs.get("aria-hidden") or "").strip().lower() == "true":
            return True
        if "hidden" in attrs:
            return True
        current = current.parent
    return False


def accessible_text(node: LexborNode) -> str:
    """Name from content: text plus the alt/aria-label of embedded images and icons."""
    text = collapse_space(node.text(deep=True, separator=" "))
    if text:
        return text
    parts = []
    for child in node.css("img[alt], [aria-label], svg title, input[type=image][alt]"):
        if is_hidden(child):
            continue
        if child.tag == "title":
            parts.append(child.text())
        else:
            parts.append(child.attributes.get("aria-label") or child.attributes.get("alt") or "")
    return collapse_space(" ".join(p for p in parts if p))


def name_from_aria(page: Page, node: LexborNode) -> str:
    """aria-labelledby, then aria-label: the two sources that override everything else."""
    attrs = node.attributes
    labelledby = attrs.get("aria-labelledby")
    if labelledby:
        text = collapse_space(" ".join(page.text_of_id(i) for i in labelledby.split()))
        if text:
            return text
    return collapse_space(attrs.get("aria-label") or "")


def selector_of(node: LexborNode) -> str:
    """A short CSS selector that names the element in reports and baselines."""
    attrs = node.attributes
    if attrs.get("id"):
        return f"{node.tag}#{attrs['id']}"
    classes = (attrs.get("class") or "").split()[:3]
    own = node.tag + "".join(f".{c}" for c in classes)
    if classes:
        return own
    parent = node.parent
    while parent is not None and parent.tag not in ("html", "-undef"):
        pattrs = parent.attributes
        if pattrs.get("id"):
            return f"{parent.tag}#{pattrs['id']} {own}"
        pclasses = (pattrs.get("class") or "").split()[:2]
        if pclasses:
            return parent.tag + "".join(f".{c}" for c in pclasses) + f" {own}"
        parent = parent.parent
    return own


def theme_template_of(node: LexborNode | None) -> str:
    """Best guess at the Material template that rendered a theme element."""
    current = node
    while current is not None and current.tag not in ("html", "-undef"):
        for name in (current.attributes.get("class") or "").split():
            if name in theme_partials.classes:
                return f"theme:{theme_partials.classes[name]}"
        current = current.parent
    return f"theme:{theme_partials.default}"
