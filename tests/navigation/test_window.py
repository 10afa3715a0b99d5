"""The navigation shown on a page stays the same size however large the site grows."""

from __future__ import annotations

from faro.navigation.lists import ListItem, render_list_page
from faro.navigation.window import NavNode, index_positions, navigation_for


def _site(guides: int) -> list[NavNode]:
    section = NavNode("Guías", None, [NavNode(f"Guía {n}", f"guias/g{n:04d}.html") for n in range(guides)],
                      [f"guias/_list-{k}.html" for k in range(1, guides // 50 + 2)])
    return [NavNode("Inicio", "index.html"), section, NavNode("Acerca", "acerca.html")]


def _count(entries) -> int:
    return sum(1 + _count(e.children) for e in entries)


def test_size_does_not_grow_with_the_site():
    sizes = []
    for guides in (20, 200, 2000):
        nodes = _site(guides)
        entries = navigation_for(nodes, index_positions(nodes), f"guias/g{guides // 2:04d}.html", radius=7)
        sizes.append(_count(entries))
    assert sizes == [sizes[0]] * 3 == [3 + 15] * 3


def test_window_surrounds_the_current_page_and_links_to_the_lists():
    nodes = _site(2000)
    (_, section, _) = navigation_for(nodes, index_positions(nodes), "guias/g0120.html", radius=7)
    titles = [e.title for e in section.children]
    assert titles[0] == "Guía 113" and titles[-1] == "Guía 127"
    assert [e.current for e in section.children].index(True) == 7
    assert section.active and not section.current
    # Entries above the window are on list page 3 (entries 100-149), those below too.
    assert section.more_before == "guias/_list-3.html"
    assert section.more_after == "guias/_list-3.html"


def test_edges_of_a_section_keep_a_full_window():
    nodes = _site(2000)
    (_, section, _) = navigation_for(nodes, index_positions(nodes), "guias/g0001.html", radius=7)
    assert len(section.children) == 15 and section.more_before is None
    assert section.more_after == "guias/_list-1.html"


def test_page_outside_the_navigation_shows_the_top_level_only():
    nodes = _site(2000)
    entries = navigation_for(nodes, index_positions(nodes), "untranslated/es/x.html")
    assert [e.title for e in entries] == ["Inicio", "Guías", "Acerca"]
    assert all(not e.children for e in entries)
    assert entries[1].url == "guias/g0000.html"


def test_list_pages_reach_every_page_with_previous_and_next():
    items = [ListItem(f"Guía {n}", f"guias/g{n}.md") for n in range(120)]
    texts = {"title": "{section}: todas ({number} de {count})", "previous": "Anterior", "next": "Siguiente"}
    second = render_list_page("guias", "Guías", items, 2, 50, texts)
    assert "# Guías: todas (2 de 3)" in second
    assert "51. [Guía 50](g50.md)" in second and "100. [Guía 99](g99.md)" in second
    assert "[Anterior](_list-1.md)" in second and "[Siguiente](_list-3.md)" in second
    last = render_list_page("guias", "Guías", items, 3, 50, texts)
    assert "120. [Guía 119](g119.md)" in last and "Siguiente" not in last


def _site_with_index() -> list[NavNode]:
    guides = [NavNode("Guías", "guias/index.html")]
    guides += [NavNode(f"Guía {n}", f"guias/g{n}.html") for n in range(3)]
    return [NavNode("Faro: ciberseguridad", "index.html"), NavNode("Guías", None, guides),
            NavNode("Acerca", "acerca.html")]


def test_a_section_does_not_repeat_its_title_for_its_index_page():
    nodes = _site_with_index()
    (_, section, _) = navigation_for(nodes, index_positions(nodes), "guias/g1.html")
    assert section.url == "guias/index.html" and not section.current
    assert [e.title for e in section.children] == ["Guía 0", "Guía 1", "Guía 2"]
    (_, section, _) = navigation_for(nodes, index_positions(nodes), "guias/index.html")
    assert section.current and [e.title for e in section.children] == ["Guía 0", "Guía 1", "Guía 2"]


def test_only_the_home_page_is_marked_home():
    nodes = _site_with_index()
    entries = navigation_for(nodes, index_positions(nodes), "guias/g1.html")
    assert [e.home for e in entries] == [True, False, False]
    assert not any(e.home for e in entries[1].children)
