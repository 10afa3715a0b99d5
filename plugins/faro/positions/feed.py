"""An Atom feed (RFC 4287) per language of the records, newest review first.

Researchers and journalists follow the field with a feed reader: a record that is
new appears as a new entry, one an editor has reviewed again moves up with a later
`updated`. Built with the standard library's ElementTree; links are relative to
the feed file, which Atom resolves against the feed's own address.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET

from faro.positions.records import PositionRecord
from faro.positions.text import SiteText
from faro.records.markup import html_href

ATOM = "http://www.w3.org/2005/Atom"
FEED_FILE = "positions.atom"


def _timestamp(day: str) -> str:
    return f"{day}T00:00:00Z"


def entry_id(record: PositionRecord, lang: str) -> str:
    """Stable across builds and hosts: a name-based UUID of the record and the feed language."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"faro:positions:{lang}:{record.id}").urn


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    if text is not None:
        element.text = text
    return element


def positions_feed(records: list[PositionRecord], text: SiteText) -> str:
    _ = text.gettext
    layout, lang = text.layout, text.lang
    here = layout.data_file(FEED_FILE)
    ordered = sorted(records, key=lambda r: (r.date_reviewed, r.id), reverse=True)
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang})
    _add(feed, "id", uuid.uuid5(uuid.NAMESPACE_URL, f"faro:positions:{lang}").urn)
    _add(feed, "title", text.vocabulary.dataset["title"][lang])
    _add(feed, "subtitle", _("New and updated summaries of State positions, data version %(version)s.")
         % {"version": text.vocabulary.dataset_version})
    _add(feed, "updated", _timestamp(max((r.date_reviewed for r in records),
                                         default=text.vocabulary.dataset_date)))
    _add(_add(feed, "author"), "name", text.vocabulary.dataset["publisher"])
    _add(feed, "link", rel="self", type="application/atom+xml", href=FEED_FILE)
    _add(feed, "link", rel="alternate", type="text/html",
         href=html_href(here, layout.comparison_page))
    for record in ordered:
        entry = _add(feed, "entry")
        _add(entry, "id", entry_id(record, lang))
        _add(entry, "title", record.titles[lang])
        _add(entry, "updated", _timestamp(record.date_reviewed))
        _add(entry, "link", rel="alternate", type="text/html",
             href=html_href(here, layout.document_page(record.id)))
        _add(entry, "link", rel="related", href=record.source_url)
        _add(entry, "category", term=record.kind, label=text.label("document_kinds", record.kind))
        _add(entry, "summary", record.document_summaries[lang])
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
