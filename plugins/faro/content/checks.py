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
                  iframe_hosts: frozenset[str] = frozenset(), only_lang: str | None = None,
                  tree: ContentTree | None = None, include_unowned: bool = True) -> list[Finding]:
    """Source findings. With `only_lang`, only that language's pages are checked, plus
    (with `include_unowned`) what belongs to no language: unknown folders, stray files.

    A build passes the tree faro/i18n has already read, so no page is read twice.
    """
    tree = tree or discover(content_dir, languages, root=root)
    homes = [Finding("content.missing-home", (content_dir / code).relative_to(root).as_posix(),
                     None, None, {"lang": code})
             for code in languages
             if only_lang in (None, code) and not (content_dir / code / "index.md").is_file()]
    if only_lang is None:
        return homes + check_tree(tree, root, content_dir, iframe_hosts)
    own = (content_dir / only_lang).relative_to(root).as_posix() + "/"
    others = tuple((content_dir / code).relative_to(root).as_posix() + "/"
                   for code in languages if code != only_lang)
    pages = ContentTree([p for p in tree.pages if p.lang == only_lang], tree.findings)
    return homes + [f for f in check_tree(pages, root, content_dir, iframe_hosts)
                    if f.path.startswith(own) or (include_unowned and not f.path.startswith(others))]
