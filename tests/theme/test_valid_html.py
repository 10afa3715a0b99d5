"""Valid HTML: the Nu Html Checker (the W3C validator) finds no error on any built page.

One run of vnu.jar over the whole built site (both languages, every page and
the 404 pages). `.ci/run` installs the checker from npm (`vnu-jar`) into
`.tools/`; elsewhere point FARO_VNU_JAR at a vnu.jar. Java comes from the system.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLED = ROOT / ".tools" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _checker() -> tuple[str, Path]:
    java = shutil.which("java")
    jar = Path(os.environ.get("FARO_VNU_JAR") or INSTALLED)
    missing = [what for what, ok in (("java", java), (str(jar), jar.is_file())) if not ok]
    if missing:
        message = (f"missing {', '.join(missing)}: install Debian's default-jre-headless and "
                   "`npm install --no-save --prefix .tools vnu-jar` (as .ci/run does)")
        pytest.fail(message)  # never a skip: a missing checker must not pass as valid HTML
    return java, jar


def _errors(paths: list[Path]) -> list[dict]:
    java, jar = _checker()
    result = subprocess.run([java, "-jar", str(jar), "--errors-only", "--format", "json",
                             "--skip-non-html", *map(str, paths)],
                            capture_output=True, text=True, timeout=600)
    report = json.loads(result.stderr or result.stdout)
    return [m for m in report["messages"] if m.get("type") in ("error", "non-document-error")]


def _describe(messages: list[dict], site: Path) -> str:
    return "\n".join(f"{m.get('url', '').split(str(site))[-1]}:{m.get('lastLine', '?')}: {m['message']}"
                     for m in messages[:30])


def test_every_built_page_is_valid_html(real_site):
    pages = sorted(real_site.rglob("*.html"))
    assert len(pages) > 100  # the whole site, both languages
    errors = _errors([real_site])
    assert errors == [], f"{len(errors)} errors on {len({m.get('url') for m in errors})} pages:\n" \
        + _describe(errors, real_site)


def test_the_checker_finds_the_errors_faro_removed(tmp_path):
    """The same run flags Material's constructions, so a passing site means they are gone."""
    page = tmp_path / "material.html"
    page.write_text("""<!doctype html><html lang="en"><head><title>Material</title></head><body>
<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">
<nav aria-label="Contents"><label class="md-nav__title" for="__toc">Contents</label></nav>
</body></html>""", encoding="utf-8")
    messages = " ".join(m["message"] for m in _errors([tmp_path]))
    assert "autocomplete" in messages
    assert "label" in messages
