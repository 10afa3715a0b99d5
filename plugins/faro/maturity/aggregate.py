"""The only numbers Faro computes itself: a median stage per dimension, and changes between assessments.

Frameworks rate factors, not countries, so Faro never makes a national score.
A dimension's median is kept on the framework's scale and as a range: the lower
median of the factors' lowest stages up to the upper median of their highest
stages. With an even number of factors (or ranged factors) the honest answer
is a range such as "2–3", not an invented 2.5. Pages label it as our calculation.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from faro.maturity.records import AssessmentRecord, StageRange
from faro.maturity.vocabulary import Dimension, Framework


@dataclass(frozen=True)
class DimensionSummary:
    dimension: Dimension
    median: StageRange | None  # None when no factor of the dimension was rated
    rated: int  # factors with a stage
    total: int


def dimension_median(record: AssessmentRecord, dimension: Dimension) -> DimensionSummary:
    stages = [r.stage for f in dimension.factors if (r := record.rating(f.id)).stage is not None]
    if not stages:
        return DimensionSummary(dimension, None, 0, len(dimension.factors))
    low = statistics.median_low([s.low for s in stages])
    high = statistics.median_high([s.high for s in stages])
    return DimensionSummary(dimension, StageRange(low, high), len(stages), len(dimension.factors))


def summaries(record: AssessmentRecord) -> list[DimensionSummary]:
    return [dimension_median(record, d) for d in record.framework.dimensions]


@dataclass(frozen=True)
class DimensionChange:
    """How a dimension's median moved between two assessments of one framework."""

    dimension: Dimension
    before: StageRange | None
    after: StageRange | None

    @property
    def steps(self) -> tuple[int, int] | None:
        """Change of the lower and of the upper bound, in stages; None when either side is missing."""
        if self.before is None or self.after is None:
            return None
        return (self.after.low - self.before.low, self.after.high - self.before.high)


def changes(earlier: AssessmentRecord, later: AssessmentRecord) -> list[DimensionChange]:
    """Per dimension, earlier and later medians; refuses two frameworks, which never share a number."""
    if earlier.framework.id != later.framework.id:
        raise ValueError(f"cannot compare {earlier.framework.id} with {later.framework.id}")
    return [DimensionChange(d, dimension_median(earlier, d).median, dimension_median(later, d).median)
            for d in earlier.framework.dimensions]


def by_framework(records: list[AssessmentRecord]) -> dict[str, list[AssessmentRecord]]:
    """Records grouped by framework id, oldest first within each group."""
    groups: dict[str, list[AssessmentRecord]] = {}
    for record in sorted(records, key=lambda r: (r.published_date(), r.id)):
        groups.setdefault(record.framework.id, []).append(record)
    return groups


def latest_per_country(records: list[AssessmentRecord], framework: Framework) -> list[AssessmentRecord]:
    """The newest assessment of each country in one framework: what a regional view compares."""
    latest: dict[str, AssessmentRecord] = {}
    for record in by_framework(records).get(framework.id, []):
        latest[record.iso2] = record
    return list(latest.values())


def ranked_for_dimension(records: list[AssessmentRecord], dimension: Dimension,
                         name_of) -> list[tuple[AssessmentRecord, DimensionSummary]]:
    """Countries ordered by one dimension's median, highest first; unrated last; ties by name."""
    rows = [(record, dimension_median(record, dimension)) for record in records]

    def key(row):
        median = row[1].median
        bounds = (-median.high, -median.low) if median else (1, 1)
        return (median is None, *bounds, name_of(row[0]).casefold())
    return sorted(rows, key=key)
