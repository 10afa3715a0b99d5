"""Component markup a writer can get wrong, found in the Markdown source with its line.

The extension leaves a mistaken component as written (a `{.faro-steps}` heading
with no numbered list after it, `!!! faro-warn`), so the page still renders;
these findings say what went wrong and where, before a reader sees it.
"""

from __future__ import annotations

import re

from faro.components.extension import ADMONITIONS, HEADING_COMPONENTS
from faro.findings import Finding

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_HEADING = re.compile(r"^#{1,6}\s.*\{[^}]*?\.(?P<kind>faro-[\w-]+)\b[^}]*\}\s*$")
_ADMONITION = re.compile(r"^(?P<indent>\s*)(?:!!!|\?\?\?\+?)\s+(?:[\w-]+\s+)*?(?P<kind>faro-[\w-]+)")
_ORDERED = re.compile(r"^\d{1,9}[.)]\s")
_BULLET = re.compile(r"^[*+-]\s")
# What must follow each heading component: a numbered list, or any list.
_LIST_START = {"ol": (_ORDERED,), "ul": (_BULLET,)}


def _next_content(lines: list[str], index: int) -> str:
    for line in lines[index + 1:]:
        if line.strip():
            return line
    return ""


def component_findings(body: str, display: str, first_line: int = 1) -> list[Finding]:
    findings = []
    lines = body.splitlines()
    fence = None
    for index, line in enumerate(lines):
        number = first_line + index
        opening = _FENCE.match(line)
        if fence:
            if line.strip().startswith(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        heading = _HEADING.match(line)
        if heading and heading.group("kind") in HEADING_COMPONENTS:
            kind = heading.group("kind")
            after = _next_content(lines, index)
            patterns = [p for tag in HEADING_COMPONENTS[kind] for p in _LIST_START[tag]]
            if not any(p.match(after) for p in patterns):
                findings.append(Finding("content.component-needs-list", display, number,
                                        line.find("{") + 1, {"component": kind}))
            continue
        admonition = _ADMONITION.match(line)
        if admonition and admonition.group("kind") not in ADMONITIONS:
            name = admonition.group("kind")
            findings.append(Finding("content.unknown-component", display, number, line.find(name) + 1,
                                    {"component": name, "known": ", ".join(sorted(ADMONITIONS))}))
    return findings
