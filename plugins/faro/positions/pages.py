"""The Markdown of every positions page: document, actor, topic, the two indexes, the comparison.

Each function returns a whole page (front matter included) for one language;
the plugin hands it to MkDocs. Interface strings go through gettext; facts come
from the records; stance names and symbols from the vocabulary.
"""

from __future__ import annotations

import html
from urllib.parse import parse_qs, urlsplit

from faro.positions.comparison import Matrix, counting_rule
from faro.positions.feed import FEED_FILE
from faro.positions.records import Actor, PositionRecord, TopicEntry
from faro.positions.text import SiteText
from faro.positions.vocabulary import NOT_ADDRESSED, NOT_EXTRACTED, Topic
from faro.records.markup import escape_markdown, front_matter, html_href, link

EXPORT_FILES = ("positions.csv", "positions.json", "positions.schema.json", FEED_FILE)
CYBER_LAW_TOOLKIT = "https://cyberlaw.ccdcoe.org/wiki/Main_Page"
UNIDIR_PORTAL = "https://cyberpolicyportal.org/en/about"


def wiki_revision(url: str) -> str | None:
    """The revision a wiki link is pinned to (`?oldid=3191`), or None for the live page."""
    values = parse_qs(urlsplit(url).query).get("oldid")
    return values[0] if values else None


def record_label(record: PositionRecord, text: SiteText) -> str:
    """"Brasil (2021)": how lists and the table name a document; a replaced one says so."""
    label = f"{text.actor_name(record.actor)} ({record.year})"
    if record.status in ("superseded", "partially_superseded"):
        label += f", {text.label('statuses', record.status).lower()}"
    return label


# The facts of a record, marked so that the readability score measures the prose only.
FACTS_OPEN = '<div class="faro-facts" markdown>\n\n'
FACTS_CLOSE = "</div>\n\n"


def _definition(term: str, value: str) -> str:
    return f"{term}\n:   {value}\n\n"


def _verify_mark(record: PositionRecord, field: str, text: SiteText) -> str:
    _ = text.gettext
    return " (" + _("to be verified") + ")" if field in record.to_verify else ""


# -- where a stance comes from ----------------------------------------------------------

def stance_source(record: PositionRecord, entry: TopicEntry, text: SiteText, *, named: bool = False) -> str:
    """Pinpoint, kind of evidence in words, the quote (with its `lang`) and links to check it.

    `named`: the page lists several documents, so the link to the original names its document.
    """
    _ = text.gettext
    if entry.stance == NOT_EXTRACTED:
        return ""
    missing = _("not available")  # never guessed: the record does not say it yet
    facts = []
    if entry.stance != NOT_ADDRESSED:
        pinpoint = escape_markdown(entry.pinpoint) if entry.pinpoint else missing
        facts.append(_("Where in the original") + f": {pinpoint}.")
    evidence = text.label("evidence", entry.evidence) if entry.evidence else missing
    facts.append(_("Where this comes from") + f": {evidence}.")
    original = _("Original document")
    if named:
        original = _("Source: %(document)s") % {"document": record_label(record, text)}
    facts.append(f"[{escape_markdown(original)}]({record.source_url}).")
    if entry.via:
        title = text.in_language(entry.via.title, entry.via.lang)
        revision = wiki_revision(entry.via.url)
        if revision:  # a pinned revision and the live page are two destinations: say which
            title = _("%(title)s (revision %(revision)s)") % {"title": title, "revision": revision}
        facts.append(_("Compilation we used") + f': <a href="{html.escape(entry.via.url)}" '
                     f'hreflang="{html.escape(entry.via.lang)}">{title}</a>.')
    out = FACTS_OPEN + " ".join(facts) + "\n\n"
    if entry.quote and entry.quote_lang:
        out += _("In the original") + ":\n\n" + text.quote_block(entry.quote, entry.quote_lang) + "\n\n"
    return out + FACTS_CLOSE


# -- document page ----------------------------------------------------------------------

