"""Each stance says where it comes from; "not addressed" only after reading the whole document."""

from __future__ import annotations

import pytest

from faro.findings import Report, format_text
from tests.positions.conftest import SOURCE_PAGE, check, write_record

APPLICABILITY = ('    - {id: applicability, stance: affirms, evidence: quote, pinpoint: "para. 2",\n'
                 '       quote: "International law applies.", quote_lang: en}\n')


def with_applicability(entry: str, source: str = SOURCE_PAGE) -> str:
    assert APPLICABILITY in source
    return source.replace(APPLICABILITY, f"    - {entry}\n")


def findings_of(tmp_path, source: str):
    write_record(tmp_path / "content", source)
    return check(tmp_path)


def test_valid_stance_fields_reach_the_record(tmp_path):
    (record,) = findings_of(tmp_path, SOURCE_PAGE).records
    entry = record.entry("applicability")
    assert (entry.evidence, entry.pinpoint, entry.quote, entry.quote_lang) == (
        "quote", "para. 2", "International law applies.", "en")
    via = record.entry("sovereignty").via
    assert (via.title, via.url, via.lang) == (
        "National position of Brazil (2021)", "https://example.org/toolkit/brazil", "en")


def test_not_addressed_needs_full_extraction(tmp_path):
    source = with_applicability("{id: applicability, stance: not_addressed, evidence: reading}")
    result = findings_of(tmp_path, source)
    (finding,) = result.findings
    assert finding.rule_id == "positions.not-addressed-needs-full-extraction"
    assert finding.args["field"] == "position.topics[0].stance"
    assert finding.line == source[:source.index("stance: not_addressed")].count("\n") + 1
    assert "not_extracted" in finding.hint("en") and "not_extracted" in finding.hint("es")
    assert result.records == []  # an error keeps the record out of the site


def test_not_addressed_is_allowed_once_the_whole_document_is_read(tmp_path):
    source = with_applicability("{id: applicability, stance: not_addressed, evidence: reading}",
                                SOURCE_PAGE.replace("extraction: partial", "extraction: full"))
    source = source.replace("    applicability: El derecho internacional se aplica.\n", "")
    result = findings_of(tmp_path, source)
    assert result.findings == [], format_text(Report(result.findings))
    (record,) = result.records
    assert record.stance_on("applicability") == "not_addressed"
    assert record.stance_on("neutrality") == "not_addressed"  # unlisted, and the document was read


@pytest.mark.parametrize("entry,rule,severity", [
    ('{id: applicability, stance: affirms, pinpoint: "p. 4"}', "positions.stance-evidence-missing", "error"),
    ("{id: applicability, stance: affirms, evidence: reading}",
     "positions.stance-pinpoint-missing", "warning"),
    ('{id: applicability, stance: affirms, evidence: toolkit, pinpoint: "p. 4"}',
     "positions.stance-via-missing", "error"),
    ('{id: applicability, stance: affirms, evidence: quote, pinpoint: "p. 4"}',
     "positions.stance-quote-missing", "error"),
    ('{id: applicability, stance: affirms, evidence: quote, pinpoint: "p. 4", quote: "It applies."}',
     "positions.quote-lang-missing", "error"),
    ('{id: applicability, stance: affirms, evidence: reading, pinpoint: "p. 4", quote_lang: en}',
     "positions.quote-lang-without-quote", "error"),
    ('{id: applicability, stance: affirms, evidence: quote, pinpoint: "p. 4", quote: "It applies.", '
     "quote_lang: xx-nowhere}", "positions.unknown-language-tag", "error"),
    ("{id: applicability, stance: affirms, evidence: hearsay, pinpoint: \"p. 4\"}",
     "positions.unknown-value", "error"),
])
def test_stance_field_rules(tmp_path, entry, rule, severity):
    result = findings_of(tmp_path, with_applicability(entry))
    (finding,) = result.findings
    report = format_text(Report(result.findings))
    assert (finding.rule_id, finding.effective_severity) == (rule, severity), report
    assert finding.args["field"].startswith("position.topics[0]")
    assert finding.message("es") != finding.message("en")
    assert bool(result.records) is (severity == "warning")  # a warning does not keep the record out


def test_a_stance_finding_names_the_topic_in_the_language_of_the_message(tmp_path):
    (finding,) = findings_of(tmp_path, with_applicability("{id: applicability, stance: affirms, "
                                                          "evidence: reading}")).findings
    assert "Aplicabilidad del derecho internacional (applicability)" in finding.message("es")
    assert "Applicability of international law (applicability)" in finding.message("en")


def test_a_long_quote_is_a_warning(tmp_path):
    words = " ".join(["applies"] * 61)
    entry = f'{{id: applicability, stance: affirms, evidence: quote, pinpoint: "p. 4", quote: "{words}", ' \
            "quote_lang: en}"
    (finding,) = findings_of(tmp_path, with_applicability(entry)).findings
    assert finding.rule_id == "positions.quote-too-long"
    assert finding.args["words"] == 61 and finding.args["limit"] == 60


def test_stances_from_before_the_stance_fields_only_warn(tmp_path):
    """Reviewed before `stance_evidence_since`: one warning per unsourced stance, not an error."""
    source = with_applicability("{id: applicability, stance: affirms}",
                                SOURCE_PAGE.replace("date_reviewed: 2026-12-07", "date_reviewed: 2026-11-23"))
    result = findings_of(tmp_path, source)
    (finding,) = result.findings
    assert finding.rule_id == "positions.stance-evidence-legacy"
    assert finding.effective_severity == "warning"
    assert result.records
    reviewed_again = source.replace("date_reviewed: 2026-11-23", "date_reviewed: 2026-12-07")
    rules = {f.rule_id for f in findings_of(tmp_path, reviewed_again).findings}
    assert rules == {"positions.stance-evidence-missing", "positions.stance-pinpoint-missing"}


def test_not_extracted_needs_no_evidence_or_summary(tmp_path):
    source = with_applicability("{id: applicability, stance: not_extracted}")
    source = source.replace("    applicability: El derecho internacional se aplica.\n", "")
    result = findings_of(tmp_path, source.replace("    applicability: International law applies.\n", ""))
    assert result.findings == [], format_text(Report(result.findings))
