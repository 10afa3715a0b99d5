"""Fixtures for the maturity tests: a small valid record on disk (every CMM 2021 factor listed)."""

from __future__ import annotations

from pathlib import Path

from faro.maturity.validation import AssessmentRecords
from faro.maturity.vocabulary import load_vocabulary

FRAMEWORK = load_vocabulary().frameworks["gcscc-cmm-2021"]
RATED = {
    "D1.1": '{stage: 3, target: 4, evidence: [{title: Estrategia, url: "https://example.org/e.pdf", '
            "kind: strategy, date: 2025-03-10, lang: es}]}",
    "D1.2": "{stage: [2, 3], evidence: []}",
    "D2.1": '{stage: 2, evidence: [{title: Survey, url: "https://example.org/s.pdf", '
            "kind: statistics, lang: en}]}",
}


def _factor_lines() -> str:
    return "".join(f"    {f.id}: {RATED.get(f.id, '{stage: not_assessed, evidence: []}')}\n"
                   for f in FRAMEWORK.factors)


SOURCE_PAGE = f"""\
---
title: "Chile (2026): autoevaluación de prueba"
description: Página de prueba con una evaluación válida.
assessment:
  id: cl-cmm2021-2026-self
  country: {{iso2: CL, iso3: CHL}}
  framework: {{id: gcscc-cmm-2021, version: "2021"}}
  kind: self_assessment
  period: {{start: 2026-02-01, end: 2026-05-31}}
  date_published: 2026-07-15
  source_url: https://example.org/cl-2026.pdf
  licence: CC-BY-4.0
  validated_by_third_party: false
  date_retrieved: 2026-11-23
  factors:
{_factor_lines()}texts:
  summary: Un resumen de la evaluación.
  conducted_by: Un ministerio
  method: Talleres y un cuestionario.
  factors:
    D1.1: {{rationale: Hay estrategia., gaps: Faltan indicadores.}}
    D1.2: {{rationale: Hay un equipo., evidence_note: El plan es reservado.}}
    D2.1: {{rationale: Hay una encuesta.}}
---
"""

TRANSLATION_PAGE = """\
---
title: "Chile (2026): test self-assessment"
description: Test page with a valid assessment.
translation_of: {path: madurez/evaluaciones/cl-cmm2021-2026-self.md, lang: es}
texts:
  summary: A summary of the assessment.
  conducted_by: A ministry
  method: Workshops and a questionnaire.
  factors:
    D1.1: {rationale: There is a strategy., gaps: Indicators are missing.}
    D1.2: {rationale: There is a team., evidence_note: The plan is classified.}
    D2.1: {rationale: There is a survey.}
---
"""


def write_record(content: Path, source: str = SOURCE_PAGE, translation: str | None = TRANSLATION_PAGE,
                 record_id: str = "cl-cmm2021-2026-self") -> Path:
    """One record as the two pages an editor writes; returns the Spanish page."""
    es = content / "es" / "madurez" / "evaluaciones" / f"{record_id}.md"
    es.parent.mkdir(parents=True, exist_ok=True)
    es.write_text(source, encoding="utf-8")
    if translation is not None:
        en = content / "en" / "maturity" / "assessments" / f"{record_id}.md"
        en.parent.mkdir(parents=True, exist_ok=True)
        en.write_text(translation, encoding="utf-8")
    return es


def check(project: Path):
    return AssessmentRecords(load_vocabulary()).load(project / "content", project)
