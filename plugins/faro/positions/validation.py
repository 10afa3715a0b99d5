"""Position records as a record type of the records engine: what a position page must say.

The engine (`faro.records.engine`) reads the pages, applies the JSON Schema
(`data/record.schema.json`), and checks translations and orphans. The checks here
cover what a schema cannot say well: real ISO and BCP 47 codes, ids that match
the actor and year, the stance fields (evidence, pinpoint, quote; "not addressed"
only after a full reading), and summaries in every language for every stance.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from faro.findings import Finding
from faro.positions.records import PositionRecord, build_record
from faro.positions.site import build_language_site, translated_pages
from faro.positions.text import SiteText
from faro.positions.vocabulary import NOT_ADDRESSED, NOT_EXTRACTED, Vocabulary, record_schema
from faro.records import codes
from faro.records.engine import country_findings, language_findings, load_records
from faro.records.pages import LoadResult, RecordPage
from faro.records.schema import finding, validator

PRECISION_PATTERNS = {"year": r"\d{4}", "month": r"\d{4}-\d{2}", "day": r"\d{4}-\d{2}-\d{2}"}
# Stances that say nothing the document holds, so they need no pinpoint or summary.
NO_CONTENT_STANCES = (NOT_EXTRACTED, NOT_ADDRESSED)


class PositionRecords:
    """The positions record type: `content/<lang>/<root>/<documents>/<id>.md`."""

    name = "positions"
    facts_key = "position"

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self._validator = validator(record_schema(vocabulary))

    # -- where the pages are ------------------------------------------------------------
    def record_folder(self, lang: str) -> str:
        layout = self.vocabulary.layouts[lang]
        return f"{layout.root}/{layout.documents}"

    def record_page(self, lang: str, record_id: str) -> str:
        return self.vocabulary.layouts[lang].document_page(record_id)

    def validator(self, source: RecordPage):
        return self._validator

    def load(self, content_dir: Path, root: Path) -> LoadResult:
        return load_records(self, content_dir, root)

    # -- checks -------------------------------------------------------------------------
    def _finding(self, rule: str, page: RecordPage, path: tuple, /, **args) -> Finding:
        return finding(self.name, rule, page, path, **args)

    def _topic_name(self, topic_id: str) -> dict[str, str] | str:
        """The topic as each language names it, with the id written in the record."""
        known = {topic.id: topic for topic in self.vocabulary.topics}
        if topic_id not in known:
            return topic_id  # the schema finding names the unknown id
        return {lang: f"{label} ({topic_id})" for lang, label in known[topic_id].label.items()}

    def check_facts(self, record_id: str, source: RecordPage) -> Iterator[Finding]:
        facts = source.meta["position"]
        yield from self._check_identity(record_id, source, facts)
        actor = facts["actor"]
        if actor["kind"] == "state":
            organisations = ", ".join(codes.organisations())
            yield from country_findings(self.name, source, ("position", "actor"), actor["iso2"],
                                        actor["iso3"], organisations=organisations)
        tags = [(("position", "languages_original", i), tag)
                for i, tag in enumerate(facts["languages_original"])]
        tags += [(("position", "topics", i, "quote_lang"), item["quote_lang"])
                 for i, item in enumerate(facts["topics"]) if item.get("quote_lang")]
        yield from language_findings(self.name, source, tags)
        yield from self._check_topics(source, facts)

    def _check_identity(self, record_id: str, page: RecordPage, facts: dict) -> Iterator[Finding]:
        actor = facts["actor"]
        actor_key = str(actor.get("iso2") or actor.get("code") or "").lower()
        expected = f"{actor_key}-{facts['date_published'][:4]}-"
        if facts["id"] != record_id or not record_id.startswith(expected):
            yield self._finding("id-mismatch", page, ("position", "id"), value=facts["id"],
                                file_stem=record_id, prefix=expected)
        precision = facts["date_precision"]
        if not re.fullmatch(PRECISION_PATTERNS[precision], facts["date_published"]):
            yield self._finding("date-precision", page, ("position", "date_published"),
                                value=facts["date_published"], precision=precision,
                                example={"year": "2020", "month": "2020-04", "day": "2020-04-16"}[precision])

    def _check_topics(self, page: RecordPage, facts: dict) -> Iterator[Finding]:
        seen: set[str] = set()
        legacy = facts["date_reviewed"] < self.vocabulary.stance_evidence_since
        for index, item in enumerate(facts["topics"]):
            where = ("position", "topics", index)
            if item["id"] in seen:
                yield self._finding("duplicate-topic", page, where + ("id",), value=item["id"])
            seen.add(item["id"])
            yield from self._check_stance(page, where, item, facts["extraction"], legacy)

    def _check_stance(self, page: RecordPage, where: tuple, item: dict, extraction: str,
                      legacy: bool) -> Iterator[Finding]:
        """The stance fields: a stance says where it comes from and where it is in the source."""
        stance, evidence = item["stance"], item.get("evidence")
        topic = self._topic_name(item["id"])
        if stance == NOT_ADDRESSED and extraction != "full":
            yield self._finding("not-addressed-needs-full-extraction", page, where + ("stance",),
                                topic=topic, extraction=extraction)
        unsourced_legacy = legacy and evidence is None
        if stance != NOT_EXTRACTED and evidence is None:
            rule = "stance-evidence-legacy" if legacy else "stance-evidence-missing"
            yield self._finding(rule, page, where, topic=topic,
                                allowed=", ".join(self.vocabulary.allowed("evidence")))
        # An older stance has one warning (evidence and pinpoint both), not two.
        if stance not in NO_CONTENT_STANCES and not item.get("pinpoint") and not unsourced_legacy:
            yield self._finding("stance-pinpoint-missing", page, where, topic=topic)
        if evidence == "toolkit" and "via" not in item:
            yield self._finding("stance-via-missing", page, where + ("evidence",), topic=topic)
        if evidence == "quote" and "quote" not in item:
            yield self._finding("stance-quote-missing", page, where + ("evidence",), topic=topic)
        quote = item.get("quote")
        if quote is not None and "quote_lang" not in item:
            yield self._finding("quote-lang-missing", page, where + ("quote",), topic=topic)
        if quote is None and "quote_lang" in item:
            yield self._finding("quote-lang-without-quote", page, where + ("quote_lang",), topic=topic)
        words = len(str(quote or "").split())
        if words > self.vocabulary.quote_max_words:
            yield self._finding("quote-too-long", page, where + ("quote",), topic=topic,
                                words=words, limit=self.vocabulary.quote_max_words)

    def check_texts(self, page: RecordPage, facts: dict) -> Iterator[Finding]:
        """Each stance with content needs our summary in this language; no summary without a topic."""
        if not isinstance(page.meta.get("summaries"), dict):
            return  # the schema finding already names the page
        summaries = page.meta["summaries"].get("topics") or {}
        listed = {item["id"]: item["stance"] for item in facts["topics"]}
        for topic_id, stance in listed.items():
            if stance not in NO_CONTENT_STANCES and topic_id not in summaries:
                yield self._finding("summary-missing", page, ("summaries", "topics"),
                                    topic=self._topic_name(topic_id), lang=page.lang)
        for topic_id in summaries:
            if topic_id not in listed:
                yield self._finding("summary-unexpected", page, ("summaries", "topics", topic_id),
                                    topic=self._topic_name(topic_id), listed=", ".join(listed) or "—")

    def check_collection(self, records: list[PositionRecord], pages: dict[str, dict[str, RecordPage]]
                         ) -> tuple[list[Finding], set[str]]:
        """`supersedes` names other valid records; a record with a broken reference is left out."""
        known = {r.id for r in records}
        findings, broken = [], set()
        for record in records:
            source = pages[self.vocabulary.source_language][record.id]
            for index, target in enumerate(record.supersedes):
                if target not in known or target == record.id:
                    broken.add(record.id)
                    findings.append(self._finding(
                        "unknown-reference", source, ("position", "supersedes", index),
                        value=target, allowed=", ".join(sorted(known - {record.id})) or "—"))
        return findings, broken

    def build(self, record_id: str, pages: dict[str, RecordPage]) -> PositionRecord:
        source = pages[self.vocabulary.source_language]
        return build_record(record_id, {lang: p.meta for lang, p in pages.items()},
                            {lang: p.body.strip() for lang, p in pages.items()}, source.path,
                            self.vocabulary)

    # -- pages and exports --------------------------------------------------------------
    def site_text(self, lang: str, gettext, ngettext) -> SiteText:
        return SiteText(lang, gettext, ngettext, self.vocabulary)

    def language_site(self, records: list[PositionRecord], text: SiteText):
        return build_language_site(records, text)

    def translated_pages(self, records: list[PositionRecord]) -> list[dict[str, str]]:
        return translated_pages(records, self.vocabulary)

