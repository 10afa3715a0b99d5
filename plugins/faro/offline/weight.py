"""What a reader's phone downloads: the first visit to a page, and each page after.

A first visit costs the page's HTML plus every stylesheet, script, image and
font the page loads, each compressed as a server would send it (gzip). A
further page costs its HTML plus what the reader has not downloaded yet.
Search data is not counted: it loads only when the reader searches.
"""

from __future__ import annotations

import gzip
import posixpath
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlparse

from selectolax.lexbor import LexborHTMLParser

from faro.findings import Finding

_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
_LOADED = ("link[rel~=stylesheet][href]", "link[rel~=icon][href]", "script[src]", "img[src]",
           "source[src]", "video[poster]", "audio[src]", "video[src]")


@dataclass(frozen=True)
class PageWeight:
    page: str                # site path, e.g. "guias/contrasenas.html"
    html: int                # gzip bytes of the HTML
    resources: tuple[tuple[str, int], ...]  # (site path, gzip bytes) of everything it loads

    @property
    def first_visit(self) -> int:
        return self.html + sum(size for _, size in self.resources)

    def next_visit(self, cached: set[str]) -> int:
        return self.html + sum(size for path, size in self.resources if path not in cached)


@cache
def _gzip_size_of(path: Path, size: int, mtime_ns: int) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def _gzip_size(path: Path) -> int:
    """Compressed size, computed once per file version (`faro serve` rebuilds in one process)."""
    stat = path.stat()
    return _gzip_size_of(path, stat.st_size, stat.st_mtime_ns)


def _local(url: str, base: str) -> str | None:
    """The site path a URL points to, or None for other hosts, data: URIs and anchors."""
    parsed = urlparse(url)
    if parsed.scheme or parsed.netloc or not parsed.path:
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), unquote(parsed.path)))


def _css_resources(site: Path, css_path: str, seen: set[str]) -> list[str]:
    """Fonts and images a stylesheet pulls in (and the stylesheets it imports)."""
    found = []
    try:
        text = (site / css_path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return found
    for url in _CSS_URL.findall(text):
        target = _local(url, css_path)
        if target and target not in seen and (site / target).is_file():
            seen.add(target)
            found.append(target)
            if target.endswith(".css"):
                found += _css_resources(site, target, seen)
    return found


def measure_page(site: Path, page: str) -> PageWeight:
    html = (site / page).read_text(encoding="utf-8")
    tree = LexborHTMLParser(html)
    seen: set[str] = set()
    loaded: list[str] = []
    for selector in _LOADED:
        for node in tree.css(selector):
            for attribute in ("href", "src", "poster"):
                value = node.attributes.get(attribute)
                target = _local(value, page) if value else None
                if target and target not in seen and (site / target).is_file():
                    seen.add(target)
                    loaded.append(target)
                    if target.endswith(".css"):
                        loaded += _css_resources(site, target, seen)
    resources = tuple((path, _gzip_size(site / path)) for path in loaded)
    return PageWeight(page, len(gzip.compress(html.encode("utf-8"), 6, mtime=0)), resources)


def measure_site(site: Path, pages: list[str]) -> list[PageWeight]:
    return [measure_page(site, page) for page in pages]


def budget_findings(weights: list[PageWeight], sources: dict[str, str], first_visit_kb: float,
                    next_page_kb: float) -> list[Finding]:
    """Pages over budget. A further page is measured after the home page's first visit."""
    findings = []
    home = next((w for w in weights if w.page == "index.html"), weights[0] if weights else None)
    cached = {path for path, _ in home.resources} if home else set()
    for weight in weights:
        source = sources.get(weight.page, weight.page)
        if weight.first_visit > first_visit_kb * 1024:
            findings.append(Finding("weight.first-visit", source, None, None, {
                "kb": round(weight.first_visit / 1024, 1), "budget": first_visit_kb}))
        if weight.next_visit(cached) > next_page_kb * 1024:
            findings.append(Finding("weight.next-page", source, None, None, {
                "kb": round(weight.next_visit(cached) / 1024, 1), "budget": next_page_kb}))
    return findings


def image_findings(content_dir: Path, root: Path, max_kb: float) -> list[Finding]:
    """Images in the sources larger than the configured limit."""
    findings = []
    for path in sorted(content_dir.rglob("*")):
        if path.suffix.lower() in {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif"}:
            size = path.stat().st_size
            if size > max_kb * 1024:
                findings.append(Finding("weight.image-size", path.relative_to(root).as_posix(), None, None,
                                        {"kb": round(size / 1024, 1), "budget": max_kb}))
    return findings
