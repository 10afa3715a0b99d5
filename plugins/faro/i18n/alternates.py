"""Where each page lives in every language, and the links between them.

The default language is served at the site root, every other language under
`/<code>/`. Links are relative so the site works from `file://`.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

UNTRANSLATED_DIR = "untranslated"


@dataclass(frozen=True)
class Alternate:
    lang: str
    name: str
    site_path: str  # path from the site root, e.g. "en/guides/passwords.html"
    exists: bool    # False: site_path is the notice saying the page is not translated


def language_prefix(lang: str, default_lang: str) -> str:
    return "" if lang == default_lang else f"{lang}/"


def html_path(rel_md: str) -> str:
    """`guides/passwords.md` -> `guides/passwords.html` (directory URLs are off for file://)."""
    return rel_md[: -len(".md")] + ".html" if rel_md.endswith(".md") else rel_md


def notice_rel_md(source_lang: str, source_rel: str) -> str:
    """Where the 'not translated' notice for a page of `source_lang` lives in another language."""
    return f"{UNTRANSLATED_DIR}/{source_lang}/{source_rel}"


def site_path(lang: str, rel_md: str, default_lang: str) -> str:
    return language_prefix(lang, default_lang) + html_path(rel_md)


def relative_url(from_site_path: str, to_site_path: str) -> str:
    start = posixpath.dirname(from_site_path) or "."
    return posixpath.relpath(to_site_path, start)


def alternates_for(lang: str, rel_md: str, counterparts: dict[str, str | None],
                   names: dict[str, str], default_lang: str) -> list[Alternate]:
    """Every language's version of one page, in the configured language order."""
    result = []
    for code, name in names.items():
        if code == lang:
            result.append(Alternate(code, name, site_path(lang, rel_md, default_lang), True))
            continue
        target = counterparts.get(code)
        if target:
            result.append(Alternate(code, name, site_path(code, target, default_lang), True))
        else:
            notice = notice_rel_md(lang, rel_md)
            result.append(Alternate(code, name, site_path(code, notice, default_lang), False))
    return result
