"""`faro bundle [SITE_DIR]`: the per-language offline downloads of a built site.

The build makes them too (`faro/offline`, `bundle: true`); this command remakes
them for a site built without them, or to put them somewhere else.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from faro.offline.bundle import build_bundle, format_size

DOWNLOADS = "downloads"


def bundle_site(site: Path, languages: list[str], default: str, site_url: str, name: str = "faro",
                out_dir: Path | None = None) -> dict[str, tuple[Path, int]]:
    """Write one ZIP per language; returns {lang: (path, size)}."""
    written = {}
    others = tuple(f"{code}/" for code in languages if code != default)
    for lang in languages:
        prefix = "" if lang == default else f"{lang}/"
        root = site / prefix if prefix else site
        exclude = (f"{DOWNLOADS}/",) + (others if lang == default else ())
        target = (out_dir or root / DOWNLOADS) / f"{name}-{lang}.zip"
        size = build_bundle(root, target, f"{name}-{lang}", lang, exclude, site_url, prefix)
        written[lang] = (target, size)
    return written


def _run(args: argparse.Namespace) -> int:
    from faro.build import ConfigError, read_languages
    from faro.cli import UsageError

    site = Path(args.site_dir)
    if not (site / "index.html").is_file():
        raise UsageError(f"{site} is not a built site (no index.html): run 'faro build' first")
    try:
        languages, default = read_languages(args.config_file)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    import yaml

    site_url = (yaml.safe_load(Path(args.config_file).read_text(encoding="utf-8")) or {}).get("site_url", "")
    out_dir = Path(args.output) if args.output else None
    for lang, (path, size) in bundle_site(site, languages, default, site_url or "", out_dir=out_dir).items():
        print(f"{lang}: {path} ({format_size(size, 'en')})")
    return 0


def register(subparsers) -> None:
    parser = subparsers.add_parser("bundle", help="make one offline ZIP per language from a built site")
    parser.add_argument("site_dir", nargs="?", default="site")
    parser.add_argument("-o", "--output", help="folder for the ZIPs (default: SITE/<lang>/downloads/)")
    parser.add_argument("-f", "--config-file", default="mkdocs.yml")
    parser.set_defaults(func=_run)
