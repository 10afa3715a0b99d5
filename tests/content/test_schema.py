"""Front-matter schemas: each mistake is a finding on the right line, with the allowed values."""

from __future__ import annotations

from pathlib import Path

from faro.content.pages import read_page
from faro.content.schema import validate_page

GOOD_GUIDE = """---
title: Copias de seguridad
description: Cómo guardar una copia de sus fotos y documentos.
type: guide
audience: [ciudadania]
technical_level: 1
published: 2026-11-23
last_reviewed: 2026-11-23
review_interval_months: 12
licence: CC-BY-4.0
sources:
  - title: INCIBE
    publisher: incibe
    url: https://www.incibe.es/
    checked: 2026-12-07
---

# Copias de seguridad
"""


def _findings(tmp_path: Path, text: str):
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    page, problems = read_page(path, "es", "page.md", "content/es/page.md")
    assert page is not None and problems == []
    return validate_page(page, "content/es/page.md")


def test_complete_guide_has_no_finding(tmp_path):
    assert _findings(tmp_path, GOOD_GUIDE) == []


def test_missing_field_is_named(tmp_path):
    (finding,) = _findings(tmp_path, GOOD_GUIDE.replace("licence: CC-BY-4.0\n", ""))
    assert finding.rule_id == "content.schema-missing-field"
    assert "'licence'" in finding.message("en") and "'guide'" in finding.message("en")


def test_invalid_value_points_at_its_line_and_lists_allowed_values(tmp_path):
    (finding,) = _findings(tmp_path, GOOD_GUIDE.replace("technical_level: 1", "technical_level: 5"))
    assert finding.rule_id == "content.schema-invalid"
    assert finding.line == 6
    assert "[1, 2, 3]" in finding.message("es")


def test_nested_list_item_error_points_at_the_item(tmp_path):
    text = GOOD_GUIDE.replace("url: https://www.incibe.es/", "url: http://www.incibe.es/")
    (finding,) = _findings(tmp_path, text)
    assert finding.args["field"] == "sources.0.url"
    assert finding.line == 14


def test_bad_date_and_unknown_audience(tmp_path):
    text = GOOD_GUIDE.replace("published: 2026-11-23", "published: 2026-13-01")
    text = text.replace("audience: [ciudadania]", "audience: [everyone]")
    fields = {f.args["field"] for f in _findings(tmp_path, text)}
    assert fields == {"published", "audience.0"}


def test_unknown_type(tmp_path):
    (finding,) = _findings(tmp_path, "---\ntitle: Hola mundo\ndescription: Una página.\ntype: blog\n---\n")
    assert finding.rule_id == "content.schema-unknown-type" and finding.line == 4


def test_plain_page_needs_title_and_description(tmp_path):
    findings = _findings(tmp_path, "---\ntitle: Hola mundo\n---\n\n# Hola\n")
    assert [f.args["field"] for f in findings] == ["description"]
