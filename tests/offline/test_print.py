"""Printing a guide: no navigation, link addresses written out, review date and site address."""

from __future__ import annotations

from tests.support import write_page


def test_printed_guide_is_clean_and_says_where_it_came_from(small_project, browser):
    page = browser.new_page()
    page.goto((small_project / "site" / "guias" / "contrasenas.html").as_uri())
    page.emulate_media(media="print")
    hidden = page.evaluate("""() => ['.md-header', '.faro-toolbar', '.md-sidebar--primary', '.faro-download']
        .map(s => document.querySelector(s))
        .filter(e => e && getComputedStyle(e).display !== 'none').map(e => e.className)""")
    assert hidden == []
    address = page.locator(".faro-print-only")
    assert address.is_visible()
    assert "https://faro.example/guias/contrasenas.html" in address.inner_text()
    page.close()


def test_printed_links_show_their_address(tmp_path, browser):
    from tests.support import ABOUT, copy_project, run_faro

    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/index.md", "title: Inicio" + ABOUT,
               "# Inicio\n\nLea la [guía de INCIBE](https://www.incibe.es/).")
    write_page(project, "en/index.md", "title: Home" + ABOUT, "# Home\n\nHello.")
    assert run_faro("build", cwd=project).returncode == 0
    page = browser.new_page()
    page.goto((project / "site" / "index.html").as_uri())
    page.emulate_media(media="print")
    after = page.evaluate("""() => getComputedStyle(
        document.querySelector('.md-typeset a[href^="https://www.incibe.es"]'), '::after').content""")
    assert "https://www.incibe.es/" in after
    page.emulate_media(media="screen")
    assert page.evaluate("""() => getComputedStyle(
        document.querySelector('.md-typeset a[href^="https://www.incibe.es"]'), '::after').content""") in (
        "none", "normal", "")
    page.close()


def test_printed_real_guide_shows_its_last_review(real_site, browser):
    page = browser.new_page()
    page.goto((real_site / "guias" / "contrasenas.html").as_uri())
    page.emulate_media(media="print")
    text = page.locator("article").inner_text()
    assert "Última revisión" in text and "2026" in text
    assert page.locator(".faro-print-only").is_visible()
    page.close()
