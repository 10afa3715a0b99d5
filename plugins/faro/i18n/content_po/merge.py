"""`extract` and `update` for page content: templates from sources, translations merged like `msgmerge`.

Babel's `Catalog.update` does what `msgmerge` does: an unchanged segment
keeps its translation, a changed one becomes fuzzy with its previous source
(`#| msgid`), a removed one becomes obsolete (`#~`). On top of it, a
translation memory: a new segment that another page of the same language
already translates gets that translation as a fuzzy suggestion.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog

from faro.content.pages import SourcePage, display_path
from faro.i18n.content_po.po_files import (
    new_catalog,
    page_template,
    po_file,
    read_content_catalog,
    template_file,
    write_if_changed,
)


@dataclass(frozen=True)
class Written:
    path: Path
    changed: bool


def extract_templates(pages: list[SourcePage], root: Path, translations_dir: Path) -> list[Written]:
    """One template per source page; returns every template and whether it changed."""
    written = []
    for page in sorted(pages, key=lambda p: p.rel_path):
        path = template_file(translations_dir, page.rel_path)
        previous = read_content_catalog(path, None, display_path(path, root)) if path.is_file() else None
        template = page_template(page, display_path(page.abs_path, root))
        written.append(Written(path, write_if_changed(path, template, previous)))
    return written


def translation_memory(catalogs: list[Catalog]) -> dict[str, str]:
    """Source text -> a reviewed translation of it, from every catalog of one language."""
    memory: dict[str, str] = {}
    for catalog in catalogs:
        for message in catalog:
            if message.id and message.string and not message.fuzzy and isinstance(message.id, str):
                memory.setdefault(message.id, message.string)
    return memory


def merge(template: Catalog, catalog: Catalog, memory: dict[str, str]) -> Catalog:
    """`catalog` brought up to `template`, with suggestions from `memory` for new segments."""
    for key, message in list(catalog.obsolete.items()):
        if template.get(message.id, message.context) is not None:
            # A segment that comes back gets its old translation back, as msgmerge does.
            del catalog.obsolete[key]
            catalog[message.id] = message
    previous = {(m.context, m.id): m.previous_id for m in catalog if m.previous_id}
    catalog.update(template)
    for message in catalog:
        if message.fuzzy and not message.previous_id:
            message.previous_id = previous.get((message.context, message.id), [])
        if message.id and not message.string and message.id in memory:
            message.string = memory[message.id]
            message.flags.add("fuzzy")
    return catalog


def update_translations(pages: list[SourcePage], root: Path, translations_dir: Path,
                        lang: str) -> list[Written]:
    """Create or update `translations/<lang>/content/<page>.po` for every source page with a template."""
    existing: dict[str, Catalog] = {}
    templates: dict[str, Catalog] = {}
    for page in sorted(pages, key=lambda p: p.rel_path):
        path = template_file(translations_dir, page.rel_path)
        if not path.is_file():
            continue
        templates[page.rel_path] = read_content_catalog(path, None, display_path(path, root))
        po_path = po_file(translations_dir, lang, page.rel_path)
        if po_path.is_file():
            existing[page.rel_path] = read_content_catalog(po_path, lang, display_path(po_path, root))
    memory = translation_memory(list(existing.values()))
    written = []
    for rel, template in templates.items():
        po_path = po_file(translations_dir, lang, rel)
        previous = existing.get(rel)
        catalog = read_content_catalog(po_path, lang, display_path(po_path, root)) if previous \
            else new_catalog(lang, template)
        merged = merge(template, catalog, memory)
        written.append(Written(po_path, write_if_changed(po_path, merged, previous)))
    return written
