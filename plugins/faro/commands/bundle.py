"""`faro bundle [SITE_DIR]`: the per-language offline downloads of a built site.

The build makes them too (`faro/offline`, `bundle: true`); this command remakes
them for a site built without them, or to put them somewhere else.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from faro.commands.errors import UsageError
from faro.i18n.settings import SettingsError, read_settings
from faro.offline.bundle import bundle_site, format_size


def _run(args: argparse.Namespace) -> int:

    site = Path(args.site_dir)
    if not (site / "index.html").is_file():
        raise UsageError(f"{site} is not a built site (no index.html): run 'faro build' first")
    try:
        settings = read_settings(Path(args.config_file))
    except SettingsError as exc:
        raise UsageError(str(exc)) from None
    out_dir = Path(args.output) if args.output else None
    for lang, (path, size) in bundle_site(site, settings.languages, settings.default_language,
                                          settings.site_url, out_dir=out_dir).items():
        print(f"{lang}: {path} ({format_size(size, 'en')})")
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("bundle", help="make one offline ZIP per language from a built site")
    parser.add_argument("site_dir", nargs="?", default="site")
    parser.add_argument("-o", "--output", help="folder for the ZIPs (default: SITE/<lang>/downloads/)")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml")
    parser.set_defaults(func=_run)
