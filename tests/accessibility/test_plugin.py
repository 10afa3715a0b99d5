"""The plugin in a real MkDocs build with the Material theme."""

import json
import textwrap

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, PluginError

# Material's own known defects (see ecosystem notes 3.2), accepted so the tests
# can focus on the content; selectors are those the engine reports.
THEME_BASELINE = """
ignore:
  - {rule: a11y.svg-alt, reason: Material header icons are unhidden SVGs.}
  - {rule: a11y.label, template: "theme:base.html", reason: Material checkbox toggles.}
  - {rule: a11y.empty-label, reason: "Material's drawer and overlay labels are empty click areas."}
  - {rule: a11y.color-contrast, reason: Accent hover colour of Material indigo.}
"""


def _project(tmp_path, page: str, baseline: str = THEME_BASELINE):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(textwrap.dedent(page).lstrip(), encoding="utf-8")
    (docs / "otra.md").write_text("# Otra página\n\nTexto de la otra página.\n", encoding="utf-8")
    (tmp_path / "accessibility-baseline.yml").write_text(baseline, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(textwrap.dedent("""
        site_name: Faro prueba
        theme: {name: material, language: es}
        plugins: [faro/accessibility]
    """), encoding="utf-8")
    return load_config(str(tmp_path / "mkdocs.yml"))


def _report(tmp_path):
    return json.loads((tmp_path / "site" / "accessibility.json").read_text(encoding="utf-8"))


def test_clean_build_passes_and_writes_report(tmp_path):
    config = _project(tmp_path, """
        # Contraseñas

        Lea la [guía de gestores](otra.md) antes de elegir uno.
    """)
    build(config)
    assert _report(tmp_path)["summary"]["errors"] == 0


def test_error_fails_the_build_and_names_file_and_line(tmp_path, caplog):
    config = _project(tmp_path, """
        # Contraseñas

        Texto de la página.

        <img src="phishing.png">
    """)
    with pytest.raises((PluginError, Abort)):
        build(config)
    findings = _report(tmp_path)["findings"]
    [missing] = [f for f in findings if f["rule"] == "a11y.image-alt"]
    assert (missing["path"], missing["line"]) == ("docs/index.md", 5)
    assert "docs/index.md:5:1: error a11y.image-alt" in caplog.text


def test_front_matter_exception_without_reason_fails(tmp_path):
    config = _project(tmp_path, """
        ---
        accessibility:
          ignore:
            - rule: a11y.link-text-generic
        ---
        # Contraseñas

        Descargue la guía [aquí](otra.md).
    """)
    with pytest.raises((PluginError, Abort)):
        build(config)
    rules = {f["rule"] for f in _report(tmp_path)["findings"]}
    assert rules == {"a11y.suppression-reason", "a11y.link-text-generic"}


def test_theme_findings_reported_without_baseline(tmp_path):
    config = _project(tmp_path, "# Contraseñas\n\nTexto.\n", baseline="ignore: []\n")
    with pytest.raises((PluginError, Abort)):
        build(config)
    paths = {f["path"] for f in _report(tmp_path)["findings"]}
    assert any(p.startswith("theme:") for p in paths)
