"""Open data: stance fields in the pages and exports, a versioned dataset, how to cite, an Atom feed."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import jsonschema
import pytest
import yaml
from selectolax.lexbor import LexborHTMLParser

from faro.positions.site import build_language_site
from faro.positions.validation import PositionRecords
from faro.positions.vocabulary import export_schema, load_vocabulary
from tests.positions.conftest import SOURCE_PAGE, TRANSLATION_PAGE, check, write_record
from tests.support import ROOT

ATOM = "{http://www.w3.org/2005/Atom}"


def identity(message: str) -> str:
    return message


def plural(singular: str, several: str, count: int) -> str:
    return singular if count == 1 else several


@pytest.fixture
def site_en(tmp_path):
    """The English pages and files of one test record (a quote and a toolkit stance)."""
    write_record(tmp_path / "content")
    records = check(tmp_path).records
    record_type = PositionRecords(load_vocabulary())
    return build_language_site(records, record_type.site_text("en", identity, plural))


def test_document_page_shows_where_each_stance_comes_from(site_en):
    page = site_en.documents["positions/documents/br-2021-test.md"]
    section = page[page.index("### Applicability"):page.index("### Sovereignty")]
    assert "Where in the original: para. 2." in section
    assert "Where this comes from: Quoted from the document itself." in section
    quote = '<blockquote class="faro-quote" lang="en"><p>International law applies.</p></blockquote>'
    assert quote in section
    assert "[Original document](https://example.org/a-76-136.pdf)" in section
    toolkit = page[page.index("### Sovereignty"):]
    assert "Taken from an expert compilation" in toolkit
    assert ('<a href="https://example.org/toolkit/brazil" hreflang="en">'
            "National position of Brazil (2021)</a>") in toolkit  # same language: no lang mark


def test_a_compilation_title_in_another_language_is_marked_with_it(tmp_path):
    """3.1.2: the Toolkit's English title on a Spanish page carries lang="en"."""
    write_record(tmp_path / "content")
    records = check(tmp_path).records
    text = PositionRecords(load_vocabulary()).site_text("es", identity, plural)
    site_es = build_language_site(records, text)
    page = site_es.documents["posiciones/documentos/br-2021-test.md"]
    assert ('<a href="https://example.org/toolkit/brazil" hreflang="en">'
            '<span lang="en">National position of Brazil (2021)</span></a>') in page


def test_a_compilation_pinned_to_a_wiki_revision_says_which_revision(tmp_path):
    """2.4.4: the live page and a pinned revision are two destinations, so two link texts."""
    write_record(tmp_path / "content", SOURCE_PAGE.replace("https://example.org/toolkit/brazil",
                                                           "https://example.org/wiki/Brazil?oldid=3191"))
    records = check(tmp_path).records
    text = PositionRecords(load_vocabulary()).site_text("es", identity, plural)
    page = build_language_site(records, text).documents["posiciones/documentos/br-2021-test.md"]
    assert ('<a href="https://example.org/wiki/Brazil?oldid=3191" hreflang="en">'
            '<span lang="en">National position of Brazil (2021)</span> (revision 3191)</a>') in page


def test_topic_page_names_each_document_with_its_pinpoint_and_links(site_en):
    page = site_en.pages["positions/topics/sovereignty.md"]
    assert "### [Brazil (2021)](../documents/br-2021-test.md#topic-sovereignty)" in page
    assert "Where in the original: p. 18." in page
    assert "[Source: Brazil (2021)](https://example.org/a-76-136.pdf)" in page
    assert ('Compilation we used: <a href="https://example.org/toolkit/brazil" hreflang="en">'
            "National position of Brazil (2021)</a>") in page


