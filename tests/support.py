"""Helpers for tests that build the project in temporary folders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# Every page needs a description (the page schema); tests that do not care use this one.
ABOUT = "\ndescription: A page written for the tests."
# Faro's interface catalogs are in the package; mkdocs.yml points there, so a copy takes them along.
PROJECT_FILES = ("mkdocs.yml", "plugins/faro/locale", "babel.cfg", "snippets", "data")


def run_faro(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "faro", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=600)


def copy_project(dest: Path, with_content: bool = True) -> Path:
    """The project's configuration and catalogs (and optionally its content and its
    translations in PO files) in `dest`."""
    for name in PROJECT_FILES + (("content", "translations") if with_content else ()):
        source = ROOT / name
        if not source.exists():
            continue
        if source.is_dir():
            shutil.copytree(source, dest / name)
        else:
            shutil.copy2(source, dest / name)
    return dest


def write_page(root: Path, rel: str, front_matter: str, body: str) -> None:
    path = root / "content" / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\n{front_matter.strip()}\n---\n\n{body.strip()}\n", encoding="utf-8")




def fill_placeholders(path: Path) -> None:
    """What a writer does with a page from `faro new`: replace every placeholder."""
    text = path.read_text(encoding="utf-8").replace("FARO-TODO-", "")
    text = re.sub(r"FARO-TODO: (\w)", lambda match: match.group(1).upper(), text)
    path.write_text(text, encoding="utf-8")


def placeholder_lines(report: dict, path: str) -> list[int]:
    return sorted(f["line"] for f in report["findings"]
                  if f["rule"] == "content.placeholder" and f["path"] == path)
