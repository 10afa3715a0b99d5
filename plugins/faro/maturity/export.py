"""Open data: every assessment as JSON (with its JSON Schema) and CSV, the same in every language build.

Stages are exported exactly as recorded (ranges as two numbers). Faro's own
medians sit in a separate, labelled block, so a reuser never mistakes them for
the framework's results; frameworks are exported with their structure so each
record can be read on its own scale.
"""

from __future__ import annotations

import csv
import io
import json

from faro.maturity import aggregate
from faro.maturity.records import AssessmentRecord
from faro.maturity.vocabulary import Framework, Vocabulary, export_schema
from faro.records.codes import territory_name

CSV_COLUMNS = ("id", "iso2", "iso3", "country_name_en", "country_name_es", "example", "framework_id",
               "framework_version", "kind", "date_published", "period_start", "period_end",
               "validated_by_third_party", "dimension_id", "factor_id", "stage_min", "stage_max",
               "target_stage", "evidence_public", "evidence_urls", "source_url", "licence", "date_retrieved")
MEDIAN_METHOD = ("Calculated by Faro, not part of the framework: lower median of the factors' lowest "
                 "stages to upper median of their highest stages; factors not assessed are left out.")


def country_names(iso2: str, vocabulary: Vocabulary) -> dict[str, str]:
    example = vocabulary.lists["example_countries"].get(iso2)
    return {lang: example[lang] if example else territory_name(iso2, lang) for lang in vocabulary.languages}


def _framework(framework: Framework) -> dict:
    return {
        "id": framework.id, "version": framework.version, "name": framework.name,
        "source_url": framework.source_url,
        "scale": [{"value": level.value, "label": level.label} for level in framework.levels],
        "dimensions": [{"id": d.id, "title": d.title,
                        "factors": [{"id": f.id, "title": f.title} for f in d.factors]}
                       for d in framework.dimensions],
    }


def _assessment(record: AssessmentRecord, vocabulary: Vocabulary) -> dict:
    factors = []
    for rating in record.ratings:
        factors.append({
            "id": rating.factor_id,
            "dimension_id": record.framework.dimension_of(rating.factor_id).id,
            "stage_min": rating.stage.low if rating.stage else None,
            "stage_max": rating.stage.high if rating.stage else None,
            "target_stage": rating.target,
            "rationale": rating.rationale,
            "gaps": rating.gaps,
            "evidence_public": bool(rating.evidence),
            "evidence": [{"title": e.title, "url": e.url, "kind": e.kind, "date": e.date, "lang": e.lang}
                         for e in rating.evidence],
            "evidence_note": rating.evidence_notes,
        })
    medians = [{"dimension_id": row.dimension.id,
                "median_min": row.median.low if row.median else None,
                "median_max": row.median.high if row.median else None,
                "factors_assessed": row.rated}
               for row in aggregate.summaries(record)]
    return {
        "id": record.id,
        "example": record.example,
        "country": {"iso2": record.iso2, "iso3": record.iso3, "name": country_names(record.iso2, vocabulary)},
        "framework": {"id": record.framework.id, "version": record.framework.version},
        "kind": record.kind,
        "conducted_by": record.conducted_by,
        "method": record.methods,
        "period": {"start": record.period_start, "end": record.period_end},
        "date_published": record.date_published,
        "source_url": record.source_url,
        "licence": record.licence,
        "validated_by_third_party": record.validated_by_third_party,
        "validation_url": record.validation_url,
        "date_retrieved": record.date_retrieved,
        "title": record.titles,
        "summary": record.summaries,
        "factors": factors,
        "external_benchmarks": [{"framework": b.framework, "value": b.value, "source_url": b.source_url}
                                for b in record.benchmarks],
        "faro_calculations": {"calculated_by": "Faro", "method": MEDIAN_METHOD, "dimension_medians": medians},
    }


def _ordered(records: list[AssessmentRecord]) -> list[AssessmentRecord]:
    """Exports do not depend on the page language: assessments in id order in every build."""
    return sorted(records, key=lambda r: r.id)


def maturity_json(records: list[AssessmentRecord], vocabulary: Vocabulary) -> str:
    used = sorted({r.framework.id for r in records})
    data = {"frameworks": [_framework(vocabulary.frameworks[i]) for i in used],
            "assessments": [_assessment(r, vocabulary) for r in _ordered(records)]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def maturity_schema_json(vocabulary: Vocabulary) -> str:
    return json.dumps(export_schema(vocabulary), ensure_ascii=False, indent=2) + "\n"


def csv_rows(records: list[AssessmentRecord], vocabulary: Vocabulary) -> list[dict[str, str]]:
    rows = []
    for record in _ordered(records):
        names = country_names(record.iso2, vocabulary)
        for rating in record.ratings:
            rows.append({
                "id": record.id, "iso2": record.iso2, "iso3": record.iso3,
                "country_name_en": names["en"], "country_name_es": names["es"],
                "example": str(record.example).lower(),
                "framework_id": record.framework.id, "framework_version": record.framework.version,
                "kind": record.kind, "date_published": record.date_published,
                "period_start": record.period_start, "period_end": record.period_end,
                "validated_by_third_party": str(record.validated_by_third_party).lower(),
                "dimension_id": record.framework.dimension_of(rating.factor_id).id,
                "factor_id": rating.factor_id,
                "stage_min": str(rating.stage.low) if rating.stage else "",
                "stage_max": str(rating.stage.high) if rating.stage else "",
                "target_stage": str(rating.target or ""),
                "evidence_public": str(bool(rating.evidence)).lower(),
                "evidence_urls": " ".join(e.url for e in rating.evidence),
                "source_url": record.source_url, "licence": record.licence,
                "date_retrieved": record.date_retrieved,
            })
    return rows


def maturity_csv(records: list[AssessmentRecord], vocabulary: Vocabulary) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(csv_rows(records, vocabulary))
    return buffer.getvalue()
