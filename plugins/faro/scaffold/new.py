"""New pages from templates with every required field (`faro new TYPE SLUG --lang LANG`)."""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources
from pathlib import Path

from faro.yaml_data import load_yaml

# Every text a template leaves for the writer starts with this; `faro check` refuses it.
PLACEHOLDER = "FARO-TODO"


class NewPageError(ValueError):
    """The page cannot be made as asked: the message says what to change."""


_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# A language with no template or folder name of its own gets the English ones.
FALLBACK_LANGUAGE = "en"


def _folders() -> dict:
    return load_yaml(resources.files(__package__).joinpath("folders.yml").read_text(encoding="utf-8"))


def content_types() -> list[str]:
    return sorted(_folders())


def folder_for(content_type: str, lang: str) -> str:
    folders = _folders()[content_type]
    return folders.get(lang) or folders[FALLBACK_LANGUAGE]


def render(content_type: str, lang: str, title: str, today: dt.date,
           translation_of: tuple[str, str] | None = None, **fields: str) -> str:
    templates = resources.files(__package__).joinpath("templates")
    template = templates.joinpath(f"{content_type}.{lang}.md")
    if not template.is_file():
        template = templates.joinpath(f"{content_type}.{FALLBACK_LANGUAGE}.md")
    link = ""
    if translation_of:
        link = f"translation_of:\n  path: {translation_of[1]}\n  lang: {translation_of[0]}\n"
    return template.read_text(encoding="utf-8").format(
        title=title, title_yaml=json.dumps(title, ensure_ascii=False), today=today.isoformat(),
        translation_of=link, **fields)


def _assessment_fields(slug: str, lang: str, source_lang: str, framework: str | None,
                       country: str | None, today: dt.date) -> dict[str, str]:
    """The facts of a new assessment page: only the source-language page holds them."""
    from faro.maturity.scaffold import ScaffoldError, facts_block, framework_for, id_prefix
    from faro.maturity.vocabulary import load_vocabulary

    if lang != source_lang:
        return {"facts": ""}
    if not framework or not country:
        raise NewPageError(f"faro new assessment --lang {source_lang} needs --framework and --country")
    vocabulary = load_vocabulary()
    try:
        chosen = framework_for(framework, vocabulary)
        prefix = id_prefix(country, chosen, today)
        if not slug.startswith(prefix):
            raise ScaffoldError(f"an assessment's slug must start with {prefix} (country, framework, year), "
                                f"e.g. {prefix}self")
        return {"facts": facts_block(slug, country, chosen, vocabulary, today)}
    except ScaffoldError as error:
        raise NewPageError(str(error)) from None


def _position_fields(slug: str, lang: str, country: str | None, organisation: str | None) -> dict[str, str]:
    """The facts of a new position page (the source) or the actor's name (every language)."""
    from babel import Locale

    from faro.positions.vocabulary import load_vocabulary
    from faro.records.codes import alpha3_of, state_codes

    vocabulary = load_vocabulary()
    if bool(country) == bool(organisation):
        raise NewPageError("faro new position needs --country (a State) or --org (an organisation)")
    if country:
        country = country.upper()
        if country not in state_codes():
            raise NewPageError(f"{country!r} is not a State's ISO 3166-1 alpha-2 code (e.g. CL)")
        actor = f"{{kind: state, iso2: {country}, iso3: {alpha3_of()[country]}}}"
        name = Locale(lang).territories.get(country, country)
        key = country.lower()
    else:
        organisation = organisation.upper()
        if organisation not in vocabulary.allowed("organisations"):
            raise NewPageError(f"unknown organisation {organisation!r}; known: "
                             + ", ".join(vocabulary.allowed("organisations")))
        actor, name, key = f"{{kind: organisation, code: {organisation}}}", organisation, organisation.lower()
    match = re.fullmatch(rf"{re.escape(key)}-(\d{{4}})-[a-z0-9-]+", slug)
    if not match:
        raise NewPageError(f"a position's slug is '{key}-<year>-<name>', e.g. {key}-2026-posicion-nacional")
    return {"slug": slug, "actor": actor, "actor_name": name, "year": match.group(1)}


def new_page(root: Path, content_type: str, slug: str, lang: str, title: str | None = None,
             translation_of: tuple[str, str] | None = None, today: dt.date | None = None,
             framework: str | None = None, country: str | None = None,
             organisation: str | None = None, source_lang: str = "es") -> Path:
    """Write the page and return its path; never overwrite an existing file.

    `source_lang` is the site's default language: record pages in the other
    languages translate the page of the same name in it."""

    if not _SLUG.match(slug):
        raise NewPageError(f"slug '{slug}' must be lowercase words joined by hyphens, "
                           "e.g. copias-de-seguridad")
    today = today or dt.date.today()
    fields = {}
    if content_type == "assessment":
        fields = _assessment_fields(slug, lang, source_lang, framework, country, today)
    elif content_type == "position":
        fields = _position_fields(slug, lang, country, organisation)
    if content_type != "guide" and lang != source_lang and translation_of is None:
        translation_of = (source_lang, f"{folder_for(content_type, source_lang)}/{slug}.md")  # same name
    folder = folder_for(content_type, lang)
    path = root / "content" / lang / folder / f"{slug}.md"
    if path.exists():
        raise NewPageError(f"{path.relative_to(root)} already exists")
    if translation_of and not (root / "content" / translation_of[0] / translation_of[1]).is_file():
        raise NewPageError(f"the source page content/{translation_of[0]}/{translation_of[1]} does not exist")
    path.parent.mkdir(parents=True, exist_ok=True)
    # Without --title the title is a placeholder too: a slug has lost its accents.
    title = title or f"{PLACEHOLDER}: {slug.replace('-', ' ')}"
    path.write_text(render(content_type, lang, title, today, translation_of, **fields), encoding="utf-8")
    return path
