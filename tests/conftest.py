"""Shared fixtures: real builds of the project in temporary folders, and Chromium."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support import ABOUT, CHROMIUM, CHROMIUM_ARGS, copy_project, run_faro, write_page


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The real project, content included, built with `faro build`."""
    project = copy_project(tmp_path_factory.mktemp("real"))
    result = run_faro("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="session")
def small_project(tmp_path_factory) -> Path:
    """A small known project: one translated guide, one page only in Spanish."""
    project = copy_project(tmp_path_factory.mktemp("small"), with_content=False)
    write_page(project, "es/index.md", "title: Inicio" + ABOUT,
               "# Inicio\n\nBienvenida. Lea la guía de [contraseñas](guias/contrasenas.md).")
    write_page(project, "es/guias/contrasenas.md", "title: Contraseñas seguras" + ABOUT,
               "# Contraseñas seguras\n\nUse contraseñas largas. Los gestores de contraseñas "
               "guardan sus claves.\n\n## Gestores\n\nUn gestor recuerda cada clave.")
    write_page(project, "es/solo-espanol.md", "title: Página solo en español" + ABOUT,
               "# Página solo en español\n\nEsta página habla de copias de seguridad.")
    write_page(project, "en/index.md", "title: Home" + ABOUT + "\ntranslation_of: {path: index.md, lang: es}",
               "# Home\n\nWelcome. Read the [passwords](guides/passwords.md) guide.")
    write_page(project, "en/guides/passwords.md",
               "title: Strong passwords" + ABOUT + "\ntranslation_of: {path: guias/contrasenas.md, lang: es}",
               "# Strong passwords\n\nUse long passwords. Password managers keep your keys.")
    result = run_faro("build", cwd=project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium; in CI a missing browser is a failure, never a skip."""
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package")
        pytest.skip(f"{CHROMIUM} is not installed on this machine")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()
