"""Faro's own numbers: medians stay on the scale and as ranges, changes never cross frameworks."""

from __future__ import annotations

import dataclasses
import re

import pytest

from faro.maturity import aggregate, pages
from faro.maturity.records import StageRange
from faro.maturity.text import SiteText
from faro.maturity.vocabulary import load_vocabulary
from tests.maturity.conftest import SOURCE_PAGE, check, write_record


@pytest.fixture
def record(tmp_path):
    write_record(tmp_path / "content")
    (record,) = check(tmp_path).records
    return record


def with_stages(record, stages: dict[str, StageRange | None], **changes):
    ratings = tuple(dataclasses.replace(r, stage=stages.get(r.factor_id, r.stage)) for r in record.ratings)
    return dataclasses.replace(record, ratings=ratings, **changes)


def english() -> SiteText:
    return SiteText("en", lambda s: s, lambda s, p, n: s if n == 1 else p, load_vocabulary())


def test_median_is_a_range_on_the_scale_never_a_decimal(record):
    d1 = record.framework.dimensions[0]  # D1.1 = 3, D1.2 = 2–3, D1.3 and D1.4 not assessed
    summary = aggregate.dimension_median(record, d1)
    assert summary.median == StageRange(2, 3) and (summary.rated, summary.total) == (2, 4)
    four = with_stages(record, {"D1.1": StageRange(1, 1), "D1.2": StageRange(2, 2),
                                "D1.3": StageRange(4, 4), "D1.4": StageRange(5, 5)})
    assert aggregate.dimension_median(four, d1).median == StageRange(2, 4)  # not 3.0 invented from 2 and 4
    assert aggregate.dimension_median(record, record.framework.dimensions[4]).median is None


def test_change_between_two_assessments_of_one_framework(record):
    later = with_stages(record, {"D1.1": StageRange(4, 4), "D1.2": StageRange(3, 3)},
                        id="cl-cmm2021-2028-self", date_published="2028-01-10")
    d1 = aggregate.changes(record, later)[0]
    assert (d1.before, d1.after, d1.steps) == (StageRange(2, 3), StageRange(3, 4), (1, 1))
    assert aggregate.changes(record, later)[4].steps is None  # D5 never assessed: nothing to compare
    other = dataclasses.replace(later, framework=dataclasses.replace(record.framework, id="itu-gci-2024"))
    with pytest.raises(ValueError, match="cannot compare"):
        aggregate.changes(record, other)


def test_country_page_shows_the_change_per_dimension(record):
    stages = {"D1.1": StageRange(4, 4), "D1.2": StageRange(3, 3), "D2.1": StageRange(1, 1)}
    later = with_stages(record, stages,
                        id="cl-cmm2021-2028-review", date_published="2028-01-10", kind="external_review")
    text = english()
    markdown = pages.country_page("CL", [later, record], text)
    assert markdown.index(text.date("2026-07-15")) < markdown.index(text.date("2028-01-10"))  # oldest first
    assert "## Change from 2026 to 2028 (CMM 2021)" in markdown
    assert "different kinds (self-assessment, external review)" in markdown
    cells = dict(re.findall(r'data-dimension="(D\d)">.*?<td>.*?</td><td>.*?</td><td>(.*?)</td>', markdown))
    assert cells == {"D1": "up 1 stage", "D2": "down 1 stage", "D3": "cannot compare",
                     "D4": "cannot compare", "D5": "cannot compare"}


def test_regional_order_is_by_each_dimension(record):
    stages = {"D1.1": StageRange(4, 4), "D1.2": StageRange(4, 4), "D2.1": StageRange(1, 1)}
    other = with_stages(record, stages,
                        id="co-cmm2021-2026-self", iso2="CO", iso3="COL")
    text = english()
    d1, d2 = record.framework.dimensions[:2]
    name = lambda r: text.country_name(r.iso2)  # noqa: E731
    assert [r.iso2 for r, _ in aggregate.ranked_for_dimension([record, other], d1, name)] == ["CO", "CL"]
    assert [r.iso2 for r, _ in aggregate.ranked_for_dimension([record, other], d2, name)] == ["CL", "CO"]
    markdown = pages.regional_page(record.framework, [record, other], text)
    assert "score" not in markdown.lower().replace("no score", "").replace("single national score", "")


def test_source_fixture_is_complete():
    assert SOURCE_PAGE.count("    D") >= 23
