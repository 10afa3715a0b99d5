"""`faro check`: every check, one report, nothing published.

For contributors' pull requests: it reads the sources (encoding, front matter,
schemas, unsafe content), builds every language into a throw-away folder with
Faro's plugins in report-only mode (readability, accessibility of the rendered
pages, links and anchors), and prints one report in the contributor's language.
Exit code 1 when any finding is an error.
"""

from __future__ import annotations

import argparse
import locale
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from faro.content.checks import check_content
from faro.findings import FORMATTERS, Finding, Report

# Sources that cannot be read at all stop MkDocs; the build is not attempted.
UNBUILDABLE = {"content.invalid-utf8", "content.front-matter-yaml", "content.front-matter-type"}
LANGUAGES = ("es", "en")


def default_language() -> str:
    """The contributor's language from the environment (LANGUAGE, LC_ALL, LANG), else English."""
    for variable in ("FARO_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        code = value.split(":")[0].split("_")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
    code = (locale.getlocale()[0] or "").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def _unique(findings: list[Finding]) -> list[Finding]:
    seen, result = set(), []
    for finding in findings:
        key = (finding.rule_id, finding.path, finding.line, finding.column,
               tuple(sorted((k, str(v)) for k, v in finding.args.items())))
        if key not in seen:
            seen.add(key)
            result.append(finding)
    return result


def _build_findings(config_file: Path, jobs: int | None) -> list[Finding]:
    from faro.build import read_languages, run_builds

    languages, _ = read_languages(str(config_file))
    stage = Path(tempfile.mkdtemp(prefix=".faro-check-"))
    try:
        jobs = jobs or min(len(languages), os.cpu_count() or 1)
        results = run_builds(str(config_file), languages, stage, strict=False, jobs=jobs,
                             report_only=True)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    findings: list[Finding] = []
    for result in results:
        findings += result.findings
        if not result.ok:
            findings.append(Finding("build.failed", config_file.name, None, None,
                                    {"lang": result.lang, "error": result.error}))
    return findings


def _selected(finding: Finding, paths: list[str]) -> bool:
    return not paths or any(finding.path == p or finding.path.startswith(p.rstrip("/") + "/")
                            for p in paths)


def run_checks(config_file: Path, paths: list[str], jobs: int | None = None) -> Report:
    from faro.build import ConfigError, read_languages

    root = config_file.resolve().parent
    try:
        languages, _ = read_languages(str(config_file))
    except ConfigError as exc:
        return Report([Finding("build.config", config_file.name, None, None, {"problem": str(exc)})])
    findings = check_content(root, root / "content", languages)
    if not any(f.rule_id in UNBUILDABLE for f in findings):
        findings += _build_findings(config_file.resolve(), jobs)
    selected = [f for f in _unique(findings) if _selected(f, paths)]
    return Report(selected)


def _relative_paths(paths: list[str], root: Path) -> list[str]:
    result = []
    for path in paths:
        absolute = Path(path).resolve()
        try:
            result.append(absolute.relative_to(root).as_posix())
        except ValueError:
            result.append(path)
    return result


def _run(args: argparse.Namespace) -> int:
    from faro.build import configure_logging
    from faro.cli import UsageError

    config_file = Path(args.config_file)
    if not config_file.is_file():
        raise UsageError(f"config file not found: {args.config_file}")
    root = config_file.resolve().parent
    for path in args.paths:
        if not Path(path).exists():
            raise UsageError(f"no such file or folder: {path}")
    configure_logging(args.verbose)
    if not args.verbose:  # the report says it all; warnings still reach the collector
        for handler in logging.getLogger("mkdocs").handlers:
            handler.setLevel(logging.CRITICAL)
    lang = args.lang or default_language()
    report = run_checks(config_file, _relative_paths(args.paths, root), args.jobs)
    output = FORMATTERS[args.format](report, lang)
    if args.output:
        try:
            Path(args.output).write_text(output, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write the report: {exc}") from None
    else:
        sys.stdout.write(output)
    summary = report.summary()
    print(("errores: {errors}, avisos: {warnings}, información: {info}" if lang == "es"
           else "errors: {errors}, warnings: {warnings}, info: {info}").format(**summary),
          file=sys.stderr)
    return 1 if report.has_errors else 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("check", help="run every check without publishing")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="only report on these files or folders")
    parser.add_argument("--format", choices=sorted(FORMATTERS), default="text")
    parser.add_argument("--output", "-o", help="write the report to this file")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the messages (default: from LANG)")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml")
    parser.add_argument("-j", "--jobs", type=int, default=None)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.set_defaults(func=_run)
