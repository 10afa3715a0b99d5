"""`faro check`: every kind of bad input is reported with file and line, in every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from tests.support import copy_project, run_faro, write_page

GOOD_ES = ("title: Copias de seguridad\ndescription: Cómo guardar una copia de sus archivos.",
           "# Copias de seguridad\n\nGuarde una copia de sus fotos. Hágalo cada semana.\n\n"
           "## Dónde guardarla\n\nUse un disco externo o la nube.")
GOOD_EN = ("title: Backups\ndescription: How to keep a copy of your files.\n"
           "translation_of: {path: index.md, lang: es}",
           "# Backups\n\nKeep a copy of your photos. Do it every week.\n\n"
           "## Where to keep it\n\nUse an external disk or the cloud.")


@pytest.fixture()
def project(tmp_path) -> Path:
    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/index.md", *GOOD_ES)
    write_page(project, "en/index.md", *GOOD_EN)
    return project


def _check(project: Path, *args: str):
    result = run_faro("check", "--format", "json", "--lang", "en", *args, cwd=project)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout)


def _where(data) -> set[tuple[str, str, int | None]]:
    return {(f["rule"], f["path"], f["line"]) for f in data["findings"] if f["severity"] == "error"}


def test_clean_project_passes(project):
    code, data = _check(project)
    assert code == 0, data
    assert data["summary"]["errors"] == 0


def _break(project: Path, case: str) -> None:
    es = project / "content" / "es"
    if case == "yaml":
        (es / "index.md").write_text("---\ntitle: [unclosed\ndescription: x\n---\n\n# Hola\n")
    elif case == "utf8":
        (es / "index.md").write_bytes("---\ntitle: Hola\n---\n\n# Hola\n\nCami\xf3n.\n".encode("latin-1"))
    elif case == "language":
        write_page(project, "fr/index.md", "title: Accueil\ndescription: Page d'accueil.", "# Accueil")
    elif case == "not-markdown":
        (es / "notas.docx").write_bytes(b"PK\x03\x04")
    elif case == "link":
        write_page(project, "es/index.md", GOOD_ES[0], GOOD_ES[1] + "\n\nVea [la guía](no-existe.md).")
    elif case == "anchor":
        write_page(project, "es/index.md", GOOD_ES[0], GOOD_ES[1] + "\n\nVea [la sección](#no-existe).")
    elif case == "image":
        write_page(project, "es/index.md", GOOD_ES[0], GOOD_ES[1] + "\n\n![Un esquema claro](falta.png)")
    elif case == "script":
        write_page(project, "es/index.md", GOOD_ES[0], GOOD_ES[1] + "\n\n<script>alert(1)</script>")
    elif case == "schema":
        write_page(project, "es/index.md", "title: Copias de seguridad", GOOD_ES[1])


@pytest.mark.parametrize("case, rule, path, line", [
    ("yaml", "content.front-matter-yaml", "content/es/index.md", 2),
    ("utf8", "content.invalid-utf8", "content/es/index.md", 7),
    ("language", "content.unknown-language", "content/fr", None),
    ("not-markdown", "content.not-markdown", "content/es/notas.docx", None),
    ("link", "build.broken-link", "content/es/index.md", 14),
    ("anchor", "build.missing-anchor", "content/es/index.md", 14),
    ("image", "build.broken-link", "content/es/index.md", 14),
    ("script", "safety.forbidden-tag", "content/es/index.md", 14),
    ("schema", "content.schema-missing-field", "content/es/index.md", 1),
])
def test_bad_input_is_an_error_with_file_and_line(project, case, rule, path, line):
    _break(project, case)
    code, data = _check(project)
    assert code == 1
    assert (rule, path, line) in _where(data), data["findings"]


def test_unknown_reference_in_mkdocs_yml_is_reported_without_traceback(project):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("  - faro/search\n", "  - faro/no-such-plugin\n"))
    result = run_faro("check", cwd=project)
    assert result.returncode in (1, 2)
    assert "no-such-plugin" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    build = run_faro("build", cwd=project)
    assert build.returncode == 1 and "no-such-plugin" in build.stderr
    assert "Traceback" not in build.stderr and not (project / "site").exists()


def test_paths_limit_the_report(project):
    write_page(project, "en/index.md", GOOD_EN[0], GOOD_EN[1] + "\n\n<script>x()</script>")
    _break(project, "script")
    _, everything = _check(project)
    _, english = _check(project, str(project / "content" / "en"))
    assert {f["path"] for f in everything["findings"]} >= {"content/es/index.md", "content/en/index.md"}
    inside = {f["path"] for f in english["findings"] if not f["outside_paths"]}
    outside = {(f["path"], f["rule"]) for f in english["findings"] if f["outside_paths"]}
    assert inside == {"content/en/index.md"}
    assert {(f["path"], f["page_lang"]) for f in everything["findings"]} == {
        ("content/es/index.md", "es"), ("content/en/index.md", "en")}
    # The Spanish error would stop the build, so it is still reported, marked as elsewhere.
    assert outside == {("content/es/index.md", "safety.forbidden-tag")}
    assert english["summary"]["files"] == 1


def test_formats(project):
    _break(project, "script")
    text = run_faro("check", "--lang", "es", cwd=project)
    assert text.returncode == 1
    assert "content/es/index.md:14:1: error safety.forbidden-tag La etiqueta <script>" in text.stdout
    github = run_faro("check", "--format", "github", cwd=project).stdout
    assert "::error file=content/es/index.md,line=14,col=1,title=safety.forbidden-tag::" in github
    sarif_path = project / "report.sarif"
    run_faro("check", "--format", "sarif", "--output", str(sarif_path), cwd=project)
    sarif = json.loads(sarif_path.read_text())
    schema = json.loads((Path(__file__).parent / "sarif_subset.schema.json").read_text())
    Draft202012Validator(schema, format_checker=FormatChecker()).validate(sarif)
    (script,) = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "safety.forbidden-tag"]
    assert script["locations"][0]["physicalLocation"]["region"]["startLine"] == 14


def test_a_language_without_a_home_page_is_an_error(project):
    (project / "content" / "en" / "index.md").unlink()
    write_page(project, "en/about.md", "title: About\ndescription: About this site here.", "# About\n\nHi.")
    code, data = _check(project)
    assert code == 1
    assert ("content.missing-home", "content/en", None) in _where(data)


def test_without_lang_or_a_known_locale_the_summary_is_in_the_pages_language(project):
    import os
    import subprocess
    import sys

    environment = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": "",
                   "FARO_LANG": ""}
    result = subprocess.run([sys.executable, "-m", "faro", "check", "content/es/index.md"],
                            cwd=project, capture_output=True, text=True, timeout=600, env=environment)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Archivos revisados: 1. Errores: 0,")
