"""NCSI pages: every chart has a title and a table, every page says the indices differ."""

import json
import re

import jsonschema

from faro.maturity import ncsi_pages

LANGS = {"es": "madurez", "en": "maturity"}


def _pages():
    return {(lang, path): text for lang, root in LANGS.items()
            for path, text in ncsi_pages.language_pages(root, lang).items()}


def test_every_chart_has_a_title_and_a_table_after_it():
    charts = 0
    for text in _pages().values():
        for svg in re.findall(r"<svg.*?</svg>", text, re.S):
            charts += 1
            assert "<title id=" in svg
            after = text.split(svg, 1)[1]
            assert re.search(r"^\| .* \|$", after, re.M), "a data table follows the chart"
    assert charts >= 4  # CL and US, in two languages


def test_every_page_says_the_indices_measure_different_things():
    for (lang, _), text in _pages().items():
        assert ncsi_pages.WORDS[lang]["differ"] in text


def test_unread_values_say_not_available():
    pages = _pages()
    assert ncsi_pages.WORDS["es"]["na"] in pages[("es", "madurez/ncsi/mx.md")]
    assert "<svg" not in pages[("es", "madurez/ncsi/mx.md")]


def test_country_page_links_the_state_position():
    page = _pages()[("en", "maturity/ncsi/cl.md")]
    assert "(../../positions/documents/cl-2020-oas-cji.md)" in page


def test_no_fictional_country_is_published():
    pages = _pages()
    assert not any("xa.md" in path or "Ejemplolandia" in text for (_, path), text in pages.items())


def test_open_data_matches_its_schema():
    files = ncsi_pages.data_files("maturity/data")
    schema = json.loads(files["maturity/data/ncsi.schema.json"])
    jsonschema.validate(json.loads(files["maturity/data/ncsi.json"]), schema)


def test_method_page_states_the_published_shape_with_its_source():
    page = _pages()[("en", "maturity/ncsi/index.md")]
    assert "12 capacities and 49 indicators" in page
    assert "<https://ega.ee/project/ncsi-methodology-update/>" in page


def test_a_total_is_shown_with_its_date_and_page():
    pages = _pages()
    page = pages[("en", "maturity/ncsi/ar.md")]
    assert ("NCSI total score: 63.64 / 100 (Index date: 2022-10-14; "
            "Source: <https://ncsi.ega.ee/country/ar_2022/>; Retrieved: 2026-12-07)") in page
    assert "Digital development level: Not available" in page
    region = pages[("es", "madurez/ncsi/americas-lac.md")]
    assert "<td>63,64 (2022-10-14)</td>" in region  # the language's decimal sign
    assert region.count("<td>No disponible</td>") >= 1  # countries without a readable total
