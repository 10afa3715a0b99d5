"""A bad assessment fails with a finding that names the file, the line, the field and the allowed values."""

from __future__ import annotations

import pytest

from faro.findings import Report, format_text
from faro.maturity.records import StageRange
from tests.maturity.conftest import SOURCE_PAGE, TRANSLATION_PAGE, check, write_record
from tests.support import copy_project, run_faro


def line_of(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


def test_valid_record_keeps_stages_and_ranges_as_given(tmp_path):
    write_record(tmp_path / "content")
    result = check(tmp_path)
    assert result.findings == []
    (record,) = result.records
    assert record.rating("D1.1").stage == StageRange(3, 3) and record.rating("D1.1").target == 4
    assert record.rating("D1.2").stage == StageRange(2, 3)
    assert record.rating("D5.6").stage is None  # not assessed: no stage invented
    assert record.rating("D1.2").evidence_notes == {"es": "El plan es reservado.",
                                                    "en": "The plan is classified."}
    assert record.rating("D2.1").evidence[0].lang == "en"


# (what to change in the Spanish page, rule, field, text the message must contain, line needle)
SOURCE_CASES = [
    ("D1.1: {stage: 3,", "D1.1: {stage: 7,", "maturity.unknown-stage", "assessment.factors.D1.1.stage",
     "1 (Start-up), 2 (Formative), 3 (Established), 4 (Strategic), 5 (Dynamic)", "D1.1:"),
    ("D1.1: {stage: 3,", "D1.1: {stage: 2.5,", "maturity.unknown-stage", "assessment.factors.D1.1.stage",
     "[min, max]; not_assessed", "D1.1:"),
    ("D1.2: {stage: [2, 3]", "D1.2: {stage: [3, 2]", "maturity.stage-order", "assessment.factors.D1.2.stage",
     "[3, 2]", "D1.2:"),
    ("    D5.6: {stage: not_assessed, evidence: []}\n", "    D5.6: {stage: not_assessed, evidence: []}\n"
     "    D9.9: {stage: 1, evidence: []}\n", "maturity.unknown-value", "assessment.factors.D9.9",
     "D1.1, D1.2", "D9.9"),
    ("    D5.6: {stage: not_assessed, evidence: []}\n", "", "maturity.missing-field",
     "assessment.factors.D5.6", "D5.6", "  factors:\n    D1.1"),
    ("kind: self_assessment", "kind: peer_review", "maturity.unknown-value", "assessment.kind",
     "self_assessment, external_review, index_snapshot", "kind: peer"),
    ("id: gcscc-cmm-2021,", "id: gcscc-cmm-2016,", "maturity.unknown-value", "assessment.framework.id",
     "gcscc-cmm-2021", "framework:"),
    ('version: "2021"', 'version: "2016"', "maturity.framework-version", "assessment.framework.version",
     "2021", "framework:"),
    ("licence: CC-BY-4.0", "licence: MIT", "maturity.unknown-value", "assessment.licence", "CC-BY-4.0",
     "licence:"),
    ("iso2: CL, iso3: CHL", "iso2: CL, iso3: CHI", "maturity.alpha3-mismatch", "assessment.country.iso3",
     "CHL", "country:"),
    ("iso2: CL, iso3: CHL", "iso2: EU, iso3: EUR", "maturity.not-a-state", "assessment.country.iso2",
     "EU", "country:"),
    ("iso2: CL, iso3: CHL", "iso2: XA, iso3: XAA", "maturity.example-code", "assessment.country.iso2",
     "example: true", "country:"),
    ("  kind: self_assessment\n", "  kind: self_assessment\n  example: true\n", "maturity.example-code",
     "assessment.country.iso2", "XA", "country:"),
    ("id: cl-cmm2021-2026-self", "id: cl-cmm2021-2025-self", "maturity.id-mismatch", "assessment.id",
     "cl-cmm2021-2026-", "id: cl-cmm2021-2025"),
    ("end: 2026-05-31", "end: 2026-09-30", "maturity.period-order", "assessment.period", "2026-07-15",
     "period:"),
    ("date_retrieved: 2026-11-23", "date_retrieved: 2026-11-31", "maturity.invalid-value",
     "assessment.date_retrieved", "2026-11-31", "date_retrieved"),
    ("  licence: CC-BY-4.0\n", "  licence: CC-BY-4.0\n  score: 3.4\n", "maturity.unknown-field",
     "assessment.score", "validated_by_third_party", "score:"),
    ("kind: statistics, lang: en", "kind: statistics, lang: zz", "maturity.unknown-language-tag",
     "assessment.factors.D2.1.evidence[0].lang", "zz", "D2.1:"),
    ("kind: strategy,", "kind: tweet,", "maturity.unknown-value", "assessment.factors.D1.1.evidence[0].kind",
     "strategy, law", "D1.1:"),
    ("D1.2: {rationale: Hay un equipo., evidence_note: El plan es reservado.}",
     "D1.2: {rationale: Hay un equipo.}", "maturity.evidence-missing", "texts.factors.D1.2", "evidence_note",
     "D1.2: {rationale: Hay un equipo"),
    ("    D2.1: {rationale: Hay una encuesta.}\n", "", "maturity.text-missing", "texts.factors", "D2.1",
     "  factors:\n    D1.1: {rationale"),
]


@pytest.mark.parametrize("old,new,rule,field,allowed,needle", SOURCE_CASES,
                         ids=[case[2] + ":" + case[3] for case in SOURCE_CASES])
def test_bad_source_page(tmp_path, old, new, rule, field, allowed, needle):
    assert old in SOURCE_PAGE
    source = SOURCE_PAGE.replace(old, new)
    page = write_record(tmp_path / "content", source)
    result = check(tmp_path)
    matching = [f for f in result.findings if f.rule_id == rule]
    assert matching, format_text(Report(result.findings))
    finding = matching[0]
    assert finding.path == page.relative_to(tmp_path).as_posix()
    assert finding.args["field"] == field
    assert allowed in finding.message("en")
    assert finding.line == line_of(source, needle)
    if finding.effective_severity == "error":
        assert result.records == []  # a bad record never reaches the pages


def test_a_target_not_above_the_stage_is_a_warning_only(tmp_path):
    write_record(tmp_path / "content", SOURCE_PAGE.replace("stage: 3, target: 4", "stage: 3, target: 3"))
    result = check(tmp_path)
    (finding,) = result.findings
    assert finding.rule_id == "maturity.target-not-above" and finding.effective_severity == "warning"
    assert len(result.records) == 1


def test_facts_in_a_translation_are_rejected(tmp_path):
    translation = TRANSLATION_PAGE.replace("texts:", "assessment: {id: cl-cmm2021-2026-self}\ntexts:")
    write_record(tmp_path / "content", translation=translation)
    (finding,) = [f for f in check(tmp_path).findings if f.rule_id == "maturity.facts-in-translation"]
    assert finding.path == "content/en/maturity/assessments/cl-cmm2021-2026-self.md"
    assert finding.line == 5


def test_missing_translation_and_missing_english_rationale_are_named(tmp_path):
    write_record(tmp_path / "content", translation=None)
    (finding,) = check(tmp_path).findings
    assert finding.rule_id == "maturity.translation-missing"
    assert "content/en/maturity/assessments/cl-cmm2021-2026-self.md" in finding.message("en")
    write_record(tmp_path / "content", translation=TRANSLATION_PAGE.replace(
        "    D2.1: {rationale: There is a survey.}\n", ""))
    (finding,) = check(tmp_path).findings
    assert finding.rule_id == "maturity.text-missing" and finding.args["lang"] == "en"
    assert "texts.factors.D2.1.rationale" in finding.message("es")


def test_a_bad_record_fails_the_build_naming_file_field_and_values(tmp_path):
    project = copy_project(tmp_path, with_content=False)
    (project / "content" / "es").mkdir(parents=True)
    (project / "content" / "es" / "index.md").write_text(
        "---\ntitle: Inicio\ndescription: Página de inicio de prueba.\n---\n\n# Inicio\n", encoding="utf-8")
    source = SOURCE_PAGE.replace("D1.1: {stage: 3,", "D1.1: {stage: 6,")
    write_record(project / "content", source)
    result = run_faro("build", cwd=project)
    assert result.returncode == 1
    where = f"content/es/madurez/evaluaciones/cl-cmm2021-2026-self.md:{line_of(source, 'D1.1:')}"
    assert where in result.stderr
    assert "assessment.factors.D1.1.stage" in result.stderr
    assert "1 (Inicial), 2 (Formativa)" in result.stderr or "1 (Start-up), 2 (Formative)" in result.stderr
    assert not (project / "site").exists()
