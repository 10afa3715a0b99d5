"""The content catalogs on disk: one template per source page, one PO per page and language.

    translations/content/guias/wifi.pot         the segments of content/es/guias/wifi.md
    translations/en/content/guias/wifi.po       their English translation

Files are written by Babel, wrapped at 79 columns like `msgcat`, with the
`Language` and `Plural-Forms` headers Weblate and Poedit expect, and written
only when their messages changed, so the repository does not churn.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import denormalize, write_po

from faro.content.pages import SourcePage
from faro.i18n.catalogs import parse_catalog
from faro.i18n.content_po.segments import SegmentedPage, segment_page

CONTENT_DIR = "content"
PROJECT = "Faro"
COPYRIGHT_HOLDER = "Faro contributors"
WIDTH = 79
PATH_KIND = "path"
PATH_COMMENT = ("The page's path in this language's site (its address). "
                "Keep the folders' slashes and the '.md' ending.")
# Babel marks a text with "% d" or "%s" as python-format; page text is not a format string,
# and `msgfmt --check` would then reject a good translation of "el 37 % de".
_NOT_FORMATS = {"python-format", "python-brace-format"}


def template_file(translations_dir: Path, rel_path: str) -> Path:
    return translations_dir / CONTENT_DIR / (rel_path.removesuffix(".md") + ".pot")


def po_file(translations_dir: Path, lang: str, rel_path: str) -> Path:
    return translations_dir / lang / CONTENT_DIR / (rel_path.removesuffix(".md") + ".po")


def source_rel_of(po_path: Path, translations_dir: Path, lang: str) -> str:
    """`translations/en/content/guias/wifi.po` -> `guias/wifi.md`."""
    return po_path.relative_to(translations_dir / lang / CONTENT_DIR).with_suffix(".md").as_posix()


def context(rel_path: str, kind: str) -> str:
    """Stable under edits elsewhere in the page: the page and the kind of block, not its position."""
    return f"{rel_path}:{kind}"


def segments_of(page: SourcePage) -> SegmentedPage:
    return segment_page(page.meta, page.front_matter, page.body, page.body_line)


def page_template(page: SourcePage, display: str) -> Catalog:
    """The template of one source page: its path, then every segment in reading order."""
    template = Catalog(project=PROJECT, copyright_holder=COPYRIGHT_HOLDER, fuzzy=False)
    template.add(page.rel_path, locations=[(display, 1)], context=context(page.rel_path, PATH_KIND),
                 auto_comments=[PATH_COMMENT])
    for segment in segments_of(page).segments:
        template.add(segment.text, locations=[(display, segment.line)],
                     context=context(page.rel_path, segment.kind))
    return template


def render_catalog(catalog: Catalog) -> bytes:
    for message in list(catalog) + list(catalog.obsolete.values()):
        message.flags -= _NOT_FORMATS
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=WIDTH, sort_output=False, sort_by_file=False,
             ignore_obsolete=False, include_previous=True)
    return buffer.getvalue()


def write_if_changed(path: Path, catalog: Catalog, previous: Catalog | None) -> bool:
    """Write `catalog`; its date moves only when its messages changed. True when written.

    A template's date is its creation date; a translation's is its revision date
    (its creation date is the template's, set by `Catalog.update`).
    """
    is_template = catalog.locale is None
    if previous is not None:
        if is_template:
            catalog.creation_date = previous.creation_date
        else:
            catalog.revision_date = previous.revision_date
    if path.is_file() and path.read_bytes() == render_catalog(catalog):
        return False
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    if is_template:
        catalog.creation_date = now
    else:
        catalog.revision_date = now
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render_catalog(catalog))
    return True


def read_content_catalog(path: Path, lang: str | None, display: str) -> Catalog:
    """A content PO or POT that parses, with each fuzzy entry's previous source text."""
    return read_content_catalog_text(path, lang, display)[0]


def read_content_catalog_text(path: Path, lang: str | None, display: str) -> tuple[Catalog, str]:
    """`read_content_catalog`, and the file's text (for line numbers, without reading it again)."""
    catalog, text = parse_catalog(path, lang, display)
    for (ctxt, msgid), previous in previous_ids(text).items():
        message = catalog.get(msgid, ctxt)
        if message is not None:
            message.previous_id = [previous]
    return catalog, text


def previous_ids(text: str) -> dict[tuple[str | None, str], str]:
    """The `#| msgid` of each fuzzy entry, which Babel's reader drops: the translator
    needs it until the entry is reviewed, however many times `update` runs."""
    found: dict[tuple[str | None, str], str] = {}
    previous: list[str] = []
    current: dict[str, list[str]] = {}
    keyword = None

    def finish() -> None:
        if previous and "msgid" in current:
            ctxt = denormalize("\n".join(current["msgctxt"])) if "msgctxt" in current else None
            found[(ctxt, denormalize("\n".join(current["msgid"])))] = denormalize("\n".join(previous))

    for line in text.splitlines():
        if line.startswith("#| msgid "):
            finish()
            previous, current, keyword = [line[len("#| msgid "):]], {}, "previous"
        elif line.startswith('#| "') and keyword == "previous":
            previous.append(line[3:])
        elif line.startswith(("msgctxt ", "msgid ")):
            keyword = line.split(" ", 1)[0]
            current[keyword] = [line.split(" ", 1)[1]]
        elif line.startswith('"') and keyword in ("msgctxt", "msgid"):
            current[keyword].append(line)
        elif line.startswith("msgstr"):
            finish()
            previous, current, keyword = [], {}, None
    return found


def new_catalog(lang: str, template: Catalog) -> Catalog:
    return Catalog(locale=lang, project=PROJECT, copyright_holder=COPYRIGHT_HOLDER,
                   creation_date=template.creation_date, fuzzy=False)
