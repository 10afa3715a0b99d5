"""Run the page checks on one rendered page and place each defect in a file.

A defect inside the article was written by the page's author, so it points at
the Markdown source (with the line where the offending text appears); anything
else comes from the theme, so it points at the template that rendered it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from faro.accessibility.checks import PAGE_CHECKS
from faro.accessibility.html import Issue, Page, theme_template_of
from faro.findings import Finding


@dataclass
class SourceLocator:
    """Finds the line of a Markdown source where a piece of rendered output came from."""

    text: str

    @cached_property
    def _lines(self) -> list[str]:
        return self.text.splitlines()

    @cached_property
    def _lowered(self) -> list[str]:
        return [line.lower() for line in self._lines]

    def line_of(self, needles: tuple[str, ...], occurrence: int = 1) -> int | None:
        """The line containing a needle (the n-th such line), trying needles in order of precision."""
        for needle in needles:
            needle = needle.strip()
            if not needle:
                continue
            for lines, wanted in ((self._lines, needle), (self._lowered, needle.lower())):
                found = [number for number, line in enumerate(lines, start=1) if wanted in line]
                if found:
                    return found[min(occurrence, len(found)) - 1]
        return None


@dataclass(frozen=True)
class PageSource:
    """Where a rendered page came from: its Markdown file (if known) and its URL."""

    path: str | None = None
    text: str | None = None
    url: str = ""


def issues_on_page(page: Page) -> list[Issue]:
    issues: list[Issue] = []
    for check in PAGE_CHECKS:
        issues.extend(check(page))
    return issues


def check_page(
    html: str, expected_lang: str | None = None, source: PageSource | None = None,
    languages: tuple[str, ...] | list[str] | None = None,
) -> list[Finding]:
    """All static findings for one rendered page, theme included.

    `languages` are the site's: a passage in one of them other than the page's
    without `lang` is a finding (3.1.2).
    """
    source = source or PageSource()
    page = Page(html, expected_lang, tuple(languages) if languages else None)
    locator = SourceLocator(source.text) if source.text is not None else None
    findings = []
    for issue in issues_on_page(page):
        findings.append(_place(issue, page, source, locator))
    return findings


def _place(issue: Issue, page: Page, source: PageSource, locator: SourceLocator | None) -> Finding:
    authored = issue.authored
    if authored is None:
        authored = issue.node is not None and page.is_content(issue.node)
    args = {"page": source.url, **issue.args}
    if authored and source.path:
        line = locator.line_of(issue.needles, issue.occurrence) if locator is not None else None
        return Finding(issue.rule_id, source.path, line or 1, None, args)
    if authored:
        return Finding(issue.rule_id, source.url or "(page)", None, None, args)
    template = theme_template_of(issue.node)
    args.setdefault("template", template)
    return Finding(issue.rule_id, template, None, None, args)