def document_page(record: PositionRecord, text: SiteText) -> str:
    _ = text.gettext
    lang, layout = text.lang, text.layout
    here = layout.document_page(record.id)
    out = [front_matter(record.titles[lang], _("Unofficial summary of a position on international "
                                               "law in cyberspace, with a link to the original."),
                        readability=record.page_exceptions[lang].get("readability")
                        or text.vocabulary.legal_page_readability.get(lang),
                        accessibility=record.page_exceptions[lang].get("accessibility"))]
    out.append(f"# {escape_markdown(record.titles[lang])}\n\n")
    note_title = _("Unofficial summary")
    note_text = _("This is our own short summary, not the official text.")
    original = _("Read the original document")
    out.append(f'!!! note "{note_title}"\n\n    {note_text} [{original}]({record.source_url})\n\n')
    out.append(escape_markdown(record.document_summaries[lang]) + "\n\n")
    if record.bodies.get(lang):
        out.append(record.bodies[lang] + "\n\n")
    out.append("## " + _("About the document") + "\n\n")
    out.append(FACTS_OPEN)
    actor_page = layout.actor_page(record.actor.key)
    out.append(_definition(_("Actor"), f"[{text.actor_name(record.actor)}]({link(here, actor_page)})"))
    out.append(_definition(_("Kind of document"), text.label("document_kinds", record.kind)))
    out.append(_definition(_("Forum"), text.label("forums", record.forum)))
    for kind, symbol in record.symbols.items():
        out.append(_definition(text.label("symbol_kinds", kind),
                               escape_markdown(symbol) + _verify_mark(record, "symbols", text)))
    if record.title_original:
        title = text.in_language(record.title_original, record.languages_original[0])
        out.append(_definition(_("Original title"), title + _verify_mark(record, "title_original", text)))
    languages = ", ".join(text.language(tag) for tag in record.languages_original)
    out.append(_definition(_("Original language"),
                           languages + _verify_mark(record, "languages_original", text)))
    if record.pinpoint:
        out.append(_definition(_("Where in the original"), escape_markdown(record.pinpoint)))
    out.append(_definition(_("Status"), text.label("statuses", record.status)))
    out.append(_definition(_("How much we have read"), text.label("extraction", record.extraction)))
    if record.supersedes:
        replaced = ", ".join(f"[{record_id}]({link(here, layout.document_page(record_id))})"
                             for record_id in record.supersedes)
        out.append(_definition(_("Replaces"), replaced))
    out.append(FACTS_CLOSE)
    out.append(_provenance(record, text))
    out.append(_topic_sections(record, text))
    return "".join(out)


def _provenance(record: PositionRecord, text: SiteText) -> str:
    _ = text.gettext
    out = ["## " + _("Dates and sources") + "\n\n", FACTS_OPEN]
    out.append(_definition(_("Published"), text.date(record.date_published, record.date_precision)
                           + _verify_mark(record, "date_published", text)))
    out.append(_definition(_("Retrieved"), text.date(record.date_retrieved, "day")
                           + " (" + _("when we last checked the original") + ")"))
    out.append(_definition(_("Reviewed"), text.date(record.date_reviewed, "day")
                           + " (" + _("when an editor last checked this summary") + ")"))
    out.append(_definition(_("Original document"), f"<{record.source_url}>"
                           + _verify_mark(record, "source_url", text)))
    if record.mirror_urls:
        copies = ", ".join(f"<{url}>" for url in record.mirror_urls)
        out.append(_definition(_("Copies of the original"), copies))
    out.append(FACTS_CLOSE)
    if record.secondary_sources:
        out.append(_("Other sources we used") + ":\n\n")
        out += [f"- [{escape_markdown(s['publisher'])}]({s['url']})\n" for s in record.secondary_sources]
        out.append("\n")
    return "".join(out)


def _topic_sections(record: PositionRecord, text: SiteText) -> str:
    _ = text.gettext
    out = ["## " + _("Stance on each topic") + "\n\n"]
    if not record.topics:
        out.append(_("We have not yet extracted any topic from this document.") + "\n\n")
    for entry in record.topics:
        topic = text.vocabulary.topic(entry.topic_id)
        out.append(f"### {topic.label[text.lang]} {{#{text.layout.topic_anchor_id(topic)}}}\n\n")
        out.append(_("Stance") + f": {text.stance_badge(entry.stance)}\n\n")
        summary = entry.summaries.get(text.lang)
        if summary:
            out.append(escape_markdown(summary) + "\n\n")
        elif entry.stance == NOT_EXTRACTED:
            out.append(_("Our sources say the document covers this topic, "
                         "but we have not summarised it yet.") + "\n\n")
        out.append(stance_source(record, entry, text))
    missing = [t for t in text.vocabulary.topics if record.entry(t.id) is None]
    if missing:
        state = record.stance_on(missing[0].id)
        if state == NOT_ADDRESSED:
            heading = _("Not addressed by the document")
        else:
            heading = _("Not yet extracted by us")
        out.append(f"## {heading}\n\n")
        out.append(FACTS_OPEN)
        out += [f"- {topic.label[text.lang]}\n" for topic in missing]
        out.append("\n" + FACTS_CLOSE)
    return "".join(out)


