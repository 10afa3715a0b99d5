"""`faro build` and `faro serve`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from faro.build import DEFAULT_CONFIG, ConfigError, SiteRun, UnsafeTarget, build_site
from faro.commands.errors import UsageError
from faro.commands.output import configure_logging, print_build_summary
from faro.findings import message_language

log = logging.getLogger("faro.build")


def _config_file(args) -> str:
    if not Path(args.config_file).is_file():
        raise UsageError(f"config file not found: {args.config_file}")
    return args.config_file


def _cmd_build(args) -> int:
    config_file = _config_file(args)
    configure_logging(args.verbose)
    lang = message_language(args.lang)
    try:
        run: SiteRun = build_site(config_file, args.site_dir, strict=args.strict, jobs=args.jobs)
    except UnsafeTarget as exc:
        raise UsageError(str(exc)) from None
    except ConfigError as exc:
        log.error("%s", exc)
        return 1
    target = Path(args.site_dir).resolve() if args.site_dir else Path(config_file).resolve().parent / "site"
    print_build_summary(run, target, lang, args.verbose, sys.stderr)
    return 0 if run.published else 1


def _cmd_serve(args) -> int:
    config_file = _config_file(args)
    configure_logging(args.verbose)
    from mkdocs.commands.serve import serve

    root = Path(config_file).resolve().parent
    watch = [str(root / name) for name in ("content", "theme", "translations", "snippets")
             if (root / name).exists()]
    try:
        serve(config_file=config_file, livereload=True, watch=watch, dev_addr=args.dev_addr,
              build_type="dirty" if args.dirty else None)
    except OSError as exc:  # e.g. the address is already in use
        raise UsageError(f"cannot serve: {exc}") from None
    return 0


def register(subparsers) -> None:
    build = subparsers.add_parser("build", help="build every language into site/ (atomically)")
    build.add_argument("-f", "--config-file", default=DEFAULT_CONFIG)
    build.add_argument("-d", "--site-dir", default=None, help="output folder (default: site/)")
    build.add_argument("--strict", action="store_true", help="fail on warnings too")
    build.add_argument("-j", "--jobs", type=int, default=None, help="parallel language builds")
    build.add_argument("--lang", help="language of the messages (default: LANG, else each page's)")
    build.add_argument("-v", "--verbose", action="store_true", help="every finding and MkDocs' log")
    build.set_defaults(func=_cmd_build)

    serve = subparsers.add_parser("serve", help="preview with live reload")
    serve.add_argument("-f", "--config-file", default=DEFAULT_CONFIG)
    serve.add_argument("-a", "--dev-addr", default=None, help="IP:PORT (default 127.0.0.1:8000)")
    serve.add_argument("--dirty", action=argparse.BooleanOptionalAction, default=True,
                       help="after the first build, render only the pages that changed (default)")
    serve.add_argument("-v", "--verbose", action="store_true")
    serve.set_defaults(func=_cmd_serve)
