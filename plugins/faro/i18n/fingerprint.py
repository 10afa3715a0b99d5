"""What a translation was made from: hashes of a source page's normalised text.

A translation is pinned to a hash of its source. Edits that do not change what a
translator has to translate (reflowed lines, a new link target, emphasis, list
bullet style, comments) must leave the hash alone, so the text is normalised
first. Hashing paragraph by paragraph also tells which paragraphs changed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from faro.content.front_matter import split_front_matter

HASH_LENGTH = 12
TRANSLATED_META_KEYS = ("title", "description")

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S.*$", re.M)
_INLINE_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_REFERENCE_LINK = re.compile(r"\[([^\]]*)\]\[[^\]]*\]")
_LIST_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M)
_EMPHASIS = re.compile(r"\*+|~~|(?<!\w)_+|_+(?!\w)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Paragraph:
    line: int   # 1-based line in the Markdown file where the paragraph starts
    text: str   # as written
    digest: str  # hash of the normalised text


def normalise(markdown: str) -> str:
    """The words a translator translates, without link targets, emphasis or layout."""
    text = _COMMENT.sub("", markdown)
    text = _REFERENCE_DEFINITION.sub("", text)
    text = _INLINE_LINK.sub(r"[\1]", text)
    text = _REFERENCE_LINK.sub(r"[\1]", text)
    text = _LIST_MARKER.sub("", text)
    text = _EMPHASIS.sub("", text)
    return _WHITESPACE.sub(" ", text).strip()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def paragraphs(text: str) -> list[Paragraph]:
    """The translatable paragraphs of a Markdown file, front-matter title first."""
    return page_paragraphs(*split_front_matter(text))


def page_paragraphs(meta: dict, body: str, body_line: int) -> list[Paragraph]:
    """The same, from a page whose front matter is already parsed."""
    result = [Paragraph(1, f"{key}: {meta[key]}", _digest(f"{key}: {normalise(str(meta[key]))}"))
              for key in TRANSLATED_META_KEYS if meta.get(key)]
    offset = 0
    for block in _BLANK_LINE.split(body):
        start = body.index(block, offset)
        offset = start + len(block)
        normalised = normalise(block)
        if normalised:
            leading = len(block) - len(block.lstrip("\n"))
            line = body_line + body.count("\n", 0, start) + leading
            result.append(Paragraph(line, block.strip(), _digest(normalised)))
    return result


def source_hash(text: str) -> str:
    """The pin of a source page: one hash over its paragraphs, in order."""
    return pin_of(paragraphs(text))


def pin_of(parts: list[Paragraph]) -> str:
    return _digest("\n".join(p.digest for p in parts))
