from pathlib import Path

import pytest

from faro.accessibility.engine import PageSource, check_page
from faro.accessibility.policy import (
    BaselineEntry,
    BaselineError,
    apply_policy,
    load_baseline,
    page_exceptions,
)
from faro.findings import Severity
from faro.gate import Policy

FIXTURES = Path(__file__).parent / "fixtures"
MARKDOWN = """---
title: Contraseñas
---

# Contraseñas seguras

Para descargar la guía, pulse [aquí](../guia.pdf).
"""


def _page(name):
    return (FIXTURES / "rules" / f"{name}.html").read_text(encoding="utf-8")


def test_content_defect_points_at_markdown_line():
    source = PageSource("content/es/contrasenas.md", MARKDOWN, "contrasenas/index.html")
    [finding] = check_page(_page("link-text-generic"), "es", source)
    assert (finding.path, finding.line) == ("content/es/contrasenas.md", 7)


def test_theme_defect_points_at_template():
    [finding] = check_page(_page("skip-link"), "es", PageSource("content/es/a.md", MARKDOWN))
    assert finding.path == "theme:base.html" and finding.line is None


def test_front_matter_exception_with_reason_suppresses_rule():
    meta = {"accessibility": {"ignore": [{"rule": "a11y.link-text-generic",
                                          "reason": "Ejemplo de lo que no se debe escribir."}]}}
    ignored, problems = page_exceptions(meta, "a.md", MARKDOWN)
    assert problems == []
    assert apply_policy(check_page(_page("link-text-generic"), "es"), ignored) == []


def test_exception_without_reason_is_an_error_and_does_not_suppress():
    meta = {"accessibility": {"ignore": [{"rule": "a11y.link-text-generic"}]}}
    ignored, [problem] = page_exceptions(meta, "a.md", "x\n  - rule: a11y.link-text-generic\n")
    assert ignored == set()
    assert problem.line == 2 and problem.effective_severity is Severity.ERROR


def test_baseline_covers_theme_finding_by_template_and_selector(tmp_path):
    baseline = tmp_path / "accessibility-baseline.yml"
    baseline.write_text(
        "ignore:\n"
        "  - rule: a11y.skip-link\n"
        "    template: theme:base.html\n"
        "    selector: 'a.md-*'\n"
        "    reason: Tracked upstream.\n", encoding="utf-8")
    findings = check_page(_page("skip-link"), "es")
    assert findings[0].args["selector"] == "a.md-skip"
    assert apply_policy(findings, baseline=load_baseline(baseline)) == []
    elsewhere = BaselineEntry("a11y.skip-link", "Other template.", "theme:partials/nav.html")
    assert apply_policy(findings, baseline=[elsewhere]) == findings


@pytest.mark.parametrize("text", [
    "ignore:\n  - rule: a11y.skip-link\n",
    "ignore:\n  - rule: a11y.nope\n    reason: x\n",
    "- rule: a11y.skip-link\n",
])
def test_malformed_baseline_is_rejected(tmp_path, text):
    path = tmp_path / "b.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError, match="b.yml"):
        load_baseline(path)


def test_severity_override_and_off_are_the_gates():
    findings = check_page(_page("link-text-generic"), "es")
    [lowered] = Policy(overrides={"a11y.link-text-generic": "info"}).apply(findings)
    assert lowered.effective_severity is Severity.INFO
    assert Policy(overrides={"a11y.link-text-generic": "off"}).apply(findings) == []
