"""`faro check PATH` renders only what it must, and still never passes when the build would fail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import copy_project, run_faro, write_page

GUIDE = "title: Contraseñas\ndescription: Cómo crear contraseñas largas y fáciles de recordar."
NETWORK = "title: Redes wifi\ndescription: Cómo usar una red wifi pública sin riesgos."


@pytest.fixture()
def project(tmp_path) -> Path:
    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/index.md", "title: Inicio\ndescription: La portada de este sitio de prueba.",
               "# Inicio\n\nLea la guía de [contraseñas](guias/contrasenas.md).")
    write_page(project, "en/index.md", "title: Home\ndescription: The front page of this test site.\n"
               "translation_of: {path: index.md, lang: es}", "# Home\n\nWelcome to the site.")
    write_page(project, "es/guias/contrasenas.md", GUIDE,
               "# Contraseñas\n\nUse frases largas.\n\n## Gestores {#gestores}\n\nGuárdelas en un gestor.")
    write_page(project, "es/guias/wifi.md", NETWORK,
               "# Redes wifi\n\nNo compre en una red abierta. Vea los [gestores](contrasenas.md#gestores).")
    return project


def _check(project: Path, *paths: str) -> tuple[int, dict]:
    result = run_faro("check", "--format", "json", *paths, cwd=project)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout)


def _rules(data: dict) -> set[tuple[str, str, bool]]:
    return {(f["rule"], f["path"], f["outside_paths"]) for f in data["findings"]}


def test_an_unchanged_tree_gives_the_same_findings_on_the_second_focused_run(project):
    first = _check(project, "content/es/guias/wifi.md")
    second = _check(project, "content/es/guias/wifi.md")
    assert first == second
    assert first[0] == 0


def test_a_render_error_on_a_page_not_asked_for_is_still_reported(project):
    _check(project, "content/es/guias/contrasenas.md")  # the stored results are now warm
    page = project / "content" / "es" / "guias" / "wifi.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n\nVea [la lista](no-existe.md).\n",
                    encoding="utf-8")
    code, data = _check(project, "content/es/guias/contrasenas.md")
    assert code == 1
    assert ("build.broken-link", "content/es/guias/wifi.md", True) in _rules(data)


def test_a_removed_anchor_is_found_on_the_pages_that_link_to_it(project):
    _check(project, "content/es/guias/contrasenas.md")
    page = project / "content" / "es" / "guias" / "contrasenas.md"
    page.write_text(page.read_text(encoding="utf-8").replace(" {#gestores}", " {#otros}"),
                    encoding="utf-8")
    code, data = _check(project, "content/es/guias/contrasenas.md")
    assert code == 1
    assert ("build.missing-anchor", "content/es/guias/wifi.md", True) in _rules(data)


def test_a_restored_anchor_clears_the_finding_on_the_page_that_links_to_it(project):
    page = project / "content" / "es" / "guias" / "contrasenas.md"
    text = page.read_text(encoding="utf-8")
    _check(project, "content/es/guias/contrasenas.md")
    page.write_text(text.replace(" {#gestores}", " {#otros}"), encoding="utf-8")
    assert _check(project, "content/es/guias/contrasenas.md")[0] == 1
    page.write_text(text + "\nUna frase más.\n", encoding="utf-8")
    code, data = _check(project, "content/es/guias/contrasenas.md")
    assert code == 0
    assert not [f for f in data["findings"] if f["rule"] == "build.missing-anchor"]


def test_a_page_that_links_to_the_checked_one_is_not_rendered_again(project):
    _check(project, "content/es/guias/contrasenas.md")
    built = project / ".faro-cache" / "check" / "lang-es" / "guias"
    before = {name: (built / name).stat().st_mtime_ns for name in ("wifi.html", "contrasenas.html")}
    page = project / "content" / "es" / "guias" / "contrasenas.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nUna frase más.\n", encoding="utf-8")
    _check(project, "content/es/guias/contrasenas.md")
    assert (built / "wifi.html").stat().st_mtime_ns == before["wifi.html"]
    assert (built / "contrasenas.html").stat().st_mtime_ns != before["contrasenas.html"]


def test_a_page_that_comes_or_goes_is_checked_on_the_pages_that_link_to_it(project):
    wifi = project / "content" / "es" / "guias" / "wifi.md"
    wifi.write_text(wifi.read_text(encoding="utf-8") + "\n\nVea [la lista](lista.md).\n", encoding="utf-8")
    code, data = _check(project, "content/es/guias/contrasenas.md")
    assert code == 1 and ("build.broken-link", "content/es/guias/wifi.md", True) in _rules(data)
    write_page(project, "es/guias/lista.md", NETWORK.replace("Redes wifi", "Lista"), "# Lista\n\nUna lista.")
    code, data = _check(project, "content/es/guias/contrasenas.md")
    assert code == 0, data
    (project / "content" / "es" / "guias" / "lista.md").unlink()
    code, data = _check(project, "content/es/guias/contrasenas.md")
    assert code == 1 and ("build.broken-link", "content/es/guias/wifi.md", True) in _rules(data)


def test_a_new_page_that_no_page_names_renders_only_itself(project):
    _check(project, "content/es/guias/contrasenas.md")
    built = project / ".faro-cache" / "check" / "lang-es" / "guias" / "wifi.html"
    before = built.stat().st_mtime_ns
    write_page(project, "es/guias/otra.md", NETWORK.replace("Redes wifi", "Otra guía"),
               "# Otra guía\n\nTexto.")
    _check(project, "content/es/guias/contrasenas.md")
    assert built.stat().st_mtime_ns == before
    assert (built.parent / "otra.html").is_file()


def test_a_focused_check_agrees_with_a_full_check(project):
    page = project / "content" / "es" / "guias" / "wifi.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n\n" + " ".join(["palabra"] * 79) + " fin.\n",
                    encoding="utf-8")
    _check(project, "content/es/index.md")
    _, focused = _check(project, "content/es/guias/wifi.md")
    _, full = _check(project)
    on_page = [f for f in full["findings"] if f["path"] == "content/es/guias/wifi.md"]
    assert focused["findings"] == on_page
    assert ("readability.long-sentence", "content/es/guias/wifi.md", False) in _rules(focused)


def test_browser_audits_the_pages_of_the_paths_and_names_their_sources(project):
    page = project / "content" / "es" / "guias" / "wifi.md"
    page.write_text(page.read_text(encoding="utf-8") + '\n\n<button type="button"></button>\n',
                    encoding="utf-8")
    code, data = _check(project, "content/es/guias/wifi.md", "--browser")
    axe = {(f["rule"], f["path"]) for f in data["findings"] if f["rule"].startswith("axe.")}
    assert ("axe.button-name", "content/es/guias/wifi.md") in axe
    assert all(path == "content/es/guias/wifi.md" for _, path in axe)
    assert code == 1
