"""Human-readable summaries of analysed pages: the build log table and failure text."""

from __future__ import annotations

from faro.findings import Severity
from faro.readability.analysis import PageAnalysis

FAILURE_SENTENCES = 3


def headline_score(page: PageAnalysis) -> str:
    """The page language's scores in one line, gating score first, with its band."""
    scores = page.scores
    if scores["szigriszt_pazos"] is not None:
        return (f"Szigriszt-Pazos {scores['szigriszt_pazos']:.1f} ({scores['inflesz_band']}), "
                f"Fernández Huerta {scores['fernandez_huerta']:.1f}")
    if scores["flesch_kincaid_grade"] is not None:
        return (f"Flesch-Kincaid grade {scores['flesch_kincaid_grade']:.1f}, "
                f"Flesch Reading Ease {scores['flesch_reading_ease']:.1f} ({scores['flesch_band']})")
    if scores["flesch_martins"] is not None:
        return f"Flesch-Martins {scores['flesch_martins']:.1f} ({scores['martins_band']})"
    if scores["kandel_moles"] is not None:
        return f"Kandel-Moles {scores['kandel_moles']:.1f}, LIX {scores['lix']:.1f}"
    if not page.scored:
        return f"no formula for '{page.lang}'"
    return "no running text"


def summary_table(pages: list[PageAnalysis]) -> str:
    """One row per page, aligned, for the build log."""
    rows = [("page", "lang", "words", "sentences", "score", "status")]
    for page in sorted(pages, key=lambda p: p.path):
        status = page.status + ("" if page.gated else " (not gated)")
        if page.override:
            status += " (override)"
        rows.append((page.path, page.lang, str(page.counts.words), str(page.counts.sentences),
                     headline_score(page), status))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in rows
    )


def failure_message(pages: list[PageAnalysis], report_language: str | None = None) -> str:
    """Every failing page, its errors (score and threshold) and its longest sentences."""
    lines = [f"faro/readability: {len(pages)} page(s) fail the readability gate:"]
    for page in sorted(pages, key=lambda p: p.path):
        lang = report_language or page.lang
        lines.append(f"  {page.path} [{page.lang}]")
        for finding in page.findings:
            if finding.effective_severity is Severity.ERROR:
                where = f"line {finding.line}: " if finding.line else ""
                lines.append(f"    {where}{finding.message(lang)}")
        for sentence in page.longest(FAILURE_SENTENCES):
            lines.append(f"    line {sentence.line} ({len(sentence.words)} words): {sentence.text}")
    return "\n".join(lines)
