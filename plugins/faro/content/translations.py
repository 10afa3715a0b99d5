"""Which page is the translation of which.

A translated page names its source in front matter (`translation_of.path`,
`translation_of.lang`), so translations may use their own language's slugs
(`guias/contrasenas.md` <-> `guides/passwords.md`). Pages with the same path in
two languages and no explicit link are paired too.
"""

from __future__ import annotations

from faro.content.pages import SourcePage

PageKey = tuple[str, str]  # (lang, rel_path)


def translation_source(page: SourcePage) -> PageKey | None:
    link = page.meta.get("translation_of")
    if isinstance(link, dict) and link.get("path") and link.get("lang"):
        return str(link["lang"]), str(link["path"])
    return None


def pair_translations(pages: list[SourcePage], languages: list[str]) -> dict[PageKey, dict[str, str | None]]:
    """For every page, the path of its counterpart in each other language (or None)."""
    existing = {(p.lang, p.rel_path) for p in pages}
    groups: dict[PageKey, set[PageKey]] = {}

    def join(a: PageKey, b: PageKey) -> None:
        group = groups.get(a, {a}) | groups.get(b, {b})
        for key in group:
            groups[key] = group

    for page in pages:
        key = (page.lang, page.rel_path)
        groups.setdefault(key, {key})
        source = translation_source(page)
        if source and source in existing:
            join(key, source)
    linked = {k for k, g in groups.items() if len(g) > 1}
    by_path: dict[str, list[PageKey]] = {}
    for key in sorted(existing - linked):
        by_path.setdefault(key[1], []).append(key)
    for same_path in by_path.values():
        for other in same_path[1:]:
            join(same_path[0], other)

    result: dict[PageKey, dict[str, str | None]] = {}
    for key, group in groups.items():
        counterparts = {}
        for lang in languages:
            if lang == key[0]:
                continue
            matches = sorted(rel for (code, rel) in group if code == lang)
            counterparts[lang] = matches[0] if matches else None
        result[key] = counterparts
    return result
