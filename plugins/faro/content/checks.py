"""Every check that reads the Markdown sources, in one pass over the content tree.

Shared by the `faro/content` plugin (fails the build) and `faro check`.
"""

from __future__ import annotations

from pathlib import Path

from faro.cache import make_key, open_cache
from faro.components.checks import component_findings
from faro.content.pages import ContentTree, discover
from faro.content.schema import validate_page
from faro.findings import Finding
from faro.safety import check_markdown
from faro.scaffold.new import PLACEHOLDER

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


def placeholder_findings(text: str, display: str) -> list[Finding]:
    """Every line that still holds a template's placeholder, with its column."""
    findings = []
    for number, line in enumerate(text.splitlines(), start=1):
        column = line.find(PLACEHOLDER)
        if column >= 0:
            findings.append(Finding("content.placeholder", display, number, column + 1,
                                    {"text": line[column:column + 80].strip().rstrip("\"'")}))
    return findings


def check_tree(tree: ContentTree, root: Path, content_dir: Path,
               iframe_hosts: frozenset[str] = frozenset()) -> list[Finding]:
    """Schema and safety findings of every page read, and stray files; the
    findings of reading the tree (unreadable pages) belong to whoever read it."""
    findings = stray_files(content_dir, root)
    store = open_cache(root, "content-checks")  # an unchanged page is not checked again
    hosts = ",".join(sorted(iframe_hosts))
    for page in tree.pages:
        display = page.abs_path.relative_to(root).as_posix()
        key = make_key(display, hosts, page.text)
        found = store.get(key)
        if found is None:
            found = validate_page(page, display)
            found += check_markdown(page.body, display, page.body_line, iframe_hosts)
            found += placeholder_findings(page.text, display)
            found += component_findings(page.body, display, page.body_line)
            store.put(key, found)
        findings += found
    if store.hits != len(tree.pages) or len(store.entries) != len(store.used):
        store.save()
    return findings


def check_content(root: Path, content_dir: Path, languages: list[str],
                  iframe_hosts: frozenset[str] = frozenset(),
                  tree: ContentTree | None = None) -> list[Finding]:
    """Every source finding of the whole tree, once: a language without a home
    page, stray files, schemas and unsafe content. Given the tree the project
    pass read, no page is read again (and its reading findings are not repeated)."""
    reading: list[Finding] = []
    if tree is None:
        tree = discover(content_dir, languages, root=root)
        reading = list(tree.findings)
    homes = [Finding("content.missing-home", (content_dir / code).relative_to(root).as_posix(),
                     None, None, {"lang": code})
             for code in languages if not (content_dir / code / "index.md").is_file()]
    return reading + homes + check_tree(tree, root, content_dir, iframe_hosts)
