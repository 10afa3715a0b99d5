"""Every accessibility rule fires on its own fixture and on nothing else.

The rule list comes from the catalogue, so a new rule without a fixture fails here.
"""

from pathlib import Path

import pytest
import yaml

from faro.accessibility.engine import check_page
from faro.accessibility.policy import page_exceptions
from faro.accessibility.site import check_site
from faro.rules import load_catalogue

FIXTURES = Path(__file__).parent / "fixtures"
RULE_IDS = sorted(r for r in load_catalogue() if r.startswith("a11y."))


def findings_for_fixture(rule_id: str):
    name = rule_id.removeprefix("a11y.")
    base = FIXTURES / "rules" / name
    if base.is_dir():
        return check_site(base, ["es", "en"])
    if base.with_suffix(".md").is_file():
        text = base.with_suffix(".md").read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("---")[1])
        return page_exceptions(meta, "ejemplos.md", text)[1]
    html = base.with_suffix(".html").read_text(encoding="utf-8")
    return check_page(html, "es")


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_fires_on_its_fixture_only(rule_id):
    findings = findings_for_fixture(rule_id)
    assert {f.rule_id for f in findings} == {rule_id}
    for finding in findings:
        assert finding.message("es") and finding.message("en")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_clean_page_has_no_finding(lang):
    html = (FIXTURES / "clean" / f"{lang}.html").read_text(encoding="utf-8")
    assert check_page(html, lang) == []


def test_every_rule_names_a_wcag_criterion_or_is_a_policy_rule():
    for rule_id in RULE_IDS:
        rule = load_catalogue()[rule_id]
        assert rule.wcag or rule_id.startswith("a11y.suppression-")


def test_one_text_for_a_page_with_and_without_its_final_slash_is_not_ambiguous():
    html = (FIXTURES / "clean" / "es.html").read_text(encoding="utf-8")
    links = ('<p><a href="https://ncsi.ega.ee/country/ar_2022/">https://ncsi.ega.ee/country/ar_2022/</a> '
             '<a href="https://ncsi.ega.ee/country/ar_2022">https://ncsi.ega.ee/country/ar_2022</a> '
             '<a href="https://ncsi.ega.ee/country/ar_2023">https://ncsi.ega.ee/country/ar_2022</a></p>')
    page = html.replace("</article>", links + "</article>", 1)
    assert page != html
    findings = check_page(page, "es")
    assert [(f.rule_id, f.args["other"]) for f in findings] == [
        ("a11y.link-text-ambiguous", "https://ncsi.ega.ee/country/ar_2023")]
