"""The front matter `faro new assessment` writes: every factor of the chosen framework, nothing invented.

Each factor starts as `not_assessed` with no evidence, so a new page is valid
as it is and shows no stage until an editor records one from the assessment.
"""

from __future__ import annotations

import datetime as dt

from faro.maturity.vocabulary import Framework, Vocabulary
from faro.records.codes import alpha3_of, state_codes


class ScaffoldError(ValueError):
    """A framework or country `faro new` cannot scaffold; the message says what is allowed."""


def country_codes(iso2: str, vocabulary: Vocabulary) -> tuple[str, bool]:
    """The alpha-3 code of a State or fictional example country, and whether it is an example."""
    examples = vocabulary.lists["example_countries"]
    if iso2 in examples:
        return examples[iso2]["iso3"], True
    if iso2 not in state_codes():
        raise ScaffoldError(f"--country {iso2} is not the ISO 3166-1 alpha-2 code of a State "
                            f"(fictional examples: {', '.join(examples)})")
    return alpha3_of()[iso2], False


def framework_for(name: str, vocabulary: Vocabulary) -> Framework:
    framework = vocabulary.find_framework(name)
    if framework is None:
        choices = ", ".join(f"{f.short_id} ({f.id})" for f in vocabulary.frameworks.values())
        raise ScaffoldError(f"--framework {name} is unknown; choose one of: {choices}")
    return framework


def id_prefix(iso2: str, framework: Framework, today: dt.date) -> str:
    return f"{iso2.lower()}-{framework.slug}-{today.year}-"


def facts_block(record_id: str, iso2: str, framework: Framework, vocabulary: Vocabulary,
                today: dt.date) -> str:
    """The `assessment:` block of the source-language page."""
    iso3, example = country_codes(iso2, vocabulary)
    day = today.isoformat()
    lines = ["assessment:", f"  id: {record_id}"]
    if example:
        lines.append("  example: true")
    lines += [
        f"  country: {{iso2: {iso2}, iso3: {iso3}}}",
        f'  framework: {{id: {framework.id}, version: "{framework.version}"}}',
        "  kind: self_assessment            # " + " | ".join(vocabulary.lists["assessment_kinds"]),
        f"  period: {{start: {day}, end: {day}}}",
        f"  date_published: {day}",
        "  source_url: https://example.org/replace-with-the-published-report",
        "  licence: CC-BY-4.0               # " + " | ".join(vocabulary.lists["licences"]),
        "  validated_by_third_party: false",
        f"  date_retrieved: {day}",
        "  factors:                        # stage: 3, [2, 3] or not_assessed; optional target: 4",
    ]
    for dimension in framework.dimensions:
        lines.append(f"    # {dimension.id} {dimension.title['en']}")
        for factor in dimension.factors:
            lines.append(f"    {factor.id}: {{stage: not_assessed, evidence: []}}  # {factor.title['en']}")
    return "\n".join(lines) + "\n"
