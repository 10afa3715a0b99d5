"""`faro audit` as a command: exit codes, JSON on a real build, bad usage."""

from __future__ import annotations

import json

import pytest

from faro.audit.runner import axe_locale, axe_source, axe_version
from faro.rules import load_catalogue
from tests.audit.conftest import FIXTURES
from tests.support import run_faro

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture(scope="module")
def small_project_audit(small_project, tmp_path_factory):
    """`faro audit --format json --output FILE` run once on the built small project."""
    output = tmp_path_factory.mktemp("audit") / "audit.json"
    result = run_faro("audit", "--format", "json", "--output", str(output), cwd=small_project)
    return result, json.loads(output.read_text(encoding="utf-8"))


def test_audit_of_a_built_project_reports_every_page_in_the_documented_json(small_project,
                                                                             small_project_audit):
    result, data = small_project_audit
    built = sorted(p.relative_to(small_project / "site").as_posix()
                   for p in (small_project / "site").rglob("*.html"))
    assert data["pages"] == len(built) and any(p.startswith("en/") for p in built)
    assert data["viewports"] == ["desktop", "mobile"]
    assert set(data) == {"axe", "pages", "viewports", "violations", "checks", "needs_review",
                         "blocked_requests", "page_errors", "summary"}
    assert data["axe"] == data["summary"]["axe"] == axe_version()
    for violation in data["violations"]:
        assert set(violation) == {"rule", "impact", "help", "help_url", "wcag", "viewport", "pages",
                                  "nodes"}
        assert set(violation["pages"]) <= set(built)
    assert data["blocked_requests"] == [] and data["page_errors"] == []
    serious = [v for v in data["violations"] if v["impact"] in ("serious", "critical")]
    serious += [c for c in data["checks"] if c["severity"] == "error"]
    assert result.returncode == (1 if serious else 0), result.stderr
    assert data["summary"]["failed"] is bool(serious)
    assert data["summary"]["seconds_per_page"] > 0
    assert result.stdout.startswith("FAIL: " if serious else "ok: ")


def test_built_project_has_no_serious_violation(small_project_audit):
    result, data = small_project_audit
    assert [(v["rule"], v["viewport"], v["pages"]) for v in data["violations"]] == []
    assert sorted((c["rule"], c["page"], c["target"]) for c in data["checks"]) == []
    assert result.returncode == 0


def test_audit_exits_1_on_serious_defects_and_prints_text(tmp_path):
    result = run_faro("audit", str(FIXTURES / "defects"), "--exclude", "en/*", "--lang", "en",
                      cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "  link-name [serious] Links must have discernible text" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("FAIL: 4 pages x 2 viewports")
    assert f"axe {axe_version()}" in result.stdout.splitlines()[-1]


def test_audit_tells_axe_s_messages_in_spanish(tmp_path):
    result = run_faro("audit", str(FIXTURES / "defects"), "--exclude", "en/*", "--lang", "es",
                      cwd=tmp_path)
    spanish = axe_locale("es")["rules"]["link-name"]["help"]
    assert f"  link-name [serious] {spanish}" in result.stdout


@pytest.mark.parametrize("args", [("missing-site",), ("empty",), (".", "--exclude", "*.html")])
def test_bad_usage_exits_2(tmp_path, args):
    (tmp_path / "empty").mkdir()
    (tmp_path / "page.html").write_text("<!doctype html><title>x</title>", encoding="utf-8")
    result = run_faro("audit", *args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("faro: error: ")


def test_every_wcag_rule_of_the_vendored_axe_has_a_catalogue_entry(browser):
    page = browser.new_page()
    try:
        page.set_content("<!doctype html><html lang='en'><title>x</title></html>")
        page.evaluate(axe_source())
        rules = page.evaluate("(tags) => axe.getRules(tags).map((rule) => rule.ruleId)", WCAG_TAGS)
    finally:
        page.close()
    missing = sorted(f"axe.{rule}" for rule in rules if f"axe.{rule}" not in load_catalogue())
    assert missing == [], f"add these rules to plugins/faro/rules/audit.yml: {missing}"
