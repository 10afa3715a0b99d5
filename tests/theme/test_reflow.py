"""Reflow (WCAG 1.4.10): at 320 CSS px no page scrolls sideways; wide tables scroll in a labelled region."""

from __future__ import annotations

import pytest

PAGES = ["index.html", "posiciones/comparativa.html", "en/positions/comparison.html",
         "madurez/ncsi/americas.html", "madurez/ncsi/ar.html", "en/maturity/ncsi/us.html",
         "translations-status.html", "guias/index.html", "en/guides/software-updates.html"]
COMPARISON = {"es": ("posiciones/comparativa.html", "Se aplica / aceptado"),
              "en": ("en/positions/comparison.html", "Applies / accepted")}
SHOWN = "el => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0"


@pytest.mark.parametrize("width", [320, 375])
@pytest.mark.parametrize("path", PAGES)
def test_page_is_no_wider_than_a_phone_viewport(browser, real_site, path, width):
    if not (real_site / path).exists():
        pytest.fail(f"{path} is not built")
    page = browser.new_page(viewport={"width": width, "height": 640})
    page.goto((real_site / path).as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    for region in page.locator(".faro-table-scroll").all():
        assert region.get_attribute("role") == "region"
        assert region.get_attribute("tabindex") == "0"
        assert region.get_attribute("aria-labelledby") or region.get_attribute("aria-label")
    page.close()


def test_body_text_is_at_least_18_px(browser, real_site):
    page = browser.new_page(viewport={"width": 375, "height": 740})
    page.goto((real_site / "index.html").as_uri())
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('article p')).fontSize)")
    assert size >= 18
    page.close()


@pytest.mark.parametrize("width", [320, 375])
@pytest.mark.parametrize("lang", ["es", "en"])
def test_comparison_on_a_phone_is_one_card_per_document_in_words(browser, real_site, lang, width):
    path, words = COMPARISON[lang]
    page = browser.new_page(viewport={"width": width, "height": 640})
    page.goto((real_site / path).as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert not page.locator(".faro-comparison-table").evaluate(SHOWN)
    cards = page.locator(".faro-comparison-cards > li")
    assert cards.first.evaluate(SHOWN)
    assert cards.count() == page.locator("table.faro-comparison tbody tr").count()
    widest = page.evaluate("Math.max(...[...document.querySelectorAll('.faro-doc-card')]"
                           ".map(c => c.getBoundingClientRect().right))")
    assert widest <= width
    assert words in page.locator(".faro-comparison-cards").inner_text()  # words on screen, not glyphs alone
    page.close()


def test_comparison_on_a_wide_screen_is_the_table_in_its_region(browser, real_site):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto((real_site / COMPARISON["es"][0]).as_uri())
    assert page.locator(".faro-comparison-table").evaluate(SHOWN)
    assert not page.locator(".faro-comparison-cards").evaluate(SHOWN)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    page.close()


def test_stances_differ_in_shape_not_only_in_glyph(browser, real_site):
    """Taken, rejected, open and absent stances have different boxes (1.4.1: never colour alone)."""
    page = browser.new_page(viewport={"width": 375, "height": 640})
    page.goto((real_site / COMPARISON["en"][0]).as_uri())
    style = ("id => { const s = document.querySelector(`.faro-comparison-cards .faro-stance--${id} "
             ".faro-stance__symbol`) || document.querySelector(`.faro-stance--${id} .faro-stance__symbol`);"
             " const c = getComputedStyle(s); return c.borderTopStyle + ' ' + c.borderTopColor; }")
    shapes = {stance: page.evaluate(style, stance)
              for stance in ("affirms", "rejects", "mentioned", "not_extracted")}
    assert len({shape.split()[0] for shape in shapes.values()}) == 4, shapes
    page.close()


def test_a_guide_prints_without_menus_and_with_its_links_written_out(browser, real_site):
    page = browser.new_page(viewport={"width": 800, "height": 1000})
    page.goto((real_site / "en/guides/software-updates.html").as_uri())
    page.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".faro-toolbar", ".md-footer__inner"):
        hidden = page.evaluate(f"[...document.querySelectorAll('{selector}')].every(el => "
                               "getComputedStyle(el).display === 'none')")
        assert hidden, selector
    link = page.locator("article a[href^='http']").first
    written = link.evaluate("el => getComputedStyle(el, '::after').content")
    assert link.get_attribute("href") in written
    assert page.locator("aside.faro-help").evaluate(SHOWN)
    page.close()


def test_the_country_panel_prints_open(browser, real_site):
    page = browser.new_page(viewport={"width": 800, "height": 1000})
    page.goto((real_site / "en/index.html").as_uri())
    page.emulate_media(media="print")
    first_service = page.locator(".faro-help-panel details li").first
    assert first_service.evaluate("el => el.getBoundingClientRect().height") > 0
    page.close()


def test_a_markdown_table_reflows_into_one_card_per_row_on_a_phone(browser, real_site):
    """The NCSI value table: each cell shows its column's header; the table stays a table."""
    page = browser.new_page(viewport={"width": 320, "height": 640})
    page.goto((real_site / "madurez/ncsi/ar.html").as_uri())
    table = page.locator("article table").first
    first_cell = table.locator("tbody td").nth(1)
    assert first_cell.evaluate("el => getComputedStyle(el).display") == "block"
    assert 'cell "Puntos: ' in first_cell.aria_snapshot()  # shown and read with its header
    assert "columnheader" in table.aria_snapshot()  # still a table for screen readers
    page.close()
