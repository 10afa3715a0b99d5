"""A bad record fails with a finding that names the file, the line, the field and the allowed values."""

from __future__ import annotations

import pytest

from faro.findings import Report, format_text
from tests.positions.conftest import SOURCE_PAGE, TRANSLATION_PAGE, check, write_record


def line_of(text: str, needle: str) -> int:
    """Line where `needle` (which may span lines) starts."""
    return text[:text.index(needle)].count("\n") + 1


def test_valid_record_has_no_findings(tmp_path):
    write_record(tmp_path / "content")
    result = check(tmp_path)
    assert result.findings == []
    (record,) = result.records
    assert record.stance_on("applicability") == "affirms"
    assert record.stance_on("ihl") == "not_extracted"
    assert record.stance_on("neutrality") == "not_extracted"  # partial: unlisted is not "not addressed"
    assert record.entry("sovereignty").summaries == {"es": "La soberanía es una regla.",
                                                     "en": "Sovereignty is a rule."}


def test_full_extraction_makes_unlisted_topics_not_addressed(tmp_path):
    write_record(tmp_path / "content", SOURCE_PAGE.replace("extraction: partial", "extraction: full"))
    (record,) = check(tmp_path).records
    assert record.stance_on("neutrality") == "not_addressed"


# (what to change in the Spanish page, rule, field, text the message must contain, line needle)
SOURCE_CASES = [
    ("{id: applicability, stance: affirms,", "{id: applicability, stance: agrees,",
     "positions.unknown-value", "position.topics[0].stance", "affirms, affirms_rule", "stance: agrees"),
    ("{id: applicability, stance: affirms,", "{id: cyber_peace, stance: affirms,",
     "positions.unknown-value", "position.topics[0].id", "applicability, sovereignty", "cyber_peace"),
    ("kind: gge_compendium_contribution", "kind: blog_post",
     "positions.unknown-value", "position.kind", "position_paper", "blog_post"),
    ("  source_url: https://example.org/a-76-136.pdf\n", "",
     "positions.missing-field", "position.source_url", "source_url", "position:"),
    ("iso2: BR, iso3: BRA", "iso2: EU, iso3: EUR",
     "positions.not-a-state", "position.actor.iso2", "EU, AU, OAS", "iso2: EU"),
    ("iso2: BR, iso3: BRA", "iso2: BR, iso3: BRZ",
     "positions.alpha3-mismatch", "position.actor.iso3", "BRA", "iso3: BRZ"),
    ("languages_original: [en]", "languages_original: [zz]",
     "positions.unknown-language-tag", "position.languages_original[0]", "zz", "languages_original"),
    ("date_precision: day", "date_precision: month",
     "positions.date-precision", "position.date_published", "2020-04", "date_published"),
    ("  status: current\n", "  status: current\n  reviewer: Ana\n",
     "positions.unknown-field", "position.reviewer", "date_reviewed", "reviewer: Ana"),
    ("id: br-2021-test", "id: cl-2021-test",
     "positions.id-mismatch", "position.id", "br-2021-", "id: cl-2021-test"),
    ("supersedes: []", "supersedes: [br-2018-speech]",
     "positions.unknown-reference", "position.supersedes[0]", "br-2018-speech", "supersedes"),
    ("date_retrieved: 2026-11-23", "date_retrieved: 2026-13-45",
     "positions.invalid-value", "position.date_retrieved", "2026-13-45", "date_retrieved"),
    ("    sovereignty: La soberanía es una regla.\n", "",
     "positions.summary-missing", "summaries.topics", "sovereignty", "  topics:\n    applicability: El"),
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
    assert result.records == []  # a bad record is never built into pages


def test_facts_in_a_translation_are_rejected(tmp_path):
    translation = TRANSLATION_PAGE.replace("summaries:", "position: {id: br-2021-test}\nsummaries:")
    write_record(tmp_path / "content", translation=translation)
    (finding,) = [f for f in check(tmp_path).findings if f.rule_id == "positions.facts-in-translation"]
    assert finding.path == "content/en/positions/documents/br-2021-test.md"
    assert finding.line == 5


def test_missing_translation_page_is_named(tmp_path):
    write_record(tmp_path / "content", translation=None)
    (finding,) = check(tmp_path).findings
    assert finding.rule_id == "positions.translation-missing"
    assert "content/en/positions/documents/br-2021-test.md" in finding.message("en")


def test_translation_summary_for_an_unrecorded_topic(tmp_path):
    sovereignty = "    sovereignty: Sovereignty is a rule.\n"
    translation = TRANSLATION_PAGE.replace(sovereignty, sovereignty + "    neutrality: Neutral.\n")
    write_record(tmp_path / "content", translation=translation)
    (finding,) = check(tmp_path).findings
    assert finding.rule_id == "positions.summary-unexpected"
    assert finding.args["field"] == "summaries.topics.neutrality"
    assert finding.line == line_of(translation, "neutrality")


def test_messages_exist_in_both_languages(tmp_path):
    write_record(tmp_path / "content", SOURCE_PAGE.replace("stance: affirms,", "stance: agrees,"))
    (finding,) = check(tmp_path).findings
    assert "no es un valor permitido" in finding.message("es")
    assert "is not an allowed value" in finding.message("en")