# -- actor pages ------------------------------------------------------------------------

def actor_page(actor: Actor, records: list[PositionRecord], text: SiteText) -> str:
    """One actor's documents, oldest first, so a change of view over time is visible."""
    _ = text.gettext
    name = text.actor_name(actor)
    here = text.layout.actor_page(actor.key)
    out = [front_matter(name, _("Documents in which %(actor)s sets out its view of international "
                                "law in cyberspace.") % {"actor": name})]
    out.append(f"# {name}\n\n")
    out.append(_("Documents in which %(actor)s sets out its view of international law in cyberspace, "
                 "oldest first.") % {"actor": name} + "\n\n")
    for record in sorted(records, key=lambda r: (r.published_date(), r.id)):
        target = link(here, text.layout.document_page(record.id))
        details = ", ".join([text.date(record.date_published, record.date_precision),
                             text.label("document_kinds", record.kind),
                             text.label("statuses", record.status).lower()])
        out.append(f"- [{escape_markdown(record.titles[text.lang])}]({target}): {details}.\n")
    compare = _("Compare all positions by topic")
    out.append(f"\n[{compare}]({link(here, text.layout.comparison_page)})\n")
    return "".join(out)


def actors_index(records: list[PositionRecord], text: SiteText) -> str:
    _ = text.gettext
    here = text.layout.actors_index
    actors = sorted({r.actor for r in records}, key=lambda a: text.actor_name(a).casefold())
    out = [front_matter(_("States and organisations"),
                        _("The States and organisations whose positions Faro summarises."))]
    out.append("# " + _("States and organisations") + "\n\n")
    for heading, is_state in ((_("States"), True), (_("Regional organisations"), False)):
        group = [a for a in actors if a.is_state is is_state]
        if not group:
            continue
        out.append(f"## {heading}\n\n")
        for actor in group:
            count = sum(1 for r in records if r.actor == actor)
            documents = text.ngettext("%(count)d document", "%(count)d documents", count) % {"count": count}
            target = link(here, text.layout.actor_page(actor.key))
            out.append(f"- [{text.actor_name(actor)}]({target}): {documents}\n")
        out.append("\n")
    return "".join(out)


# -- topic pages ------------------------------------------------------------------------

def topic_page(topic: Topic, matrix: Matrix, text: SiteText) -> str:
    """The phone-first view: each document's stance on one topic, as a plain list."""
    _ = text.gettext
    lang, layout = text.lang, text.layout
    here = layout.topic_page(topic)
    out = [front_matter(topic.question[lang], topic.gloss[lang],
                        readability=text.vocabulary.legal_page_readability.get(lang))]
    out.append(f"# {topic.question[lang]}\n\n{topic.gloss[lang]}\n\n")
    column = matrix.column(topic.id)
    stated = [(r, s) for r, s in column if s not in (NOT_ADDRESSED, NOT_EXTRACTED)]
    pending = [r for r, s in column if s == NOT_EXTRACTED]
    absent = [r for r, s in column if s == NOT_ADDRESSED]
    out.append("## " + _("What each document says") + "\n\n")
    if not stated:
        out.append(_("We have not yet extracted any stance on this topic.") + "\n\n")
    for record, stance in stated:
        entry = record.entry(topic.id)
        target = link(here, layout.document_page(record.id), layout.topic_anchor_id(topic))
        kind = text.label("document_kinds", record.kind)
        out.append(f"### [{escape_markdown(record_label(record, text))}]({target})\n\n")
        out.append(f"{kind}. " + _("Stance") + f": {text.stance_badge(stance)}\n\n")
        out.append(escape_markdown(entry.summaries[lang]) + "\n\n")
        out.append(stance_source(record, entry, text, named=True))
    if pending:
        out.append("## " + _("Not yet extracted by us") + "\n\n")
        out.append(_("We have not yet read what these documents say on this topic. "
                     "It does not mean they say nothing.") + "\n\n")
        for record in pending:
            covered = " (" + _("the document covers this topic") + ")" if record.entry(topic.id) else ""
            target = link(here, layout.document_page(record.id))
            out.append(f"- [{record_label(record, text)}]({target}){covered}\n")
        out.append("\n")
    if absent:
        out.append("## " + _("Not addressed by the document") + "\n\n")
        out += [f"- [{record_label(r, text)}]({link(here, layout.document_page(r.id))})\n" for r in absent]
        out.append("\n")
    if topic.toolkit_page_url:
        out.append(_("More on this topic") + ": [" + _("Cyber Law Toolkit page on this topic") + "]"
                   f"({topic.toolkit_page_url})\n\n")
    out.append("[" + _("Compare all positions by topic") + f"]({link(here, layout.comparison_page)})\n")
    return "".join(out)


