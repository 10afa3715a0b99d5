"""Format checks on a translated segment, like Babel's checks on placeholders.

A translation must keep its source's links, images, inline code and emphasis:
a dropped link hides a source, a translated URL breaks, a lost `**` changes
what the reader is told to do first. Words may move; markup may not change.
"""

from __future__ import annotations

import re
from collections import Counter

from babel.messages.catalog import Catalog

from faro.findings import Finding
from faro.i18n.content_po.po_files import PATH_KIND

_CODE = re.compile(r"(`+)(.+?)\1")
_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")
_LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_STRONG = re.compile(r"\*\*|__")
_EMPHASIS = re.compile(r"(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")


def markup(text: str) -> dict[str, Counter]:
    """What a segment's markup is made of; order is free, counts are not."""
    code = [m.group(2).strip() for m in _CODE.finditer(text)]
    rest = _CODE.sub(" ", text)
    images = _IMAGE.findall(rest)
    links = _LINK.findall(rest) + _AUTOLINK.findall(rest)
    words = _AUTOLINK.sub(" ", re.sub(r"\]\([^)]*\)", "]", rest))
    strong = len(_STRONG.findall(words))
    emphasis = len(_EMPHASIS.findall(_STRONG.sub(" ", words)))
    return {"links": Counter(links), "images": Counter(images), "code": Counter(code),
            "strong": Counter({"**": strong}), "emphasis": Counter({"*": emphasis})}


def markup_problem(source: str, translation: str) -> str | None:
    expected, found = markup(source), markup(translation)
    problems = []
    for name in expected:
        if expected[name] != found[name]:
            missing = sorted((expected[name] - found[name]).elements())
            extra = sorted((found[name] - expected[name]).elements())
            detail = ", ".join([f"missing {item}" for item in missing] + [f"extra {item}" for item in extra])
            problems.append(f"{name} ({detail})")
    return "; ".join(problems) or None


def markup_findings(catalog: Catalog, display: str) -> list[Finding]:
    """One finding per reviewed translation whose markup differs from its source."""
    findings = []
    for message in catalog:
        if not message.id or not message.string or message.fuzzy or not isinstance(message.id, str):
            continue
        if (message.context or "").endswith(":" + PATH_KIND):
            continue
        problem = markup_problem(message.id, message.string)
        if problem:
            findings.append(Finding("i18n.segment-markup", display, message.lineno, 1,
                                    {"msgid": message.id[:60], "problem": problem}))
    return findings
