"""The browser audit finds real defects on the right page, with axe's impact, at both viewports."""

from __future__ import annotations

import json

import pytest

from faro.audit.report import format_json, format_text
from faro.audit.runner import VIEWPORTS, site_pages
from faro.findings import Severity
from faro.rules import get_rule
from tests.audit.conftest import FIXTURES, audit_report

VIEWPORT_NAMES = [v.name for v in VIEWPORTS]
KNOWN_DEFECTS = [
    ("image-alt", "index.html", "critical"),
    ("html-has-lang", "sin-idioma.html", "serious"),
    ("link-name", "enlace-vacio.html", "serious"),
    ("color-contrast", "contraste.html", "serious"),
]


@pytest.mark.parametrize(("rule", "page", "impact"), KNOWN_DEFECTS)
def test_each_known_defect_is_reported_on_its_page_at_both_viewports(defects_report, rule, page,
                                                                     impact):
    found = [v for v in defects_report.violations if v.rule == rule]
    assert sorted(v.viewport for v in found) == sorted(VIEWPORT_NAMES)
    for violation in found:
        assert violation.pages == [page]
        assert violation.impact == impact
        assert [node.page for node in violation.nodes] == [page]
        assert violation.nodes[0].target and violation.nodes[0].html.startswith("<")


def test_defects_site_reports_nothing_else_and_fails(defects_report):
    assert {v.rule for v in defects_report.violations} == {rule for rule, _, _ in KNOWN_DEFECTS}
    assert "en/index.html" not in {page for v in defects_report.violations for page in v.pages}
    assert defects_report.failed
    assert defects_report.blocked == [] and defects_report.errors == []


def test_clean_page_has_no_violation(browser):
    report = audit_report(browser, FIXTURES / "clean")
    assert report.violations == [] and report.blocked == [] and report.errors == []
    assert report.needs_review == []
    assert not report.failed


def test_page_reaching_another_host_is_blocked_and_reported(browser):
    report = audit_report(browser, FIXTURES / "external")
    assert {(b.page, b.viewport, b.detail) for b in report.blocked} == {
        ("index.html", name, "https://example.com/x.js") for name in VIEWPORT_NAMES
    }
    assert report.failed
    findings = [f for f in report.to_findings() if f.rule_id == "audit.external-request"]
    assert len(findings) == 1
    assert findings[0].path == "index.html"
    assert "https://example.com/x.js" in findings[0].message("en")
    assert "desktop, mobile" in findings[0].message("es")


def test_findings_use_the_shared_model_with_severity_from_impact(defects_report):
    # The empty link is also a Tab stop that nobody can see: Faro's focus check says so.
    assert [(f.rule_id, f.path, f.args["html"]) for f in defects_report.checks] == [
        ("audit.focus-hidden", "enlace-vacio.html", '<a href="guia.pdf">')]
    findings = [f for f in defects_report.to_findings() if f.rule_id.startswith("axe.")]
    by_rule = {f.rule_id: f for f in findings}
    assert set(by_rule) == {f"axe.{rule}" for rule, _, _ in KNOWN_DEFECTS}
    # One finding per element, not per viewport: the viewports are named in the message.
    assert len(findings) == len(KNOWN_DEFECTS)
    image = by_rule["axe.image-alt"]
    assert image.path == "index.html"
    assert image.effective_severity is Severity.ERROR
    assert image.message("en").startswith("axe: Images must have alternative text (critical) at ")
    assert "[desktop, mobile]" in image.message("en")
    assert image.to_dict()["wcag"] == get_rule("axe.image-alt").wcag == "1.1.1"


def test_json_report_has_the_documented_shape(defects_report):
    data = json.loads(format_json(defects_report))
    assert data["pages"] == 5
    assert data["viewports"] == VIEWPORT_NAMES
    violation = next(v for v in data["violations"] if v["rule"] == "link-name")
    assert set(violation) >= {"rule", "impact", "help", "wcag", "viewport", "pages", "nodes"}
    assert violation["wcag"] == ["wcag2a", "wcag244", "wcag412"]
    assert violation["nodes"][0] == {
        "page": "enlace-vacio.html", "target": 'a[href$="guia.pdf"]', "html": '<a href="guia.pdf"></a>',
        "why": "Element does not have text that is visible to screen readers",
    }
    assert data["summary"]["failed"] is True
    assert data["summary"]["nodes_by_impact"]["critical"] == 2  # one image, two viewports


def test_text_report_has_one_block_per_rule(defects_report):
    text = format_text(defects_report)
    assert text.count("  image-alt [critical] Images must have alternative text") == 1
    assert "    pages: desktop 1; mobile 1" in text
    assert "    enlace-vacio.html [mobile] a[href$=\"guia.pdf\"]: <a href=\"guia.pdf\"></a>" in text
    assert text.splitlines()[-1].startswith("FAIL: 5 pages x 2 viewports (desktop, mobile)")


def test_exclude_globs_match_site_paths():
    site = FIXTURES / "defects"
    assert site_pages(site) == ["contraste.html", "en/index.html", "enlace-vacio.html",
                                "index.html", "sin-idioma.html"]
    assert site_pages(site, ["en/*", "sin-*.html"]) == ["contraste.html", "enlace-vacio.html",
                                                       "index.html"]


def test_links_and_abbreviations_inside_numbered_steps_leave_axe_nothing_to_review(browser, real_site):
    """The step number is a float, not an absolute box with a background over the text:
    axe can then measure the contrast of every link and abbreviation in the steps."""
    pages = ["guias/contrasenas.html", "en/guides/shopping-online.html"]
    html = (real_site / pages[0]).read_text(encoding="utf-8")
    assert 'class="faro-steps' in html and "<abbr" in (real_site / pages[1]).read_text(encoding="utf-8")
    report = audit_report(browser, real_site, pages=pages)
    assert report.violations == [] and report.needs_review == []
