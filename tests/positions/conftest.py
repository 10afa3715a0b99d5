"""Fixtures for the positions tests: a small valid record on disk, and the records of the real project."""

from __future__ import annotations

from pathlib import Path

import pytest

from faro.positions.validation import PositionRecords
from faro.positions.vocabulary import load_vocabulary
from tests.support import ROOT

SOURCE_PAGE = """\
---
title: "Brasil (2021): aporte de prueba"
description: Página de prueba con una posición válida.
position:
  id: br-2021-test
  actor: {kind: state, iso2: BR, iso3: BRA}
  kind: gge_compendium_contribution
  forum: GGE-2019-2021
  symbols: {un: A/76/136}
  date_published: 2021-07-13
  date_precision: day
  languages_original: [en]
  source_url: https://example.org/a-76-136.pdf
  date_retrieved: 2026-11-23
  date_reviewed: 2026-12-07
  status: current
  extraction: partial
  supersedes: []
  topics:
    - {id: applicability, stance: affirms, evidence: quote, pinpoint: "para. 2",
       quote: "International law applies.", quote_lang: en}
    - id: sovereignty
      stance: affirms_rule
      evidence: toolkit
      pinpoint: "p. 18"
      via: {title: "National position of Brazil (2021)", url: "https://example.org/toolkit/brazil", lang: en}
    - {id: ihl, stance: not_extracted}
summaries:
  document: Un resumen del documento.
  topics:
    applicability: El derecho internacional se aplica.
    sovereignty: La soberanía es una regla.
---
"""

TRANSLATION_PAGE = """\
---
title: "Brazil (2021): test contribution"
description: Test page with a valid position.
translation_of: {path: posiciones/documentos/br-2021-test.md, lang: es}
summaries:
  document: A summary of the document.
  topics:
    applicability: International law applies.
    sovereignty: Sovereignty is a rule.
---
"""


def write_record(content: Path, source: str = SOURCE_PAGE, translation: str | None = TRANSLATION_PAGE,
                 record_id: str = "br-2021-test") -> Path:
    """One record as the two pages an editor writes; returns the Spanish page."""
    es = content / "es" / "posiciones" / "documentos" / f"{record_id}.md"
    es.parent.mkdir(parents=True, exist_ok=True)
    es.write_text(source, encoding="utf-8")
    if translation is not None:
        en = content / "en" / "positions" / "documents" / f"{record_id}.md"
        en.parent.mkdir(parents=True, exist_ok=True)
        en.write_text(translation, encoding="utf-8")
    return es


def check(project: Path):
    return PositionRecords(load_vocabulary()).load(project / "content", project)


@pytest.fixture(scope="session")
def real_records():
    result = PositionRecords(load_vocabulary()).load(ROOT / "content", ROOT)
    # Warnings are allowed: stances from before the stance fields lack evidence (docs/positions.md).
    assert [f for f in result.findings if f.effective_severity == "error"] == []
    return result.records
