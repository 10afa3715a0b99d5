"""The built site: tables, charts and exports agree with the records; charts pass both a11y engines.

The records are the fictional example of `fixtures/`, copied into a copy of the
project: the public site itself carries no fictional assessment.
"""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import jsonschema
import pytest
from selectolax.lexbor import LexborHTMLParser

from faro.accessibility import PageSource, check_page
from faro.audit.runner import VIEWPORTS, audit_site
from faro.maturity import aggregate, charts
from faro.maturity.validation import AssessmentRecords
from faro.maturity.vocabulary import load_vocabulary
from tests.support import copy_project, run_faro

PREFIX = {"es": "", "en": "en/"}


FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def example_project(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("example"))
    for lang, layout in load_vocabulary().layouts.items():
        folder = project / "content" / lang / layout.root / layout.assessments
        folder.mkdir(parents=True, exist_ok=True)
        for page in (FIXTURES / lang).glob("*.md"):
            (folder / page.name).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def real_site(example_project) -> Path:
    """The project with the example assessment, built with `faro build`."""
    result = run_faro("build", cwd=example_project)
    assert result.returncode == 0, result.stderr
    return example_project / "site"


@pytest.fixture(scope="module")
def records(example_project):
    result = AssessmentRecords(load_vocabulary()).load(example_project / "content", example_project)
    assert [f for f in result.findings if f.effective_severity == "error"] == []
    assert result.records
    return {r.id: r for r in result.records}


def html_path(lang: str, markdown_path: str) -> str:
    return PREFIX[lang] + markdown_path[:-3] + ".html"


