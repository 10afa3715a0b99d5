"""The assessment record: facts once (Spanish page), texts per language.

As with State positions, the source-language page holds `assessment:` (stages,
dates, codes, evidence links) and its own `texts:`; a translation holds only
`texts:`, so a stage can never differ between the Spanish and English pages.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from faro.maturity.vocabulary import NOT_ASSESSED, Framework, Vocabulary


@dataclass(frozen=True)
class StageRange:
    """A factor's stage as the review gave it: one stage, or a range kept as a range."""

    low: int
    high: int

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def as_text(self, framework: Framework, lang: str) -> str:
        """"3 (Established)" or "2–3 (Formative–Established)": the number and its words."""
        if not self.is_range:
            return f"{self.low} ({framework.level_label(self.low, lang)})"
        words = f"{framework.level_label(self.low, lang)}–{framework.level_label(self.high, lang)}"
        return f"{self.low}–{self.high} ({words})"

    def covers(self, value: int) -> bool:
        return self.low <= value <= self.high


@dataclass(frozen=True)
class Evidence:
    title: str
    url: str
    kind: str
    lang: str
    date: str | None = None


@dataclass(frozen=True)
class FactorRating:
    factor_id: str
    stage: StageRange | None  # None: the assessment did not rate this factor
    target: int | None
    evidence: tuple[Evidence, ...]
    rationale: dict[str, str]
    gaps: dict[str, str]
    evidence_notes: dict[str, str]


@dataclass(frozen=True)
class Benchmark:
    """Another measurement cited beside the assessment, never merged into its numbers."""

    framework: str
    source_url: str
    value: str | None = None


@dataclass(frozen=True)
class AssessmentRecord:
    id: str
    iso2: str
    iso3: str
    example: bool
    framework: Framework
    kind: str
    period_start: str
    period_end: str
    date_published: str
    source_url: str
    licence: str
    validated_by_third_party: bool
    date_retrieved: str
    ratings: tuple[FactorRating, ...]
    titles: dict[str, str]
    summaries: dict[str, str]
    conducted_by: dict[str, str]
    methods: dict[str, str]
    bodies: dict[str, str] = field(default_factory=dict)
    validation_url: str | None = None
    benchmarks: tuple[Benchmark, ...] = ()
    source_path: str = ""

    @property
    def year(self) -> str:
        return self.date_published[:4]

    def rating(self, factor_id: str) -> FactorRating:
        return next(r for r in self.ratings if r.factor_id == factor_id)

    def published_date(self) -> datetime.date:
        return datetime.date.fromisoformat(self.date_published)


def parse_stage(value: object) -> StageRange | None:
    """`3` -> 3..3, `[2, 3]` -> 2..3, `not_assessed` -> None (the loader has checked the shape)."""
    if value == NOT_ASSESSED:
        return None
    if isinstance(value, list):
        return StageRange(int(value[0]), int(value[1]))
    return StageRange(int(value), int(value))


def build_record(record_id: str, pages: dict[str, dict], bodies: dict[str, str], source_path: str,
                 vocabulary: Vocabulary) -> AssessmentRecord:
    """A record from validated front matter: `pages` maps each language to its page's meta."""
    facts = pages[vocabulary.source_language]["assessment"]
    framework = vocabulary.frameworks[facts["framework"]["id"]]
    texts = {lang: meta["texts"] for lang, meta in pages.items()}
    ratings = []
    for factor in framework.factors:
        item = facts["factors"][factor.id]
        per_lang = {lang: t["factors"].get(factor.id) or {} for lang, t in texts.items()}
        ratings.append(FactorRating(
            factor_id=factor.id,
            stage=parse_stage(item["stage"]),
            target=item.get("target"),
            evidence=tuple(Evidence(e["title"], e["url"], e["kind"], e["lang"], e.get("date"))
                           for e in item["evidence"]),
            rationale={lang: t["rationale"] for lang, t in per_lang.items() if "rationale" in t},
            gaps={lang: t["gaps"] for lang, t in per_lang.items() if "gaps" in t},
            evidence_notes={lang: t["evidence_note"] for lang, t in per_lang.items() if "evidence_note" in t},
        ))
    return AssessmentRecord(
        id=record_id,
        iso2=facts["country"]["iso2"],
        iso3=facts["country"]["iso3"],
        example=bool(facts.get("example", False)),
        framework=framework,
        kind=facts["kind"],
        period_start=facts["period"]["start"],
        period_end=facts["period"]["end"],
        date_published=facts["date_published"],
        source_url=facts["source_url"],
        licence=facts["licence"],
        validated_by_third_party=facts["validated_by_third_party"],
        date_retrieved=facts["date_retrieved"],
        ratings=tuple(ratings),
        titles={lang: meta["title"] for lang, meta in pages.items()},
        summaries={lang: t["summary"] for lang, t in texts.items()},
        conducted_by={lang: t["conducted_by"] for lang, t in texts.items()},
        methods={lang: t["method"] for lang, t in texts.items()},
        bodies=bodies,
        validation_url=facts.get("validation_url"),
        benchmarks=tuple(Benchmark(b["framework"], b["source_url"], b.get("value"))
                         for b in facts.get("external_benchmarks") or ()),
        source_path=source_path,
    )
