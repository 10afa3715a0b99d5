"""The records engine: one way to read, check and build records of any type.

A record is one page per language: the source-language page holds the facts
(under the type's `facts_key`), each translation holds only its texts. What is
the same for every type lives here: reading the pages, the schema as findings,
translation links, missing translations, facts in a translation, orphans, and
"an error keeps a record out of the build". What a record must contain is the
record type's (`RecordType`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from jsonschema import Draft202012Validator

from faro.findings import Finding
from faro.records import codes
from faro.records.pages import (
    FieldPath,
    LoadResult,
    RecordPage,
    orphans,
    read_record_pages,
    with_translations,
)
from faro.records.schema import finding, schema_findings


class RecordType(Protocol):
    """What a record type gives the engine (positions and maturity are two)."""

    name: str            # rule prefix, plugin name ("faro/<name>") and stylesheet name
    facts_key: str       # "position": the block only the source-language page may hold
    vocabulary: Any      # its vocabularies: `languages`, `source_language`, `layouts`

    def record_folder(self, lang: str) -> str:
        """Where its pages live inside content/<lang>/."""

    def record_page(self, lang: str, record_id: str) -> str:
        """A record's page inside content/<lang>/, for messages."""

    def validator(self, source: RecordPage) -> Draft202012Validator:
        """The page schema this record is checked against (may depend on the source page)."""

    def check_facts(self, record_id: str, source: RecordPage) -> Iterable[Finding]:
        """What a schema cannot say about the facts; runs only on schema-valid pages."""

    def check_texts(self, page: RecordPage, facts: dict) -> Iterable[Finding]:
        """The texts one language page owes the facts (summaries, rationales)."""

    def build(self, record_id: str, pages: dict[str, RecordPage]) -> Any:
        """The record from its valid pages, by language."""

    def check_collection(self, records: list, pages: dict[str, dict[str, RecordPage]]
                         ) -> tuple[list[Finding], set[str]]:
        """Checks across records (references); returns findings and the ids to leave out."""

    # pages and exports (used by the MkDocs adapter, `faro.records.plugin`)
    def site_text(self, lang: str, gettext, ngettext) -> Any: ...
    def language_site(self, records: list, text: Any) -> Any: ...
    def translated_pages(self, records: list) -> list[dict[str, str]]: ...


def record_files_key(record_type: RecordType, content_dir: Path) -> str:
    """What the records of one type are read from (every record file's path, size and
    modification time, as the project pass trusts them: `faro.content.pages.read_page`),
    so that unchanged records are not checked again on the next run, and no record file
    is read a second time to tell."""
    digest = hashlib.sha256(record_type.name.encode())
    for lang in record_type.vocabulary.languages:
        directory = content_dir / lang / record_type.record_folder(lang)
        for path in sorted(directory.glob("*.md")) if directory.is_dir() else []:
            stat = path.stat()
            digest.update(b"\0" + path.relative_to(content_dir).as_posix().encode()
                          + f"\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def load_records(record_type: RecordType, content_dir: Path, root: Path) -> LoadResult:
    """Every record of one type; a record with an error is left out, its findings kept."""
    result = LoadResult()
    vocabulary = record_type.vocabulary
    folders = {lang: record_type.record_folder(lang) for lang in vocabulary.languages}
    pages = read_record_pages(content_dir, root, folders, result.findings)
    source_lang = vocabulary.source_language
    built: dict[str, RecordPage] = {}
    for record_id, source, translations in with_translations(pages, source_lang):
        problems = list(_check_record(record_type, record_id, source, translations))
        result.findings += problems
        if not any(f.effective_severity == "error" for f in problems):
            result.records.append(record_type.build(record_id, {source_lang: source, **translations}))
            built[record_id] = source
    for record_id, page in orphans(pages, source_lang):
        expected = f"content/{source_lang}/" + record_type.record_page(source_lang, record_id)
        result.findings.append(finding(record_type.name, "orphan-translation", page, (), expected=expected))
    problems, broken = record_type.check_collection(result.records, pages)
    result.findings += problems
    result.records = [r for r in result.records if r.id not in broken]
    return result


def _check_record(record_type: RecordType, record_id: str, source: RecordPage,
                  translations: dict[str, RecordPage]) -> Iterator[Finding]:
    prefix, key = record_type.name, record_type.facts_key
    checker = record_type.validator(source)
    schema_problems = list(schema_findings(prefix, checker, source))
    yield from schema_problems
    if key not in source.meta:
        yield finding(prefix, "missing-field", source, (), field=key)
        return
    for page in translations.values():
        yield from schema_findings(prefix, checker, page)
        if key in page.meta:
            yield finding(prefix, "facts-in-translation", page, (key,), source=source.path)
        yield from translation_link(prefix, page, source)
    if schema_problems:
        return
    yield from record_type.check_facts(record_id, source)
    for lang in record_type.vocabulary.languages:
        page = source if lang == source.lang else translations.get(lang)
        if page is None:
            expected = f"content/{lang}/" + record_type.record_page(lang, record_id)
            yield finding(prefix, "translation-missing", source, (), lang=lang, expected=expected)
        else:
            yield from record_type.check_texts(page, source.meta[key])


def translation_link(prefix: str, page: RecordPage, source: RecordPage) -> Iterator[Finding]:
    """A translation names its source page in `translation_of`, as every Faro translation does."""
    link = page.meta.get("translation_of")
    expected = {"path": source.rel_path, "lang": source.lang}
    if not (isinstance(link, dict) and {k: link.get(k) for k in expected} == expected):
        yield finding(prefix, "translation-link", page, ("translation_of",),
                      expected=f"{{path: {source.rel_path}, lang: {source.lang}}}")


def country_findings(prefix: str, page: RecordPage, where: FieldPath, iso2: str, iso3: str,
                     **extra) -> Iterator[Finding]:
    """A State's alpha-2 and alpha-3 codes: a real State, and the same one."""
    problem = codes.country_problem(iso2, iso3)
    if problem:
        rule, args = problem
        field = "iso2" if rule == "not-a-state" else "iso3"
        yield finding(prefix, rule, page, where + (field,), **args, **extra)


def language_findings(prefix: str, page: RecordPage, tags: Iterable[tuple[FieldPath, str]]
                      ) -> Iterator[Finding]:
    for path, tag in tags:
        if not codes.is_language_tag(tag):
            yield finding(prefix, "unknown-language-tag", page, path, value=tag)
