"""`faro check [PATH...]`: every check, one report, nothing published."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from faro.check import run_checks
from faro.commands.errors import UsageError
from faro.commands.output import configure_logging
from faro.findings import FORMATTERS, label, message_language


def _relative_paths(paths: list[str], root: Path) -> list[str]:
    result = []
    for path in paths:
        absolute = Path(path).resolve()
        try:
            result.append(absolute.relative_to(root).as_posix())
        except ValueError:
            result.append(path)
    return result


def _run(args) -> int:
    config_file = Path(args.config_file)
    if not config_file.is_file():
        raise UsageError(f"config file not found: {args.config_file}")
    root = config_file.resolve().parent
    for path in args.paths:
        if not Path(path).exists():
            raise UsageError(f"no such file or folder: {path}")
    configure_logging(args.verbose)
    lang = message_language(args.lang)
    browser = None
    if args.browser:
        from faro.audit.runner import CHROMIUM

        browser = args.chromium or CHROMIUM
        if not os.access(browser, os.X_OK):
            raise UsageError(f"no browser at {browser}: install Debian's chromium "
                             "(apt-get install chromium) or pass --chromium PATH")
    report = run_checks(config_file, tuple(_relative_paths(args.paths, root)), args.jobs,
                        browser=browser)
    output = FORMATTERS[args.format](report, lang)
    if args.output:
        try:
            Path(args.output).write_text(output, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write the report: {exc}") from None
    else:
        sys.stdout.write(output)
    summary = report.summary()
    words = report.words_language(lang)
    line = label("summary.check", words, **summary)
    if summary["outside_paths"]:
        line += " " + label("summary.outside", words, outside=summary["outside_paths"])
    print(line, file=sys.stderr)
    return 1 if report.has_errors else 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("check", help="run every check without publishing")
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="report everything on these files or folders, "
                        "and what stops the build elsewhere")
    parser.add_argument("--format", choices=sorted(FORMATTERS), default="text")
    parser.add_argument("--output", "-o", help="write the report to this file")
    parser.add_argument("--lang", help="language of the messages (default: LANG, else each page's)")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml")
    parser.add_argument("-j", "--jobs", type=int, default=None)
    parser.add_argument("--browser", action="store_true",
                        help="also open the pages these paths produce in Chromium and run axe-core")
    parser.add_argument("--chromium", metavar="PATH", help="the Chromium for --browser "
                        "(default: /usr/bin/chromium)")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.set_defaults(func=_run)