def test_exports_carry_the_stance_fields_and_the_dataset_version(site_en):
    vocabulary = load_vocabulary()
    data = json.loads(site_en.data_files["positions/data/positions.json"])
    jsonschema.validate(data, export_schema(vocabulary),
                        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    assert data["version"] == vocabulary.dataset_version == data["changelog"][0]["version"]
    topics = {t["topic_id"]: t for t in data["documents"][0]["topics"]}
    assert topics["applicability"] | {"summary": None} == {
        "topic_id": "applicability", "stance": "affirms", "evidence": "quote", "pinpoint": "para. 2",
        "quote": "International law applies.", "quote_lang": "en", "via": None, "summary": None}
    assert topics["sovereignty"]["via"] == {"title": "National position of Brazil (2021)",
                                            "url": "https://example.org/toolkit/brazil", "lang": "en"}
    assert topics["neutrality"]["evidence"] is None  # not listed: no evidence invented
    table = site_en.data_files["positions/data/positions.csv"]
    rows = {r["topic_id"]: r for r in csv.DictReader(io.StringIO(table))}
    assert (rows["sovereignty"]["evidence"], rows["sovereignty"]["via_url"]) == (
        "toolkit", "https://example.org/toolkit/brazil")
    assert rows["applicability"]["quote_lang"] == "en"
    assert {r["dataset_version"] for r in rows.values()} == {vocabulary.dataset_version}


def test_changelog_versions_are_semantic_newest_first_and_documented():
    dataset = yaml.safe_load((ROOT / "plugins/faro/positions/data/dataset.yml").read_text(encoding="utf-8"))
    versions = [tuple(map(int, str(item["version"]).split("."))) for item in dataset["changelog"]]
    assert versions == sorted(versions, reverse=True) and len(set(versions)) == len(versions)
    assert all(set(item["changes"]) == {"es", "en"} for item in dataset["changelog"])
    notes = (ROOT / "docs" / "positions.md").read_text(encoding="utf-8")
    assert all(f"### {item['version']}" in notes for item in dataset["changelog"])


def test_feed_lists_every_record_newest_review_first(tmp_path):
    content = tmp_path / "content"
    write_record(content)  # and a second record, reviewed one day later:
    write_record(content, SOURCE_PAGE.replace("br-2021-test", "br-2021-older")
                 .replace("date_reviewed: 2026-12-07", "date_reviewed: 2026-12-08"),
                 TRANSLATION_PAGE.replace("br-2021-test", "br-2021-older"), record_id="br-2021-older")
    records = check(tmp_path).records
    record_type = PositionRecords(load_vocabulary())
    feeds = {lang: ET.fromstring(build_language_site(records, record_type.site_text(lang, identity, plural))
                                 .data_files[layout.data_file("positions.atom")])
             for lang, layout in load_vocabulary().layouts.items()}
    english = feeds["en"]
    assert english.tag == f"{ATOM}feed"
    assert english.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    entries = english.findall(f"{ATOM}entry")
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == ["2026-12-08T00:00:00Z", "2026-12-07T00:00:00Z"]
    assert english.find(f"{ATOM}updated").text == "2026-12-08T00:00:00Z"
    links = [e.find(f"{ATOM}link[@rel='alternate']").get("href") for e in entries]
    assert links == ["../documents/br-2021-older.html", "../documents/br-2021-test.html"]
    ids = [e.find(f"{ATOM}id").text for e in entries]
    spanish_ids = [e.find(f"{ATOM}id").text for e in feeds["es"].findall(f"{ATOM}entry")]
    assert all(i.startswith("urn:uuid:") for i in ids) and not set(ids) & set(spanish_ids)
    assert entries[1].find(f"{ATOM}summary").text == "A summary of the document."


def test_built_site_has_the_feed_and_how_to_cite_in_both_languages(real_site):
    version = load_vocabulary().dataset_version
    pages = (("posiciones/index.html", "posiciones/datos/positions.atom", "Cómo citar"),
             ("en/positions/index.html", "en/positions/data/positions.atom", "How to cite"))
    for index, feed, words in pages:
        article = LexborHTMLParser((real_site / index).read_text(encoding="utf-8")).css_first("article")
        assert words in article.text() and version in article.text()
        hrefs = [a.attributes.get("href", "") for a in article.css("a")]
        assert "datos/positions.atom" in hrefs or "data/positions.atom" in hrefs
        root = ET.fromstring((real_site / feed).read_bytes())
        assert len(root.findall(f"{ATOM}entry")) == len(json.loads(
            (real_site / feed).with_name("positions.json").read_text(encoding="utf-8"))["documents"])
