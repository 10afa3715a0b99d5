"""`faro init DIR --languages es,pt,fr [--name NAME]`: start a new site."""

from __future__ import annotations

import argparse
from pathlib import Path

from faro.commands.errors import UsageError
from faro.scaffold.init import InitError, init_site, parse_languages


def _run(args: argparse.Namespace) -> int:
    target = Path(args.dir)
    try:
        languages = parse_languages(args.languages)
        init_site(target, languages, args.name or target.resolve().name)
    except InitError as exc:
        raise UsageError(str(exc)) from None
    codes = ", ".join(language.code for language in languages)
    print(f"{target}: new Faro site in {codes} (default {languages[0].code}).")
    print(f"Next: cd {target} && faro build && faro check")
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("init", help="start a new site in an empty folder")
    parser.add_argument("dir", help="the folder to create (it must be missing or empty)")
    parser.add_argument("--languages", required=True,
                        help="language codes, the default first, e.g. es,pt,fr")
    parser.add_argument("--name", help="the site's name (default: the folder's name)")
    parser.set_defaults(func=_run)
