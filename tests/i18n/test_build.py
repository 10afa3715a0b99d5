"""The translators' workflow end to end, on real builds of small projects."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from faro.commands import main
from faro.i18n.pin import pin_page
from tests.support import ROOT, copy_project, run_faro, write_page

ES_PO = "plugins/faro/locale/es/LC_MESSAGES/messages.po"
NEW_STRING = "Checked by the Faro team"
NEW_STRING_ES = "Revisado por el equipo de Faro"


def _faro(project: Path, *args: str) -> int:
    return main(["translations", *args, "-f", str(project / "mkdocs.yml")])


def _override(project: Path, rel: str) -> Path:
    """A site's own copy of a packaged theme file, in theme/ (custom_dir), layered over the package."""
    target = project / "theme" / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "plugins/faro/theme_files" / rel, target)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    if "custom_dir:" not in text:
        config.write_text(text.replace("  name: material\n", "  name: material\n  custom_dir: theme\n"),
                          encoding="utf-8")
    return target


def _small_project(root: Path) -> Path:
    """Spanish sources; English: one translation pinned (current), one pinned long ago, one missing.

    The plugins' code is copied too: `extract` reads the strings it marks.
    """
    project = copy_project(root, with_content=False)
    shutil.copytree(ROOT / "plugins", project / "plugins", ignore=shutil.ignore_patterns("__pycache__"),
                    dirs_exist_ok=True)
    about = "description: Una página pequeña para las pruebas."
    write_page(project, "es/index.md", f"title: Inicio\n{about}", "# Inicio\n\nBienvenida a Faro.")
    write_page(project, "es/guias/contrasenas.md", f"title: Contraseñas\n{about}\nlast_reviewed: 2026-11-23",
               "# Contraseñas\n\nUse contraseñas largas.")
    write_page(project, "es/solo.md", f"title: Solo en español\n{about}",
               "# Solo\n\nEsta página está en español.")
    write_page(project, "en/index.md",
               f"title: Home\n{about}\ntranslation_of: {{path: index.md, lang: es}}",
               "# Home\n\nWelcome to Faro.")
    write_page(project, "en/guides/passwords.md",
               f"title: Passwords\n{about}\nlast_reviewed: 2026-11-23\n"
               "translation_of: {path: guias/contrasenas.md, lang: es, hash: 0123456789ab}",
               "# Passwords\n\nUse long passwords.")
    pin_page(project / "content/en/index.md", project / "content")
    return project


