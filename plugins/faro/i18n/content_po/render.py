"""A page in another language, put together from its source and its PO.

A reviewed translation replaces its segment; a fuzzy or empty one leaves the
source text, marked with the source's language (WCAG 3.1.2, language of
parts) so screen readers pronounce it right. Links to other pages go to
their translation when there is one, else to the notice that says the page
is not translated, which every language build generates.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass

from babel.messages.catalog import Catalog

from faro.i18n import alternates as alt
from faro.i18n.content_po.po_files import PATH_KIND, context
from faro.i18n.content_po.segments import FRONT_MATTER_FIELDS, Segment, SegmentedPage

# Segments that end up in an attribute (alt="…", title="…"): no element can mark their language.
_ATTRIBUTE_KINDS = {"alt", "image-title", "link-title"}
_LINK_TARGET = re.compile(r"(\]\()([^)\s]+)")
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


@dataclass(frozen=True)
class SegmentCounts:
    translated: int
    fuzzy: int
    untranslated: int

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def percent(self) -> int:
        """Translated share, rounded down: 100 only when nothing is left."""
        return 100 * self.translated // self.total if self.total else 100


def translations_by_key(catalog: Catalog) -> dict[tuple[str, str], str]:
    """(context, source) -> reviewed translation; fuzzy and empty entries are not used."""
    return {(m.context or "", m.id): m.string for m in catalog
            if m.id and isinstance(m.id, str) and m.string and not m.fuzzy}


def count_segments(catalog: Catalog) -> SegmentCounts:
    """The page's segments by state; the path entry is not a segment a reader sees."""
    translated = fuzzy = untranslated = 0
    for message in catalog:
        if not message.id or (message.context or "").endswith(":" + PATH_KIND):
            continue
        if not message.string:
            untranslated += 1
        elif message.fuzzy:
            fuzzy += 1
        else:
            translated += 1
    return SegmentCounts(translated, fuzzy, untranslated)


def target_path(catalog: Catalog, source_rel: str) -> str:
    """Where the page lives in the translation: the translated path entry, or the source's."""
    return translations_by_key(catalog).get((context(source_rel, PATH_KIND), source_rel), source_rel)


def rewrite_links(text: str, source_rel: str, target_rel: str, source_lang: str, lang: str,
                  pairs: dict, default: str) -> str:
    """Relative links to pages, re-aimed from the source's folder to the translation's."""
    source_dir = posixpath.dirname(source_rel)
    target_dir = posixpath.dirname(target_rel) or "."

    def aim(match: re.Match) -> str:
        url = match.group(2)
        if re.match(r"^[a-z][a-z0-9+.-]*:|^[#/]", url, re.I):
            return match.group(0)
        path, hash_, anchor = url.partition("#")
        page = posixpath.normpath(posixpath.join(source_dir, path))
        key = (source_lang, page)
        if not path.endswith(".md") or key not in pairs:
            return match.group(0)
        destination = pairs[key].get(lang)
        if destination is None:  # the notice page has none of the source's sections
            destination, hash_, anchor = alt.notice_rel_md(source_lang, page), "", ""
        return match.group(1) + posixpath.relpath(destination, target_dir) + hash_ + anchor

    return _LINK_TARGET.sub(aim, text)


def _fallback(segment: Segment, source_lang: str) -> str:
    if segment.kind in _ATTRIBUTE_KINDS:
        return segment.text
    return f'<span lang="{source_lang}">{segment.text}</span>'


def _front_matter(block: str, replacements: dict[str, str], extra: dict) -> str:
    """The source's YAML with the translated fields swapped in, types and order kept."""
    lines, out, skipping = block.splitlines(), [], False
    for line in lines:
        key = _TOP_KEY.match(line)
        if key:
            skipping = key.group(1) in replacements or key.group(1) in extra
            if skipping and key.group(1) in replacements:
                out.append(f"{key.group(1)}: {json.dumps(replacements[key.group(1)], ensure_ascii=False)}")
        if not skipping:
            out.append(line)
    out += [f"{name}: {json.dumps(value, ensure_ascii=False)}" for name, value in extra.items()]
    return "\n".join(out) + "\n"


def translated_page(segmented: SegmentedPage, front_matter: str, catalog: Catalog, *,
                    source_rel: str, target_rel: str, source_lang: str, lang: str, pairs: dict,
                    default: str, extra_meta: dict) -> tuple[str, int]:
    """The translated Markdown file (front matter and body), and how many segments fell back."""
    translated = translations_by_key(catalog)
    fallbacks = 0

    def text_of(segment: Segment) -> str:
        nonlocal fallbacks
        text = translated.get((context(source_rel, segment.kind), segment.text))
        if text is None:
            fallbacks += 1
            text = _fallback(segment, source_lang)
        return rewrite_links(text, source_rel, target_rel, source_lang, lang, pairs, default)

    body = segmented.render(text_of, literal=lambda piece: rewrite_links(
        piece, source_rel, target_rel, source_lang, lang, pairs, default) if piece.startswith("](")
        else piece)
    fields = {name: text_of(segment) for name, segment in segmented.front.items()
              if name in FRONT_MATTER_FIELDS}
    # A title or description falls back without a span: it is plain text, not Markdown.
    fields = {name: re.sub(r'^<span lang="[^"]+">(.*)</span>$', r"\1", value, flags=re.S)
              for name, value in fields.items()}
    return f"---\n{_front_matter(front_matter, fields, extra_meta)}---\n\n{body}", fallbacks
