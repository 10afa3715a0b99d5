"""`faro check PATH` and `faro serve`: render what is asked or changed, reuse the rest.

A focused check must be fast and must still never pass when the build would
fail. So every page's render results (its findings, title and anchors) are
kept in the cache, keyed by the Markdown it is rendered from and by a
signature of everything else that shapes a page (configuration, theme,
catalogs, the list of pages). A focused run renders the pages under the given
paths, every page whose key has no result yet, and every page that links to a
page being rendered (its links may break); for the others it reuses the
stored results. The first focused run is a full one; the next ones render a
page or two.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path, PurePosixPath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files

import faro
from faro.cache import ResultCache, make_key
from faro.findings import Finding


@dataclass(frozen=True)
class Rendered:
    """What one render of a page left behind that other pages or the gate need."""

    title: str | None
    anchors: frozenset[str]
    findings: tuple[Finding, ...]


def selected(path: str, paths: tuple[str, ...]) -> bool:
    return not paths or any(path == p or path.startswith(p.rstrip("/") + "/") for p in paths)


def _never() -> bool:
    return False


def _always() -> bool:
    return True


def _stat_each(digest, folder: Path) -> None:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            stat = path.stat()
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())


def site_signature(config: MkDocsConfig, files: Files) -> str:
    """Everything besides a page's own Markdown that changes how it renders: the
    configuration, the theme folders (an installed theme by its version), the
    catalogs and snippets of the site and of Faro, and the list of pages."""
    digest = hashlib.sha256()
    root = Path(config.config_file_path).resolve().parent
    digest.update(Path(config.config_file_path).read_bytes())
    for folder in config.theme.dirs:
        if "site-packages" in Path(folder).parts:
            package = Path(folder).parent.name
            digest.update(f"{folder}\0{_installed_version(package)}\0".encode())
        else:
            _stat_each(digest, Path(folder))
    for folder in (root / "translations", root / "snippets", Path(faro.__file__).parent / "locale"):
        _stat_each(digest, folder)
    for file in files.documentation_pages():
        digest.update(file.src_uri.encode() + b"\0")
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
    keys: dict[str, str] = field(default_factory=dict)        # src_uri -> key
    sources: dict[str, str] = field(default_factory=dict)     # src_uri -> path findings use
    rendered: set[str] = field(default_factory=set)           # src_uris rendered in this run
    reused: dict[str, Rendered] = field(default_factory=dict)

    def plan(self, files: Files, config: MkDocsConfig, source_path) -> None:
        """Choose the pages to render; MkDocs' dirty mode skips the others."""
        signature = site_signature(config, files)
        pages = list(files.documentation_pages())
        markdown: dict[str, str] = {}
        for file in pages:
            markdown[file.src_uri] = file.content_string
            self.keys[file.src_uri] = make_key(signature, file.src_uri, markdown[file.src_uri])
            self.sources[file.src_uri] = source_path(file, config)
            known = self.store.get(self.keys[file.src_uri])
            asked = bool(self.paths) and selected(self.sources[file.src_uri], self.paths)
            if known is None or asked or not os.path.isfile(file.abs_dest_path):
                self.rendered.add(file.src_uri)
            else:
                self.reused[file.src_uri] = known
        names = {PurePosixPath(uri).name for uri in self.rendered}
        for uri in list(self.reused):
            if any(name in markdown[uri] for name in names):
                self.rendered.add(uri)  # it links to a page that is rendered again
                del self.reused[uri]
        for file in pages:  # MkDocs' dirty mode renders exactly the pages that say so
            file.is_modified = _never if file.src_uri in self.reused else _always

    def stand_in(self, files: Files) -> None:
        """Give each skipped page the title and anchors its last render had."""
        for file in files.documentation_pages():
            known = self.reused.get(file.src_uri)
            if known is not None and file.page is not None:
                file.page.markdown = ""
                file.page.meta = {"title": known.title} if known.title else {}
                file.page.present_anchor_ids = set(known.anchors)

    def findings(self, live: list[Finding]) -> list[Finding]:
        """This run's findings on rendered pages, the stored ones on the others."""
        skipped = {self.sources[uri] for uri in self.reused}
        kept = [finding for finding in live if finding.path not in skipped]
        return kept + [finding for known in self.reused.values() for finding in known.findings]

    def remember(self, pages: dict[str, tuple[str | None, frozenset[str]]],
                 live: list[Finding]) -> None:
        """Store the results of every page rendered in this run."""
        by_path: dict[str, list[Finding]] = {}
        for finding in live:
            by_path.setdefault(finding.path, []).append(finding)
        for uri in self.rendered:
            if uri in pages:
                title, anchors = pages[uri]
                self.store.put(self.keys[uri], Rendered(title, anchors,
                                                        tuple(by_path.get(self.sources[uri], ()))))
        self.store.save()


class FocusHooks(BasePlugin):
    """Added by the language build for a focused run; it is not a plugin of mkdocs.yml."""

    def __init__(self, focus: Focus, source_path) -> None:
        super().__init__()
        self.focus, self.source_path = focus, source_path
        self.pages: dict[str, tuple[str | None, frozenset[str]]] = {}

    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        self.focus.plan(files, config, self.source_path)
        return nav

    @event_priority(100)  # before any plugin reads page titles (the navigation does)
    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        self.focus.stand_in(files)
        return env

    def on_post_page(self, output: str, *, page, config: MkDocsConfig) -> str:
        self.pages[page.file.src_uri] = (page.title, frozenset(page.present_anchor_ids or ()))
        return output