def topics_index(text: SiteText) -> str:
    _ = text.gettext
    here = text.layout.topics_index
    out = [front_matter(_("Topics"), _("The topics of international law that State positions address."),
                        readability=text.vocabulary.legal_page_readability.get(text.lang))]
    out.append("# " + _("Topics") + "\n\n")
    out.append(_("Choose a topic to see what each State or organisation says about it.") + "\n\n")
    for topic in text.vocabulary.topics:
        out.append(f"- [{topic.label[text.lang]}]({link(here, text.layout.topic_page(topic))}). "
                   f"{topic.gloss[text.lang]}\n")
    return "".join(out)


# -- comparison table -------------------------------------------------------------------

def comparison_page(matrix: Matrix, records: list[PositionRecord], text: SiteText) -> str:
    _ = text.gettext
    layout = text.layout
    here = layout.comparison_page
    title = _("Compare positions by topic")
    out = [front_matter(title, _("A table of what each document says on each topic of international law "
                                 "in cyberspace."))]
    out.append(f"# {title}\n\n")
    see_topics = _("See the topics")
    out.append(_("On a wide screen, each row is a document and each column a topic. On a phone, "
                 "each document is a card.") + " " + _("The topic pages are easier to read.")
               + f" [{see_topics}]({link(here, layout.topics_index)})\n\n")
    figures = counting_rule(records)
    out.append(_("How we count: we list %(documents)d documents from %(actors)d actors "
                 "(%(states)d States and %(organisations)d organisations). A State with two documents "
                 "counts once as an actor.") % figures + "\n\n")
    out.append("## " + _("How to read the comparison") + "\n\n")
    out += [f"- {text.stance_badge(s.id)}\n" for s in text.vocabulary.stances]
    out.append("\n" + _("“Not addressed in this document” means we read the whole document and it says "
                        "nothing on the topic. “Not yet extracted” means we have not read that part yet.")
               + "\n\n")
    out.append("## " + _("The comparison") + "\n\n")
    out.append(_table(matrix, text) + "\n\n")
    out.append(_cards(matrix, text) + "\n\n")
    out.append("## " + _("About these data") + "\n\n")
    reviewed = max(r.date_reviewed for r in records)
    out.append(_("Last review of these data: %(date)s.") % {"date": text.date(reviewed, "day")} + " ")
    out.append(_("These are our own summaries, not official texts. For complete lists of positions, see "
                 "the Cyber Law Toolkit and the UNIDIR Cyber Policy Portal.") + "\n\n")
    out.append("- [" + _("Cyber Law Toolkit (NATO CCDCOE)") + f"]({CYBER_LAW_TOOLKIT})\n")
    out.append("- [" + _("UNIDIR Cyber Policy Portal") + f"]({UNIDIR_PORTAL})\n\n")
    out.append(open_data(here, text))
    return "".join(out)


def open_data(here: str, text: SiteText) -> str:
    """The files to download, the feed to follow, and how to cite the dataset's version."""
    _ = text.gettext
    layout = text.layout
    out = [_("Download the same data") + ":\n\n"]
    labels = {"positions.csv": _("CSV table, one row per document and topic"),
              "positions.json": _("JSON file with every document"),
              "positions.schema.json": _("JSON Schema that describes the JSON file"),
              FEED_FILE: _("Atom feed of new and updated documents, to follow in a feed reader")}
    out += [f"- [{labels[name]}]({link(here, layout.data_file(name))})\n" for name in EXPORT_FILES]
    out.append("\n" + cite_line(here, text) + "\n")
    return "".join(out)


