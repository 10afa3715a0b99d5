"""MkDocs' own warnings (broken links, missing anchors, bad config) as findings.

MkDocs reports these problems only as English log lines; each is turned into
a finding of its own rule, on the Markdown file and the line of the link, so
its message reaches the contributor in their language like every other one.
"""

from __future__ import annotations

import posixpath
import re

from faro.findings import Finding

_PREFIX = r"Doc file '(?P<file>[^']+)' contains "
_NOT_FOUND = r"is not found among documentation files"
_PATTERNS = (
    ("build.missing-anchor", re.compile(_PREFIX + r"a link '(?P<link>[^']+)', but the doc "
                                        r"'(?P<target>[^']+)' does not contain an anchor "
                                        r"'#(?P<anchor>[^']+)'")),
    ("build.missing-anchor", re.compile(_PREFIX + r"a link '(?P<link>#(?P<anchor>[^']+))', but there is no "
                                        r"such anchor on this page")),
    ("build.broken-link", re.compile(_PREFIX + r"a link '(?P<link>[^']+)', but the target "
                                     r"'(?P<target>[^']+)' " + _NOT_FOUND)),
    ("build.absolute-link", re.compile(_PREFIX + r"an absolute link '(?P<link>[^']+)'")),
    ("build.unrecognized-link", re.compile(_PREFIX + r"an unrecognized relative link '(?P<link>[^']+)'")),
    ("build.broken-link", re.compile(_PREFIX + r"a link '(?P<link>[^']+)'")),
)


# What MkDocs says about the preview itself (`serve --dirty`), not about the site.
_NOT_ABOUT_THE_SITE = ("A 'dirty' build is being performed",)


def _line_of(text: str, needle: str) -> int | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return None


def _resolved(page: str, link: str) -> str:
    """The docs-relative path a relative link from `page` leads to (MkDocs leaves it
    out of its message when the link is written that way already)."""
    path = link.split("#", 1)[0].split("?", 1)[0]
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), path))


def warning_findings(messages: list[str], lang: str, project) -> list[Finding]:
    """Findings for MkDocs' warnings in the `lang` build; links that lead to a
    page left out because it cannot be read are that page's finding, not theirs."""
    pages = project.pages_of(lang)
    left_out = project.left_out
    findings = []
    for message in messages:
        if message.startswith(_NOT_ABOUT_THE_SITE):
            continue
        rule_id, match = next(((rule, found) for rule, pattern in _PATTERNS
                               if (found := pattern.search(message))), (None, None))
        if match is None:
            findings.append(Finding("build.warning", "mkdocs.yml", None, None, {"text": message}))
            continue
        fields = match.groupdict()
        target = fields.get("target")
        if rule_id == "build.broken-link" and \
                project.display_path(lang, target or _resolved(fields["file"], fields["link"])) in left_out:
            continue
        page = pages.get(fields["file"])
        line = _line_of(page.text, fields["link"]) if page else None
        findings.append(Finding(rule_id, project.source_of(lang, fields["file"]), line, None,
                                {"link": fields["link"], "target": target or fields["link"],
                                 "anchor": fields.get("anchor") or ""}))
    return findings
