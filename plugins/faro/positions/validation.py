"""Reading and checking position pages: every problem is a finding with file, line and field.

The JSON Schema (`data/record.schema.json`) checks shape and vocabularies; the
checks here cover what a schema cannot say well: real ISO and BCP 47 codes (from
Babel), ids that match the actor and year, and summaries present in every
language for every stance.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from jsonschema import Draft202012Validator, ValidationError

from faro.findings import Finding
from faro.positions.records import build_record
from faro.positions.vocabulary import (
    NOT_EXTRACTED,
    Vocabulary,
    alpha3_codes,
    is_language_tag,
    record_schema,
    state_codes,
)
from faro.records.pages import (
    FieldPath,
    LoadResult,
    RecordPage,
    field_name,
    orphans,
    read_record_pages,
    with_translations,
)

PRECISION_PATTERNS = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}


class RecordChecker:
    """Checks the pages of every language and builds the records of the valid ones."""

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        schema = record_schema(vocabulary)
        self.validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        self.states = state_codes(vocabulary)

    # -- reading --------------------------------------------------------------------
    def load(self, content_dir: Path, root: Path) -> LoadResult:
        result = LoadResult()
        folders = {lang: f"{layout.root}/{layout.documents}"
                   for lang, layout in self.vocabulary.layouts.items()}
        pages = read_record_pages(content_dir, root, folders, result.findings)
        source_lang = self.vocabulary.source_language
        for record_id, source, translations in with_translations(pages, source_lang):
            problems = list(self._check_record(record_id, source, translations))
            result.findings += problems
            if not problems:
                by_lang = {source_lang: source, **translations}
                result.records.append(build_record(
                    record_id, {lang: p.meta for lang, p in by_lang.items()},
                    {lang: p.body.strip() for lang, p in by_lang.items()}, source.path, self.vocabulary))
        for record_id, page in orphans(pages, source_lang):
            result.findings.append(self._finding(
                "positions.orphan-translation", page, (),
                expected=f"content/{source_lang}/"
                         + self.vocabulary.layouts[source_lang].document_page(record_id)))
        known = {r.id for r in result.records}
        broken = set()
        for record in result.records:
            source = pages[source_lang][record.id]
            for index, target in enumerate(record.supersedes):
                if target not in known or target == record.id:
                    broken.add(record.id)
                    result.findings.append(self._finding(
                        "positions.unknown-reference", source, ("position", "supersedes", index),
                        value=target, allowed=", ".join(sorted(known - {record.id})) or "—"))
        result.records = [r for r in result.records if r.id not in broken]
        return result

    # -- checks ---------------------------------------------------------------------
    def _finding(self, rule_id: str, page: RecordPage, path: FieldPath, **args) -> Finding:
        return Finding(rule_id, page.path, page.line(path), None,
                       {"field": field_name(path) or "front matter", **args})

    def _check_record(self, record_id: str, source: RecordPage,
                      translations: dict[str, RecordPage]) -> Iterator[Finding]:
        schema_problems = list(self._schema_findings(source))
        yield from schema_problems
        if "position" not in source.meta:
            yield self._finding("positions.missing-field", source, (), field="position")
            return
        for page in translations.values():
            yield from self._schema_findings(page)
            if "position" in page.meta:
                yield self._finding("positions.facts-in-translation", page, ("position",),
                                    source=source.path)
            yield from self._check_translation_link(page, source)
        if schema_problems:
            return
        facts = source.meta["position"]
        yield from self._check_identity(record_id, source, facts)
        yield from self._check_codes(source, facts)
        yield from self._check_topics(source, facts)
        for lang in self.vocabulary.languages:
            page = source if lang == self.vocabulary.source_language else translations.get(lang)
            if page is None:
                expected = self.vocabulary.layouts[lang].document_page(record_id)
                yield self._finding("positions.translation-missing", source, (),
                                    lang=lang, expected=f"content/{lang}/{expected}")
            elif isinstance(page.meta.get("summaries"), dict):
                yield from self._check_summaries(page, facts)

    def _schema_findings(self, page: RecordPage) -> Iterator[Finding]:
        for error in sorted(self.validator.iter_errors(page.meta), key=lambda e: list(map(str, e.path))):
            yield self._schema_finding(page, error)

    def _schema_finding(self, page: RecordPage, error: ValidationError) -> Finding:
        path: FieldPath = tuple(error.absolute_path)
        if error.validator == "required":
            missing = next(name for name in error.validator_value if name not in error.instance)
            return self._finding("positions.missing-field", page, path,
                                 field=field_name(path + (missing,)))
        if error.validator == "additionalProperties":
            allowed = sorted(error.schema.get("properties", {}))
            extra = sorted(set(error.instance) - set(allowed))[0]
            return self._finding("positions.unknown-field", page, path + (extra,),
                                 allowed=", ".join(allowed))
        if error.validator == "enum":
            if "propertyNames" in error.schema_path:
                path = path + (error.instance,)
            return self._finding("positions.unknown-value", page, path, value=error.instance,
                                 allowed=", ".join(map(str, error.validator_value)))
        return self._finding("positions.invalid-value", page, path, problem=error.message)

    def _check_translation_link(self, page: RecordPage, source: RecordPage) -> Iterator[Finding]:
        link = page.meta.get("translation_of")
        expected = {"path": source.rel_path, "lang": source.lang}
        if not (isinstance(link, dict) and {k: link.get(k) for k in expected} == expected):
            yield self._finding("positions.translation-link", page, ("translation_of",),
                                expected=f"{{path: {source.rel_path}, lang: {source.lang}}}")

    def _check_identity(self, record_id: str, page: RecordPage, facts: dict) -> Iterator[Finding]:
        actor = facts["actor"]
        actor_key = str(actor.get("iso2") or actor.get("code") or "").lower()
        year = facts["date_published"][:4]
        expected = f"{actor_key}-{year}-"
        if facts["id"] != record_id or not record_id.startswith(expected):
            yield self._finding("positions.id-mismatch", page, ("position", "id"), value=facts["id"],
                                file_stem=record_id, prefix=expected)
        precision = facts["date_precision"]
        if not re.fullmatch(PRECISION_PATTERNS[precision], facts["date_published"]):
            yield self._finding("positions.date-precision", page, ("position", "date_published"),
                                value=facts["date_published"], precision=precision,
                                example={"year": "2020", "month": "2020-04", "day": "2020-04-16"}[precision])

    def _check_codes(self, page: RecordPage, facts: dict) -> Iterator[Finding]:
        actor = facts["actor"]
        if actor["kind"] == "state":
            iso2, iso3 = actor["iso2"], actor["iso3"]
            if iso2 not in self.states:
                yield self._finding("positions.not-a-state", page, ("position", "actor", "iso2"),
                                    value=iso2,
                                    organisations=", ".join(self.vocabulary.allowed("organisations")))
            elif iso3 not in alpha3_codes()[iso2]:
                yield self._finding("positions.alpha3-mismatch", page, ("position", "actor", "iso3"),
                                    value=iso3, iso2=iso2, allowed=", ".join(sorted(alpha3_codes()[iso2])))
        tags = [(("position", "languages_original", i), tag)
                for i, tag in enumerate(facts["languages_original"])]
        tags += [(("position", "topics", i, "quote", "lang"), item["quote"]["lang"])
                 for i, item in enumerate(facts["topics"]) if isinstance(item.get("quote"), dict)]
        tags += [(("position", "topics", i, "quote_lang"), item["quote_lang"])
                 for i, item in enumerate(facts["topics"]) if item.get("quote_lang")]
        for path, tag in tags:
            if not is_language_tag(tag):
                yield self._finding("positions.unknown-language-tag", page, path, value=tag)

    def _check_topics(self, page: RecordPage, facts: dict) -> Iterator[Finding]:
        seen: set[str] = set()
        for index, item in enumerate(facts["topics"]):
            if item["id"] in seen:
                yield self._finding("positions.duplicate-topic", page, ("position", "topics", index, "id"),
                                    value=item["id"])
            seen.add(item["id"])

    def _check_summaries(self, page: RecordPage, facts: dict) -> Iterator[Finding]:
        """Each stated stance needs our summary in this language; no summary without a topic."""
        summaries = page.meta["summaries"].get("topics") or {}
        listed = {item["id"]: item["stance"] for item in facts["topics"]}
        for topic_id, stance in listed.items():
            if stance != NOT_EXTRACTED and topic_id not in summaries:
                yield self._finding("positions.summary-missing", page, ("summaries", "topics"),
                                    topic=topic_id, lang=page.lang)
        for topic_id in summaries:
            if topic_id not in listed:
                yield self._finding("positions.summary-unexpected", page, ("summaries", "topics", topic_id),
                                    topic=topic_id, listed=", ".join(listed) or "—")
