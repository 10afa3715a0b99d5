"""One gate: a broken page elsewhere never silences the checks, and build and check agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import copy_project, run_faro, write_page

LONG_SENTENCE = " ".join(["palabra"] * 79) + " final."
GUIDE = ("title: Contraseñas seguras\ndescription: Cómo crear contraseñas largas y fáciles de recordar.",
         "# Contraseñas seguras\n\nUse contraseñas largas. Guárdelas en un gestor.\n\n"
         f"{LONG_SENTENCE}\n\nLea la [guía de redes](no-existe.md).")


@pytest.fixture()
def project(tmp_path) -> Path:
    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/index.md", "title: Inicio\ndescription: La portada de este sitio de prueba.",
               "# Inicio\n\nBienvenida. Lea la guía de [contraseñas](guias/contrasenas.md).")
    write_page(project, "en/index.md", "title: Home\ndescription: The front page of this test site.\n"
               "translation_of: {path: index.md, lang: es}", "# Home\n\nWelcome to the site.")
    write_page(project, "es/guias/contrasenas.md", *GUIDE)
    wifi = project / "content" / "es" / "guias" / "wifi.md"
    wifi.write_text("---\ntitle: Redes wifi\ndescription: [sin cerrar\n---\n\n# Redes wifi\n",
                    encoding="utf-8")
    return project


def _json(result):
    assert "Traceback" not in result.stderr, result.stderr
    return json.loads(result.stdout)


def test_a_broken_page_elsewhere_does_not_switch_the_checks_off(project):
    result = run_faro("check", "content/es/guias/contrasenas.md", "--format", "json", "--lang", "en",
                      cwd=project)
    data = _json(result)
    assert result.returncode == 1
    rules = {(f["rule"], f["path"], f["outside_paths"]) for f in data["findings"]}
    assert ("readability.long-sentence", "content/es/guias/contrasenas.md", False) in rules
    assert ("build.broken-link", "content/es/guias/contrasenas.md", False) in rules
    # The page that cannot be read stops the build: it is reported, marked as outside the paths.
    assert ("content.front-matter-yaml", "content/es/guias/wifi.md", True) in rules
    assert data["summary"]["files"] == 1


def test_every_error_of_the_tree_is_reported_in_one_run(project):
    bad = project / "content" / "en" / "broken.md"
    bad.write_bytes("---\ntitle: Caf\xe9\n---\n".encode("latin-1"))
    result = run_faro("check", "--format", "json", cwd=project)
    rules = {(f["rule"], f["path"]) for f in _json(result)["findings"] if f["severity"] == "error"}
    assert {("content.front-matter-yaml", "content/es/guias/wifi.md"),
            ("content.invalid-utf8", "content/en/broken.md"),
            ("build.broken-link", "content/es/guias/contrasenas.md")} <= rules
    assert result.returncode == 1


def test_build_and_check_give_the_same_findings(project):
    (project / "content" / "es" / "guias" / "wifi.md").unlink()
    check = _json(run_faro("check", "--format", "json", "--lang", "es", cwd=project))
    build = run_faro("build", "--lang", "es", "-v", cwd=project)
    assert build.returncode == 1 and not (project / "site").exists()
    from_check = {(f["rule"], f["path"], f["line"], f["severity"]) for f in check["findings"]}
    from_build = set()
    for line in build.stderr.splitlines():
        where, _, rest = line.partition(": ")
        if where.startswith(("content/", "mkdocs.yml", "theme/", "translations/")) and where.count(":") == 2:
            path, number, _column = where.split(":")
            words = rest.split(" ")
            severity = {"error": "error", "aviso": "warning", "información": "info"}[words[0]]
            from_build.add((words[1], path, int(number), severity))
    normalised = {(rule, path, line or 1, severity) for rule, path, line, severity in from_check}
    assert normalised == from_build
    assert any(severity == "error" for *_, severity in from_build)


def test_no_finding_is_produced_twice(project):
    data = _json(run_faro("check", "--format", "json", cwd=project))
    keys = [(f["rule"], f["path"], f["line"], f["column"], f["message"]) for f in data["findings"]]
    assert len(keys) == len(set(keys))


def test_plain_mkdocs_build_fails_through_the_same_gate(project):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q"], cwd=project,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode != 0
    assert "content/es/guias/wifi.md" in result.stderr
    assert "readability.long-sentence" not in result.stderr or "contrasenas.md" in result.stderr
    assert "build.broken-link" in result.stderr


def test_clean_build_prints_a_short_summary(tmp_path):
    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/index.md", "title: Inicio\ndescription: La portada de este sitio de prueba.",
               "# Inicio\n\nBienvenida al sitio. Aquí hay guías claras.")
    write_page(project, "en/index.md", "title: Home\ndescription: The front page of this test site.\n"
               "translation_of: {path: index.md, lang: es}",
               "# Home\n\nWelcome to the site. Here are clear guides.")
    run_faro("translations", "pin", "content/en/index.md", cwd=project)
    result = run_faro("build", "--lang", "en", cwd=project)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) <= 40
    assert any(line.startswith("Languages: es, en. Pages:") for line in lines)
    assert lines[-1].startswith("Published to ")


def test_a_page_that_cannot_be_read_is_one_finding_not_one_per_link_to_it(project):
    """Links to it, and to its PO translation, are not broken: the page is left out."""
    po = project / "translations" / "en" / "content" / "guias" / "wifi.po"
    po.parent.mkdir(parents=True, exist_ok=True)
    po.write_bytes((Path(__file__).parents[2] / "translations/en/content/guias/wifi.po").read_bytes())
    write_page(project, "es/index.md", "title: Inicio\ndescription: La portada de este sitio de prueba.",
               "# Inicio\n\nLea la guía de [redes](guias/wifi.md).")
    write_page(project, "en/index.md", "title: Home\ndescription: The front page of this test site.\n"
               "translation_of: {path: index.md, lang: es}",
               "# Home\n\nRead the [networks](guides/wifi.md) guide.")
    data = _json(run_faro("check", "--format", "json", cwd=project))
    assert [(f["rule"], f["path"]) for f in data["findings"] if f["severity"] != "info"
            and f["rule"] != "i18n.translation-outdated" and f["path"] != "content/es/guias/contrasenas.md"] \
        == [("content.front-matter-yaml", "content/es/guias/wifi.md")]


def test_no_source_is_read_twice_in_one_run(tmp_path, monkeypatch):
    """The project pass reads each Markdown and PO source once; MkDocs, the records and
    the accessibility checks take its text instead of opening the file again."""
    import builtins
    import io
    from collections import Counter

    from faro.build import run_site

    (tmp_path / "site").mkdir()
    project = copy_project(tmp_path / "site", with_content=True)
    crlf = project / "content" / "es" / "guias" / "crlf.md"
    crlf.write_bytes("\ufeff---\r\ntitle: Con CRLF\r\ndescription: Una página escrita en Windows.\r\n---"
                     "\r\n\r\n# Con CRLF\r\n\r\nUna frase corta.\r\n".encode())
    watched = (str(project / "content") + "/", str(project / "translations") + "/")
    reads: Counter[str] = Counter()
    real_open = io.open

    def counting_open(file, mode="r", *args, **kwargs):
        name = file if isinstance(file, str) else getattr(file, "__fspath__", lambda: "")()
        if isinstance(name, str) and name.startswith(watched) and set(mode) <= set("rbt"):
            reads[name] += 1
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(io, "open", counting_open)
    monkeypatch.setattr(builtins, "open", counting_open)
    monkeypatch.chdir(project)
    run = run_site(str(project / "mkdocs.yml"), tmp_path / "stage", jobs=1)
    monkeypatch.undo()
    assert not run.stopping, run.stopping
    markdown = {str(path) for path in (project / "content").rglob("*.md")}
    assert markdown <= set(reads)
    assert any(name.endswith(".po") and "/content/" in name for name in reads)
    assert {name: count for name, count in reads.items() if count > 1} == {}
    html = (tmp_path / "stage" / "lang-es" / "guias" / "crlf.html").read_text(encoding="utf-8")
    assert "\r" not in html and "\ufeff" not in html and ">Con CRLF<" in html
