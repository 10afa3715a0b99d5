"""Template placeholders: each line that keeps one, with its column and what it says."""

from faro.content.checks import placeholder_findings


def test_a_placeholder_is_named_by_line_and_column_without_the_yaml_quotes():
    text = 'title: "FARO-TODO: copias del móvil"\nsources:\n  - url: https://example.org/FARO-TODO-page\n'
    found = [(f.line, f.column, f.args["text"]) for f in placeholder_findings(text, "content/es/a.md")]
    assert found == [(1, 9, "FARO-TODO: copias del móvil"), (3, 30, "FARO-TODO-page")]


def test_a_line_without_placeholder_has_no_finding():
    assert placeholder_findings("title: Copias del móvil\n# FARO es un faro\n", "content/es/a.md") == []
