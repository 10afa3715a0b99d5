"""Every axe rule with a static twin: both engines catch the same defect on the same page.

The pairs come from the `axe: <id>` references in the accessibility rule
catalogue, so a new static rule that names an axe twin needs a page here.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from faro.accessibility.engine import check_page
from faro.accessibility.site import check_site, stylesheet_links
from faro.audit.runner import VIEWPORTS, audit_site, site_pages
from faro.rules import load_catalogue
from tests.audit.conftest import FIXTURES

TWINS: dict[str, str] = {}
for _rule_id, _rule in sorted(load_catalogue().items()):
    _twin = (_rule.reference or "").removeprefix("axe: ").split()[:1]
    if _rule_id.startswith("a11y.") and (_rule.reference or "").startswith("axe: ") and _twin != ["none"]:
        TWINS.setdefault(_twin[0], _rule_id)  # one page per axe rule: its first Faro twin
# axe leaves these to a person ("needs review") rather than failing them:
# it cannot know whether a video has captions in its file, whether audio that
# plays by itself can be stopped, whether same-named links lead to the same
# content, or whether a page without landmarks or headings needs a skip link.
AXE_NEEDS_REVIEW = {"video-caption", "no-autoplay-audio", "identical-links-same-purpose",
                    "bypass", "duplicate-id-aria"}


@cache
def static_rules(site: Path, page: str) -> frozenset[str]:
    """Rules the static engine reports for a page: its own checks and its stylesheets' palette."""
    html = (site / page).read_text(encoding="utf-8")
    rules = {finding.rule_id for finding in check_page(html, "es")}
    sheets = set(stylesheet_links(html, page))
    rules |= {f.rule_id for f in check_site(site, ["es", "en"]) if f.path in sheets}
    return frozenset(rules)


@pytest.fixture(scope="module")
def axe_results(browser, twins_site):
    """axe on every twin page (desktop), limited to the twin rules, some of which are not WCAG-tagged."""
    audits = audit_site(browser, twins_site, site_pages(twins_site), VIEWPORTS[:1],
                        run_only={"type": "rule", "values": sorted(TWINS)})
    return {audit.page: audit for audit in audits}


def test_every_twin_has_a_page():
    assert sorted(p.removesuffix(".html") for p in site_pages(FIXTURES / "twins")) == sorted(TWINS)


@pytest.mark.parametrize(("axe_rule", "static_rule"), sorted(TWINS.items()))
def test_axe_and_static_engine_catch_the_same_defect(axe_results, twins_site, axe_rule, static_rule):
    page = f"{axe_rule}.html"
    audit = axe_results[page]
    assert audit.error is None and audit.blocked == []
    kind = audit.incomplete if axe_rule in AXE_NEEDS_REVIEW else audit.violations
    assert axe_rule in {result["id"] for result in kind}, f"axe missed {axe_rule} on {page}"
    assert static_rule in static_rules(twins_site, page), f"static engine missed {static_rule}"


def test_the_page_the_twins_start_from_is_clean_for_both_engines(browser):
    site = FIXTURES / "clean"
    assert static_rules(site, "index.html") == frozenset()
    assert audit_site(browser, site, ["index.html"], VIEWPORTS[:1],
                      run_only={"type": "rule", "values": sorted(TWINS)})[0].violations == []
