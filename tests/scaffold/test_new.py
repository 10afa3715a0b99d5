"""`faro new` writes complete pages that pass `faro check` as they are."""

from __future__ import annotations

import json

from tests.support import copy_project, run_faro


def test_new_guides_in_both_languages_pass_faro_check(tmp_path):
    project = copy_project(tmp_path)
    made = run_faro("new", "guide", "copias-de-seguridad", "--lang", "es",
                    "--title", "Copias de seguridad", cwd=project)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "content/es/guias/copias-de-seguridad.md"
    made = run_faro("new", "guide", "backups", "--lang", "en", "--title", "Backups",
                    "--translation-of", "es:guias/copias-de-seguridad.md", cwd=project)
    assert made.returncode == 0, made.stderr
    page = (project / "content/en/guides/backups.md").read_text(encoding="utf-8")
    assert "# Backups\n" in page and "path: guias/copias-de-seguridad.md" in page

    check = run_faro("check", "--format", "json", "content/es/guias/copias-de-seguridad.md",
                     "content/en/guides/backups.md", cwd=project)
    report = json.loads(check.stdout)
    assert report["summary"]["errors"] == 0, report["findings"]
    assert check.returncode == 0


def test_new_refuses_bad_slugs_existing_files_and_missing_sources(tmp_path):
    project = copy_project(tmp_path)
    assert run_faro("new", "guide", "Mala_Ruta", "--lang", "es", cwd=project).returncode == 2
    assert run_faro("new", "guide", "contrasenas", "--lang", "es", cwd=project).returncode == 2
    missing = run_faro("new", "guide", "x", "--lang", "en", "--translation-of", "es:no.md", cwd=project)
    assert missing.returncode == 2 and "does not exist" in missing.stderr
