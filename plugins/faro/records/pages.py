"""Reading record pages (State positions, maturity assessments) in every language.

A record is one page per language: the source-language page holds the facts,
each translation holds only its texts. Reading, pairing and finding orphans is
the same for every record type; what a record must contain is each feature's.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from faro.content.pages import read_page
from faro.content.schema import key_lines
from faro.findings import Finding

FieldPath = tuple[str | int, ...]


@dataclass
class RecordPage:
    """One record page as written, with what is needed to point at its lines."""

    lang: str
    path: str      # as shown in findings, relative to the project
    rel_path: str  # inside content/<lang>/
    meta: dict
    body: str
    lines: dict[tuple, int]

    def line(self, path: FieldPath) -> int:
        """The line of the field, or of its closest parent that is written (1: none is)."""
        for depth in range(len(path), 0, -1):
            if path[:depth] in self.lines:
                return self.lines[path[:depth]]
        return 1


@dataclass
class LoadResult:
    """The valid records of one record type, and the findings on the invalid ones."""

    records: list = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def field_name(path: FieldPath) -> str:
    """`position.topics[2].stance`: a field path as an editor reads it."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


def read_record_page(path: Path, lang: str, lang_dir: Path, root: Path,
                     findings: list[Finding]) -> RecordPage | None:
    shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
    rel = path.relative_to(lang_dir).as_posix()
    source, problems = read_page(path, lang, rel, shown)
    findings += problems
    if source is None:
        return None
    return RecordPage(lang, shown, rel, source.meta, source.body, key_lines(source.front_matter))


def read_record_pages(content_dir: Path, root: Path, folders: dict[str, str],
                      findings: list[Finding]) -> dict[str, dict[str, RecordPage]]:
    """Every record page, by language and record id (the file name without `.md`)."""
    pages: dict[str, dict[str, RecordPage]] = {}
    for lang, folder in folders.items():
        directory = content_dir / lang / folder
        pages[lang] = {}
        for path in sorted(directory.glob("*.md")) if directory.is_dir() else []:
            page = read_record_page(path, lang, content_dir / lang, root, findings)
            if page:
                pages[lang][path.stem] = page
    return pages


def with_translations(pages: dict[str, dict[str, RecordPage]], source_lang: str
                      ) -> Iterator[tuple[str, RecordPage, dict[str, RecordPage]]]:
    """Each source page with its translations that exist."""
    for record_id, source in pages[source_lang].items():
        yield record_id, source, {lang: found[record_id] for lang, found in pages.items()
                                  if lang != source_lang and record_id in found}


def orphans(pages: dict[str, dict[str, RecordPage]], source_lang: str) -> Iterator[tuple[str, RecordPage]]:
    """Translations whose source page does not exist."""
    for lang, found in pages.items():
        for record_id, page in found.items():
            if lang != source_lang and record_id not in pages[source_lang]:
                yield record_id, page
