"""The navigation drawer at 375 px, driven with the keyboard only (WCAG 2.1.1, 2.1.2, 2.4.3)."""

from __future__ import annotations

import pytest


@pytest.fixture
def phone(browser, real_site):
    page = browser.new_page(viewport={"width": 375, "height": 740})
    page.goto((real_site / "index.html").as_uri())
    yield page
    page.close()


def _tab_to_menu(page) -> None:
    for _ in range(15):  # past the home link, the language links and the Search button
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('aria-controls') === 'faro-nav'"):
            return
    raise AssertionError("Tab from the top never reaches the menu button")


def _focus_in_drawer(page) -> bool:
    return page.evaluate("document.getElementById('faro-nav').contains(document.activeElement)")


@pytest.mark.parametrize("key", ["Enter", " "])
def test_menu_opens_with_the_keyboard_and_moves_focus_in(phone, key):
    _tab_to_menu(phone)
    assert phone.evaluate("document.activeElement.tagName") == "BUTTON"
    assert phone.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"
    assert not phone.locator("#faro-nav a").first.is_visible()
    phone.keyboard.press(key)
    assert phone.evaluate("document.activeElement.getAttribute('aria-expanded')") is None
    assert _focus_in_drawer(phone)
    assert phone.locator("[aria-controls=faro-nav]").get_attribute("aria-expanded") == "true"


def test_focus_stays_in_the_drawer_and_escape_returns_it(phone):
    _tab_to_menu(phone)
    phone.keyboard.press("Enter")
    links = phone.locator("#faro-nav a").count()
    for _ in range(links + 2):
        phone.keyboard.press("Tab")
        assert _focus_in_drawer(phone)
    for _ in range(3):
        phone.keyboard.press("Shift+Tab")
        assert _focus_in_drawer(phone)
    phone.keyboard.press("Escape")
    assert phone.evaluate("document.activeElement.getAttribute('aria-controls')") == "faro-nav"
    assert phone.locator("[aria-controls=faro-nav]").get_attribute("aria-expanded") == "false"
    assert not phone.locator("#faro-nav a").first.is_visible()


def test_without_javascript_the_menu_link_shows_the_navigation(browser, real_site):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto((real_site / "index.html").as_uri())
    assert not page.locator("#faro-nav a").first.is_visible()
    page.locator("a[data-faro-menu]").click()
    assert page.locator("#faro-nav a").first.is_visible()
    context.close()


@pytest.mark.parametrize("path", ["index.html", "guias/contrasenas.html", "404.html", "en/404.html"])
def test_built_pages_keep_no_hidden_checkbox_toggles(real_site, path):
    html = (real_site / path).read_text(encoding="utf-8")  # 404 pages are theme templates
    assert 'data-md-toggle="drawer"' not in html
    assert 'for="__drawer"' not in html
    assert 'for="__toc"' not in html  # the table of contents has a title, not a label for nothing


def test_search_folds_behind_a_button_on_a_phone(phone):
    toggle = phone.locator("button.faro-search-toggle")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert not phone.locator("#faro-search-input").is_visible()
    toggle.focus()
    phone.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert phone.evaluate("document.activeElement.id") == "faro-search-input"
    phone.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert phone.evaluate("document.activeElement.className") == "faro-search-toggle"
    assert phone.evaluate("document.activeElement.textContent.trim()") == "Buscar"  # labelled, not an icon
    assert not phone.locator("#faro-search-input").is_visible()


def test_search_stays_open_on_a_wide_screen(browser, real_site):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto((real_site / "index.html").as_uri())
    assert page.locator("#faro-search-input").is_visible()
    assert not page.locator("button.faro-search-toggle").is_visible()
    page.close()


def test_home_page_has_no_table_of_contents(real_site):
    for home in ("index.html", "en/index.html"):
        html = (real_site / home).read_text(encoding="utf-8")
        assert 'data-md-type="toc" hidden' in html, home
