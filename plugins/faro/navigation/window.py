"""A bounded view of the site's navigation for one page.

Material renders the whole navigation tree into every page, so a site of N
pages costs N² to build and each page grows with N. Here each page shows the
top-level entries, and inside the sections it belongs to only a window of
neighbours around it, plus links to paginated lists of the whole section, so
every page stays reachable and every page's navigation stays small.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class NavNode:
    title: str
    url: str | None = None            # site-relative path of a page; None for a section
    children: list[NavNode] = field(default_factory=list)
    list_pages: list[str] = field(default_factory=list)  # paginated lists of a large section

    @property
    def is_section(self) -> bool:
        return self.url is None

    def first_url(self) -> str | None:
        if self.url:
            return self.url
        for child in self.children:
            found = child.first_url()
            if found:
                return found
        return None


@dataclass
class NavEntry:
    title: str
    url: str | None
    current: bool = False
    active: bool = False
    home: bool = False               # the language's home page, shown as "Home", not its long title
    children: list[NavEntry] = field(default_factory=list)
    more_before: str | None = None   # link to the list page holding the entries above the window
    more_after: str | None = None


def index_positions(nodes: list[NavNode]) -> dict[str, tuple[int, ...]]:
    """The path of child positions that leads to every page, computed once per build."""
    positions: dict[str, tuple[int, ...]] = {}

    def walk(children: list[NavNode], prefix: tuple[int, ...]) -> None:
        for number, node in enumerate(children):
            if node.url:
                positions.setdefault(node.url, prefix + (number,))
            walk(node.children, prefix + (number,))

    walk(nodes, ())
    return positions


def _collapsed(node: NavNode) -> NavEntry:
    return NavEntry(node.title, node.first_url())


def _list_page_for(node: NavNode, position: int, page_size: int) -> str | None:
    if not node.list_pages:
        return None
    return node.list_pages[min(position // page_size, len(node.list_pages) - 1)]


def _drop_repeated_index(section: NavEntry) -> None:
    """The section's own link already leads to its index page: the menu does not list it
    a second time under the same title; on that page the section link is the current one."""
    first = section.children[0] if section.children else None
    if first is not None and not first.children and first.url == section.url and first.title == section.title:
        section.children.pop(0)
        section.current = first.current


def view(nodes: list[NavNode], path: tuple[int, ...], radius: int, page_size: int,
         depth: int = 0) -> list[NavEntry]:
    """Entries for one level: a window of neighbours around the active entry (or the first ones)."""
    active_index = path[depth] if depth < len(path) else None
    centre = active_index if active_index is not None else radius
    start = max(0, centre - radius)
    stop = min(len(nodes), start + 2 * radius + 1)
    start = max(0, stop - 2 * radius - 1)
    entries = []
    for number in range(start, stop):
        node = nodes[number]
        entry = _collapsed(node)
        if number == active_index:
            entry.active = True
            entry.current = node.url is not None and depth == len(path) - 1
            if node.children:
                entry.children = view(node.children, path, radius, page_size, depth + 1)
                child_index = path[depth + 1] if depth + 1 < len(path) else radius
                shown_from = max(0, min(child_index - radius, len(node.children) - 2 * radius - 1))
                shown_to = min(len(node.children), shown_from + 2 * radius + 1)
                if shown_from > 0:
                    entry.more_before = _list_page_for(node, shown_from - 1, page_size)
                if shown_to < len(node.children):
                    entry.more_after = _list_page_for(node, shown_to, page_size)
                _drop_repeated_index(entry)
        entry.home = (depth == 0 and number == 0 and node.url is not None
                      and node.url.rsplit("/", 1)[-1] == "index.html")
        entries.append(entry)
    return entries


def navigation_for(nodes: list[NavNode], positions: dict[str, tuple[int, ...]], url: str,
                   radius: int = 7, page_size: int = 50) -> list[NavEntry]:
    return view(nodes, positions.get(url, ()), radius, page_size)
