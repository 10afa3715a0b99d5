"""`faro init`: a new site in any languages, and the one slow test of the installed wheel."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from faro.scaffold.init import InitError, init_site, parse_languages
from tests.support import ROOT, fill_placeholders, run_faro


def test_languages_keep_their_order_and_get_their_own_names():
    languages = parse_languages("pt, es,fr,qu")
    assert [(lang.code, lang.name) for lang in languages] == [
        ("pt", "Português"), ("es", "Español"), ("fr", "Français"), ("qu", "Runasimi")]


@pytest.mark.parametrize("value", ["", "es,es", "español", "es,e1"])
def test_bad_language_lists_are_refused(value):
    with pytest.raises(InitError):
        parse_languages(value)


def test_a_folder_that_is_not_empty_is_refused(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InitError, match="not an empty folder"):
        init_site(tmp_path, parse_languages("es"), "Sitio")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_the_first_language_is_the_default_and_the_others_translate_it(tmp_path):
    site = tmp_path / "site"
    init_site(site, parse_languages("fr,pt"), "Agence")
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    assert "default_language: fr" in config and "docs_dir: content/fr" in config
    assert re.findall(r"- code: (\w+)", config) == ["fr", "pt"]
    page = (site / "content/pt/sobre.md").read_text(encoding="utf-8")
    assert "translation_of:\n  path: a-propos.md\n  lang: fr\n  hash: " in page
    assert "faro check" in (site / ".github/workflows/faro.yml").read_text(encoding="utf-8")
    assert "faro build" in (site / "README.md").read_text(encoding="utf-8")


def test_a_language_without_starter_text_gets_placeholders_then_builds_and_is_searchable(tmp_path):
    site = tmp_path / "site"
    init_site(site, parse_languages("es,qu"), "Sitio de prueba")
    home = site / "content/qu/index.md"
    assert "FARO-TODO: translate this page into 'qu'" in home.read_text(encoding="utf-8")
    check = run_faro("check", "--format", "json", cwd=site)
    assert check.returncode == 1
    findings = json.loads(check.stdout)["findings"]
    errors = {(f["rule"], f["path"]) for f in findings if f["severity"] == "error"}
    assert {rule for rule, _ in errors} == {"content.placeholder"}
    assert all(path.startswith("content/qu/") for _, path in errors)
    for page in (site / "content/qu").glob("*.md"):
        fill_placeholders(page)
    build = run_faro("build", cwd=site)
    assert build.returncode == 0, build.stderr
    assert '<html lang="qu"' in (site / "site/qu/index.html").read_text(encoding="utf-8")
    assert '"lang":"qu"' in (site / "site/qu/search/index.js").read_text(encoding="utf-8")


def test_the_wheel_installs_and_starts_a_site_in_es_pt_fr(tmp_path):
    """Slow (about a minute): wheel -> fresh venv -> faro init -> build -> check, outside the repo."""
    dist, venv, site = tmp_path / "dist", tmp_path / "venv", tmp_path / "nuevo"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}

    def run(*args, cwd=tmp_path):
        result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
        assert result.returncode == 0, result.stdout + result.stderr
        return result

    run(sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(dist))
    run(sys.executable, "-m", "venv", str(venv))
    wheel = next(dist.glob("faro_guidance-*.whl"))
    run(str(venv / "bin/pip"), "install", "-q", str(wheel))
    faro = str(venv / "bin/faro")
    location = run(str(venv / "bin/python"), "-c", "import faro; print(faro.__file__)").stdout
    assert location.startswith(str(venv)) and "egg-link" not in location  # not the repository's copy
    run(faro, "init", str(site), "--languages", "es,pt,fr", "--name", "CSIRT de prueba")
    run(faro, "build", cwd=site)
    run(faro, "check", cwd=site)

    homes = {"es": site / "site/index.html", "pt": site / "site/pt/index.html",
             "fr": site / "site/fr/index.html"}
    words = {"es": "Buscar en este sitio", "pt": "Buscar neste site", "fr": "Rechercher dans ce site"}
    for lang, home in homes.items():
        html = home.read_text(encoding="utf-8")
        assert f'<html lang="{lang}"' in html
        assert words[lang] in html  # the packaged catalog of that language
        assert "assets/faro/faro.css" in html and "CSIRT de prueba" in html
        search = (home.parent / "search/index.js").read_text(encoding="utf-8")
        assert f'"lang":"{lang}"' in search and search.count('"url":') == 3
        if lang != "es":
            assert (home.parent / f"search/lunr.{lang}.js").is_file()  # the language's stemmer
    assert (site / "site/assets/faro/faro.css").is_file()
    assert re.search(r'href="pt/sobre.html" hreflang="pt"', (site / "site/acerca.html").read_text())
