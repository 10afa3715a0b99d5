"""Every check that reads the Markdown sources, in one pass over the content tree.

Shared by the `faro/content` plugin (fails the build) and `faro check`.
"""

from __future__ import annotations

from pathlib import Path

from faro.content.pages import ContentTree, discover
from faro.content.schema import validate_page
from faro.findings import Finding
from faro.safety import check_markdown

# Files a page may use besides Markdown: images and documents it links to.
ASSET_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".pdf", ".txt",
                  ".csv", ".json", ".ico"}


def stray_files(content_dir: Path, root: Path) -> list[Finding]:
    """Files in content/ that are neither Markdown nor an asset type we publish."""
    findings = []
    for path in sorted(p for p in content_dir.rglob("*") if p.is_file()):
        if path.suffix.lower() == ".md" or path.suffix.lower() in ASSET_SUFFIXES:
            continue
        if any(part.startswith(".") for part in path.relative_to(content_dir).parts):
            continue
        findings.append(Finding("content.not-markdown", path.relative_to(root).as_posix(), None, None,
                                {"suffix": path.suffix or "(none)"}))
    return findings


def check_tree(tree: ContentTree, root: Path, content_dir: Path,
               iframe_hosts: frozenset[str] = frozenset()) -> list[Finding]:
    findings = list(tree.findings) + stray_files(content_dir, root)
    for page in tree.pages:
        display = page.abs_path.relative_to(root).as_posix()
        findings += validate_page(page, display)
        findings += check_markdown(page.body, display, page.body_line, iframe_hosts)
    return findings


def check_content(root: Path, content_dir: Path, languages: list[str],
                  iframe_hosts: frozenset[str] = frozenset(),
                  only_lang: str | None = None) -> list[Finding]:
    """All source findings; with `only_lang`, those of that language's folder only."""
    tree = discover(content_dir, languages, root=root)
    findings = check_tree(tree, root, content_dir, iframe_hosts)
    if only_lang is None:
        return findings
    prefix = (content_dir / only_lang).relative_to(root).as_posix() + "/"
    return [f for f in findings if f.path.startswith(prefix)]
