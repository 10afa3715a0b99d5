"""Page content translated in PO files, segment by segment.

The source page of the default language is cut into segments (headings,
paragraphs, list items, table cells, titles, alt texts); each becomes a
gettext message, so translators use Poedit, Weblate or a translation memory.
The build puts the translated segments back into the page's skeleton.
"""
