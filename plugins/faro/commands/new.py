"""`faro new TYPE SLUG --lang LANG`: a new page from a template with every required field."""

from __future__ import annotations

import argparse
from pathlib import Path

from faro.commands.errors import UsageError
from faro.i18n.settings import SettingsError, read_settings
from faro.scaffold.new import NewPageError, content_types, new_page


def _run(args: argparse.Namespace) -> int:
    try:
        settings = read_settings(Path(args.config_file))
    except SettingsError as exc:
        raise UsageError(str(exc)) from None
    root = settings.root
    if not (root / "content").is_dir():
        raise UsageError(f"no content/ folder next to {args.config_file}")
    languages = settings.languages
    if args.lang not in languages:
        raise UsageError(f"--lang {args.lang}: not a language of this site ({', '.join(languages)})")
    source = None
    if args.translation_of:
        lang, _, path = args.translation_of.partition(":")
        if lang not in languages or not path:
            raise UsageError("--translation-of takes LANG:PATH, e.g. es:guias/contrasenas.md")
        source = (lang, path)
    try:
        path = new_page(root, args.type, args.slug, args.lang, args.title, source,
                        framework=args.framework, country=args.country, organisation=args.org,
                        source_lang=settings.default_language)
    except NewPageError as exc:
        raise UsageError(str(exc)) from None
    print(path.relative_to(root).as_posix())
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("new", help="create a page from a template")
    parser.add_argument("type", choices=content_types())
    parser.add_argument("slug", help="file name without .md, e.g. copias-de-seguridad")
    parser.add_argument("--lang", required=True, help="one of the site's languages (mkdocs.yml)")
    parser.add_argument("--title", help="the page title (default: from the slug)")
    parser.add_argument("--translation-of", metavar="LANG:PATH",
                        help="the page this one translates, e.g. es:guias/contrasenas.md")
    parser.add_argument("--framework", help="assessment only: the framework, e.g. cmm-2021")
    parser.add_argument("--country", help="assessment or position: ISO 3166-1 alpha-2 code, e.g. CL")
    parser.add_argument("--org", help="position only: an organisation's code, e.g. OAS")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml")
    parser.set_defaults(func=_run)
