"""`faro audit [SITE_DIR]`: open every built page in headless Chromium, run axe-core
and Faro's own browser checks (reflow, text spacing, text zoom, focus, target size).

Exit codes follow `faro`: 0 no serious or critical violation and no check error,
1 at least one (or a page that reached another host, or could not be audited),
2 bad usage (no such folder, no HTML in it, no browser to run).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from faro.commands.errors import UsageError
from faro.progress import Progress

DEFAULT_SITE_DIR = "site"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "audit",
        help="audit a built site in headless Chromium with axe-core and Faro's own checks "
        "(WCAG 2.2 A/AA)",
        description="Serve SITE_DIR on 127.0.0.1, open every HTML page at a desktop (1280x800) "
        "and a mobile (375x812) viewport with requests to other hosts blocked, run the "
        "axe-core rules tagged WCAG 2.0, 2.1 and 2.2 A and AA, and Faro's own checks: reflow "
        "at 320 px, text spacing and 200 %% text (desktop), Tab through the page, target size "
        "(mobile).",
    )
    parser.add_argument("site_dir", nargs="?", default=DEFAULT_SITE_DIR, metavar="SITE_DIR",
                        help=f"the built site (default: {DEFAULT_SITE_DIR}/)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--output", metavar="FILE", help="write the report to FILE instead of stdout")
    parser.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                        help="skip pages whose path in the site matches GLOB (repeatable), "
                        "for example 'en/404.html'")
    parser.add_argument("--no-checks", dest="checks", action="store_false",
                        help="run axe-core only, not Faro's own browser checks")
    parser.add_argument("--lang", help="language of the messages, axe's included when axe-core "
                        "ships it (default: LANG, else each page's)")
    parser.add_argument("--browser", default=None, metavar="PATH",
                        help="the Chromium executable (default: /usr/bin/chromium)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from faro.audit.report import AuditReport, format_json, format_text
    from faro.audit.runner import CHROMIUM, VIEWPORTS, audit_site, axe_version, open_browser, site_pages
    from faro.findings import message_language

    site_dir = Path(args.site_dir)
    if not site_dir.is_dir():
        raise UsageError(f"no such site folder: {site_dir} (build it first: faro build)")
    pages = site_pages(site_dir, args.exclude)
    if not pages:
        raise UsageError(f"no HTML pages to audit in {site_dir}")
    executable = args.browser or CHROMIUM
    if not os.access(executable, os.X_OK):
        raise UsageError(f"no browser at {executable}: install Debian's chromium "
                         "(apt-get install chromium) or pass --browser PATH")
    try:
        import playwright  # noqa: F401 - only to tell a missing extra from other errors
    except ImportError:
        raise UsageError("the audit needs Playwright: pip install 'faro-guidance[audit]'") from None

    start = time.perf_counter()
    total = len(pages) * len(VIEWPORTS)
    with open_browser(executable) as browser, Progress("faro audit") as progress:
        done = []

        def on_page(viewport, page) -> None:
            done.append(page)
            progress.show(f"{len(done)}/{total} ({viewport.name}) {page}")

        lang = message_language(args.lang)
        audits = audit_site(browser, site_dir, pages, on_page=on_page, lang=lang,
                            checks=args.checks)
    report = AuditReport.from_audits(audits, pages, [v.name for v in VIEWPORTS], axe_version(),
                                     time.perf_counter() - start, lang=lang)
    text = format_json(report) if args.format == "json" else format_text(report)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(format_text(report).splitlines()[-1])
    else:
        sys.stdout.write(text)
    return 1 if report.failed else 0
