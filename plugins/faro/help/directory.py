"""Loading and validating the help directory records.

One YAML file per country under the project's `data/help/`. Each is checked
against `$defs/country` of the published JSON Schema (the same schema the open
data is described by), each service's source must be on an official domain of
its publisher, and a contact checked longer ago than a phone number's review
interval is reported as due for checking again.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator, FormatChecker

from faro.content.review import next_review
from faro.content.schema import key_lines
from faro.findings import Finding
from faro.sources.registry import Registry, claim_kinds
from faro.yaml_data import load_yaml

RECORDS_DIR = "data/help"


@dataclass
class HelpDirectory:
    countries: list[dict] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


@cache
def schema() -> dict:
    return json.loads(resources.files(__package__).joinpath("data", "contacts.schema.json")
                      .read_text(encoding="utf-8"))


@cache
def _country_validator() -> Draft202012Validator:
    full = schema()
    return Draft202012Validator({"$ref": "#/$defs/country", "$defs": full["$defs"]},
                                format_checker=FormatChecker())


def _plain(value):
    """YAML dates as ISO strings: the records are JSON data."""
    as_text = lambda v: v.isoformat() if isinstance(v, dt.date) else str(v)  # noqa: E731
    return json.loads(json.dumps(value, default=as_text))


def validate_country(record: object, path: str, lines: dict, registry: Registry,
                     today: dt.date) -> list[Finding]:
    findings = []
    for error in sorted(_country_validator().iter_errors(record), key=lambda e: list(e.absolute_path)):
        where = tuple(error.absolute_path)
        line = next((lines[where[:d]] for d in range(len(where), 0, -1) if where[:d] in lines), 1)
        findings.append(Finding("help.invalid-record", path, line, 1, {
            "field": ".".join(str(p) for p in where) or "(record)", "problem": error.message[:200]}))
    if findings:
        return findings
    months = claim_kinds()["phone"]["months"]
    for index, service in enumerate(record["services"]):
        line = lines.get(("services", index, "source"), lines.get(("services", index), 1))
        publisher = registry.get(service["publisher"])
        match = registry.classify(service["source"])
        if publisher is None or match.status != "official" or match.publisher.id != publisher.id:
            findings.append(Finding("help.unofficial-source", path, line, 1, {
                "service": service["id"], "host": match.host, "publisher": service["publisher"]}))
        due = next_review(service["checked"], months)
        if due and due < today:
            where = lines.get(("services", index, "checked"), line)
            findings.append(Finding("help.contact-stale", path, where, 1,
                                    {"service": service["id"], "checked": service["checked"],
                                     "due": due.isoformat()}))
    return findings


def load_directory(root: Path, registry: Registry, today: dt.date) -> HelpDirectory:
    """Every country record that passes its checks, and the findings on the others."""
    directory = HelpDirectory()
    folder = root / RECORDS_DIR
    seen: dict[str, str] = {}
    for file in sorted(folder.glob("*.yml")) if folder.is_dir() else []:
        shown = file.relative_to(root).as_posix()
        text = file.read_text(encoding="utf-8")
        try:
            record = _plain(load_yaml(text))
        except yaml.YAMLError as exc:
            directory.findings.append(Finding("help.invalid-record", shown, 1, 1,
                                              {"field": "(file)", "problem": str(exc).splitlines()[0]}))
            continue
        problems = validate_country(record, shown, key_lines(text, first_line=1), registry, today)
        directory.findings += problems
        if any(f.rule_id == "help.invalid-record" for f in problems):
            continue
        if record["country"] in seen:
            directory.findings.append(Finding("help.duplicate-country", shown, 1, 1,
                                              {"country": record["country"],
                                               "other": seen[record["country"]]}))
            continue
        seen[record["country"]] = shown
        directory.countries.append(record)
    return directory
