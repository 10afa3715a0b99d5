"""`faro new` writes complete pages whose placeholders `faro check` refuses until they are filled."""

from __future__ import annotations

import json

from tests.support import copy_project, fill_placeholders, placeholder_lines, run_faro


def test_new_guides_fail_until_filled_then_pass_faro_check(tmp_path):
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

    pages = ("content/es/guias/prueba-de-plantilla.md", "content/en/guides/template-test.md")
    check = run_faro("check", "--format", "json", *pages, cwd=project)
    report = json.loads(check.stdout)
    assert check.returncode == 1
    for path in pages:  # description, source title and URL, the three steps, the risk, the source link
        assert len(placeholder_lines(report, path)) == 8, report["findings"]
    assert {f["rule"] for f in report["findings"] if f["severity"] == "error"} == {"content.placeholder"}

    for path in pages:
        fill_placeholders(project / path)
    check = run_faro("check", "--format", "json", *pages, cwd=project)
    report = json.loads(check.stdout)
    assert report["summary"]["errors"] == 0, report["findings"]
    assert check.returncode == 0


def test_a_given_title_keeps_its_accents_and_a_missing_one_is_a_placeholder(tmp_path):
    project = copy_project(tmp_path)
    made = run_faro("new", "guide", "contrasenas-y-mas", "--lang", "es", "--title", "Contraseñas y más",
                    cwd=project)
    page = (project / made.stdout.strip()).read_text(encoding="utf-8")
    assert 'title: "Contraseñas y más"' in page and "# Contraseñas y más\n" in page
    made = run_faro("new", "guide", "sin-titulo", "--lang", "es", cwd=project)
    lines = (project / made.stdout.strip()).read_text(encoding="utf-8").splitlines()
    assert lines[1] == 'title: "FARO-TODO: sin titulo"'
    report = json.loads(run_faro("check", "--format", "json", made.stdout.strip(), cwd=project).stdout)
    assert 2 in placeholder_lines(report, made.stdout.strip())


def test_new_refuses_bad_slugs_existing_files_and_missing_sources(tmp_path):
    project = copy_project(tmp_path)
    assert run_faro("new", "guide", "Mala_Ruta", "--lang", "es", cwd=project).returncode == 2
    assert run_faro("new", "guide", "contrasenas", "--lang", "es", cwd=project).returncode == 2
    missing = run_faro("new", "guide", "x", "--lang", "en", "--translation-of", "es:no.md", cwd=project)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_new_position_in_both_languages_passes_faro_check_once_filled(tmp_path):
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

    pages = (f"content/es/posiciones/documentos/{slug}.md", f"content/en/positions/documents/{slug}.md")
    check = run_faro("check", "--format", "json", *pages, cwd=project)
    report = json.loads(check.stdout)
    assert check.returncode == 1 and all(placeholder_lines(report, path) for path in pages)
    summaries = ("Chile dice que las leyes de siempre valen en la red. Pide que todos las cumplan. "
                 "Quiere paz. Quiere reglas claras. Pide ayuda para los países con menos medios.",
                 "Chile says the usual laws apply online. It asks every State to keep them. "
                 "It wants peace. It wants clear rules. It asks for help for poorer States.")
    for path, summary in zip(pages, summaries, strict=True):
        page = project / path
        text = page.read_text(encoding="utf-8").splitlines()
        marker = next(i for i, line in enumerate(text) if "FARO-TODO: " in line and i > 3)
        text[marker] = "    " + summary
        page.write_text("\n".join(text) + "\n", encoding="utf-8")
        fill_placeholders(page)
    run_faro("translations", "pin", pages[1], cwd=project)
    check = run_faro("check", "--format", "json", *pages, cwd=project)
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


def test_new_position_for_germany_gets_its_iso_alpha3(tmp_path):
    """ISO 3166-1 gives DEU; CLDR's aliases also map the retired DDR to DE."""
    project = copy_project(tmp_path)
    made = run_faro("new", "position", "de-2026-posicion", "--lang", "es", "--country", "DE", cwd=project)
    assert made.returncode == 0, made.stderr
    source = (project / made.stdout.strip()).read_text(encoding="utf-8")
    assert "actor: {kind: state, iso2: DE, iso3: DEU}" in source
