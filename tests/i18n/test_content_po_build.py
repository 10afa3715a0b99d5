"""PO-backed pages in real builds: the example guide, a partial translation, a large site's status."""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path

import markdown
import pytest
import yaml
from babel.messages.pofile import read_po

from faro.commands import main
from faro.content.pages import discover
from faro.i18n.content_po.pages import load_po_pages
from faro.i18n.content_po.po_files import po_file, render_catalog
from faro.i18n.settings import read_settings
from faro.i18n.status_page import ROWS_PER_PART
from tests.support import ROOT, copy_project, run_faro, write_page

FIXTURES = Path(__file__).parent / "fixtures"
ABOUT = "description: Una página pequeña para las pruebas."


def _html_of(body: str) -> str:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    names = [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]
    return markdown.markdown(body, extensions=[n for n in names if n != "pymdownx.snippets"])


def test_the_example_guide_publishes_the_same_text_as_its_hand_written_translation():
    """`guides/wifi.md` moved from a hand-written page to `translations/en/content/guias/wifi.po`."""
    settings = read_settings(ROOT / "mkdocs.yml")
    tree = discover(settings.content_path, settings.languages, root=settings.root)
    po_pages, findings = load_po_pages(settings, tree)
    assert findings == []
    assert [(p.po_display, p.target_rel, p.counts.untranslated, p.counts.fuzzy) for p in po_pages] == [
        ("translations/en/content/guias/wifi.po", "guides/wifi.md", 0, 0)]
    page = tree.by_lang("en")["guides/wifi.md"]
    before = (FIXTURES / "wifi-en-hand-written.md").read_text(encoding="utf-8")
    meta = yaml.safe_load(before.split("---\n")[1])
    assert (page.meta["title"], page.meta["description"]) == (meta["title"], meta["description"])
    assert _html_of(page.body) == _html_of(before.split("---\n", 2)[2])


def _faro(project: Path, *args: str) -> int:
    return main(["translations", *args, "-f", str(project / "mkdocs.yml")])


