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


def test_new_position_in_both_languages_passes_faro_check(tmp_path):
    project = copy_project(tmp_path)
    slug = "cl-2026-posicion-de-prueba"
    made = run_faro("new", "position", slug, "--lang", "es", "--country", "CL",
                    "--title", "Chile (2026): posición de prueba", cwd=project)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == f"content/es/posiciones/documentos/{slug}.md"
    source = (project / made.stdout.strip()).read_text(encoding="utf-8")
    assert "actor: {kind: state, iso2: CL, iso3: CHL}" in source and 'date_published: "2026"' in source
    made = run_faro("new", "position", slug, "--lang", "en", "--country", "CL", cwd=project)
    assert made.returncode == 0, made.stderr
    translation = (project / made.stdout.strip()).read_text(encoding="utf-8")
    assert f"path: posiciones/documentos/{slug}.md" in translation and "position:" not in translation

    check = run_faro("check", "--format", "json", f"content/es/posiciones/documentos/{slug}.md",
                     f"content/en/positions/documents/{slug}.md", cwd=project)
    assert json.loads(check.stdout)["summary"]["errors"] == 0, check.stdout
    assert check.returncode == 0


def test_new_position_needs_an_actor_and_a_matching_slug(tmp_path):
    project = copy_project(tmp_path)
    for args in (("cl-2026-x", "--lang", "es"),
                 ("cl-2026-x", "--lang", "es", "--country", "CL", "--org", "OAS"),
                 ("posicion-sin-fecha", "--lang", "es", "--country", "CL"),
                 ("zz-2026-x", "--lang", "es", "--country", "ZZ")):
        result = run_faro("new", "position", *args, cwd=project)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.startswith("faro: error: ")
