"""Everything a maturity page says in its language: country names, labels, stages, dates.

Interface strings go through gettext (the project's catalogs); vocabulary labels
and framework names come from the data files; country names from Babel, except
the fictional example countries, which Babel rightly does not know.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from babel.dates import format_date

from faro.maturity.records import AssessmentRecord, StageRange
from faro.maturity.vocabulary import Framework, SiteLayout, Vocabulary
from faro.records.codes import territory_name


@dataclass(frozen=True)
class SiteText:
    lang: str
    gettext: Callable[[str], str]
    ngettext: Callable[[str, str, int], str]
    vocabulary: Vocabulary

    @property
    def layout(self) -> SiteLayout:
        return self.vocabulary.layouts[self.lang]

    def country_name(self, iso2: str) -> str:
        example = self.vocabulary.lists["example_countries"].get(iso2)
        return example[self.lang] if example else territory_name(iso2, self.lang)

    def label(self, list_name: str, value: str) -> str:
        return self.vocabulary.label(list_name, value, self.lang)

    def date(self, value: str) -> str:
        return format_date(datetime.date.fromisoformat(value), format="long", locale=self.lang)

    def stage(self, stage: StageRange | None, framework: Framework) -> str:
        """"3 (Established)", "2–3 (Formative–Established)" or "not assessed"."""
        if stage is None:
            return self.gettext("not assessed")
        return stage.as_text(framework, self.lang)

    def level(self, value: int, framework: Framework) -> str:
        return f"{value} ({framework.level_label(value, self.lang)})"

    def record_label(self, record: AssessmentRecord) -> str:
        """"Chile, CMM 2021, 2026 (self-assessment)": how lists and tables name an assessment."""
        kind = self.label("assessment_kinds", record.kind).lower()
        return (f"{self.country_name(record.iso2)}, {record.framework.short_name[self.lang]}, "
                f"{record.year} ({kind})")