@pytest.fixture(scope="module")
def partial(tmp_path_factory):
    """A Spanish guide translated in a PO, one paragraph still untranslated, built in both languages."""
    project = copy_project(tmp_path_factory.mktemp("po"), with_content=False)
    for stale in (project / "translations").glob("*/content"):
        for po in stale.rglob("*.po"):
            po.unlink()
    write_page(project, "es/index.md", f"title: Inicio\n{ABOUT}", "# Inicio\n\nBienvenida.")
    write_page(project, "en/index.md", f"title: Home\n{ABOUT}\ntranslation_of: {{path: index.md, lang: es}}",
               "# Home\n\nWelcome.")
    write_page(project, "es/guias/clave.md", f"title: Claves\n{ABOUT}",
               "# Claves\n\nUse claves largas. Vuelva al [inicio](../index.md).\n\n"
               "Una clave por sitio.")
    assert _faro(project, "extract", "--content") == 0
    assert _faro(project, "update", "--content", "--lang", "en", "guias/clave.md") == 0
    path = po_file(project / "translations", "en", "guias/clave.md")
    catalog = read_po(path.open("rb"))
    english = {"guias/clave.md": "guides/keys.md", "Claves": "Keys",
               ABOUT.split(": ", 1)[1]: "A small page for the tests.",
               "Use claves largas. Vuelva al [inicio](../index.md).":
                   "Use long keys. Go back [home](../index.md)."}
    for message in catalog:
        message.string = english.get(message.id, message.string)
    path.write_bytes(render_catalog(catalog))
    result = run_faro("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project


def test_a_partial_translation_shows_the_source_with_its_language_and_the_notice(partial):
    html = (partial / "site/en/guides/keys.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in html
    assert "<h1 id=\"keys\">Keys</h1>" in html
    assert '<p><span lang="es">Una clave por sitio.</span></p>' in html
    assert "Parts of this page are not translated yet" in html
    link = re.search(r'<a href="([^"]+)" hreflang="es">Read the original in Spanish</a>', html)
    here = partial / "site/en/guides"
    assert link and (here / link.group(1)).resolve() == partial / "site/guias/clave.html"
    home = re.search(r'Go back <a href="([^"]+)">home</a>', html)
    assert home and (here / home.group(1)).resolve() == partial / "site/en/index.html"
    spanish = (partial / "site/guias/clave.html").read_text(encoding="utf-8")
    assert 'hreflang="en"' in spanish and "guides/keys.html" in spanish  # the switcher finds it


def test_the_status_report_counts_segments_and_names_the_po(partial, capsys):
    capsys.readouterr()
    assert _faro(partial, "status", "--format", "json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["po_pages"] == [{
        "path": "content/en/guides/keys.md", "lang": "en", "po": "translations/en/content/guias/clave.po",
        "source": "content/es/guias/clave.md", "translated": 4, "fuzzy": 0, "untranslated": 1,
        "percent": 80}]
    assert [c["lang"] for c in report["catalogs"] if c["source"]] == ["en"]
    assert not any(p["lang"] == "en" and p["source"] == "content/es/guias/clave.md" for p in report["pages"])
    part = (partial / "site/en/translations-status/guias-1.html").read_text(encoding="utf-8")
    assert "<code>translations/en/content/guias/clave.po</code>" in part
    assert "80% (4 translated, 0 to review, 1 untranslated)" in part


def test_a_page_with_a_hand_written_translation_and_a_po_is_an_error_naming_both(partial, tmp_path):
    project = copy_project(tmp_path, with_content=False)
    for name in ("content", "translations"):
        shutil.rmtree(project / name, ignore_errors=True)
        shutil.copytree(partial / name, project / name)
    write_page(project, "en/guides/keys.md",
               f"title: Keys\n{ABOUT}\ntranslation_of: {{path: guias/clave.md, lang: es}}",
               "# Keys\n\nBy hand.")
    result = run_faro("check", "--format", "json", cwd=project)
    findings = [f for f in json.loads(result.stdout)["findings"]
                if f["rule"] == "i18n.content-po-conflict"]
    assert [(f["path"], f["severity"]) for f in findings] == [
        ("translations/en/content/guias/clave.po", "error")]
    assert "content/en/guides/keys.md" in findings[0]["message"]
    assert result.returncode == 1


MINIMAL_SITE = """\
site_name: Big
site_url: https://big.example/
docs_dir: content/es
use_directory_urls: false
theme:
  name: mkdocs
nav:
  - index.md
plugins:
  - faro/i18n:
      default_language: es
      languages:
        - code: es
          name: Español
        - code: en
          name: English
"""


def test_no_status_page_grows_with_the_site_at_2000_pages_per_language(tmp_path):
    """2,000 Spanish pages, none translated: 2,000 notices in English, 2,000 rows to report."""
    (tmp_path / "mkdocs.yml").write_text(MINIMAL_SITE, encoding="utf-8")
    guides = tmp_path / "content/es/guias"
    guides.mkdir(parents=True)
    write_page(tmp_path, "es/index.md", "title: Inicio", "# Inicio")
    write_page(tmp_path, "en/index.md", "title: Home\ntranslation_of: {path: index.md, lang: es}", "# Home")
    for number in range(2000):
        (guides / f"g{number}.md").write_text(f"---\ntitle: Guía {number}\n---\n\n# Guía {number}\n",
                                              encoding="utf-8")
    result = run_faro("build", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for prefix in ("", "en/"):
        site = tmp_path / "site" / prefix
        assert len(list((site / "untranslated/es/guias").glob("*.html")) if prefix else
                   list((site / "guias").glob("*.html"))) == 2000
        pages = [site / "translations-status.html", *sorted((site / "translations-status").glob("*.html"))]
        rows = []
        for page in pages:
            html = page.read_text(encoding="utf-8")
            found = re.findall(r"<code>(content/es/guias/g\d+\.md)</code>", html)
            assert len(found) <= ROWS_PER_PART
            assert len(gzip.compress(html.encode("utf-8"))) < 30 * 1024
            rows += found
        assert len(rows) == len(set(rows)) == 2000


def test_update_content_needs_a_target_language_and_skips_pages_translated_by_hand(tmp_path, capsys):
    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/index.md", f"title: Inicio\n{ABOUT}", "# Inicio")
    write_page(project, "es/solo.md", f"title: Solo\n{ABOUT}", "# Solo")
    write_page(project, "en/index.md", f"title: Home\n{ABOUT}\ntranslation_of: {{path: index.md, lang: es}}",
               "# Home")
    assert _faro(project, "extract", "--content") == 0
    assert _faro(project, "update", "--content") == 2
    assert _faro(project, "update", "--content", "--lang", "es") == 2  # the source language
    assert _faro(project, "update", "--content", "--lang", "en", "nope.md") == 2
    capsys.readouterr()
    assert _faro(project, "update", "--content", "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "content/es/index.md: skipped, translated by hand in content/en/index.md" in out
    assert "translations/en/content/solo.po: updated" in out
    assert not (project / "translations/en/content/index.po").exists()