def parse(site: Path, path: str) -> LexborHTMLParser:
    return LexborHTMLParser((site / path).read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_heatmap_names_each_stage_in_its_cell(real_site, records, lang):
    layout = load_vocabulary().layouts[lang]
    for record in records.values():
        page = parse(real_site, html_path(lang, layout.assessment_page(record.id)))
        table = page.css_first("table.faro-heatmap")
        assert table.css_first("caption") is not None
        assert len(table.css("thead th[scope=col]")) == 2 + len(record.framework.levels)
        for rating in record.ratings:
            row = table.css_first(f'tr[data-factor="{rating.factor_id}"]')
            assert row.css_first("th[scope=row]") is not None
            filled = [int(td.attributes["data-stage"]) for td in row.css("td[data-stage]")]
            if rating.stage is None:
                assert filled == [] and row.css_first("td.faro-heatmap__none")
                continue
            assert filled == list(range(rating.stage.low, rating.stage.high + 1))
            for cell in row.css("td[data-stage]"):  # the stage is written, not only coloured
                level = int(cell.attributes["data-stage"])
                assert record.framework.level_label(level, lang) in cell.text()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_chart_geometry_equals_the_records(real_site, records, lang):
    layout = load_vocabulary().layouts[lang]
    for record in records.values():
        page = parse(real_site, html_path(lang, layout.assessment_page(record.id)))
        for dimension in record.framework.dimensions:
            svg = page.css_first(f"svg#faro-bars-{record.id}-{dimension.id.lower()}")
            bars = svg.css("g.faro-bar")
            assert [b.attributes["data-factor"] for b in bars] == [f.id for f in dimension.factors]
            for bar in bars:
                rating = record.rating(bar.attributes["data-factor"])
                solid = bar.css_first("rect.faro-bar__stage")
                hatched = bar.css_first("rect.faro-bar__range")
                if rating.stage is None:
                    assert solid is None and hatched is None
                    continue
                assert float(solid.attributes["width"]) == charts.BAND * rating.stage.low
                extra = float(hatched.attributes["width"]) / charts.BAND if hatched else 0
                assert rating.stage.low + extra == rating.stage.high
                target = bar.css_first("line.faro-bar__target")
                if rating.target:
                    assert float(target.attributes["x1"]) == charts.BAR_LEFT + charts.BAND * rating.target
                else:
                    assert target is None
        radar = page.css_first(f"svg#faro-radar-{record.id}")
        medians = [row.median for row in aggregate.summaries(record)]
        for bound in ("low", "high"):
            polygon = radar.css_first(f"polygon[data-bound={bound}]")
            points = [tuple(map(float, p.split(","))) for p in polygon.attributes["points"].split()]
            drawn = [round(math.dist(p, (charts.RADAR_CX, charts.RADAR_CY)) * 5 / charts.RADAR_R, 1)
                     for p in points]
            expected = [getattr(m, bound) if m else 0 for m in medians]
            assert drawn == expected
            assert polygon.attributes["data-values"] == " ".join(map(str, expected))


def test_charts_are_named_images_with_contrast_and_the_page_passes_the_static_gate(real_site, records):
    layout = load_vocabulary().layouts["es"]
    record = next(iter(records.values()))
    path = html_path("es", layout.assessment_page(record.id))
    html = (real_site / path).read_text(encoding="utf-8")
    page = LexborHTMLParser(html)
    svgs = page.css("svg.faro-chart")
    assert len(svgs) == 1 + len(record.framework.dimensions)
    for svg in svgs:
        assert svg.attributes["role"] == "img"
        title_id, desc_id = svg.attributes["aria-labelledby"].split()
        assert svg.css_first(f"title#{title_id}").text() and svg.css_first(f"desc#{desc_id}").text()
        assert svg.parent.tag == "figure" and svg.parent.css_first("figcaption")
        assert svg.parent.next.next.css_first("table") is not None  # the data table right after the chart
    errors = [f for f in check_page(html, "es", PageSource(url=path)) if f.effective_severity == "error"]
    assert errors == []
    # Theme colours only: the theme's palette check gives their contrast in both schemes.
    for colour in (charts.BACKGROUND, charts.INK, charts.GRID, charts.STAGE_FILL, charts.UPPER_LINE,
                   charts.TARGET_LINE):
        assert colour.startswith("var(--md-"), colour


def test_example_is_marked_as_fictional_everywhere(real_site, records):
    example = next(r for r in records.values() if r.example)
    for lang, banner in (("es", "Ejemplo ficticio"), ("en", "Fictional example")):
        layout = load_vocabulary().layouts[lang]
        for markdown in (layout.assessment_page(example.id), layout.country_page(example.iso2),
                         layout.regional_page(example.framework)):
            titles = parse(real_site, html_path(lang, markdown)).css(".admonition.warning .admonition-title")
            assert banner in [title.text(strip=True) for title in titles], markdown


def test_exports_validate_and_agree_with_the_pages(real_site, records):
    data_dir = real_site / "madurez" / "datos"
    schema = json.loads((data_dir / "maturity.schema.json").read_text(encoding="utf-8"))
    document = json.loads((data_dir / "maturity.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(document, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    rows = list(csv.DictReader(io.StringIO((data_dir / "maturity.csv").read_text(encoding="utf-8"))))
    assert len(rows) == sum(len(r.ratings) for r in records.values())
    from_json = {(a["id"], f["id"]): (f["stage_min"], f["stage_max"], f["target_stage"])
                 for a in document["assessments"] for f in a["factors"]}
    as_int = lambda v: int(v) if v else None  # noqa: E731
    from_csv = {(r["id"], r["factor_id"]): (as_int(r["stage_min"]), as_int(r["stage_max"]),
                                            as_int(r["target_stage"])) for r in rows}
    assert from_json == from_csv
    layout = load_vocabulary().layouts["es"]
    for (record_id, factor_id), (low, high, target) in from_json.items():
        rating = records[record_id].rating(factor_id)
        assert (low, high) == ((rating.stage.low, rating.stage.high) if rating.stage else (None, None))
        assert target == rating.target
        page = parse(real_site, html_path("es", layout.assessment_page(record_id)))
        row = page.css_first(f'table.faro-heatmap tr[data-factor="{factor_id}"]')
        filled = [int(td.attributes["data-stage"]) for td in row.css("td[data-stage]")]
        assert filled == (list(range(low, high + 1)) if low else [])
    for assessment in document["assessments"]:
        assert assessment["faro_calculations"]["calculated_by"] == "Faro"
    english = real_site / "en" / "maturity" / "data" / "maturity.json"
    assert json.loads(english.read_text(encoding="utf-8")) == document
    broken = json.loads(json.dumps(document))
    broken["assessments"][0]["factors"][0]["stage_min"] = "2.5"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_regional_tables_are_pre_ordered_by_each_dimension(real_site, records):
    framework = load_vocabulary().frameworks["gcscc-cmm-2021"]
    page = parse(real_site, html_path("en", load_vocabulary().layouts["en"].regional_page(framework)))
    for dimension in framework.dimensions:
        table = page.css_first(f"table[class=faro-data] caption#faro-regional-{dimension.id.lower()}").parent
        countries = [tr.attributes["data-country"] for tr in table.css("tbody tr")]
        latest = aggregate.latest_per_country(list(records.values()), framework)
        assert sorted(countries) == sorted(r.iso2 for r in latest)
    assert "Faro's calculation" in page.css_first("article").text()


def test_generated_pages_pass_axe(browser, real_site, records):
    record = next(iter(records.values()))
    layout = load_vocabulary().layouts["en"]
    pages = [html_path("es", load_vocabulary().layouts["es"].assessment_page(record.id)),
             html_path("en", layout.assessment_page(record.id)),
             html_path("en", layout.country_page(record.iso2)),
             html_path("en", layout.regional_page(record.framework))]
    audits = audit_site(browser, real_site, pages, VIEWPORTS[:1])
    for audit in audits:
        assert audit.error is None
        assert [v["id"] for v in audit.violations] == [], audit.page
