"""Assessment records as a record type of the records engine: what an assessment page must say.

The engine (`faro.records.engine`) reads the pages, applies the JSON Schema
(`data/record.schema.json`, restricted to the record's framework) and checks
translations and orphans. The checks here cover what a schema cannot say well:
stages against the framework's scale, real country codes, fictional codes only
in examples, ids, dates in order, and texts in every language.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from jsonschema import Draft202012Validator

from faro.findings import Finding
from faro.maturity.records import AssessmentRecord, build_record
from faro.maturity.site import build_language_site, translated_pages
from faro.maturity.text import SiteText
from faro.maturity.vocabulary import (
    NOT_ASSESSED,
    Framework,
    Vocabulary,
    record_schema,
)
from faro.records.codes import USER_ASSIGNED
from faro.records.engine import country_findings, language_findings, load_records
from faro.records.pages import FieldPath, LoadResult, RecordPage
from faro.records.schema import finding, validator


class AssessmentRecords:
    """The maturity record type: `content/<lang>/<root>/<assessments>/<id>.md`."""

    name = "maturity"
    facts_key = "assessment"

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self._validators: dict[str | None, Draft202012Validator] = {}

    def record_folder(self, lang: str) -> str:
        layout = self.vocabulary.layouts[lang]
        return f"{layout.root}/{layout.assessments}"

    def record_page(self, lang: str, record_id: str) -> str:
        return self.vocabulary.layouts[lang].assessment_page(record_id)

    def validator(self, source: RecordPage) -> Draft202012Validator:
        """The schema of the source page's framework (its factor ids become the allowed keys)."""
        framework = self._framework_of(source)
        key = framework.id if framework else None
        if key not in self._validators:
            self._validators[key] = validator(record_schema(self.vocabulary, framework))
        return self._validators[key]

    def load(self, content_dir: Path, root: Path) -> LoadResult:
        return load_records(self, content_dir, root)

    # -- checks ---------------------------------------------------------------------
    def _finding(self, rule: str, page: RecordPage, path: FieldPath, /, **args) -> Finding:
        return finding(self.name, rule, page, path, **args)

    def _framework_of(self, source: RecordPage) -> Framework | None:
        facts = source.meta.get("assessment")
        framework = facts.get("framework") if isinstance(facts, dict) else None
        name = framework.get("id") if isinstance(framework, dict) else None
        return self.vocabulary.frameworks.get(name) if isinstance(name, str) else None

    def check_facts(self, record_id: str, source: RecordPage) -> Iterator[Finding]:
        framework = self._framework_of(source)
        facts = source.meta["assessment"]
        yield from self._check_identity(record_id, source, facts, framework)
        yield from self._check_country(source, facts)
        yield from self._check_factors(source, facts, framework)

    def check_texts(self, page: RecordPage, facts: dict) -> Iterator[Finding]:
        if isinstance(page.meta.get("texts"), dict):
            yield from self._check_texts(page, facts, self.vocabulary.frameworks[facts["framework"]["id"]])

    def check_collection(self, records: list[AssessmentRecord], pages: dict[str, dict[str, RecordPage]]
                         ) -> tuple[list[Finding], set[str]]:
        return [], set()  # assessments do not refer to each other

    def build(self, record_id: str, pages: dict[str, RecordPage]) -> AssessmentRecord:
        source = pages[self.vocabulary.source_language]
        return build_record(record_id, {lang: p.meta for lang, p in pages.items()},
                            {lang: p.body.strip() for lang, p in pages.items()}, source.path,
                            self.vocabulary)

    def site_text(self, lang: str, gettext, ngettext) -> SiteText:
        return SiteText(lang, gettext, ngettext, self.vocabulary)

    def language_site(self, records: list[AssessmentRecord], text: SiteText):
        return build_language_site(records, text)

    def translated_pages(self, records: list[AssessmentRecord]) -> list[dict[str, str]]:
        return translated_pages(records, self.vocabulary)

    def _check_identity(self, record_id: str, page: RecordPage, facts: dict,
                        framework: Framework) -> Iterator[Finding]:
        expected = f"{facts['country']['iso2'].lower()}-{framework.slug}-{facts['date_published'][:4]}-"
        if facts["id"] != record_id or not record_id.startswith(expected):
            yield self._finding("id-mismatch", page, ("assessment", "id"), value=facts["id"],
                                file_stem=record_id, prefix=expected)
        if facts["framework"]["version"] != framework.version:
            yield self._finding("framework-version", page, ("assessment", "framework", "version"),
                                value=facts["framework"]["version"], framework=framework.id,
                                allowed=framework.version)
        start, end = facts["period"]["start"], facts["period"]["end"]
        if start > end or end > facts["date_published"]:
            yield self._finding("period-order", page, ("assessment", "period"),
                                start=start, end=end, published=facts["date_published"])

    def _check_country(self, page: RecordPage, facts: dict) -> Iterator[Finding]:
        iso2, iso3 = facts["country"]["iso2"], facts["country"]["iso3"]
        examples = self.vocabulary.lists["example_countries"]
        is_example = facts.get("example", False)
        where = ("assessment", "country")
        if USER_ASSIGNED.match(iso2) or is_example:
            if not (is_example and iso2 in examples):
                yield self._finding("example-code", page, where + ("iso2",),
                                    value=iso2, allowed=", ".join(examples))
            elif iso3 != examples[iso2]["iso3"]:
                yield self._finding("alpha3-mismatch", page, where + ("iso3",),
                                    value=iso3, iso2=iso2, allowed=examples[iso2]["iso3"])
        else:
            yield from country_findings(self.name, page, where, iso2, iso3)

    def _check_factors(self, page: RecordPage, facts: dict, framework: Framework) -> Iterator[Finding]:
        allowed = framework.allowed_stages("en")
        for factor_id, item in facts["factors"].items():
            where = ("assessment", "factors", factor_id)
            stage = item["stage"]
            values = stage if isinstance(stage, list) and len(stage) == 2 else [stage]
            on_scale = all(isinstance(v, int) and v in framework.values for v in values)
            if stage != NOT_ASSESSED and not on_scale:
                yield self._finding("unknown-stage", page, where + ("stage",), value=stage,
                                    framework=framework.id, allowed=allowed)
                continue
            if len(values) == 2 and values[0] >= values[1]:
                yield self._finding("stage-order", page, where + ("stage",), value=stage)
            target = item.get("target")
            if target is not None and target not in framework.values:
                yield self._finding("unknown-stage", page, where + ("target",), value=target,
                                    framework=framework.id, allowed=", ".join(map(str, framework.values)))
            elif target is not None and stage != NOT_ASSESSED and target <= max(values):
                yield self._finding("target-not-above", page, where + ("target",),
                                    value=target, stage=stage)
            yield from language_findings(self.name, page, [
                (where + ("evidence", index, "lang"), evidence["lang"])
                for index, evidence in enumerate(item["evidence"])])

    def _check_texts(self, page: RecordPage, facts: dict, framework: Framework) -> Iterator[Finding]:
        """A rationale for every rated factor, and a note wherever the evidence is not public."""
        texts = page.meta["texts"]["factors"]
        for factor in framework.factors:
            item = facts["factors"][factor.id]
            text = texts.get(factor.id) or {}
            rated = item["stage"] != NOT_ASSESSED
            if rated and "rationale" not in text:
                yield self._finding("text-missing", page, ("texts", "factors"),
                                    factor=factor.id, lang=page.lang)
            if rated and not item["evidence"] and "evidence_note" not in text:
                yield self._finding("evidence-missing", page, ("texts", "factors", factor.id),
                                    factor=factor.id, lang=page.lang)
