"""Page states from a real repository history: current, outdated, missing, orphan, and --diff."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from faro.commands import main
from tests.support import copy_project, write_page

GUIDE_ES = """# Contraseñas

Use contraseñas largas y un [gestor](gestores.md).

Nunca repita una contraseña.
"""


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Faro tests", "-c", "user.email=tests@faro.invalid",
                    *args], cwd=root, check=True, capture_output=True)


def _commit(root: Path, message: str) -> None:
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", message)


def _status(capsys, *extra: str) -> dict:
    assert main(["translations", "status", "--format", "json", *extra]) == 0
    data = json.loads(capsys.readouterr().out)
    return {(p["path"] or p["source"], p["lang"]): p for p in data["pages"]} | {"_catalogs": data}


@pytest.fixture
def repository(tmp_path, monkeypatch, capsys):
    """A project with a pinned translation, committed; the working directory is its root."""
    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/guias/contrasenas.md", "title: Contraseñas", GUIDE_ES)
    write_page(project, "es/solo.md", "title: Solo en español", "# Solo\n\nSolo en español.")
    write_page(project, "es/acerca.md", "title: Acerca", "# Acerca\n\nQuiénes somos.")
    write_page(project, "en/guides/passwords.md",
               "title: Passwords\ntranslation_of:\n  path: guias/contrasenas.md\n  lang: es",
               "# Passwords\n\nUse long passwords and a [manager](managers.md).\n\nNever reuse one.")
    write_page(project, "en/about.md", "title: About\ntranslation_of: {path: acerca.md, lang: es}",
               "# About\n\nWho we are.")
    monkeypatch.chdir(project)
    assert main(["translations", "pin", "content/en/guides/passwords.md", "content/en/about.md"]) == 0
    capsys.readouterr()
    _git(project, "init", "-q")
    _commit(project, "First version")
    return project


def test_pinned_translation_is_current_and_untranslated_page_is_missing(repository, capsys):
    status = _status(capsys)
    assert status[("content/en/guides/passwords.md", "en")]["state"] == "current"
    assert status[("content/en/guides/passwords.md", "en")]["source"] == "content/es/guias/contrasenas.md"
    assert status[("content/es/solo.md", "en")] == {
        "path": None, "lang": "en", "source": "content/es/solo.md", "state": "missing"}
    catalogs = {c["lang"]: c for c in status["_catalogs"]["catalogs"]}
    assert catalogs["es"]["translated"] > 0 and catalogs["es"]["untranslated"] == 0


def test_trivial_edit_keeps_it_current_a_new_sentence_makes_it_outdated(repository, capsys):
    source = repository / "content/es/guias/contrasenas.md"
    source.write_text(source.read_text().replace("(gestores.md)", "(../gestores.md)")
                      .replace("Nunca repita", "Nunca  **repita**"), encoding="utf-8")
    _commit(repository, "Fix a link")
    assert _status(capsys)[("content/en/guides/passwords.md", "en")]["state"] == "current"

    source.write_text(source.read_text().replace("una contraseña.", "una contraseña en dos sitios."),
                      encoding="utf-8")
    _commit(repository, "Say where")
    assert _status(capsys)[("content/en/guides/passwords.md", "en")]["state"] == "outdated"

    assert main(["translations", "status", "--diff"]) == 0
    out = capsys.readouterr().out
    assert "outdated  content/en/guides/passwords.md <- content/es/guias/contrasenas.md" in out
    assert "1 paragraph(s) changed" in out
    assert "changed (source line 9):" in out
    assert "- Nunca  **repita** una contraseña." in out  # newest version with the pinned hash
    assert "+ Nunca  **repita** una contraseña en dos sitios." in out
    assert "Use contraseñas largas" not in out  # only the changed paragraph is shown

    assert main(["translations", "pin", "content/en/guides/passwords.md"]) == 0
    assert "pinned to" in capsys.readouterr().out
    assert _status(capsys)[("content/en/guides/passwords.md", "en")]["state"] == "current"


def test_deleted_source_makes_an_orphan(repository, capsys):
    (repository / "content/es/acerca.md").unlink()
    _commit(repository, "Remove about")
    about = _status(capsys)[("content/en/about.md", "en")]
    assert about["state"] == "orphan" and about["source"] == "content/es/acerca.md"


def test_pin_refuses_a_page_that_is_not_a_translation(repository, capsys):
    assert main(["translations", "pin", "content/es/solo.md"]) == 1
    assert "content/es/solo.md: cannot pin" in capsys.readouterr().err
    assert main(["translations", "pin", "content/en/nope.md"]) == 2
