"""A new Faro site in an empty folder (`faro init DIR --languages es,pt,fr`).

Everything a site needs beyond the package: its configuration, starter pages
in each language (real, short, plain text, so the first `faro build` and
`faro check` pass), a folder for its own interface strings, a CI workflow and
a README. The theme, the interface catalogs and the rules stay in the package.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml
from babel import Locale, UnknownLocaleError
from jinja2 import Environment, StrictUndefined

from faro import __version__
from faro.i18n.pin import pin_page
from faro.scaffold.new import PLACEHOLDER

LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")
FALLBACK_LANGUAGE = "en"
PAGES = ("home", "about", "statement")
TEMPLATES = "site"


class InitError(ValueError):
    """The site cannot be made as asked: the message says what to change."""


@dataclass(frozen=True)
class Language:
    code: str
    name: str


def language_name(code: str) -> str:
    """The language's name in itself (CLDR), e.g. "português"; the code when CLDR has none."""
    try:
        name = Locale.parse(code).get_display_name(code)
    except (ValueError, UnknownLocaleError):
        return code
    return name[:1].upper() + name[1:] if name else code


def parse_languages(value: str) -> list[Language]:
    codes = [code.strip().lower() for code in value.split(",") if code.strip()]
    if not codes:
        raise InitError("--languages needs at least one language code, e.g. es,pt,fr")
    for code in codes:
        if not LANGUAGE_CODE.fullmatch(code):
            raise InitError(f"{code!r} is not an ISO 639 language code (e.g. es, pt, fr, qu)")
    if len(set(codes)) != len(codes):
        raise InitError("--languages names a language twice")
    return [Language(code, language_name(code)) for code in codes]


def _data(name: str) -> str:
    return resources.files(__package__).joinpath(TEMPLATES, name).read_text(encoding="utf-8")


def _page_texts(code: str) -> tuple[dict, bool]:
    """The starter texts of a language, and whether they had to be borrowed from English."""
    texts = yaml.safe_load(_data("pages.yml"))
    return (texts[code], False) if code in texts else (texts[FALLBACK_LANGUAGE], True)


def _page(texts: dict, key: str, fields: dict, borrowed: bool, translation_of: tuple[str, str] | None,
          lang: str) -> str:
    text = texts[key]
    front = {"title": text["title"].format(**fields), "description": text["description"]}
    if translation_of:
        front["translation_of"] = {"path": translation_of[1], "lang": translation_of[0]}
    body = text["body"].format(**fields).rstrip() + "\n"
    if borrowed:  # no starter text in this language: the writer translates it
        front["description"] = f"{PLACEHOLDER}: translate into {lang}: {front['description']}"
        body = f"{PLACEHOLDER}: translate this page into '{lang}'.\n\n{body}"
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{header}---\n\n# {front['title']}\n\n{body}"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def init_site(target: Path, languages: list[Language], name: str, today: dt.date | None = None) -> list[Path]:
    """Write a new site into `target` (missing or empty); returns the files written."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InitError(f"{target} is not an empty folder")
    today = today or dt.date.today()
    env = Environment(undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False)
    default = languages[0].code
    context = {"name": name, "languages": languages, "default": default, "version": __version__}
    written: list[Path] = []
    for template, rel in (("mkdocs.yml.j2", "mkdocs.yml"), ("README.md.j2", "README.md"),
                          ("workflow.yml.j2", ".github/workflows/faro.yml"),
                          ("translations-README.md.j2", "translations/README.md")):
        _write(target / rel, env.from_string(_data(template)).render(**context))
        written.append(target / rel)
    _write(target / ".gitignore", "site/\n.faro-cache/\n*.mo\n")
    _write(target / "babel.cfg", "# Strings of this site's own theme overrides (theme/, custom_dir).\n"
                                 "[jinja2: theme/**.html]\nextensions = jinja2.ext.i18n\n")
    written += [target / ".gitignore", target / "babel.cfg"]

    source_texts, _ = _page_texts(default)
    translations: list[Path] = []
    for language in languages:
        texts, borrowed = _page_texts(language.code)
        files = {key: texts[key]["file"] for key in PAGES}
        fields = {"name": name, "today": today.isoformat(), "about": files["about"],
                  "statement": files["statement"]}
        for key in PAGES:
            source = None if language.code == default else (default, source_texts[key]["file"])
            path = target / "content" / language.code / files[key]
            _write(path, _page(texts, key, fields, borrowed, source, language.code))
            written.append(path)
            translations += [path] if source else []
    for path in translations:  # each translation matches its source as written today
        pin_page(path, target / "content")
    return written
