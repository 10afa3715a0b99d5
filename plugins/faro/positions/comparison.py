"""The comparison of documents by topic, as data: one source for the table, the topic pages and the exports.

Keeping the matrix apart from its HTML lets tests compare it with the records
cell by cell, and guarantees the table and the exports count the same things.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from faro.positions.records import PositionRecord
from faro.positions.vocabulary import Vocabulary


@dataclass(frozen=True)
class Row:
    record: PositionRecord
    cells: tuple[str, ...]  # one stance id per topic, in vocabulary order


@dataclass(frozen=True)
class Matrix:
    topic_ids: tuple[str, ...]
    rows: tuple[Row, ...]

    def column(self, topic_id: str) -> list[tuple[PositionRecord, str]]:
        index = self.topic_ids.index(topic_id)
        return [(row.record, row.cells[index]) for row in self.rows]

    def stance_counts(self) -> Counter:
        """How many cells hold each stance: the totals the exports must agree with."""
        return Counter(cell for row in self.rows for cell in row.cells)


def build_matrix(records: list[PositionRecord], vocabulary: Vocabulary) -> Matrix:
    """Every document is a row, in the order given (callers sort by actor name in the page language).

    Superseded documents stay in: the row header says so, and the exports keep the same rows.
    """
    topic_ids = tuple(topic.id for topic in vocabulary.topics)
    rows = tuple(Row(record, tuple(record.stance_on(t) for t in topic_ids)) for record in records)
    return Matrix(topic_ids, rows)


def counting_rule(records: list[PositionRecord]) -> dict[str, int]:
    """The figures the site states about its own coverage, computed from the records."""
    actors = {record.actor for record in records}
    return {
        "documents": len(records),
        "actors": len(actors),
        "states": sum(1 for actor in actors if actor.is_state),
        "organisations": sum(1 for actor in actors if not actor.is_state),
    }
