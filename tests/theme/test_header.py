"""The header bar: one bar for the home link, languages, search and Menu; on a phone
(375 and 320 px) the name wraps, the search folds behind a labelled button, and
everything works with the keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.11, 4.1.2)."""

from __future__ import annotations

import pytest

ACTIVE = "document.activeElement"


def _open(browser, site, path="index.html", width=375, height=740):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto((site / path).as_uri())
    return page


@pytest.fixture
def phone(browser, real_site):
    page = _open(browser, real_site)
    yield page
    page.close()


def _tab_until(page, selector: str, limit: int = 15) -> list[str]:
    """Press Tab until `selector` has focus; returns what got focus on the way."""
    seen = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(f"{ACTIVE}.className || {ACTIVE}.tagName"))
        if page.evaluate(f"{ACTIVE}.matches({selector!r})"):
            return seen
    raise AssertionError(f"Tab from the top never reaches {selector}; it went {seen}")


def _box(page, selector: str) -> dict:
    return page.locator(selector).first.bounding_box()


def test_tab_from_the_top_reaches_home_languages_search_and_menu_in_order(phone):
    seen = _tab_until(phone, "[aria-controls=faro-nav]")
    order = [name for name in ("faro-header__home", "faro-search-toggle", "faro-menu-button")
             if name in seen]
    assert order == ["faro-header__home", "faro-search-toggle", "faro-menu-button"], seen
    between = seen[seen.index("faro-header__home") + 1:seen.index("faro-search-toggle")]
    assert "A" in between  # a language link
    for control in ("button.faro-search-toggle", "button.faro-menu-button"):
        assert phone.locator(control).get_attribute("aria-expanded") == "false"
        assert phone.locator(control).inner_text().strip()  # a visible label, not an icon alone


@pytest.mark.parametrize("key", ["Enter", " "])
def test_search_button_opens_with_enter_or_space_and_escape_returns_focus(phone, key):
    _tab_until(phone, "button.faro-search-toggle")
    main_top = _box(phone, "main")["y"]
    phone.keyboard.press(key)
    toggle = phone.locator("button.faro-search-toggle")
    assert toggle.get_attribute("aria-expanded") == "true"
    assert phone.evaluate(f"{ACTIVE}.id") == "faro-search-input"
    assert phone.locator("label[for=faro-search-input]").is_visible()
    assert _box(phone, "main")["y"] == main_top  # the panel opens over the page, pushing nothing
    phone.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    assert phone.evaluate(f"{ACTIVE}.classList.contains('faro-search-toggle')")
    assert not phone.locator("#faro-search-input").is_visible()


def test_tabbing_out_of_the_open_search_closes_it(phone):
    _tab_until(phone, "button.faro-search-toggle")
    phone.keyboard.press("Enter")
    phone.keyboard.press("Tab")  # the Search (submit) button
    assert phone.evaluate(f"{ACTIVE}.type") == "submit"
    phone.keyboard.press("Tab")  # on to Menu: the panel must not stay over the page
    assert phone.evaluate(f"{ACTIVE}.getAttribute('aria-controls')") == "faro-nav"
    assert phone.locator("button.faro-search-toggle").get_attribute("aria-expanded") == "false"
    assert not phone.locator("#faro-search-input").is_visible()


@pytest.mark.parametrize("key", ["Enter", " "])
def test_menu_button_opens_the_drawer_and_escape_returns_focus(phone, key):
    _tab_until(phone, "[aria-controls=faro-nav]")
    menu = phone.locator("button.faro-menu-button")
    phone.keyboard.press(key)
    assert menu.get_attribute("aria-expanded") == "true"
    assert phone.evaluate(f"document.getElementById('faro-nav').contains({ACTIVE})")
    phone.keyboard.press("Escape")
    assert menu.get_attribute("aria-expanded") == "false"
    assert phone.evaluate(f"{ACTIVE}.getAttribute('aria-controls')") == "faro-nav"


@pytest.mark.parametrize("width", [375, 320])
@pytest.mark.parametrize("path", ["index.html", "en/guides/passwords.html"])
def test_on_a_phone_the_name_wraps_and_the_bar_fits(browser, real_site, width, path):
    page = _open(browser, real_site, path, width=width)
    header = _box(page, ".faro-header")
    name = page.locator(".faro-header__name")
    assert name.evaluate("e => e.scrollWidth <= e.clientWidth + 1")  # not cut sideways
    assert name.evaluate("e => getComputedStyle(e).whiteSpace") != "nowrap"  # wraps, no ellipsis
    box = name.bounding_box()
    assert box["x"] + box["width"] <= width
    assert header["y"] <= box["y"] and box["y"] + box["height"] <= header["y"] + header["height"]
    for control in (".faro-languages a", "button.faro-search-toggle", "button.faro-menu-button"):
        part = _box(page, control)
        assert part["x"] >= 0 and part["x"] + part["width"] <= width, control
        assert part["y"] + part["height"] <= header["y"] + header["height"], control
    assert header["height"] <= 140  # two rows, no search form pushing the page down
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.close()


