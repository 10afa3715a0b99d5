"""Discovering the Markdown sources of every language under `content/`.

Every source is read and parsed once per process: `read_page` keeps what it
read, keyed by the file's size and modification time, so the project pass,
the record loaders and each language build share one reading, and `faro serve`
reads again only the files that changed. What was read is kept in the cache
too, so the next command parses only the files changed since.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from faro.cache import make_key, open_cache
from faro.content.front_matter import FrontMatterError, front_matter_block, split_front_matter
from faro.findings import Finding
from faro.i18n.fingerprint import page_paragraphs, pin_of


@dataclass
class SourcePage:
    """One Markdown file: its language, its path inside the language folder, its metadata."""

    lang: str
    rel_path: str  # posix path relative to content/<lang>/
    abs_path: Path
    meta: dict = field(default_factory=dict)
    body: str = ""
    body_line: int = 1
    front_matter: str = ""  # the YAML block as written, for line numbers
    text: str = ""          # the whole file as written (BOM removed)
    pin: str = ""           # what a translation of it is pinned to (faro.i18n.fingerprint)


@dataclass
class ContentTree:
    pages: list[SourcePage]
    findings: list[Finding]
    # Display paths of pages left out because a file they are made from cannot be
    # read (a PO translation of an unreadable source): links to them are not broken.
    left_out: set[str] = field(default_factory=set)

    def by_lang(self, lang: str) -> dict[str, SourcePage]:
        return {p.rel_path: p for p in self.pages if p.lang == lang}


# path -> (size and time it had, what reading it gave)
_READ: dict[str, tuple[tuple, tuple[SourcePage | None, list[Finding]]]] = {}


def read_page(path: Path, lang: str, rel_path: str,
              display_path: str) -> tuple[SourcePage | None, list[Finding]]:
    """The page and the findings that stop it being read, from memory when unchanged."""
    stat = os.stat(path)
    key = (stat.st_mtime_ns, stat.st_size, lang, rel_path, display_path)
    known = _READ.get(os.fspath(path))
    if known is None or known[0] != key:
        known = _READ[os.fspath(path)] = (key, _read_page(path, lang, rel_path, display_path))
    page, findings = known[1]
    return page, list(findings)


def _read_page(path: Path, lang: str, rel_path: str,
               display_path: str) -> tuple[SourcePage | None, list[Finding]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")  # Windows editors often start files with a BOM
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        finding = Finding("content.invalid-utf8", display_path, line, column,
                          {"byte": f"0x{raw[exc.start]:02x}", "offset": exc.start})
        return None, [finding]
    try:
        meta, body, body_line = split_front_matter(text)
    except FrontMatterError as exc:
        return None, [Finding(exc.rule_id, display_path, exc.line, exc.column, exc.params)]
    return SourcePage(lang, rel_path, path, meta, body, body_line, front_matter_block(text), text,
                      pin_of(page_paragraphs(meta, body, body_line))), []


def _remembered(root: Path):
    """What earlier runs read, so an unchanged page is not parsed again by the next command."""
    store = open_cache(root, "sources")
    for key, (path, known) in store.entries.items():
        if key != make_key(path):
            continue  # read by other code (Faro changed since): read again
        if path not in _READ:
            _READ[path] = known
        store.used.add(key)
    return store


def _remember(store, paths: list[str]) -> None:
    changed = False
    for path in paths:
        key = make_key(path)
        stored = store.entries.get(key)
        if stored is None or stored[1][0] != _READ[path][0]:  # size and time differ
            store.put(key, (path, _READ[path]))
            changed = True
        store.used.add(key)
    store.used &= {make_key(path) for path in paths}  # pages that are gone are forgotten
    if changed or len(store.entries) != len(store.used):
        store.save()


def discover(content_dir: Path, languages: list[str], root: Path | None = None) -> ContentTree:
    """Read every Markdown file of every configured language; collect what is wrong."""
    root = root or content_dir.parent
    store = _remembered(root)
    read: list[str] = []
    pages: list[SourcePage] = []
    findings: list[Finding] = []
    for folder in sorted(p for p in content_dir.iterdir() if p.is_dir()):
        if folder.name not in languages:
            findings.append(Finding("content.unknown-language", display_path(folder, root), None, None,
                                    {"folder": folder.name, "languages": ", ".join(languages)}))
            continue
        for path in sorted(folder.rglob("*.md")):
            rel = path.relative_to(folder).as_posix()
            page, problems = read_page(path, folder.name, rel, display_path(path, root))
            read.append(os.fspath(path))
            findings.extend(problems)
            if page:
                pages.append(page)
    _remember(store, read)
    return ContentTree(pages, findings)


def display_path(path: Path, root: Path | None) -> str:
    """A path as findings show it: relative to the project when it is inside it."""
    if root is None:
        return path.as_posix()
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
