"""`extract`, `update`, `compile`: the catalog files on disk, written reproducibly.

Committed catalogs change only when their messages do: locations are written
without line numbers (moving code does not touch the catalogs), entries are
sorted, obsolete entries are dropped (the history keeps them), and the
template's creation date moves only when its messages changed.
"""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import write_po

from faro.i18n.catalogs import catalog_path, compile_catalog, read_catalog, template_path

MAPPING_FILE = "babel.cfg"
PROJECT = "Faro"
COPYRIGHT_HOLDER = "Faro contributors"
TRANSLATOR_COMMENT_TAG = "Translators:"


def _render(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, sort_output=True, ignore_obsolete=True, include_lineno=False, width=76)
    return buffer.getvalue()


def _write_if_changed(path: Path, content: bytes) -> bool:
    if path.is_file() and path.read_bytes() == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return True


def _display(path: Path, root: Path) -> str:
    return os.path.relpath(path, root).replace(os.sep, "/")


def _top_folders(method_map: list[tuple[str, str]]) -> set[str]:
    """Only walk the folders the mapping names: `site/` or a virtualenv may be huge."""
    return {pattern.split("/", 1)[0] for pattern, _ in method_map if "/" in pattern}


def extract_messages(root: Path) -> Catalog:
    """Every marked string in the code and templates that `babel.cfg` maps."""
    root = root.resolve()
    with (root / MAPPING_FILE).open(encoding="utf-8") as handle:
        method_map, options_map = parse_mapping_cfg(handle, str(root / MAPPING_FILE))
    folders = _top_folders(method_map)

    def in_mapped_folder(path: str) -> bool:
        relative = Path(path).relative_to(root).parts
        return relative[0] in folders and not any(p.startswith((".", "_")) for p in relative)

    catalog = Catalog(project=PROJECT, copyright_holder=COPYRIGHT_HOLDER, fuzzy=True)
    for filename, lineno, message, comments, context in extract_from_dir(
            root, method_map, options_map, comment_tags=(TRANSLATOR_COMMENT_TAG,),
            strip_comment_tags=True, directory_filter=in_mapped_folder):
        catalog.add(message, None, [(filename.replace(os.sep, "/"), lineno)],
                    auto_comments=comments, context=context)
    return catalog


def _with_header_of(fresh: Catalog, previous: Catalog | None) -> Catalog:
    """Keep the committed header (comment, project, dates) so only messages make a diff."""
    if previous is None:
        return fresh
    fresh.header_comment = previous.header_comment
    fresh.project, fresh.version = previous.project, previous.version
    fresh.msgid_bugs_address = previous.msgid_bugs_address
    fresh.creation_date = previous.creation_date
    return fresh


def extract_template(root: Path, translations_dir: Path) -> bool:
    """Write `messages.pot`; True when it changed."""
    path = template_path(translations_dir)
    previous = read_catalog(path, None, _display(path, root)) if path.is_file() else None
    template = _with_header_of(extract_messages(root), previous)
    content = _render(template)
    if path.is_file() and path.read_bytes() == content:
        return False
    template.creation_date = datetime.now(UTC).replace(second=0, microsecond=0)
    return _write_if_changed(path, _render(template))


def update_catalogs(root: Path, translations_dir: Path, languages: list[str]) -> list[str]:
    """Merge the template into each language's catalog; returns the languages whose file changed.

    Babel's `Catalog.update` keeps translations, adds new strings, and marks a
    translation fuzzy when its source string changed, so readers keep the
    source text until a translator confirms.
    """
    path = template_path(translations_dir)
    template = read_catalog(path, None, _display(path, root))
    changed = []
    for lang in languages:
        po_path = catalog_path(translations_dir, lang)
        if po_path.is_file():
            catalog = read_catalog(po_path, lang, _display(po_path, root))
        else:
            catalog = Catalog(locale=lang, project=template.project, version=template.version,
                              copyright_holder=COPYRIGHT_HOLDER,
                              msgid_bugs_address=template.msgid_bugs_address,
                              creation_date=template.creation_date)
        catalog.update(template)
        _take_flags_from(template, catalog)
        if _write_if_changed(po_path, _render(catalog)):
            changed.append(lang)
    return changed


def _take_flags_from(template: Catalog, catalog: Catalog) -> None:
    """A fuzzy match inherits the flags of the old entry (`python-format` on a string
    without placeholders); Babel fixes that on the next run, so a second `update`
    would change the file. Flags follow the template, only `fuzzy` is the translator's."""
    for message in catalog:
        source = template.get(message.id, message.context) if message.id else None
        if source is not None:
            message.flags = set(source.flags) | (message.flags & {"fuzzy"})


def compile_catalogs(root: Path, translations_dir: Path, languages: list[str]) -> list[Path]:
    """Write a `.mo` beside each `.po`, for tools that want one (the build does not)."""
    written = []
    for lang in languages:
        po_path = catalog_path(translations_dir, lang)
        if not po_path.is_file():
            continue
        catalog = read_catalog(po_path, lang, _display(po_path, root))
        mo_path = po_path.with_suffix(".mo")
        _write_if_changed(mo_path, compile_catalog(catalog))
        written.append(mo_path)
    return written
