"""Faro's own browser checks in Chromium: each has a small page that fails it and one that passes."""

from __future__ import annotations

import json

import pytest

from faro.audit.checks import CHECK_RULES
from faro.audit.report import format_json, format_text
from faro.findings import Severity
from faro.rules import get_rule
from tests.audit.conftest import FIXTURES, audit_report

# page -> the one finding it must give: (rule, element, viewport it runs at)
FAILING = {
    "reflow-falla.html": ("audit.reflow", "#ancho", "mobile"),
    "region-sin-nombre.html": ("audit.scroll-region", "#desliza", "mobile"),
    "espaciado-falla.html": ("audit.text-spacing", "#caja", "desktop"),
    "espaciado-solapa.html": ("audit.text-spacing-overlap", "#fija", "desktop"),
    "zoom-falla.html": ("audit.text-zoom", "#fija", "desktop"),
    "foco-tapado.html": ("audit.focus-obscured", "#tapado", "mobile"),
    "foco-oculto.html": ("audit.focus-hidden", "#fuera", "mobile"),
    "foco-atrapado.html": ("audit.focus-trap", "#q", "mobile"),
    "foco-orden.html": ("audit.focus-tabindex", "#dos", "mobile"),
    "objetivo-falla.html": ("audit.target-size", "#menos", "mobile"),
}
# The page that passes each check: the same construction, done right.
PASSING = {
    "audit.reflow": "reflow-pasa.html",  # a wide table inside a labelled, focusable region
    "audit.scroll-region": "reflow-pasa.html",
    "audit.text-spacing": "espaciado-pasa.html",  # min-height instead of height
    "audit.text-spacing-overlap": "espaciado-pasa.html",
    "audit.text-zoom": "zoom-pasa.html",
    "audit.text-zoom-overlap": "zoom-pasa.html",
    "audit.focus-obscured": "foco-visible.html",  # scroll-padding-top under a fixed header, 40 links
    "audit.focus-hidden": "foco-salto.html",  # a skip link that shows when focused
    "audit.focus-trap": "foco-visible.html",
    "audit.focus-tabindex": "foco-orden-pasa.html",  # tabindex 0 and -1
    "audit.target-size": "objetivo-pasa.html",  # small buttons spaced apart, links in a sentence
}


def test_every_check_rule_has_a_failing_and_a_passing_page():
    assert {rule for rule, _, _ in FAILING.values()} | {"audit.text-zoom-overlap"} == set(CHECK_RULES)
    assert set(PASSING) == set(CHECK_RULES)
    for rule in CHECK_RULES:
        assert get_rule(rule).wcag and get_rule(rule).text(get_rule(rule).title, "es")


@pytest.mark.parametrize("page", sorted(FAILING))
def test_failing_page_gives_its_one_finding(checks_report, page):
    rule, target, viewport = FAILING[page]
    found = [(f.rule_id, f.args["target"], f.args["viewports"]) for f in checks_report.checks
             if f.path == page]
    if rule == "audit.target-size":  # both buttons are too close to each other
        assert (rule, target, viewport) in found and {r for r, _, _ in found} == {rule}
    else:
        assert found == [(rule, target, viewport)]


@pytest.mark.parametrize("page", sorted(set(PASSING.values())))
def test_passing_page_gives_no_finding(checks_report, page):
    assert [(f.rule_id, f.args["target"]) for f in checks_report.checks if f.path == page] == []


def test_check_findings_are_in_the_shared_model_with_texts_in_both_languages(checks_report):
    finding = next(f for f in checks_report.to_findings() if f.rule_id == "audit.reflow")
    assert finding.path == "reflow-falla.html" and finding.effective_severity is Severity.ERROR
    assert finding.message("en") == ("At 320 px wide the page is 648 px wide and scrolls sideways; "
                                     "sticking out: #ancho [mobile]")
    assert finding.message("es").startswith("A 320 px de ancho la página mide 648 px")
    assert finding.to_dict("es")["wcag"] == "1.4.10"
    warning = next(f for f in checks_report.checks if f.rule_id == "audit.focus-tabindex")
    assert warning.effective_severity is Severity.WARNING


def test_check_errors_fail_the_audit_and_warnings_do_not(browser):
    failing = audit_report(browser, FIXTURES / "checks", pages=["foco-tapado.html"])
    assert failing.violations == [] and failing.failed
    warned = audit_report(browser, FIXTURES / "checks", pages=["foco-orden.html"])
    assert [f.rule_id for f in warned.checks] == ["audit.focus-tabindex"] and not warned.failed


def test_reports_list_the_checks_in_text_and_json(checks_report):
    data = json.loads(format_json(checks_report))
    assert data["axe"] == checks_report.axe_version
    entry = next(c for c in data["checks"] if c["rule"] == "audit.focus-obscured")
    assert entry == {
        "rule": "audit.focus-obscured", "severity": "error", "wcag": "2.4.11", "page": "foco-tapado.html",
        "target": "#tapado", "html": '<a id="tapado" href="#guia">Guía bajo la cabecera',
        "viewports": ["mobile"],
        "message": "When reached with Tab, #tapado is entirely hidden under html > body > header [mobile]",
        "hint": get_rule("audit.focus-obscured").hint["en"],
    }
    assert data["summary"]["check_errors"] == 9 and data["summary"]["checks"] == 11
    text = format_text(checks_report)
    assert "  audit.text-zoom [error] No text may be lost with text at 200 %" in text
    assert "    WCAG: 1.4.4; pages: 1" in text
    assert "Faro's checks: 9 errors, 2 warnings" in text.splitlines()[-1]


def test_clean_page_passes_every_check(browser):
    report = audit_report(browser, FIXTURES / "clean")
    assert report.checks == []
