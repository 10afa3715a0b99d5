"""`faro new` writes complete pages that pass `faro check` as they are."""

from __future__ import annotations

import json

from tests.support import copy_project, run_faro


def test_new_guides_in_both_languages_pass_faro_check(tmp_path):
    project = copy_project(tmp_path)
    made = run_faro("new", "guide", "prueba-de-plantilla", "--lang", "es",
                    "--title", "Prueba de plantilla", cwd=project)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "content/es/guias/prueba-de-plantilla.md"
    made = run_faro("new", "guide", "template-test", "--lang", "en", "--title", "Template test",
                    "--translation-of", "es:guias/prueba-de-plantilla.md", cwd=project)
    assert made.returncode == 0, made.stderr
    page = (project / "content/en/guides/template-test.md").read_text(encoding="utf-8")
    assert "# Template test\n" in page and "path: guias/prueba-de-plantilla.md" in page

    check = run_faro("check", "--format", "json", "content/es/guias/prueba-de-plantilla.md",
                     "content/en/guides/template-test.md", cwd=project)
    report = json.loads(check.stdout)
    assert report["summary"]["errors"] == 0, report["findings"]
    assert check.returncode == 0


def test_new_refuses_bad_slugs_existing_files_and_missing_sources(tmp_path):
    project = copy_project(tmp_path)
    assert run_faro("new", "guide", "Mala_Ruta", "--lang", "es", cwd=project).returncode == 2
    assert run_faro("new", "guide", "contrasenas", "--lang", "es", cwd=project).returncode == 2
    missing = run_faro("new", "guide", "x", "--lang", "en", "--translation-of", "es:no.md", cwd=project)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
