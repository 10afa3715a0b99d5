"""`faro build` publishes atomically and reports failures with exit codes."""

from __future__ import annotations

import hashlib

from tests.support import ABOUT, copy_project, run_faro, write_page


def _tree_digest(folder):
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_failed_build_leaves_published_site_untouched(tmp_path):
    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/index.md", "title: Inicio" + ABOUT, "# Inicio\n\nHola.")
    write_page(project, "en/index.md", "title: Home" + ABOUT, "# Home\n\nHello.")
    assert run_faro("build", cwd=project).returncode == 0
    before = _tree_digest(project / "site")

    write_page(project, "en/index.md", "title: [unclosed" + ABOUT, "# Home\n\nChanged.")
    result = run_faro("build", "--lang", "en", cwd=project)
    assert result.returncode == 1
    assert "content/en/index.md:2" in result.stderr
    assert "Nothing was published" in result.stderr
    assert "Traceback" not in result.stderr
    assert _tree_digest(project / "site") == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith((".faro-build", ".faro-old"))] == []


def test_successful_build_replaces_the_site(tmp_path):
    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/index.md", "title: Inicio" + ABOUT, "# Inicio\n\nPrimera versión.")
    write_page(project, "en/index.md", "title: Home" + ABOUT, "# Home\n\nFirst version.")
    assert run_faro("build", cwd=project).returncode == 0
    (project / "site" / "stale.txt").write_text("left from an old build")
    write_page(project, "es/index.md", "title: Inicio" + ABOUT, "# Inicio\n\nSegunda versión.")
    assert run_faro("build", cwd=project).returncode == 0
    assert "Segunda versión" in (project / "site" / "index.html").read_text(encoding="utf-8")
    assert not (project / "site" / "stale.txt").exists()


def test_usage_errors_exit_2(tmp_path):
    assert run_faro("build", "--config-file", "missing.yml", cwd=tmp_path).returncode == 2
    assert run_faro("no-such-command", cwd=tmp_path).returncode == 2
    version = run_faro("--version", cwd=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("faro ")


def test_refuses_to_build_over_the_project_or_its_sources(tmp_path):
    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/index.md", "title: Inicio" + ABOUT, "# Inicio\n\nHola.")
    write_page(project, "en/index.md", "title: Home" + ABOUT, "# Home\n\nHello.")
    for target in (".", "content", "content/es/site", "theme", ".."):
        result = run_faro("build", "-d", target, cwd=project)
        assert result.returncode == 2, (target, result.stderr)
        assert "refusing to build into" in result.stderr
    assert (project / "mkdocs.yml").is_file() and (project / "content/es/index.md").is_file()


def test_a_byte_order_mark_does_not_hide_the_front_matter(tmp_path):
    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/index.md", "title: Inicio" + ABOUT, "# Inicio\n\nHola.")
    write_page(project, "en/index.md", "title: Home" + ABOUT, "# Home\n\nHello.")
    page = project / "content/en/index.md"
    page.write_bytes(b"\xef\xbb\xbf" + page.read_bytes())
    assert run_faro("build", cwd=project).returncode == 0
