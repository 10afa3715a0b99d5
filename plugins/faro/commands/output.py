"""What the commands print: quiet logs, short summaries, every detail with `-v`."""

from __future__ import annotations

import logging
import sys
from typing import TextIO

from faro.findings import Report, Severity, format_text, label

# A clean build fits on one screen: the summary and at most this many report lines.
SUMMARY_LINES = 30


def configure_logging(verbose: bool = False) -> None:
    """MkDocs' and Faro's log on stderr: only what is not a finding, everything with `-v`.

    The loggers still pass warnings on: MkDocs' warnings become findings."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s - %(message)s"))
    handler.setLevel(logging.DEBUG if verbose else logging.ERROR)
    for name in ("mkdocs", "faro"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(logging.DEBUG if verbose else logging.WARNING)
        logger.propagate = False


def report_lines(report: Report, lang: str | None, verbose: bool) -> list[str]:
    """The report, cut to SUMMARY_LINES lines unless `verbose`: errors first, then
    warnings, then information, each sorted by file and line."""
    lines = [line for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
             for line in format_text(Report([f for f in report.findings
                                             if f.effective_severity is severity]), lang).splitlines()]
    if verbose or len(lines) <= SUMMARY_LINES:
        return lines
    shown = lines[:SUMMARY_LINES]
    hidden = sum(1 for line in lines[SUMMARY_LINES:] if not line.startswith("    "))
    return shown + [label("build.more", report.words_language(lang), count=hidden)]


def print_build_summary(run, target, lang: str | None, verbose: bool, stream: TextIO) -> None:
    report = Report(run.findings, language=run.project.default_language)
    counts = report.summary()
    words = report.words_language(lang)
    for line in report_lines(report, lang, verbose):
        print(line, file=stream)
    print(label("summary.build", words, languages=", ".join(run.languages), pages=run.pages,
                errors=counts["errors"], warnings=counts["warnings"], info=counts["info"],
                seconds=f"{run.seconds:.1f}"), file=stream)
    key = "build.published" if run.published else "build.not-published"
    print(label(key, words, target=target), file=stream)
