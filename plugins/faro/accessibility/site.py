"""Checks across the pages of a built site, and the engine's entry for a built `site/`.

Some defects only show between pages (two pages with one title) or belong to the
site rather than a page (palette contrast); `check_site` runs everything on a
folder of HTML so the CLI can audit a site without MkDocs.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from selectolax.lexbor import LexborHTMLParser

from faro.accessibility.css_vars import Palette
from faro.accessibility.engine import PageSource, check_page
from faro.accessibility.html import collapse_space
from faro.accessibility.palette import check_palette_contrast
from faro.findings import Finding

_PALETTE_ATTRIBUTES = ("data-md-color-scheme", "data-md-color-primary", "data-md-color-accent")


@dataclass(frozen=True)
class TitledPage:
    """What the duplicate-title check needs to know of a page."""

    title: str
    language: str
    path: str
    line: int | None = None


def check_duplicate_titles(pages: Iterable[TitledPage]) -> list[Finding]:
    """Every page after the first that reuses a title within its language."""
    first: dict[tuple[str, str], TitledPage] = {}
    findings = []
    for page in pages:
        key = (page.language, page.title.casefold())
        if not page.title:
            continue
        if key in first:
            findings.append(Finding("a11y.duplicate-title", page.path, page.line, None,
                                    {"title": page.title, "other": first[key].path}))
        else:
            first[key] = page
    return findings


def page_title(html: str) -> str:
    node = LexborHTMLParser(html).css_first("title")
    return collapse_space(node.text()) if node is not None else ""


def palettes_in(html: str) -> list[Palette]:
    """Palettes a page offers: the one on body and every option of the palette toggle."""
    tree = LexborHTMLParser(html)
    found = []
    for node in tree.css("body[data-md-color-scheme], input[data-md-color-scheme]"):
        attrs = node.attributes
        scheme, primary, accent = (attrs.get(name) or "" for name in _PALETTE_ATTRIBUTES)
        found.append(Palette(scheme or "default", primary or "indigo", accent or "indigo"))
    return found


def language_of(relative: Path, html_lang: str, languages: list[str]) -> str:
    """The site language a built page belongs to: its path prefix, else its <html lang>."""
    if relative.parts and relative.parts[0] in languages:
        return relative.parts[0]
    primary = html_lang.split("-")[0].lower()
    return primary if primary in languages else languages[0]


def stylesheet_links(html: str, page_path: str) -> list[str]:
    """Site paths of the stylesheets a page loads, in load order (which is cascade order)."""
    base = PurePosixPath(page_path).parent
    paths = []
    for link in LexborHTMLParser(html).css('link[rel~="stylesheet" i][href]'):
        href = (link.attributes.get("href") or "").split("?", 1)[0].split("#", 1)[0]
        if not href or "://" in href or href.startswith("//"):
            continue
        joined = PurePosixPath(href.lstrip("/")) if href.startswith("/") else base / href
        paths.append(posixpath.normpath(joined.as_posix()))
    return paths


def read_stylesheets(site_dir: str | Path, paths: Iterable[str]) -> list[tuple[str, str]]:
    """(site path, CSS text) for each linked stylesheet that exists in the built site."""
    sheets = []
    for relative in dict.fromkeys(paths):
        file = Path(site_dir) / relative
        if file.is_file():
            sheets.append((relative, file.read_text(encoding="utf-8", errors="replace")))
    return sheets


def check_site(site_dir: str | Path, languages: list[str]) -> list[Finding]:
    """Every static accessibility finding for a built site folder.

    Without the Markdown sources, content defects point at the built HTML file.
    """
    site_dir = Path(site_dir)
    findings: list[Finding] = []
    titled: list[TitledPage] = []
    palettes: list[Palette] = []
    stylesheets: list[str] = []
    for path in sorted(site_dir.rglob("*.html")):
        relative = path.relative_to(site_dir)
        html = path.read_text(encoding="utf-8", errors="replace")
        tree = LexborHTMLParser(html)
        root = tree.css_first("html")
        html_lang = (root.attributes.get("lang") or "") if root is not None else ""
        language = language_of(relative, html_lang, languages)
        findings += check_page(html, language, PageSource(url=relative.as_posix()), languages)
        titled.append(TitledPage(page_title(html), language, relative.as_posix()))
        palettes += palettes_in(html)
        stylesheets += stylesheet_links(html, relative.as_posix())
    findings += check_duplicate_titles(titled)
    findings += check_palette_contrast(read_stylesheets(site_dir, stylesheets), palettes)
    return deduplicate_theme_findings(findings)


def deduplicate_theme_findings(findings: list[Finding]) -> list[Finding]:
    """A theme defect repeats on every page; report it once with the number of pages."""
    kept: dict[tuple, Finding] = {}
    counts: dict[tuple, int] = {}
    result = []
    for finding in findings:
        if not finding.path.startswith("theme:"):
            result.append(finding)
            continue
        key = (finding.rule_id, finding.path,
               tuple(sorted((k, str(v)) for k, v in finding.args.items() if k != "page")))
        counts[key] = counts.get(key, 0) + 1
        kept.setdefault(key, finding)
    for key, finding in kept.items():
        result.append(Finding(finding.rule_id, finding.path, finding.line, finding.column,
                              {**finding.args, "pages": counts[key]}, finding.severity))
    return result

