"""MkDocs' own warnings (broken links, missing anchors, bad config) as findings.

MkDocs reports these problems only as log lines; `faro check` turns each into
a finding on the Markdown file and, where the link text can be found, its line.
"""

from __future__ import annotations

import re
from pathlib import Path

from faro.findings import Finding

_DOC_FILE = re.compile(r"Doc file '(?P<file>[^']+)' contains (?:an? )?(?:absolute |unrecognized relative )?"
                       r"link '(?P<link>[^']+)'")


def _line_of(path: Path, needle: str) -> int | None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for number, line in enumerate(lines, start=1):
        if needle in line:
            return number
    return None


def warning_findings(messages: list[str], lang: str, root: Path | None = None,
                     content_dir: str = "content") -> list[Finding]:
    findings = []
    for message in messages:
        match = _DOC_FILE.search(message)
        if match:
            rel = f"{content_dir}/{lang}/{match.group('file')}"
            line = _line_of(root / rel, match.group("link")) if root else None
            findings.append(Finding("build.broken-link", rel, line, None,
                                    {"link": match.group("link"), "text": message}))
        else:
            findings.append(Finding("build.warning", "mkdocs.yml", None, None, {"text": message}))
    return findings
