"""The records engine carries both record types: the same checks, each under its own rules."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from faro.maturity.validation import AssessmentRecords
from faro.maturity.vocabulary import load_vocabulary as maturity_vocabulary
from faro.positions.validation import PositionRecords
from faro.positions.vocabulary import load_vocabulary as positions_vocabulary
from faro.records import codes
from faro.records.engine import load_records
from faro.records.schema import restrict
from tests.maturity import conftest as maturity
from tests.positions import conftest as positions
from tests.support import ROOT

# (record type, fixtures module, the facts key, the translation page's folder inside content/en/)
TYPES = [
    pytest.param(PositionRecords(positions_vocabulary()), positions, "position", "positions/documents",
                 id="positions"),
    pytest.param(AssessmentRecords(maturity_vocabulary()), maturity, "assessment", "maturity/assessments",
                 id="maturity"),
]


def load(record_type, project: Path):
    return load_records(record_type, project / "content", project)


@pytest.mark.parametrize("record_type,fixtures,facts_key,folder", TYPES)
def test_a_valid_record_of_each_type_is_built(tmp_path, record_type, fixtures, facts_key, folder):
    fixtures.write_record(tmp_path / "content")
    result = load(record_type, tmp_path)
    assert result.findings == []
    (record,) = result.records
    assert set(record.titles) == {"es", "en"}


@pytest.mark.parametrize("record_type,fixtures,facts_key,folder", TYPES)
def test_orphan_translation_is_named_with_its_missing_source(tmp_path, record_type, fixtures, facts_key,
                                                             folder):
    orphan = tmp_path / "content" / "en" / folder / "xx-2026-orphan.md"
    orphan.parent.mkdir(parents=True)
    orphan.write_text(fixtures.TRANSLATION_PAGE, encoding="utf-8")
    (finding,) = load(record_type, tmp_path).findings
    assert finding.rule_id == f"{record_type.name}.orphan-translation"
    assert finding.path == f"content/en/{folder}/xx-2026-orphan.md"
    assert "xx-2026-orphan.md" in finding.message("en")


@pytest.mark.parametrize("record_type,fixtures,facts_key,folder", TYPES)
def test_translation_link_and_facts_in_translation(tmp_path, record_type, fixtures, facts_key, folder):
    source = fixtures.SOURCE_PAGE
    facts = source[source.index(f"{facts_key}:"):source.index("\n", source.index(f"{facts_key}:"))]
    translation = (fixtures.TRANSLATION_PAGE.replace("lang: es}", "lang: fr}")
                   .replace("\ntranslation_of:", f"\n{facts}\n  id: x\ntranslation_of:"))
    fixtures.write_record(tmp_path / "content", translation=translation)
    result = load(record_type, tmp_path)
    rules = {f.rule_id for f in result.findings}
    assert {f"{record_type.name}.translation-link", f"{record_type.name}.facts-in-translation"} <= rules
    link = next(f for f in result.findings if f.rule_id.endswith("translation-link"))
    assert link.line == translation[:translation.index("translation_of")].count("\n") + 1
    assert result.records == []


@pytest.mark.parametrize("record_type,fixtures,facts_key,folder", TYPES)
def test_missing_translation_and_schema_errors_point_at_the_key(tmp_path, record_type, fixtures, facts_key,
                                                                folder):
    source = fixtures.SOURCE_PAGE.replace(f"\n{facts_key}:\n", f"\n{facts_key}:\n  colour: blue\n")
    fixtures.write_record(tmp_path / "content", source, translation=None)
    findings = load(record_type, tmp_path).findings
    by_rule = {f.rule_id: f for f in findings}
    unknown = by_rule[f"{record_type.name}.unknown-field"]
    assert unknown.args["field"] == f"{facts_key}.colour"
    assert unknown.line == source[:source.index("colour")].count("\n") + 1
    assert f"{record_type.name}.translation-missing" not in by_rule  # schema errors come first
    fixtures.write_record(tmp_path / "content", translation=None)
    (missing,) = load(record_type, tmp_path).findings
    assert missing.rule_id == f"{record_type.name}.translation-missing"
    assert missing.args["lang"] == "en"


def test_alpha3_codes_are_iso_3166_not_cldr_aliases():
    assert codes.alpha3_of()["DE"] == "DEU"
    assert codes.country_problem("DE", "DDR") == ("alpha3-mismatch",
                                                 {"value": "DDR", "iso2": "DE", "allowed": "DEU"})
    assert codes.country_problem("DE", "DEU") is None
    assert codes.country_problem("EU", "EUR")[0] == "not-a-state"
    assert "EU" in codes.organisations() and "EU" not in codes.state_codes()


def test_a_german_record_with_the_retired_code_is_refused(tmp_path):
    source = (positions.SOURCE_PAGE.replace("iso2: BR, iso3: BRA", "iso2: DE, iso3: DDR")
              .replace("br-2021-test", "de-2021-test"))
    translation = positions.TRANSLATION_PAGE.replace("br-2021-test", "de-2021-test")
    positions.write_record(tmp_path / "content", source, translation, record_id="de-2021-test")
    (finding,) = load(PositionRecords(positions_vocabulary()), tmp_path).findings
    assert finding.rule_id == "positions.alpha3-mismatch" and "DEU" in finding.message("en")


def test_restrict_fills_vocabulary_markers():
    schema = {"properties": {"kind": {"x-vocabulary": "kinds"}, "items": {"x-required-vocabulary": "keys"},
                             "free": {"x-vocabulary": "unknown"}}}
    allowed = {"kinds": ["a", "b"], "keys": ["k"]}.get
    assert restrict(schema, allowed) == {"properties": {"kind": {"enum": ["a", "b"]},
                                                        "items": {"required": ["k"]}, "free": {}}}


def _imports(package: Path) -> set[str]:
    names = set()
    for path in package.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
    return names


def test_neither_record_type_imports_the_other():
    plugins = ROOT / "plugins" / "faro"
    assert not any(name.startswith("faro.positions") for name in _imports(plugins / "maturity"))
    assert not any(name.startswith("faro.maturity") for name in _imports(plugins / "positions"))
    features = ("faro.positions", "faro.maturity")
    assert not any(name.startswith(features) for name in _imports(plugins / "records"))
