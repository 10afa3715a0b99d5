"""The built site from file:// in headless Chromium with every network request blocked."""

from __future__ import annotations

import pytest


@pytest.fixture()
def offline_page(browser):
    context = browser.new_context()
    requested: list[str] = []

    def block_network(route):
        requested.append(route.request.url)
        route.abort()

    context.route("http://**/*", block_network)
    context.route("https://**/*", block_network)
    page = context.new_page()
    yield page, requested
    context.close()


def _search(page, query: str) -> list[str]:
    page.fill("#faro-search-input", query)
    page.press("#faro-search-input", "Enter")
    page.wait_for_function("document.getElementById('faro-search-status').textContent.length > 0")
    page.wait_for_timeout(100)
    return page.eval_on_selector_all("#faro-search-results a", "els => els.map(e => e.href)")


@pytest.mark.parametrize("lang, start, query, expected, other", [
    ("es", "guias/contrasenas.html", "gestores", "guias/contrasenas.html", "/en/"),
    ("en", "en/guides/passwords.html", "managers", "en/guides/passwords.html", "/guias/"),
])
def test_search_works_offline_in_each_language(small_project, offline_page, lang, start, query,
                                               expected, other):
    page, requested = offline_page
    site = small_project / "site"
    page.goto((site / start).as_uri())
    assert page.get_attribute("html", "lang") == lang
    # The index is not loaded before the reader searches.
    assert page.evaluate("typeof window.faroSearchIndex") == "undefined"
    hits = _search(page, query)
    assert hits, f"no {lang} results for {query!r}"
    assert (site / expected).as_uri() in hits
    assert not any(other in hit for hit in hits), hits
    assert requested == [], f"the page tried to reach the network: {requested}"


def test_spanish_search_stems_and_stays_in_spanish(small_project, offline_page):
    page, _ = offline_page
    page.goto((small_project / "site" / "index.html").as_uri())
    # "gestor" (singular) finds the page that says "gestores": Spanish stemming.
    hits = _search(page, "gestor")
    assert any(h.endswith("guias/contrasenas.html") for h in hits)
    # An English word from the English page finds nothing in the Spanish index.
    assert _search(page, "keys") == []


def test_language_switcher_works_offline(small_project, offline_page):
    page, requested = offline_page
    site = small_project / "site"
    page.goto((site / "guias" / "contrasenas.html").as_uri())
    page.click(".faro-languages a[hreflang=en]")
    assert page.url == (site / "en" / "guides" / "passwords.html").as_uri()
    assert page.get_attribute("html", "lang") == "en"
    assert requested == []
