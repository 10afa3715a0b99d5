"""`faro/navigation`: bounded navigation per page, and paginated section lists."""

from __future__ import annotations

import posixpath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation

from faro.navigation.config import NavigationConfig
from faro.navigation.lists import LIST_STEM, ListItem, list_pages, render_list_page
from faro.navigation.window import NavNode, index_positions, navigation_for


def _title_of(meta: dict, path: str) -> str:
    stem = posixpath.splitext(posixpath.basename(path))[0]
    return str(meta.get("title") or stem.replace("-", " ").capitalize())


class NavigationPlugin(BasePlugin[NavigationConfig]):
    def __init__(self) -> None:
        self.lists: dict[str, list[str]] = {}
        self.nodes: list[NavNode] = []
        self.positions: dict[str, tuple[int, ...]] = {}
        self.nav: Navigation | None = None

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        """Add the list pages of every folder with more entries than the window shows."""
        self.lists = {}
        if not self.config.enabled:
            return files
        i18n = config.plugins["faro/i18n"]
        metas = {p.rel_path: p.meta for p in i18n.tree.pages if p.lang == i18n.language}
        gettext = i18n.translations.gettext
        texts = {"title": gettext("%(section)s: all pages (%(number)s of %(count)s)")
                 .replace("%(section)s", "{section}").replace("%(number)s", "{number}")
                 .replace("%(count)s", "{count}"),
                 "previous": gettext("Previous part of the list"), "next": gettext("Next part of the list")}
        entries: dict[str, list[ListItem]] = {}
        for file in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
            if file.inclusion.is_not_in_nav() or posixpath.basename(file.src_uri).startswith(LIST_STEM):
                continue
            folder = posixpath.dirname(file.src_uri)
            entries.setdefault(folder, []).append(
                ListItem(_title_of(metas.get(file.src_uri, {}), file.src_uri), file.src_uri))
        window = 2 * self.config.radius + 1
        for folder, items in entries.items():
            if len(items) <= window:
                continue
            section = _title_of(metas.get(posixpath.join(folder, "index.md"), {}), folder)
            self.lists[folder] = list_pages(folder, items, self.config.list_size)
            for number, path in enumerate(self.lists[folder], start=1):
                content = render_list_page(folder, section, items, number, self.config.list_size, texts)
                files.append(File.generated(config, path, content=content,
                                            inclusion=InclusionLevel.NOT_IN_NAV))
        return files

    def _node(self, item) -> NavNode:
        if item.is_page:
            return NavNode(item.title or "", item.file.dest_uri)
        if item.is_section:
            children = [self._node(child) for child in item.children]
            folder = next((posixpath.dirname(c.file.src_uri) for c in item.children if c.is_page), None)
            lists = [posixpath.splitext(p)[0] + ".html" for p in self.lists.get(folder or "", [])]
            # A section is called by its index page's title ("Guías"), not its folder name.
            index = next((c for c in item.children if c.is_page and c.file.name == "index"), None)
            title = (index.title if index is not None and index.title else item.title) or ""
            return NavNode(title, None, children, lists)
        return NavNode(item.title or "", item.url)

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        self.nav = nav
        return nav

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        # Page titles are known only once MkDocs has read every page, just before this event.
        self.nodes = [self._node(item) for item in self.nav.items]
        self.positions = index_positions(self.nodes)
        plugin = self

        def faro_navigation(page):
            return navigation_for(plugin.nodes, plugin.positions, page.file.dest_uri,
                                  plugin.config.radius, plugin.config.list_size)

        env.globals["faro_navigation"] = faro_navigation if self.config.enabled else None
        return env
