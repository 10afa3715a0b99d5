"""PO-backed pages in the project: each PO becomes a virtual page of its language.

`translations/en/content/guias/wifi.po` makes the English page at the path
its path entry names (`guides/wifi.md`), read by every check and build like
a page written by hand. A page cannot be translated both ways: a PO for a
page that also has a hand-written translation is an error naming both files.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog

from faro.content.front_matter import split_front_matter
from faro.content.pages import ContentTree, SourcePage, display_path
from faro.content.translations import pair_translations
from faro.findings import Finding
from faro.i18n.catalogs import CatalogError
from faro.i18n.content_po.markup import markup_findings
from faro.i18n.content_po.po_files import CONTENT_DIR, read_content_catalog_text, segments_of, source_rel_of
from faro.i18n.content_po.render import SegmentCounts, count_segments, target_path, translated_page
from faro.i18n.settings import I18nSettings

PO_META = "faro_po"  # front-matter key of a virtual page: the PO it comes from


@dataclass
class PoPage:
    """One page translated in a PO file, and how far its translation is."""

    lang: str
    source: SourcePage
    po_display: str     # translations/en/content/guias/wifi.po
    target_rel: str     # guides/wifi.md
    catalog: Catalog
    counts: SegmentCounts
    fallbacks: int = 0  # segments shown in the source language
    po_text: str = ""   # the PO file as written


def hand_translated(pages: list[SourcePage], languages: list[str], default: str,
                    lang: str) -> dict[str, str]:
    """Source path -> its hand-written translation in `lang`, for the default language's pages."""
    pairs = pair_translations([p for p in pages if not p.meta.get(PO_META)], languages)
    return {rel: counterparts[lang] for (code, rel), counterparts in pairs.items()
            if code == default and counterparts.get(lang)}


def is_virtual(page: SourcePage) -> bool:
    return bool(page.meta.get(PO_META))


def _valid_target(rel: str) -> bool:
    return (rel.endswith(".md") and not rel.startswith("/") and "\\" not in rel
            and posixpath.normpath(rel) == rel and not rel.startswith(".."))


def _read(settings: I18nSettings, tree: ContentTree, lang: str, path: Path,
          findings: list[Finding]) -> PoPage | None:
    translations = settings.content_translations_path
    display = display_path(path, settings.root)
    try:
        catalog, po_text = read_content_catalog_text(path, lang, display)
    except CatalogError as exc:
        findings += exc.findings
        return None
    rel = source_rel_of(path, translations, lang)
    default = settings.default_language
    source = tree.by_lang(default).get(rel)
    source_display = f"{settings.content_dir}/{default}/{rel}"
    target = target_path(catalog, rel)
    if source is None and (settings.root / source_display).is_file():
        # The source is there but cannot be read: that is its finding, and this page is left out.
        tree.left_out.add(f"{settings.content_dir}/{lang}/{target}")
        return None
    if source is None:
        findings.append(Finding("i18n.content-po-orphan", display, None, None, {"source": source_display}))
        return None
    if not _valid_target(target):
        findings.append(Finding("i18n.content-po-path", display, None, None, {"path": target}))
        target = rel
    findings += markup_findings(catalog, display)
    return PoPage(lang, source, display, target, catalog, count_segments(catalog), po_text=po_text)


def load_po_pages(settings: I18nSettings, tree: ContentTree) -> tuple[list[PoPage], list[Finding]]:
    """Every PO-backed page, added to `tree` as a virtual page; findings for the POs that cannot be."""
    findings: list[Finding] = []
    po_pages: list[PoPage] = []
    default = settings.default_language
    for lang in settings.languages:
        folder = settings.content_translations_path / lang / CONTENT_DIR
        if lang == default or not folder.is_dir():
            continue
        by_hand = hand_translated(tree.pages, settings.languages, default, lang)
        written = {rel: page.abs_path for rel, page in tree.by_lang(lang).items()}
        for path in sorted(folder.rglob("*.po")):
            page = _read(settings, tree, lang, path, findings)
            if page is None:
                continue
            rel = page.source.rel_path
            other = written.get(by_hand[rel]) if rel in by_hand else written.get(page.target_rel)
            if other:
                findings.append(Finding("i18n.content-po-conflict", page.po_display, None, None,
                                        {"page": display_path(other, settings.root)}))
                continue
            written[page.target_rel] = settings.root / page.po_display  # two POs, one path: the second
            po_pages.append(page)
    stubs = [SourcePage(p.lang, p.target_rel, p.source.abs_path,
                        {"translation_of": {"path": p.source.rel_path, "lang": default},
                         PO_META: p.po_display})
             for p in po_pages]
    pairs = pair_translations(tree.pages + stubs, settings.languages)
    for po_page, stub in zip(po_pages, stubs, strict=True):
        _fill(stub, po_page, settings, pairs)
        tree.pages.append(stub)
    return po_pages, findings


def _fill(stub: SourcePage, po_page: PoPage, settings: I18nSettings, pairs: dict) -> None:
    """The virtual page's text, metadata and body, read back as any page is."""
    source = po_page.source
    text, po_page.fallbacks = translated_page(
        segments_of(source), source.front_matter, po_page.catalog, source_rel=source.rel_path,
        target_rel=po_page.target_rel, source_lang=source.lang, lang=po_page.lang, pairs=pairs,
        default=settings.default_language, extra_meta={**stub.meta, "lang": po_page.lang})
    meta, body, body_line = split_front_matter(text)  # the source's front matter parsed: so does this
    stub.meta, stub.body, stub.body_line, stub.text = meta, body, body_line, text
    stub.abs_path = settings.root / po_page.po_display
    stub.front_matter = text.split("\n---\n", 1)[0].removeprefix("---\n")
