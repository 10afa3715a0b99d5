"""Reading and checking assessment pages: each problem is a finding with file, line, field, allowed values.

The JSON Schema (`data/record.schema.json`, restricted to the record's framework)
checks shape and vocabularies; the checks here cover what it cannot say well:
stages against the framework's scale, real country codes (Babel), fictional
codes only in examples, ids, dates in order, and texts in every language.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from jsonschema import Draft202012Validator, ValidationError

from faro.findings import Finding
from faro.maturity.records import build_record
from faro.maturity.vocabulary import (
    NOT_ASSESSED,
    USER_ASSIGNED,
    Framework,
    Vocabulary,
    record_schema,
)
from faro.positions.vocabulary import alpha3_codes, is_language_tag, state_codes
from faro.records.pages import (
    FieldPath,
    LoadResult,
    RecordPage,
    field_name,
    orphans,
    read_record_pages,
    with_translations,
)


class RecordChecker:
    """Checks the assessment pages of every language and builds the records of the valid ones."""

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self.states = state_codes(vocabulary)
        self._validators: dict[str | None, Draft202012Validator] = {}

    def _validator(self, framework: Framework | None) -> Draft202012Validator:
        key = framework.id if framework else None
        if key not in self._validators:
            self._validators[key] = Draft202012Validator(
                record_schema(self.vocabulary, framework), format_checker=Draft202012Validator.FORMAT_CHECKER)
        return self._validators[key]

    # -- reading --------------------------------------------------------------------
    def load(self, content_dir: Path, root: Path) -> LoadResult:
        result = LoadResult()
        folders = {lang: f"{layout.root}/{layout.assessments}"
                   for lang, layout in self.vocabulary.layouts.items()}
        pages = read_record_pages(content_dir, root, folders, result.findings)
        source_lang = self.vocabulary.source_language
        for record_id, source, translations in with_translations(pages, source_lang):
            problems = list(self._check_record(record_id, source, translations))
            result.findings += problems
            if not any(f.effective_severity == "error" for f in problems):
                by_lang = {source_lang: source, **translations}
                result.records.append(build_record(
                    record_id, {lang: p.meta for lang, p in by_lang.items()},
                    {lang: p.body.strip() for lang, p in by_lang.items()}, source.path, self.vocabulary))
        for record_id, page in orphans(pages, source_lang):
            expected = self.vocabulary.layouts[source_lang].assessment_page(record_id)
            result.findings.append(self._finding("maturity.orphan-translation", page, (),
                                                 expected=f"content/{source_lang}/{expected}"))
        return result

    # -- checks ---------------------------------------------------------------------
    def _finding(self, rule_id: str, page: RecordPage, path: FieldPath, **args) -> Finding:
        return Finding(rule_id, page.path, page.line(path), None,
                       {"field": field_name(path) or "front matter", **args})

    def _framework_of(self, source: RecordPage) -> Framework | None:
        facts = source.meta.get("assessment")
        framework = facts.get("framework") if isinstance(facts, dict) else None
        name = framework.get("id") if isinstance(framework, dict) else None
        return self.vocabulary.frameworks.get(name) if isinstance(name, str) else None

    def _check_record(self, record_id: str, source: RecordPage,
                      translations: dict[str, RecordPage]) -> Iterator[Finding]:
        framework = self._framework_of(source)
        schema_problems = list(self._schema_findings(source, framework))
        yield from schema_problems
        if "assessment" not in source.meta:
            yield self._finding("maturity.missing-field", source, (), field="assessment")
            return
        for page in translations.values():
            yield from self._schema_findings(page, framework)
            if "assessment" in page.meta:
                yield self._finding("maturity.facts-in-translation", page, ("assessment",),
                                    source=source.path)
            link = page.meta.get("translation_of")
            expected = {"path": source.rel_path, "lang": source.lang}
            if not (isinstance(link, dict) and {k: link.get(k) for k in expected} == expected):
                yield self._finding("maturity.translation-link", page, ("translation_of",),
                                    expected=f"{{path: {source.rel_path}, lang: {source.lang}}}")
        if schema_problems or framework is None:
            return
        facts = source.meta["assessment"]
        yield from self._check_identity(record_id, source, facts, framework)
        yield from self._check_country(source, facts)
        yield from self._check_factors(source, facts, framework)
        for lang in self.vocabulary.languages:
            page = source if lang == self.vocabulary.source_language else translations.get(lang)
            if page is None:
                expected = self.vocabulary.layouts[lang].assessment_page(record_id)
                yield self._finding("maturity.translation-missing", source, (),
                                    lang=lang, expected=f"content/{lang}/{expected}")
            elif isinstance(page.meta.get("texts"), dict):
                yield from self._check_texts(page, facts, framework)

    def _schema_findings(self, page: RecordPage, framework: Framework | None) -> Iterator[Finding]:
        errors = self._validator(framework).iter_errors(page.meta)
        for error in sorted(errors, key=lambda e: list(map(str, e.absolute_path))):
            yield self._schema_finding(page, error)

    def _schema_finding(self, page: RecordPage, error: ValidationError) -> Finding:
        path: FieldPath = tuple(error.absolute_path)
        if error.validator == "required":
            missing = next(name for name in error.validator_value if name not in error.instance)
            return self._finding("maturity.missing-field", page, path + (missing,))
        if error.validator == "additionalProperties":
            allowed = sorted(error.schema.get("properties", {}))
            extra = sorted(set(error.instance) - set(allowed))[0]
            return self._finding("maturity.unknown-field", page, path + (extra,), allowed=", ".join(allowed))
        if error.validator == "enum":
            if "propertyNames" in error.schema_path:
                path = path + (error.instance,)
            return self._finding("maturity.unknown-value", page, path, value=error.instance,
                                 allowed=", ".join(map(str, error.validator_value)))
        return self._finding("maturity.invalid-value", page, path, problem=error.message)

    def _check_identity(self, record_id: str, page: RecordPage, facts: dict,
                        framework: Framework) -> Iterator[Finding]:
        expected = f"{facts['country']['iso2'].lower()}-{framework.slug}-{facts['date_published'][:4]}-"
        if facts["id"] != record_id or not record_id.startswith(expected):
            yield self._finding("maturity.id-mismatch", page, ("assessment", "id"), value=facts["id"],
                                file_stem=record_id, prefix=expected)
        if facts["framework"]["version"] != framework.version:
            yield self._finding("maturity.framework-version", page, ("assessment", "framework", "version"),
                                value=facts["framework"]["version"], framework=framework.id,
                                allowed=framework.version)
        start, end = facts["period"]["start"], facts["period"]["end"]
        if start > end or end > facts["date_published"]:
            yield self._finding("maturity.period-order", page, ("assessment", "period"),
                                start=start, end=end, published=facts["date_published"])

    def _check_country(self, page: RecordPage, facts: dict) -> Iterator[Finding]:
        iso2, iso3 = facts["country"]["iso2"], facts["country"]["iso3"]
        examples = self.vocabulary.lists["example_countries"]
        is_example = facts.get("example", False)
        if USER_ASSIGNED.match(iso2) or is_example:
            if not (is_example and iso2 in examples):
                yield self._finding("maturity.example-code", page, ("assessment", "country", "iso2"),
                                    value=iso2, allowed=", ".join(examples))
            elif iso3 != examples[iso2]["iso3"]:
                yield self._finding("maturity.alpha3-mismatch", page, ("assessment", "country", "iso3"),
                                    value=iso3, iso2=iso2, allowed=examples[iso2]["iso3"])
        elif iso2 not in self.states:
            yield self._finding("maturity.not-a-state", page, ("assessment", "country", "iso2"), value=iso2)
        elif iso3 not in alpha3_codes()[iso2]:
            yield self._finding("maturity.alpha3-mismatch", page, ("assessment", "country", "iso3"),
                                value=iso3, iso2=iso2, allowed=", ".join(sorted(alpha3_codes()[iso2])))

    def _check_factors(self, page: RecordPage, facts: dict, framework: Framework) -> Iterator[Finding]:
        allowed = framework.allowed_stages("en")
        for factor_id, item in facts["factors"].items():
            where = ("assessment", "factors", factor_id)
            stage = item["stage"]
            values = stage if isinstance(stage, list) and len(stage) == 2 else [stage]
            on_scale = all(isinstance(v, int) and v in framework.values for v in values)
            if stage != NOT_ASSESSED and not on_scale:
                yield self._finding("maturity.unknown-stage", page, where + ("stage",), value=stage,
                                    framework=framework.id, allowed=allowed)
                continue
            if len(values) == 2 and values[0] >= values[1]:
                yield self._finding("maturity.stage-order", page, where + ("stage",), value=stage)
            target = item.get("target")
            if target is not None and target not in framework.values:
                yield self._finding("maturity.unknown-stage", page, where + ("target",), value=target,
                                    framework=framework.id, allowed=", ".join(map(str, framework.values)))
            elif target is not None and stage != NOT_ASSESSED and target <= max(values):
                yield self._finding("maturity.target-not-above", page, where + ("target",),
                                    value=target, stage=stage)
            for index, evidence in enumerate(item["evidence"]):
                if not is_language_tag(evidence["lang"]):
                    yield self._finding("maturity.unknown-language-tag", page,
                                        where + ("evidence", index, "lang"), value=evidence["lang"])

    def _check_texts(self, page: RecordPage, facts: dict, framework: Framework) -> Iterator[Finding]:
        """A rationale for every rated factor, and a note wherever the evidence is not public."""
        texts = page.meta["texts"]["factors"]
        for factor in framework.factors:
            item = facts["factors"][factor.id]
            text = texts.get(factor.id) or {}
            rated = item["stage"] != NOT_ASSESSED
            if rated and "rationale" not in text:
                yield self._finding("maturity.text-missing", page, ("texts", "factors"),
                                    factor=factor.id, lang=page.lang)
            if rated and not item["evidence"] and "evidence_note" not in text:
                yield self._finding("maturity.evidence-missing", page, ("texts", "factors", factor.id),
                                    factor=factor.id, lang=page.lang)
