import dataclasses
import json

from faro.findings import (
    Finding,
    Report,
    Severity,
    format_github,
    format_json,
    format_sarif,
    format_text,
)

UNKNOWN_FOLDER = {"folder": "fr", "languages": "es, en"}


def _report():
    return Report([
        Finding("content.front-matter-yaml", "content/es/b.md", 3, 1, {"problem": "bad: indent"}),
        Finding("content.unknown-language", "content/fr", args=UNKNOWN_FOLDER, severity=Severity.INFO),
    ])


def test_text_is_sorted_and_localised():
    text = format_text(_report(), "es")
    first, _, third, _ = text.splitlines()
    assert first.startswith("content/es/b.md:3:1: error content.front-matter-yaml")
    assert "no son YAML válido: bad: indent" in first
    # Severities are words of the report's language too.
    assert third.startswith("content/fr:1:1: información content.unknown-language")


def test_json_shape_and_summary():
    data = json.loads(format_json(_report(), "en"))
    assert data["summary"] == {"errors": 1, "warnings": 0, "info": 1, "files": 2,
                               "files_with_findings": 2, "outside_paths": 0}
    keys = {"rule", "severity", "path", "line", "column", "message", "wcag"}
    assert all(keys <= set(finding) for finding in data["findings"])


def test_github_escapes_property_values():
    out = format_github(_report(), "en")
    assert "::error file=content/es/b.md,line=3,col=1,title=content.front-matter-yaml::" in out
    assert "bad: indent" in out and "%0A" in out
    assert "::notice file=content/fr,title=content.unknown-language::" in out


def test_sarif_levels_and_rule_index():
    sarif = json.loads(format_sarif(_report(), "en"))
    run = sarif["runs"][0]
    assert sarif["version"] == "2.1.0"
    ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for result in run["results"]:
        assert ids[result["ruleIndex"]] == result["ruleId"]
    assert {r["level"] for r in run["results"]} == {"error", "note"}


def test_severity_override():
    assert not Report([Finding("content.unknown-language", "x", args=UNKNOWN_FOLDER,
                               severity=Severity.WARNING)]).has_errors
    assert Report([Finding("content.unknown-language", "x", args=UNKNOWN_FOLDER)]).has_errors


def test_a_page_generated_from_records_speaks_the_language_it_was_built_in():
    # Named by its URI ("madurez/ncsi/ar.md"), whose path says no language.
    generated = Finding("content.front-matter-yaml", "madurez/ncsi/ar.md", 1, 1, {"problem": "x"}, lang="es")
    assert "no son YAML válido" in format_text(Report([generated]), None)
    assert "no son YAML válido" not in format_text(Report([dataclasses.replace(generated, lang=None)]), None)
    assert json.loads(format_json(Report([generated]), None))["findings"][0]["page_lang"] == "es"


def test_only_findings_on_pages_without_a_file_are_stamped_with_the_build_language(tmp_path):
    from faro.i18n.build import stamp_generated

    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    on_file = Finding("build.config", "mkdocs.yml")
    assert stamp_generated(on_file, "es", tmp_path) is on_file
    assert stamp_generated(Finding("build.config", "madurez/ncsi/ar.md"), "es", tmp_path).lang == "es"


def test_a_cut_summary_shows_errors_then_warnings_before_information():
    from faro.commands.output import SUMMARY_LINES, report_lines

    notes = [Finding("content.unknown-language", f"content/a{n:02}", args=UNKNOWN_FOLDER,
                     severity=Severity.INFO) for n in range(SUMMARY_LINES)]
    error = Finding("content.front-matter-yaml", "content/z.md", 3, 1, {"problem": "bad"})
    warning = dataclasses.replace(error, path="content/y.md", severity=Severity.WARNING)
    lines = report_lines(Report([*notes, warning, error]), "en", verbose=False)
    assert lines[0].startswith("content/z.md:3:1: error")
    assert lines[1].startswith("    ") and lines[2].startswith("content/y.md:3:1: warning")
    assert len(lines) == SUMMARY_LINES + 1 and "more" in lines[-1]


def test_a_summary_speaks_the_language_of_the_pages_it_is_about():
    spanish = Finding("content.front-matter-yaml", "content/es/b.md", 3, 1, {"problem": "bad"})
    english = dataclasses.replace(spanish, path="content/en/b.md")
    assert Report([spanish], language="en").words_language(None) == "es"
    assert Report([spanish, english], language="es").words_language(None) == "es"
    assert Report([spanish, english], language="en").words_language(None) == "en"
    assert Report([], language="es").words_language(None) == "es"
    assert Report([], language="xx").words_language(None) == "en"
    assert Report([spanish], language="es").words_language("en") == "en"
