"""Components as Markdown (issue 18): plain Python-Markdown in, labelled accessible HTML out."""

from __future__ import annotations

import markdown
import pytest
from selectolax.lexbor import LexborHTMLParser

from faro.components.checks import component_findings
from faro.components.extension import default_labels
from faro.i18n.catalogs import PACKAGED_TRANSLATIONS, load_translations

EXTENSIONS = ["admonition", "attr_list", "tables", "toc", "faro.components.extension"]
LANGUAGE_DIRS = {"es": "", "en": "en/"}


def render(source: str, labels: dict[str, str] | None = None) -> LexborHTMLParser:
    configs = {"faro.components.extension": {"labels": labels or {}}}
    html = markdown.markdown(source, extensions=EXTENSIONS, extension_configs=configs)
    return LexborHTMLParser(html)


def label_of(page: LexborHTMLParser, element) -> str:
    return page.css_first(f"#{element.attributes['aria-labelledby']}").text()


def test_help_panel_is_an_aside_labelled_by_its_title_with_a_tap_to_call_link():
    page = render('!!! faro-help "Spain: 017"\n\n    Call [017](tel:017). Every day, 8:00 to 23:00.\n')
    panel = page.css_first("aside.faro-help")
    assert label_of(page, panel) == "Spain: 017"
    assert panel.css_first("a").attributes["href"] == "tel:017"


def test_a_component_without_a_title_gets_the_page_languages_default_title():
    page = render("!!! faro-warning\n\n    Be careful.\n", {"faro-warning": "Atención"})
    warning = page.css_first(".faro-warning")
    assert warning.tag == "div" and warning.attributes["role"] == "note"
    assert label_of(page, warning) == "Atención"


def test_a_warning_with_its_own_title_still_says_it_is_a_warning():
    page = render('!!! faro-warning "Fake alerts"\n\n    Be careful.\n')
    assert label_of(page, page.css_first(".faro-warning")) == "Warning: Fake alerts"
    assert page.css_first(".admonition-title .faro-visually-hidden").text() == "Warning: "


def test_an_empty_title_hides_it_from_sight_but_not_from_screen_readers():
    page = render('!!! faro-steps ""\n\n    1. One\n    2. Two\n')
    steps = page.css_first("section.faro-steps")
    assert label_of(page, steps) == "What to do now"
    assert "faro-visually-hidden" in page.css_first(".admonition-title").attributes["class"]
    assert len(steps.css("ol > li")) == 2


def test_a_steps_heading_labels_the_ordered_list_after_it():
    page = render("## What to do now {.faro-steps}\n\n"
                  "1. Call your bank.\n2. Change your password.\n\nMore.\n")
    section = page.css_first("section.faro-steps")
    heading = section.css_first("h2")
    assert section.attributes["aria-labelledby"] == heading.attributes["id"] == "what-to-do-now"
    assert "class" not in heading.attributes
    assert [li.text() for li in section.css("ol > li")] == ["Call your bank.", "Change your password."]
    assert section.next.next.tag == "p"  # the paragraph after the list stays outside


@pytest.mark.parametrize("source", ["## Steps {.faro-steps}\n\nNo list here.\n",
                                    "## Steps {.faro-steps}\n\n- not numbered\n"])
def test_a_steps_heading_without_an_ordered_list_is_left_as_written(source):
    page = render(source)
    assert page.css_first("section") is None
    assert page.css_first("h2").attributes["class"] == "faro-steps"


def test_cards_turn_each_linked_item_into_a_card_that_reads_as_written():
    page = render("### Accounts {.faro-cards}\n\n- [Passwords](passwords.md): make *strong* ones.\n"
                  "- [Backups](backups.md)\n- plain item\n")
    section = page.css_first("section.faro-cards")
    assert label_of(page, section) == "Accounts"
    cards = section.css("li.faro-card")
    assert len(cards) == 2 and len(section.css("li")) == 3
    first = cards[0]
    assert first.css_first("a.faro-card__link").attributes["href"] == "passwords.md"
    assert first.css_first(".faro-card__text").html.endswith("make <em>strong</em> ones.</span>")
    assert first.text() == "Passwords: make strong ones."  # the colon is still there for a screen reader


