"""The written-down disagreements between axe and the static engine still hold, reason by reason.

fixtures/disagreements.yml lists every page where the two engines do not say the
same thing; this test runs both on each, so a list that has gone stale fails.
"""

from __future__ import annotations

import shutil

import pytest
import yaml

from faro.accessibility.engine import check_page
from faro.audit.runner import VIEWPORTS, audit_site
from tests.audit.conftest import FIXTURES
from tests.audit.test_twins import TWINS

CASES = yaml.safe_load((FIXTURES / "disagreements.yml").read_text(encoding="utf-8"))
_CLEAN = (FIXTURES / "clean" / "index.html").read_text(encoding="utf-8")
_INSERT_BEFORE = "<p>Si tiene dudas"
RULES = sorted(set(TWINS) | {rule for case in CASES for kind in case["axe"].values() for rule in kind})


def page_with(snippet: str) -> str:
    assert _INSERT_BEFORE in _CLEAN
    return _CLEAN.replace(_INSERT_BEFORE, f"{snippet}\n{_INSERT_BEFORE}", 1)


@pytest.fixture(scope="module")
def axe_by_case(browser, tmp_path_factory):
    site = tmp_path_factory.mktemp("disagreements") / "site"
    shutil.copytree(FIXTURES / "clean", site)
    for case in CASES:
        (site / f"{case['name']}.html").write_text(page_with(case["html"]), encoding="utf-8")
    audits = audit_site(browser, site, [f"{case['name']}.html" for case in CASES], VIEWPORTS[:1],
                        run_only={"type": "rule", "values": RULES})
    return {audit.page.removesuffix(".html"): audit for audit in audits}


def test_every_disagreement_has_a_reason_and_a_unique_name():
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names))
    assert all(len(case["reason"].split()) >= 8 for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_static_engine_answers_as_written(case):
    found = {f.rule_id for f in check_page(page_with(case["html"]), "es", languages=("es", "en"))}
    assert found == set(case["faro"])


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_axe_answers_as_written(axe_by_case, case):
    audit = axe_by_case[case["name"]]
    assert audit.error is None and audit.blocked == []
    assert {result["id"] for result in audit.violations} == set(case["axe"]["violations"])
    assert set(case["axe"].get("incomplete", [])) <= {result["id"] for result in audit.incomplete}
