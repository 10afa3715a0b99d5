"""Everything a positions page says in its language: names, labels, stances, dates.

Pages are Markdown so MkDocs renders them like any other page and the readability,
accessibility and search plugins see them; raw HTML is used only where Markdown
has no syntax (the comparison table, `lang` on quoted words, hidden labels).
"""

from __future__ import annotations

import datetime
import html
from collections.abc import Callable
from dataclasses import dataclass

from babel.dates import format_date, format_skeleton

from faro.positions.records import Actor
from faro.positions.vocabulary import SiteLayout, Vocabulary
from faro.records.codes import language_name, organisations, territory_name


@dataclass(frozen=True)
class SiteText:
    """The page language's words: gettext for interface strings, data files for vocabularies."""

    lang: str
    gettext: Callable[[str], str]
    ngettext: Callable[[str, str, int], str]
    vocabulary: Vocabulary

    @property
    def layout(self) -> SiteLayout:
        return self.vocabulary.layouts[self.lang]

    def actor_name(self, actor: Actor) -> str:
        if actor.is_state:
            return territory_name(actor.code, self.lang)
        return organisations()[actor.code][self.lang]

    def language(self, tag: str) -> str:
        return language_name(tag, self.lang)

    def label(self, list_name: str, value: str) -> str:
        return self.vocabulary.label(list_name, value, self.lang)

    def stance_label(self, stance_id: str) -> str:
        return self.vocabulary.stance(stance_id).label[self.lang]

    def stance_badge(self, stance_id: str, *, hide_label: bool = False) -> str:
        """The symbol (hidden from screen readers, which read the label) and the label."""
        stance = self.vocabulary.stance(stance_id)
        label_class = "faro-visually-hidden" if hide_label else "faro-stance__label"
        return (f'<span class="faro-stance faro-stance--{stance.id}">'
                f'<span class="faro-stance__symbol" aria-hidden="true">{html.escape(stance.symbol)}</span> '
                f'<span class="{label_class}">{html.escape(stance.label[self.lang])}</span></span>')

    def stance_inner(self, stance_id: str, *, hide_label: bool = False) -> str:
        """A badge's content for an element that carries `faro-stance--<id>` itself (a table
        cell, a card's definition): the comparison page, with 561 cells, stays light."""
        stance = self.vocabulary.stance(stance_id)
        label = html.escape(stance.label[self.lang])
        if hide_label:
            label = f'<span class="faro-visually-hidden">{label}</span>'
        symbol = html.escape(stance.symbol)
        return f'<span class="faro-stance__symbol" aria-hidden="true">{symbol}</span> {label}'

    def date(self, value: str, precision: str) -> str:
        parts = [int(p) for p in value.split("-")]
        if precision == "year":
            return str(parts[0])
        if precision == "month":
            return format_skeleton("yMMMM", datetime.date(parts[0], parts[1], 1), locale=self.lang)
        return format_date(datetime.date(*parts), format="long", locale=self.lang)

    def quote_block(self, quote: str, tag: str) -> str:
        """A quote as its own block with `lang` (always, so the language checks read it right)."""
        return (f'<blockquote class="faro-quote" lang="{html.escape(tag)}">'
                f"<p>{html.escape(quote)}</p></blockquote>")

    def in_language(self, text: str, tag: str, element: str = "span") -> str:
        """Words in another language carry `lang`, so screen readers pronounce them right."""
        escaped = html.escape(text)
        if tag.split("-")[0] == self.lang:
            return escaped
        return f'<{element} lang="{html.escape(tag)}">{escaped}</{element}>'

