"""Plain MkDocs keeps working with the same mkdocs.yml, and `faro serve` previews both languages."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request

from tests.support import ABOUT, copy_project, write_page


def _project(tmp_path):
    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/index.md", "title: Inicio" + ABOUT, "# Inicio\n\nHola y bienvenida.")
    write_page(project, "en/index.md", "title: Home" + ABOUT, "# Home\n\nHello and welcome.")
    return project


def test_plain_mkdocs_build_builds_every_language(tmp_path):
    project = _project(tmp_path)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=project,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert '<html lang="es"' in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in (project / "site" / "en" / "index.html").read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, deadline: float) -> str:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_faro_serve_previews_both_languages(tmp_path):
    project = _project(tmp_path)
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "faro", "serve", "-a", f"127.0.0.1:{port}"],
                              cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        assert "Hola y bienvenida" in _get(f"http://127.0.0.1:{port}/index.html", deadline)
        assert "Hello and welcome" in _get(f"http://127.0.0.1:{port}/en/index.html", deadline)
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_a_reload_shows_the_edited_page_and_keeps_the_others(tmp_path):
    project = _project(tmp_path)
    write_page(project, "es/guia.md", "title: Guía de claves" + ABOUT,
               "# Guía de claves\n\nUse claves largas.")
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "faro", "serve", "-a", f"127.0.0.1:{port}"],
                              cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        assert "Use claves largas" in _get(f"http://127.0.0.1:{port}/guia.html", deadline)
        page = project / "content" / "es" / "guia.md"
        page.write_text(page.read_text(encoding="utf-8").replace("Use claves largas", "Use frases largas"),
                        encoding="utf-8")
        deadline = time.monotonic() + 60
        while "Use frases largas" not in _get(f"http://127.0.0.1:{port}/guia.html", deadline):
            assert time.monotonic() < deadline, "the edit never showed"
            time.sleep(0.3)
        home = _get(f"http://127.0.0.1:{port}/index.html", deadline)
        assert "Hola y bienvenida" in home and "Guía de claves" in home  # its menu still names the guide
        assert "Hello and welcome" in _get(f"http://127.0.0.1:{port}/en/index.html", deadline)
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_a_reload_sees_a_new_page_in_every_language(tmp_path):
    """The project (sources, translation pairs) is read again on each reload: a page
    added while serving gets its "not translated yet" notice in the other language."""
    project = _project(tmp_path)
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "faro", "serve", "-a", f"127.0.0.1:{port}"],
                              cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        assert "Hola y bienvenida" in _get(f"http://127.0.0.1:{port}/index.html", deadline)
        write_page(project, "es/nueva.md", "title: Guía nueva" + ABOUT, "# Guía nueva\n\nUse claves largas.")
        notice = f"http://127.0.0.1:{port}/en/untranslated/es/nueva.html"
        deadline = time.monotonic() + 60
        while "Guía nueva" not in _get(notice, deadline):
            assert time.monotonic() < deadline, "the new page never reached the other language"
            time.sleep(0.3)
        # Every page shows the navigation, so the home page, not edited, lists the new one.
        assert "Guía nueva" in _get(f"http://127.0.0.1:{port}/index.html", deadline)
    finally:
        server.terminate()
        server.wait(timeout=20)
