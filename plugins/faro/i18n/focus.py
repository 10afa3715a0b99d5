"""`faro check PATH` and `faro serve`: render what is asked or changed, reuse the rest.

A focused check must be fast and must still never pass when the build would
fail. So every page's render results (its findings, title and anchors) are
kept in the cache, keyed by the Markdown it is rendered from and by a
signature of everything else that shapes a page (configuration, theme,
catalogs). A focused run renders the pages under the given paths, every page
whose key has no result yet, and every page that names a page added or
removed since the last run; for the others it reuses the stored results. A
reused page also gives back the links to anchors its last render found, so
MkDocs checks them again against the pages rendered now: a page that links to
an edited one is not rendered again to learn whether its links still hold.
The first focused run is a full one; the next ones render a page or two.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path, PurePosixPath

import faro
from faro.cache import ResultCache, make_key
from faro.findings import Finding


@dataclass(frozen=True)
class Rendered:
    """What one render of a page left behind that other pages or the gate need."""

    title: str | None
    anchors: frozenset[str]
    findings: tuple[Finding, ...]
    links: tuple[tuple[str, str, str], ...] = ()  # (page linked to, anchor, link as written)


# Decided on every run, on reused pages too, from their stored links: whether an
# anchor exists depends on the page linked to, which may have been rendered again.
LIVE_RULES = frozenset({"build.missing-anchor"})


@dataclass(frozen=True)
class PageInput:
    """One page of a language build, as the planning needs it."""

    uri: str           # the page's path in its language (MkDocs' src_uri)
    markdown: str      # what it is rendered from
    source: str        # the path findings name it by
    built: bool        # its output from an earlier run is still there


def selected(path: str, paths: tuple[str, ...]) -> bool:
    return not paths or any(path == p or path.startswith(p.rstrip("/") + "/") for p in paths)


def folder_signature(folder: str | Path, walk: bool = True) -> str:
    """Size and time of every file in `folder` (only its top entries when not `walk`)."""
    folder = Path(folder)
    if not folder.is_dir():
        return f"{folder}: missing"
    paths = folder.rglob("*") if walk else folder.iterdir()
    return ";".join(f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in sorted(paths)
                    if "__pycache__" not in p.parts)


def installed(folder: str) -> bool:
    """A theme folder of an installed package (Material, MkDocs), not one being edited."""
    return "site-packages" in Path(folder).parts


def site_signature(config_file: Path, theme_dirs: list[str]) -> str:
    """Everything besides a page's own Markdown and the list of pages that changes
    how it renders: the configuration, the theme folders (an installed theme by its
    version), the catalogs and snippets of the site and of Faro."""
    digest = hashlib.sha256(config_file.read_bytes())
    root = config_file.resolve().parent
    for folder in theme_dirs:
        if installed(folder):
            digest.update(f"{folder}\0{_installed_version(Path(folder).parent.name)}\0".encode())
        else:
            digest.update(folder_signature(folder).encode())
    for folder in (root / "translations", root / "snippets", Path(faro.__file__).parent / "locale"):
        digest.update(folder_signature(folder).encode())
    return digest.hexdigest()


def _installed_version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


@dataclass
class Focus:
    """The pages of one language build to render, and what is reused for the rest.

    `paths` are always rendered (`faro check PATH`); with none (`faro serve`), only
    what changed is.
    """

    paths: tuple[str, ...]
    store: ResultCache
    keys: dict[str, str] = field(default_factory=dict)        # uri -> key
    sources: dict[str, str] = field(default_factory=dict)     # uri -> path findings use
    rendered: set[str] = field(default_factory=set)           # uris rendered in this run
    reused: dict[str, Rendered] = field(default_factory=dict)

    def plan(self, pages: list[PageInput], signature: str, in_nav: frozenset[str] = frozenset()) -> None:
        """Choose the pages to render: asked for, unknown or unbuilt, or naming a page
        that came or went since the last run (a link to it may now hold or break);
        reuse the others. A preview (no paths) renders everything when the pages
        in the navigation changed, since every page shows the navigation."""
        list_key = make_key(signature, "the pages")
        before, nav_before = self.store.get(list_key) or (None, None)
        now = frozenset(page.uri for page in pages)
        self.store.put(list_key, (now, in_nav))
        new_nav = not self.paths and nav_before is not None and nav_before != in_nav
        for page in pages:
            self.keys[page.uri] = make_key(signature, page.uri, page.markdown)
            self.sources[page.uri] = page.source
            known = self.store.get(self.keys[page.uri])
            asked = bool(self.paths) and selected(page.source, self.paths)
            if known is None or asked or not page.built or new_nav:
                self.rendered.add(page.uri)
            else:
                self.reused[page.uri] = known
        if before is None or before == now:
            return
        names = {PurePosixPath(uri).name for uri in now ^ before}
        for page in pages:
            if page.uri in self.reused and any(name in page.markdown for name in names):
                self.rendered.add(page.uri)
                del self.reused[page.uri]

    def findings(self, live: list[Finding]) -> list[Finding]:
        """This run's findings on rendered pages, the stored ones on the others
        (except those of LIVE_RULES, which are always this run's)."""
        skipped = {self.sources[uri] for uri in self.reused}
        kept = [finding for finding in live
                if finding.path not in skipped or finding.rule_id in LIVE_RULES]
        return kept + [finding for known in self.reused.values() for finding in known.findings]

    def remember(self, pages: dict[str, Rendered], live: list[Finding]) -> None:
        """Store the results of every page rendered in this run (`pages`: what each
        render left, without findings; they are taken from `live`)."""
        by_path: dict[str, list[Finding]] = {}
        for finding in live:
            if finding.rule_id not in LIVE_RULES:
                by_path.setdefault(finding.path, []).append(finding)
        for uri in self.rendered:
            if uri in pages:
                findings = tuple(by_path.get(self.sources[uri], ()))
                self.store.put(self.keys[uri], replace(pages[uri], findings=findings))
        self.store.save()