def test_on_a_wide_screen_everything_sits_in_one_row_of_the_bar(browser, real_site):
    page = _open(browser, real_site, "guias/contrasenas.html", width=1280, height=800)
    header = _box(page, ".faro-header")
    assert header["height"] <= 80
    middle = header["y"] + header["height"] / 2
    for part in (".faro-header__name", ".faro-languages", "#faro-search-input",
                 ".faro-search button[type=submit]"):
        box = _box(page, part)
        assert box["y"] >= header["y"] and box["y"] + box["height"] <= header["y"] + header["height"], part
        assert abs(box["y"] + box["height"] / 2 - middle) < 12, part  # one line through their middles
    assert not page.locator("button.faro-search-toggle").is_visible()
    assert not page.locator(".faro-menu-button").is_visible()
    page.close()


def test_results_close_when_focus_leaves_the_search_on_a_wide_screen(browser, real_site):
    page = _open(browser, real_site, "en/guides/passwords.html", width=1280, height=800)
    page.fill("#faro-search-input", "password")
    page.press("#faro-search-input", "Enter")
    page.wait_for_selector("#faro-search-results a")
    assert page.locator("#faro-search-results").is_visible()
    page.keyboard.press("Tab")  # the Search button, then the results: all still open
    page.keyboard.press("Tab")
    assert page.evaluate(f"{ACTIVE}.closest('#faro-search-results') !== null")
    page.locator("#faro-search-results a").last.focus()
    page.keyboard.press("Tab")  # out of the search, into the page
    assert not page.locator("#faro-search-results").is_visible()
    page.focus("#faro-search-input")
    assert page.locator("#faro-search-results").is_visible()
    page.close()


def test_the_header_does_not_cover_a_focused_link(browser, real_site):
    """Focus not obscured (2.4.11): the bar scrolls away with the page, so a link
    that focus scrolls into view at the top of the window is never under it."""
    page = _open(browser, real_site, "guias/contrasenas.html", width=1280, height=500)
    links = page.locator("article a")
    links.last.focus()
    page.evaluate(f"{ACTIVE}.scrollIntoView({{block: 'start'}})")
    header = _box(page, ".faro-header")
    link = links.last.bounding_box()
    assert link["y"] >= header["y"] + header["height"]
    page.close()


@pytest.mark.parametrize("path, home", [("guias/contrasenas.html", "Inicio"),
                                        ("en/guides/passwords.html", "Home")])
def test_the_menu_repeats_neither_the_site_name_nor_the_section_title(browser, real_site, path, home):
    page = _open(browser, real_site, path, width=1280, height=800)
    site_name = page.inner_text(".faro-header__name").strip()
    links = page.eval_on_selector_all(
        "#faro-nav a.md-nav__link", "els => els.map(e => [e.textContent.trim(), e.getAttribute('href')])")
    assert links[0][0] == home
    assert site_name not in [text for text, _ in links]
    hrefs = [href for _, href in links]
    assert len(hrefs) == len(set(hrefs)), links  # no page listed twice (a section and its index)
    titles = [text for text, _ in links]
    assert len(titles) == len(set(titles)), links
    page.close()


def test_a_result_keeps_the_focus_when_the_search_typed_before_enter_comes_due(browser, real_site):
    page = _open(browser, real_site, "en/guides/passwords.html", width=1280, height=800)
    page.fill("#faro-search-input", "backup")  # a first search loads the index
    page.press("#faro-search-input", "Enter")
    page.wait_for_selector("#faro-search-results a")
    page.fill("#faro-search-input", "password")  # typing schedules a search in 250 ms
    page.press("#faro-search-input", "Enter")    # Enter searches at once
    page.wait_for_selector("#faro-search-results a")
    page.locator("#faro-search-results a").last.focus()
    page.wait_for_timeout(600)  # past the time the typed search was due
    assert page.evaluate(f"{ACTIVE}.closest('#faro-search-results') !== null")
    page.close()