def test_each_cell_of_a_markdown_table_knows_its_column_header():
    page = render("| Indicator | **Points** |\n|---|---|\n| Policy | 6 |\n")
    assert [td.attributes["data-label"] for td in page.css("td")] == ["Indicator", "Points"]


def test_ids_never_clash_with_the_pages_own():
    page = render('<p id="faro-help-1">x</p>\n\n## Title {#faro-help-2}\n\n'
                  '!!! faro-help "A"\n\n    a\n\n!!! faro-help "B"\n\n    b\n')
    assert [a.attributes["aria-labelledby"] for a in page.css("aside")] == ["faro-help-3", "faro-help-4"]


HELP_TITLES = [("es", "¿Necesita ayuda ahora?"), ("en", "Do you need help now?")]


@pytest.mark.parametrize(("lang", "expected"), HELP_TITLES)
def test_default_titles_come_from_the_interface_catalogs(lang, expected):
    labels = default_labels(load_translations(PACKAGED_TRANSLATIONS, lang).gettext)
    assert labels["faro-help"] == expected
    assert set(labels) == {"faro-help", "faro-warning", "faro-steps", "faro-cards"}


def test_a_mistaken_component_is_a_finding_with_its_line_in_the_writers_language():
    body = ("## What to do now {.faro-steps}\n\n- not numbered\n\n"
            "## Guides {.faro-cards}\n\n- [A](a.md): a.\n\n"
            "```\n## In code {.faro-steps}\n```\n\n"
            '!!! faro-warn "Typo"\n\n    Text.\n\n!!! faro-warning\n\n    Fine.\n')
    findings = component_findings(body, "content/en/guides/x.md", first_line=8)
    assert [(f.rule_id, f.line, f.column) for f in findings] == [
        ("content.component-needs-list", 8, 19), ("content.unknown-component", 20, 5)]
    assert "{.faro-steps}" in findings[0].message("es")
    assert findings[1].message("en").startswith("'faro-warn' is not a Faro component")


def test_the_sites_own_pages_use_the_components_rightly():
    from tests.support import ROOT
    found = [f for path in (ROOT / "content").rglob("*.md")
             for f in component_findings(path.read_text(encoding="utf-8"), str(path))]
    assert found == []


# -- the built site -----------------------------------------------------------------

def parse(path) -> LexborHTMLParser:
    return LexborHTMLParser(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("lang", "title"), HELP_TITLES)
def test_the_home_page_leads_with_the_help_panel_and_no_table_of_contents(real_site, lang, title):
    page = parse(real_site / LANGUAGE_DIRS[lang] / "index.html")
    article = page.css_first("article")
    first = article.css_first("h1").next
    while first is not None and first.tag in ("-text", "_text"):
        first = first.next
    assert first.tag == "aside" and first.css_first("h2").text() == title
    assert first.css("details summary")  # one per country
    toc = page.css_first(".md-sidebar--secondary")
    assert toc is None or "hidden" in toc.attributes
    assert len(article.css("section.faro-cards li.faro-card")) >= 10


@pytest.mark.parametrize("path", ["guias/index.html", "en/guides/index.html"])
def test_the_guide_index_is_cards_labelled_by_their_headings(real_site, path):
    page = parse(real_site / path)
    sections = page.css("section.faro-cards")
    assert len(sections) >= 5
    for section in sections:
        assert page.css_first(f"#{section.attributes['aria-labelledby']}").tag in ("h2", "h3")
        assert all(card.css_first("a.faro-card__link") for card in section.css("li"))


@pytest.mark.parametrize(("path", "warning"), [("guias/actualizaciones.html", "Atención"),
                                               ("en/guides/software-updates.html", "Warning")])
def test_a_guide_uses_steps_warning_and_help_panel_in_its_language(real_site, path, warning):
    page = parse(real_site / path)
    steps = page.css_first("section.faro-steps")
    assert steps.css_first("h2") and len(steps.css("ol > li")) >= 3
    note = page.css_first("div.faro-warning[role=note]")
    assert page.css_first(f"#{note.attributes['aria-labelledby']}").text() == warning
    help_panel = page.css_first("aside.faro-help")
    assert help_panel.css_first('a[href="tel:017"]')
