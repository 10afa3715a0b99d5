"""Open every page of a built site in headless Chromium and run axe-core on it.

One browser, one context per viewport and one tab per context that visits the
pages in turn: the browser keeps the site's CSS and JavaScript cached between
pages, which makes a page after the first cost little more than axe's own run.
"""

from __future__ import annotations

import fnmatch
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from faro.audit.server import serve_site

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking")
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
PAGE_TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class Viewport:
    name: str
    width: int
    height: int
    mobile: bool = False


VIEWPORTS = (Viewport("desktop", 1280, 800), Viewport("mobile", 375, 812, mobile=True))

# Runs in the page: axe's full result is large (passes, check details), and only
# what the report shows needs to cross into Python.
_RUN_AXE = """async (options) => {
  const trim = (items) => items.map((rule) => ({
    id: rule.id, impact: rule.impact, help: rule.help, helpUrl: rule.helpUrl, tags: rule.tags,
    nodes: rule.nodes.map((node) => ({
      target: node.target, html: node.html, impact: node.impact,
      why: [...node.any, ...node.all, ...node.none].map((check) => check.message).find(Boolean) || "",
    })),
  }));
  const result = await axe.run(document, options);
  return {violations: trim(result.violations), incomplete: trim(result.incomplete)};
}"""


@dataclass
class PageAudit:
    """axe's results for one page at one viewport, and the other hosts it tried to reach."""

    page: str
    viewport: str
    violations: list[dict] = field(default_factory=list)
    incomplete: list[dict] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0


@cache
def axe_source() -> str:
    """axe-core as shipped in the installed axe-playwright-python wheel: nothing is fetched."""
    return resources.files("axe_playwright_python").joinpath("axe.min.js").read_text(encoding="utf-8")


def axe_version() -> str:
    match = re.search(r"axe v([\d.]+)", axe_source()[:200])
    return match.group(1) if match else "unknown"


def site_pages(site_dir: str | Path, exclude: Iterable[str] = ()) -> list[str]:
    """Every HTML file under `site_dir` as a site path, minus the excluded globs."""
    root = Path(site_dir)
    patterns = list(exclude)
    pages = []
    for path in sorted(root.rglob("*.html")):
        relative = path.relative_to(root).as_posix()
        if not any(fnmatch.fnmatchcase(relative, pattern) for pattern in patterns):
            pages.append(relative)
    return pages


@contextmanager
def open_browser(executable: str = CHROMIUM) -> Iterator[object]:
    """Debian's Chromium driven by Playwright (its own browser download is not used)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=list(CHROMIUM_ARGS))
        try:
            yield browser
        finally:
            browser.close()


def audit_site(
    browser,
    site_dir: str | Path,
    pages: list[str],
    viewports: Iterable[Viewport] = VIEWPORTS,
    run_only: dict | None = None,
    on_page=None,
) -> list[PageAudit]:
    """Serve `site_dir` and audit each of `pages` at each viewport.

    `run_only` is axe's option of that name; by default the WCAG 2.0-2.2 A and
    AA rules, which is what the accessibility statement promises. `on_page` is
    called after each page, for a progress line.
    """
    options = {
        "runOnly": run_only or {"type": "tag", "values": list(WCAG_TAGS)},
        "resultTypes": ["violations", "incomplete"],
    }
    results = []
    with serve_site(site_dir) as base_url:
        for viewport in viewports:
            tab = _ViewportTab(browser, base_url, viewport)
            try:
                for page in pages:
                    results.append(tab.audit(page, options))
                    if on_page is not None:
                        on_page(viewport, page)
            finally:
                tab.close()
    return results


class _ViewportTab:
    """One viewport's browser context and its one tab, reused from page to page."""

    def __init__(self, browser, base_url: str, viewport: Viewport) -> None:
        self.base_url = base_url
        self.viewport = viewport
        self.context = browser.new_context(
            viewport={"width": viewport.width, "height": viewport.height},
            is_mobile=viewport.mobile, has_touch=viewport.mobile, service_workers="block",
        )
        self.blocked: list[str] = []
        _block_other_hosts(self.context, base_url, self.blocked)
        # In every frame, before the page's own scripts: axe then reaches into iframes too.
        self.context.add_init_script(script=axe_source())
        self.tab = self.context.new_page()
        self.tab.set_default_timeout(PAGE_TIMEOUT_MS)

    def audit(self, page: str, options: dict) -> PageAudit:
        self.blocked.clear()
        audit = PageAudit(page, self.viewport.name)
        start = time.perf_counter()
        try:
            response = self.tab.goto(self.base_url + quote(page), wait_until="load")
            if response is not None and not response.ok:
                raise RuntimeError(f"HTTP {response.status}")
            found = self.tab.evaluate(_RUN_AXE, options)
            audit.violations, audit.incomplete = found["violations"], found["incomplete"]
        except Exception as exc:  # a page that cannot be audited is a result, not a crash
            audit.error = str(exc).splitlines()[0]
        audit.blocked = list(dict.fromkeys(self.blocked))
        audit.seconds = time.perf_counter() - start
        return audit

    def close(self) -> None:
        self.context.close()


def _block_other_hosts(context, base_url: str, blocked: list[str]) -> None:
    """Abort every request that leaves the local server, and remember its URL."""
    elsewhere = re.compile(rf"^(?!{re.escape(base_url)}|data:|blob:|about:)")

    def abort(route) -> None:
        blocked.append(route.request.url)
        route.abort("blockedbyclient")

    def refuse_socket(socket) -> None:
        blocked.append(socket.url)
        socket.close()

    context.route(elsewhere, abort)
    context.route_web_socket(elsewhere, refuse_socket)