@pytest.fixture(scope="module")
def workflow(tmp_path_factory):
    """A new interface string goes extract -> update -> translate -> compile -> build."""
    project = _small_project(tmp_path_factory.mktemp("workflow"))
    partial = _override(project, "partials/faro-last-reviewed.html")
    partial.write_text(f'<p class="faro-checked">{{{{ _("{NEW_STRING}") }}}}</p>\n'
                       + partial.read_text(encoding="utf-8"), encoding="utf-8")
    assert _faro(project, "extract") == 0
    assert _faro(project, "update") == 0
    es_po = project / "plugins/faro/locale/es/LC_MESSAGES/messages.po"
    text = es_po.read_text(encoding="utf-8")
    assert f'msgid "{NEW_STRING}"\nmsgstr ""' in text
    es_po.write_text(text.replace(f'msgid "{NEW_STRING}"\nmsgstr ""',
                                  f'msgid "{NEW_STRING}"\nmsgstr "{NEW_STRING_ES}"'), encoding="utf-8")
    assert _faro(project, "compile") == 0
    result = run_faro("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project


def _html(project: Path, rel: str) -> str:
    return (project / "site" / rel).read_text(encoding="utf-8")


def test_catalog_files_do_not_change_when_the_messages_do_not(workflow, capsys):
    pot = workflow / "plugins/faro/locale/messages.pot"
    before = pot.read_bytes(), (workflow / "plugins/faro/locale/es/LC_MESSAGES/messages.po").read_bytes()
    assert _faro(workflow, "extract") == 0 and _faro(workflow, "update") == 0
    assert "unchanged" in capsys.readouterr().out
    after = pot.read_bytes(), (workflow / "plugins/faro/locale/es/LC_MESSAGES/messages.po").read_bytes()
    assert before == after
    assert f"#: theme/partials/faro-last-reviewed.html\nmsgid \"{NEW_STRING}\"" in pot.read_text()
    assert (workflow / "plugins/faro/locale/es/LC_MESSAGES/messages.mo").is_file()
    assert (workflow / "plugins/faro/locale/en/LC_MESSAGES/messages.mo").is_file()


def test_new_string_is_rendered_in_both_languages(workflow):
    assert f'<p class="faro-checked">{NEW_STRING_ES}</p>' in _html(workflow, "index.html")
    assert f'<p class="faro-checked">{NEW_STRING}</p>' in _html(workflow, "en/index.html")


def test_last_reviewed_date_is_written_for_the_readers_locale(workflow):
    spanish = _html(workflow, "guias/contrasenas.html")
    assert '<time datetime="2026-11-23">23 de noviembre de 2026</time>' in spanish
    assert "Última revisión:" in spanish
    english = _html(workflow, "en/guides/passwords.html")
    assert re.search(r'Last reviewed: <time datetime="2026-11-23">23 November 2026</time>', english)


def test_outdated_translation_says_so_and_links_to_the_current_source(workflow):
    page = workflow / "site/en/guides/passwords.html"
    html = page.read_text(encoding="utf-8")
    assert "This translation may be out of date" in html
    link = re.search(r'<a href="([^"]+)" hreflang="es">Read the current version in Spanish</a>', html)
    assert link and (page.parent / link.group(1)).resolve() == (workflow / "site/guias/contrasenas.html")
    assert "out of date" not in _html(workflow, "en/index.html")  # pinned: current
    assert "faro-translation-notice" not in _html(workflow, "guias/contrasenas.html")


def test_status_page_lists_every_state_in_each_language_and_stays_out_of_search(workflow):
    english = _html(workflow, "en/translations-status.html")
    sections = re.findall(r'<a href="(translations-status/[\w-]+\.html)"><code>([^<]+)</code>', english)
    assert sorted(sections) == [("translations-status/guias-1.html", "guias"),
                                ("translations-status/root-1.html", "_")]
    parts = "".join(_html(workflow, f"en/{url}") for url, _ in sections)
    rows = dict(re.findall(r'<tr class="faro-status-(\w+)">.*?<code>([^<]+)</code>', parts, re.S))
    assert rows == {"outdated": "content/en/guides/passwords.md", "missing": "content/es/solo.md"}
    assert "content/en/index.md" not in english + parts  # current pages are counted, not listed
    assert '<meta name="robots" content="noindex">' in english
    assert "Source language of the strings" in english  # en is the msgids' language, not "0 translated"
    spanish = _html(workflow, "translations-status.html")
    assert "Estado de las traducciones" in spanish and "Desactualizada: el original cambió" in spanish
    for rel in ("sitemap.xml", "en/sitemap.xml"):
        assert "translations-status" not in _html(workflow, rel)
    assert "translations-status" not in "".join(
        p.read_text(encoding="utf-8") for p in (workflow / "site").rglob("search*.json"))


def _es_counts(project: Path, capsys) -> tuple[int, int, int]:
    capsys.readouterr()
    assert _faro(project, "status") == 0
    counts = re.search(r"es: (\d+) translated, (\d+) fuzzy, (\d+) untranslated", capsys.readouterr().out)
    return tuple(int(n) for n in counts.groups())


def test_changed_source_string_becomes_fuzzy_and_is_counted(tmp_path, capsys):
    project = _small_project(tmp_path)
    assert _faro(project, "extract") == 0 and _faro(project, "update") == 0
    translated, fuzzy, untranslated = _es_counts(project, capsys)
    toolbar = project / "plugins/faro/theme_files/partials/faro-toolbar.html"  # Faro's own theme
    toolbar.write_text(toolbar.read_text().replace("_('Search this site')", "_('Search this website')"))
    assert _faro(project, "extract") == 0 and _faro(project, "update") == 0
    es_po = (project / "plugins/faro/locale/es/LC_MESSAGES/messages.po").read_text(encoding="utf-8")
    assert re.search(r'#, fuzzy\n(#\|.*\n)*msgid "Search this website"\nmsgstr "Buscar en este sitio"', es_po)
    assert _es_counts(project, capsys) == (translated - 1, fuzzy + 1, untranslated)


def _failing_build(project: Path) -> str:
    result = run_faro("build", cwd=project)
    assert result.returncode == 1
    assert not (project / "site").exists()
    return result.stderr


def test_broken_catalog_fails_the_build_with_file_and_line(tmp_path):
    project = _small_project(tmp_path)
    po = project / "plugins/faro/locale/es/LC_MESSAGES/messages.po"
    lines = po.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines, 1) if line.startswith('msgstr "Buscar"'))
    lines[number - 1] = 'msgstr "Buscar\n'
    po.write_text("".join(lines), encoding="utf-8")
    stderr = _failing_build(project)
    assert f"plugins/faro/locale/es/LC_MESSAGES/messages.po:{number}:1: error i18n.catalog-syntax" in stderr


def test_placeholder_mismatch_fails_the_build_with_file_and_line(tmp_path):
    project = _small_project(tmp_path)
    po = project / "plugins/faro/locale/es/LC_MESSAGES/messages.po"
    text = po.read_text(encoding="utf-8")
    broken = text.replace('msgstr "Lea la versión actual en %(language)s"',
                          'msgstr "Lea la versión actual en %(idioma)s"')
    assert broken != text
    po.write_text(broken, encoding="utf-8")
    number = broken.splitlines().index('msgid "Read the current version in %(language)s"') + 1
    stderr = _failing_build(project)
    assert f"{ES_PO}:{number}:1: error i18n.placeholder-mismatch" in stderr


def test_fail_on_makes_missing_and_outdated_translations_errors(tmp_path):
    project = _small_project(tmp_path)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("      default_language: es\n",
                                                 "      default_language: es\n"
                                                 "      fail_on: [missing, outdated]\n"), encoding="utf-8")
    stderr = _failing_build(project)
    assert "content/es/solo.md:1:1: error i18n.translation-missing" in stderr
    assert "content/en/guides/passwords.md:1:1: error i18n.translation-outdated" in stderr
    assert "content/en/index.md" not in stderr  # pinned to its source as it is: current


def test_faro_check_reports_translation_findings_without_failing_on_them(tmp_path):
    project = _small_project(tmp_path)
    po = project / "plugins/faro/locale/es/LC_MESSAGES/messages.po"
    text = po.read_text(encoding="utf-8")
    po.write_text(text.replace('msgstr "Buscar"', 'msgstr "Buscar %(algo)s"'), encoding="utf-8")
    result = run_faro("check", "--format", "json", "--lang", "en", cwd=project)
    findings = {(f["rule"], f["path"]): f["severity"] for f in json.loads(result.stdout)["findings"]}
    assert findings[("i18n.translation-outdated", "content/en/guides/passwords.md")] == "warning"
    assert findings[("i18n.translation-missing", "content/es/solo.md")] == "info"
    assert findings[("i18n.placeholder-mismatch", ES_PO)] == "error"
    assert result.returncode == 1
