"""Reflow (WCAG 1.4.10): at 320 CSS px no page scrolls sideways; wide tables scroll in a labelled region."""

from __future__ import annotations

import pytest

PAGES = ["index.html", "posiciones/comparativa.html", "en/positions/comparison.html",
         "madurez/ncsi/americas.html"]


@pytest.mark.parametrize("path", PAGES)
def test_page_is_no_wider_than_a_320_px_viewport(browser, real_site, path):
    if not (real_site / path).exists():
        pytest.fail(f"{path} is not built")
    page = browser.new_page(viewport={"width": 320, "height": 640})
    page.goto((real_site / path).as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
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
