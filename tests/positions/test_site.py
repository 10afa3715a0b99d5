"""The built site: pages in both languages, the table and the exports agree with the records, gates pass."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from selectolax.lexbor import LexborHTMLParser

from faro.positions.comparison import build_matrix
from faro.positions.records import sort_records
from faro.positions.vocabulary import load_vocabulary
from faro.records.codes import organisations, territory_name
from tests.positions.conftest import SOURCE_PAGE, write_record
from tests.support import copy_project, run_faro

LANGUAGE_DIRS = {"es": "", "en": "en/"}


def parse(path: Path) -> LexborHTMLParser:
    return LexborHTMLParser(path.read_text(encoding="utf-8"))


def actor_name_in(lang):
    def name(actor):
        if actor.is_state:
            return territory_name(actor.code, lang)
        return organisations()[actor.code][lang]
    return name


@pytest.mark.parametrize("lang", ["es", "en"])
def test_table_matches_the_records_cell_by_cell(real_site, real_records, lang):
    vocabulary = load_vocabulary()
    layout = vocabulary.layouts[lang]
    page = parse(real_site / (LANGUAGE_DIRS[lang] + layout.comparison_page[:-3] + ".html"))
    table = page.css_first("table.faro-comparison")
    wrapper = table.parent
    assert wrapper.attributes["role"] == "region" and wrapper.attributes["tabindex"] == "0"
    caption = table.css_first("caption")
    assert wrapper.attributes["aria-labelledby"] == caption.attributes["id"]
    headers = [th.text(strip=True) for th in table.css("thead th[scope=col]")][1:]
    assert headers == [t.label[lang] for t in vocabulary.topics]
    labels = {s.label[lang]: s.id for s in vocabulary.stances}
    symbols = {s.id: s.symbol for s in vocabulary.stances}
    rows = table.css("tbody tr")
    matrix = build_matrix(sort_records(real_records, actor_name_in(lang)), vocabulary)
    assert len(rows) == len(matrix.rows) == len(real_records)
    for row, expected in zip(rows, matrix.rows, strict=True):
        assert row.css_first("th[scope=row] a").attributes["href"].endswith(f"{expected.record.id}.html")
        for cell, topic_id in zip(row.css("td"), matrix.topic_ids, strict=True):
            stance = labels[cell.css_first(".faro-visually-hidden").text()]
            assert stance == expected.record.stance_on(topic_id), (expected.record.id, topic_id)
            assert cell.css_first("[aria-hidden=true]").text() == symbols[stance]  # symbol and text


@pytest.mark.parametrize("lang", ["es", "en"])
def test_phone_cards_match_the_records_in_words(real_site, real_records, lang):
    """One card per document (issue 15): every topic is named once, with its stance in words."""
    vocabulary = load_vocabulary()
    layout = vocabulary.layouts[lang]
    page = parse(real_site / (LANGUAGE_DIRS[lang] + layout.comparison_page[:-3] + ".html"))
    cards = page.css("ul.faro-comparison-cards > li.faro-doc-card")
    matrix = build_matrix(sort_records(real_records, actor_name_in(lang)), vocabulary)
    assert len(cards) == len(matrix.rows)
    labels = {s.label[lang]: s.id for s in vocabulary.stances}
    topics = {t.label[lang]: t.id for t in vocabulary.topics}
    for card, row in zip(cards, matrix.rows, strict=True):
        assert card.css_first("h3 a").attributes["href"].endswith(f"{row.record.id}.html")
        seen = {}
        for term, definition in zip(card.css("dl > dt"), card.css("dl > dd"), strict=True):
            symbol = definition.css_first("[aria-hidden=true]").text()
            words = definition.text().replace(symbol, "", 1).strip()  # a visible label, not hidden
            assert not definition.css(".faro-visually-hidden")
            seen[topics[term.text()]] = labels[words]
        for line in card.css("p.faro-doc-card__rest"):
            stance = labels[line.css_first(".faro-stance__label").text()]
            named = line.text().split(":", 1)[1].strip().rstrip(".")
            for name in named.split(", "):
                seen[topics[name]] = stance
        assert seen == dict(zip(matrix.topic_ids, row.cells, strict=True)), row.record.id


def test_exports_validate_and_agree_with_the_table(real_site, real_records):
    data_dir = real_site / "posiciones" / "datos"
    schema = json.loads((data_dir / "positions.schema.json").read_text(encoding="utf-8"))
    document = json.loads((data_dir / "positions.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(document, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    rows = list(csv.DictReader(io.StringIO((data_dir / "positions.csv").read_text(encoding="utf-8"))))
    topic_count = len(load_vocabulary().topics)
    assert len(document["documents"]) == len(real_records)
    assert len(rows) == len(real_records) * topic_count  # one row per document and topic
    records = {r.id: r for r in real_records}
    from_json = {(d["id"], t["topic_id"]): t["stance"] for d in document["documents"] for t in d["topics"]}
    from_csv = {(r["id"], r["topic_id"]): r["stance"] for r in rows}
    assert from_json == from_csv
    assert all(records[i].stance_on(t) == stance for (i, t), stance in from_csv.items())
    english = real_site / "en" / "positions" / "data" / "positions.json"
    assert json.loads(english.read_text(encoding="utf-8")) == document


def test_exports_reject_a_bad_document(real_site):
    data_dir = real_site / "posiciones" / "datos"
    schema = json.loads((data_dir / "positions.schema.json").read_text(encoding="utf-8"))
    document = json.loads((data_dir / "positions.json").read_text(encoding="utf-8"))
    document["documents"][0]["topics"][0]["stance"] = "maybe"
    with pytest.raises(jsonschema.ValidationError, match="maybe"):
        jsonschema.validate(document, schema)


def test_topic_pages_list_each_document_in_both_languages(real_site):
    spanish = parse(real_site / "posiciones" / "temas" / "soberania.html")
    assert spanish.css_first("h1").text(strip=True) == "¿Qué dicen los Estados sobre la soberanía?"
    english = parse(real_site / "en" / "positions" / "topics" / "sovereignty.html")
    assert english.css_first("h1").text(strip=True) == "What do States say about sovereignty?"
    text = english.css_first("article").text()
    assert "Brazil (2021)" in text and "Binding stand-alone rule" in text
    assert "Not yet extracted by us" in text
    switcher = english.css_first(".faro-languages a[hreflang=es]")
    assert switcher.attributes["href"] == "../../../posiciones/temas/soberania.html"


def test_document_page_shows_provenance_and_marks_other_languages(real_site):
    page = parse(real_site / "posiciones" / "documentos" / "cr-2023-oewg.html")
    article = page.css_first("article")
    terms = [dt.text(strip=True) for dt in article.css("dt")]
    assert {"Publicado", "Consultado", "Revisado"} <= set(terms)
    assert article.css_first("blockquote[lang=en]").text(strip=True) == "in its entirety"
    assert "Cita del propio documento" in article.text()  # the kind of evidence, in words
    assert "Costa Rica's Position" in article.css_first("span[lang=en]").text()
    assert "Resumen no oficial" in article.css_first(".admonition-title").text()
    original = [a.attributes["href"] for a in article.css("a")]
    assert "https://database.cyberpolicyportal.org/en/entity/lb4do87m2r" in original


def test_actor_page_lists_documents_over_time(real_site):
    article = parse(real_site / "en" / "positions" / "actors" / "gb.html").css_first("article")
    items = [li.text() for li in article.css("li")]
    years = [item.split("(")[1][:4] for item in items if item.startswith("United Kingdom (")]
    assert years == ["2018", "2019", "2022"]


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_generated_pages_pass_the_gates(real_site, prefix):
    readability = json.loads((real_site / prefix / "readability.json").read_text(encoding="utf-8"))
    ours = [p for p in readability if "posiciones/" in p["path"] or "positions/" in p["path"]]
    assert len(ours) >= 10 + 17 + 3
    assert all(p["status"] != "fail" for p in ours)
    accessibility = json.loads((real_site / prefix / "accessibility.json").read_text(encoding="utf-8"))
    errors = [f for f in accessibility["findings"] if f["severity"] == "error"]
    assert errors == []


def test_a_bad_record_fails_the_build_naming_file_field_and_values(tmp_path):
    project = copy_project(tmp_path, with_content=False)
    (project / "content" / "es").mkdir(parents=True)
    (project / "content" / "es" / "index.md").write_text(
        "---\ntitle: Inicio\ndescription: Página de inicio de prueba.\n---\n\n# Inicio\n", encoding="utf-8")
    source = SOURCE_PAGE.replace("stance: affirms_rule", "stance: yes")
    write_record(project / "content", source)
    result = run_faro("build", cwd=project)
    assert result.returncode == 1
    line = source[:source.index("stance: yes")].count("\n") + 1
    assert f"content/es/posiciones/documentos/br-2021-test.md:{line}" in result.stderr
    assert "position.topics[1].stance" in result.stderr
    assert "affirms_rule" in result.stderr
    assert not (project / "site").exists()


def test_a_site_without_positions_builds_without_their_pages(small_project):
    assert not (small_project / "site" / "posiciones").exists()
    assert "positions.css" not in (small_project / "site" / "index.html").read_text(encoding="utf-8")
