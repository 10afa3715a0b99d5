"""Open every page of a built site in headless Chromium and run axe-core on it.

One browser, one context per viewport and one tab per context that visits the
pages in turn: the browser keeps the site's CSS and JavaScript cached between
pages, which makes a page after the first cost little more than axe's own run.
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import io
import json
import re
import tarfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from faro.audit.checks import CheckFinding, checks_source, run_checks
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
_RUN_AXE = """async ([options, locale]) => {
  if (locale) axe.configure({locale});
  const trim = (items) => items.map((rule) => ({
    id: rule.id, impact: rule.impact, help: rule.help, helpUrl: rule.helpUrl, tags: rule.tags,
    nodes: rule.nodes.map((node) => ({
      target: node.target, html: node.html, impact: node.impact,
      why: [...node.any, ...node.all, ...node.none].map((check) => check.message).find(Boolean) || "",
    })),
  }));
  const result = await axe.run(document, options);
  return {violations: trim(result.violations), incomplete: trim(result.incomplete),
          lang: document.documentElement.lang || ""};
}"""

# axe-core as npm publishes it (MPL-2.0), unchanged: the tarball of `npm pack
# axe-core@AXE_VERSION`, checked against the registry's integrity hash. To
# upgrade: npm pack, replace the file, update both constants, and add the new
# rules to rules/audit.yml (tests/audit/test_command.py names them).
AXE_VERSION = "4.14.1"
AXE_TARBALL = f"vendor/axe-core-{AXE_VERSION}.tgz"
AXE_INTEGRITY = ("sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2"
                 "S4r76ASyFNNtuFooJpZe37OgudVGtQ==")


@dataclass
class PageAudit:
    """axe's results for one page at one viewport, and the other hosts it tried to reach."""

    page: str
    viewport: str
    violations: list[dict] = field(default_factory=list)
    incomplete: list[dict] = field(default_factory=list)
    checks: list[CheckFinding] = field(default_factory=list)
    check_seconds: dict[str, float] = field(default_factory=dict)  # per check, of `seconds`
    blocked: list[str] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0
    lang: str = ""  # the page's own language (<html lang>)


@cache
def _axe_package() -> dict[str, bytes]:
    """The files of the vendored axe-core tarball, by path inside its package/ folder."""
    data = resources.files("faro.audit").joinpath(AXE_TARBALL).read_bytes()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != AXE_INTEGRITY:
        raise RuntimeError(f"{AXE_TARBALL} does not match the npm registry's integrity hash")
    files = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        for member in tar.getmembers():
            wanted = member.name in ("package/axe.min.js", "package/LICENSE") or (
                member.name.startswith("package/locales/") and member.name.endswith(".json"))
            if member.isfile() and wanted:
                files[member.name.removeprefix("package/")] = tar.extractfile(member).read()
    return files


@cache
def axe_source() -> str:
    """axe-core's script, from the vendored npm tarball: nothing is fetched."""
    return _axe_package()["axe.min.js"].decode("utf-8")


def axe_version() -> str:
    match = re.search(r"axe v([\d.]+)", axe_source()[:200])
    return match.group(1) if match else "unknown"


def axe_locales() -> list[str]:
    """The languages axe-core ships messages in, as file names: es, pt_BR, ..."""
    return sorted(name[len("locales/"):-5] for name in _axe_package()
                  if name.startswith("locales/") and not name.startswith("locales/_"))


@cache
def axe_locale(lang: str | None) -> dict | None:
    """axe-core's own messages in `lang` (a BCP 47 tag: es, pt-BR), None for English.

    The tag itself first (pt-BR), then its language (pt), then that language's
    one regional variant if axe ships exactly one; English when axe has none."""
    if not lang:
        return None
    tag = lang.replace("-", "_")
    base = tag.split("_")[0].lower()
    if base == "en":
        return None
    shipped = axe_locales()
    variants = [name for name in shipped if name.split("_")[0].lower() == base]
    for name in (tag, base):
        match = next((n for n in shipped if n.lower() == name.lower()), None)
        if match:
            break
    else:
        match = variants[0] if len(variants) == 1 else None
    if match is None:
        return None
    return json.loads(_axe_package()[f"locales/{match}.json"])


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
    lang: str | None = None,
    checks: bool = True,
) -> list[PageAudit]:
    """Serve `site_dir` and audit each of `pages` at each viewport.

    `run_only` is axe's option of that name; by default the WCAG 2.0-2.2 A and
    AA rules, which is what the accessibility statement promises. `on_page` is
    called after each page, for a progress line. axe's messages are in `lang`,
    or else in each page's own language, when axe ships that language.
    `checks`: also run Faro's own browser checks (`faro.audit.checks`).
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
                    results.append(tab.audit(page, options, lang, checks))
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
        self.context.add_init_script(script=checks_source())
        self.tab = self.context.new_page()
        self.tab.set_default_timeout(PAGE_TIMEOUT_MS)

    def audit(self, page: str, options: dict, lang: str | None = None, checks: bool = True) -> PageAudit:
        self.blocked.clear()
        audit = PageAudit(page, self.viewport.name)
        start = time.perf_counter()
        try:
            response = self.tab.goto(self.base_url + quote(page), wait_until="load")
            if response is not None and not response.ok:
                raise RuntimeError(f"HTTP {response.status}")
            page_lang = lang or self.tab.evaluate("() => document.documentElement.lang || ''")
            found = self.tab.evaluate(_RUN_AXE, [options, axe_locale(page_lang)])
            audit.violations, audit.incomplete = found["violations"], found["incomplete"]
            audit.lang = found["lang"]
            if checks:
                audit.checks = run_checks(self.tab, self.viewport, audit.check_seconds)
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
