"""WCAG 3.1.1 Language of page and 3.1.2 Language of parts."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from babel import Locale

from faro.accessibility.html import Issue, Page, collapse_space, selector_of
from faro.accessibility.language_detect import foreign_passages, may_hold_other_language

# RFC 5646 "langtag" production without grandfathered tags: language, script,
# region, variants, extensions, private use.
_LANGTAG = re.compile(
    r"^(?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})"
    r"(?:-[a-z]{4})?"
    r"(?:-(?:[a-z]{2}|\d{3}))?"
    r"(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*"
    r"(?:-[\da-wyz](?:-[a-z\d]{2,8})+)*"
    r"(?:-x(?:-[a-z\d]{1,8})+)?$",
    re.IGNORECASE,
)
_EXCERPT_WORDS = 8


@cache
def known_primary_languages() -> frozenset[str]:
    """Language subtags CLDR (through Babel) has a name for: a typo like 'sp' is not one."""
    return frozenset(code for code in Locale("en").languages if "_" not in code)


def is_valid_language_tag(tag: str) -> bool:
    match = _LANGTAG.match(tag.strip())
    if not match:
        return False
    primary = match.group("language").split("-")[0].lower()
    return primary in known_primary_languages()


def primary_subtag(tag: str) -> str:
    return tag.strip().split("-")[0].split("_")[0].lower()


def check_page_language(page: Page) -> Iterator[Issue]:
    root = page.html_element
    lang = (root.attributes.get("lang") or "").strip() if root is not None else ""
    if not lang:
        yield Issue("a11y.html-has-lang", root)
        return
    if not is_valid_language_tag(lang):
        yield Issue("a11y.html-lang-valid", root, {"lang": lang})
        return
    expected = page.expected_lang
    if expected and primary_subtag(lang) != primary_subtag(expected):
        yield Issue("a11y.html-lang-mismatch", root, {"lang": lang, "expected": expected})


def check_element_languages(page: Page) -> Iterator[Issue]:
    for node in page.select("body [lang], body[lang]"):
        lang = node.attributes.get("lang") or ""
        if lang.strip() and not is_valid_language_tag(lang):
            yield Issue("a11y.valid-lang", node, {"selector": selector_of(node), "lang": lang},
                        (f"lang={lang}", f'lang="{lang}"', lang))


def _marked_below_root(node) -> bool:
    """True if an element between the block and <html> declares a language."""
    current = node
    while current is not None and current.tag not in ("html", "-undef"):
        if current.attributes.get("lang"):
            return True
        current = current.parent
    return False


_NOT_LANGUAGE = "code, kbd, samp, pre, var"
_BLOCKS = "p, li, dd, dt, td, th, figcaption, blockquote, caption"
_HAS_INNER_BLOCK = "p, li, dd, td, th, blockquote, ul, ol, dl, table, div"


def _has_inner_block(block) -> bool:
    """A block inside this one (selectolax's css() also matches the node itself)."""
    return any(node.mem_id != block.mem_id for node in block.css(_HAS_INNER_BLOCK))


def _prose_text(block) -> str:
    """Text of a block without code (no human language) and parts already marked with lang."""
    if block.css_first(f"{_NOT_LANGUAGE}, [lang]") is not None:
        block = block.clone()
        for node in block.css(f"{_NOT_LANGUAGE}, [lang]"):
            node.decompose()
    return collapse_space(block.text(deep=True, separator=" "))


def check_language_of_parts(page: Page) -> Iterator[Issue]:
    """Sentences and passages in another site language must say so with lang."""
    content = page.content_root
    root = page.html_element
    page_lang = primary_subtag(root.attributes.get("lang") or "") if root is not None else ""
    languages = tuple(primary_subtag(lang) for lang in page.languages)
    if content is None or page_lang not in languages:
        return  # a page in no site language (or an invalid one) has other findings
    if not may_hold_other_language(content.text(deep=True, separator=" "), page_lang, languages):
        return
    for block in content.css(_BLOCKS):
        if block.tag != "p" and _has_inner_block(block):
            continue  # its paragraphs and items are read one by one
        if _marked_below_root(block):
            continue
        for passage, detection in foreign_passages(_prose_text(block), page_lang, languages):
            words = passage.split()
            excerpt = " ".join(words[:_EXCERPT_WORDS])
            yield Issue("a11y.language-of-parts", block,
                        {"excerpt": excerpt, "detected": detection.language,
                         "confidence": f"{detection.confidence:.2f}"},
                        (excerpt, " ".join(words[:4]), " ".join(words[:2])))