def cite_line(here: str, text: SiteText) -> str:
    _ = text.gettext
    vocabulary = text.vocabulary
    json_link = f"[positions.json]({link(here, text.layout.data_file('positions.json'))})"
    version = _("data version %(version)s (%(date)s)") % {
        "version": vocabulary.dataset_version, "date": text.date(vocabulary.dataset_date, "day")}
    how = _("How to cite")
    return (f"**{how}**: {vocabulary.dataset['publisher']}. "
            f"*{vocabulary.dataset['title'][text.lang]}*. {version[:1].upper()}{version[1:]}. "
            f"{json_link}. " + _("Add the day you downloaded them.") + "\n")


def index_appendix(text: SiteText) -> str:
    """What the hand-written positions index gains at build time: the open data and how to cite."""
    _ = text.gettext
    return "## " + _("Open data and how to cite") + "\n\n" + open_data(text.layout.index_page, text)


def _table(matrix: Matrix, text: SiteText) -> str:
    _ = text.gettext
    layout = text.layout
    caption_id = "faro-comparison-caption"
    head = "".join(f'<th scope="col">{html.escape(t.label[text.lang])}</th>' for t in text.vocabulary.topics)
    rows = []
    for row in matrix.rows:
        href = html_href(layout.comparison_page, layout.document_page(row.record.id))
        cells = "".join(f'<td class="faro-stance--{cell}">{text.stance_inner(cell, hide_label=True)}</td>'
                        for cell in row.cells)
        rows.append(f'<tr><th scope="row"><a href="{html.escape(href)}">'
                    f"{html.escape(record_label(row.record, text))}</a></th>{cells}</tr>")
    caption = _("Stance of each document on each topic")
    document_header = _("Document")
    return (f'<div class="faro-table-scroll faro-comparison-table" role="region" '
            f'aria-labelledby="{caption_id}" tabindex="0">\n'
            f'<table class="faro-comparison">\n<caption id="{caption_id}">{html.escape(caption)}</caption>\n'
            f'<thead><tr><th scope="col">{html.escape(document_header)}</th>{head}</tr></thead>\n'
            "<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n</div>")


def _cards(matrix: Matrix, text: SiteText) -> str:
    """The same matrix for a phone: one card per document, every stance in words.

    The stances a document takes are listed topic by topic; the topics it does
    not address, or we have not read yet, are named in one line each. CSS
    shows the cards or the table, never both.
    """
    _ = text.gettext
    layout = text.layout
    here = layout.comparison_page
    grouped = (NOT_ADDRESSED, NOT_EXTRACTED)
    topics = text.vocabulary.topics
    cards = []
    for row in matrix.rows:
        href = html_href(here, layout.document_page(row.record.id))
        parts = [f'<li class="faro-doc-card">\n<h3><a href="{html.escape(href)}">'
                 f"{html.escape(record_label(row.record, text))}</a></h3>"]
        stated = [(topic, cell) for topic, cell in zip(topics, row.cells, strict=True) if cell not in grouped]
        if stated:
            parts.append('<dl class="faro-doc-card__stances">')
            for topic, cell in stated:  # the title links the document, whose page has each summary
                parts.append(f"<dt>{html.escape(topic.label[text.lang])}</dt>"
                             f'<dd class="faro-stance--{cell}">{text.stance_inner(cell)}</dd>')
            parts.append("</dl>")
        for stance_id in grouped:
            names = [topic.label[text.lang] for topic, cell in zip(topics, row.cells, strict=True)
                     if cell == stance_id]
            if names:
                parts.append(f'<p class="faro-doc-card__rest">{text.stance_badge(stance_id)}: '
                             f"{html.escape(', '.join(names))}.</p>")
        cards.append("\n".join(parts) + "\n</li>")
    label = _("Stance of each document, one card per document")
    # Inside a facts block: labels and names made from data, not prose to score.
    return (FACTS_OPEN.replace(" markdown", "")
            + f'<ul class="faro-comparison-cards" aria-label="{html.escape(label)}">\n'
            + "\n".join(cards) + "\n</ul>\n\n" + FACTS_CLOSE)
