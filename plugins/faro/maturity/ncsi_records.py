"""The NCSI country data through the records engine: schema errors and value problems as findings.

The country data is package data (`data/countries/ncsi.yml`), one file rather
than one page per language, so there is no translation to pair. What the
records engine does for every record type still holds: the file is read with
dates kept as written and the line of every key, the JSON Schema
(`data/ncsi-countries.schema.json`, its vocabularies filled from the framework,
the site's languages and `ncsi.REGIONS`) turns each error into a `maturity.*`
finding at that line, what a schema cannot say (sources, maxima of the method)
is a `maturity.ncsi-value` finding, and a country with an error is left out
of the NCSI pages and open data.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import yaml

from faro.content.front_matter import load_text_dates
from faro.content.schema import key_lines
from faro.findings import Finding
from faro.maturity import ncsi
from faro.maturity.vocabulary import load_vocabulary
from faro.records.pages import RecordPage
from faro.records.schema import finding, restrict, schema_findings, validator

PREFIX = "maturity"
SHOWN = "plugins/faro/maturity/data/countries/ncsi.yml"


def _data_text(*parts: str) -> str:
    return resources.files(__package__).joinpath("data", *parts).read_text(encoding="utf-8")


def schema(framework: dict, languages: tuple[str, ...]) -> dict:
    """The country-data schema with its vocabularies filled in."""
    allowed = {"methods": [m["id"] for m in framework["methods"]], "regions": list(ncsi.REGIONS),
               "languages": list(languages)}
    return restrict(json.loads(_data_text("ncsi-countries.schema.json")), allowed.get)


def read(text: str, shown: str = SHOWN) -> RecordPage | Finding:
    """The data file as a record page (no body, no language of its own), or why it cannot be read."""
    try:
        meta = load_text_dates(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return Finding("content.front-matter-yaml", shown, (mark.line + 1) if mark else 1, None,
                       {"problem": getattr(exc, "problem", None) or str(exc).splitlines()[0]})
    return RecordPage(lang="", path=shown, rel_path=shown, meta=meta if isinstance(meta, dict) else {},
                      body="", lines=key_lines(text, first_line=1))


def check(text: str | None = None, framework: dict | None = None,
          languages: tuple[str, ...] | None = None) -> tuple[ncsi.NcsiData, list[Finding]]:
    """The countries without an error, and a finding for every error (the shipped file by default)."""
    framework = framework or ncsi.load().framework
    languages = languages or load_vocabulary().languages
    page = read(_data_text("countries", "ncsi.yml") if text is None else text)
    if isinstance(page, Finding):
        return ncsi.NcsiData(framework, []), [page]
    checker = validator(schema(framework, languages))
    findings = list(schema_findings(PREFIX, checker, page))
    broken = {tuple(e.absolute_path)[:2] for e in checker.iter_errors(page.meta)}
    if any(len(path) < 2 or path[0] != "countries" for path in broken):
        return ncsi.NcsiData(framework, []), findings  # the file's own shape is wrong: nothing to publish
    countries = page.meta["countries"]
    data = ncsi.NcsiData(framework, countries)
    valid = []
    for index, country in enumerate(countries):
        if ("countries", index) in broken:
            continue
        problems = list(ncsi.country_problems(data, index))
        findings += [finding(PREFIX, "ncsi-value", page, ("countries", index) + path, problem=problem)
                     for path, problem in problems]
        if not problems:
            valid.append(country)
    return ncsi.NcsiData(framework, valid), findings


def shipped() -> tuple[ncsi.NcsiData, list[Finding]]:
    """The shipped file, checked once per process (it changes only with Faro itself)."""
    return _shipped(tuple(load_vocabulary().languages))


@cache
def _shipped(languages: tuple[str, ...]) -> tuple[ncsi.NcsiData, list[Finding]]:
    return check(languages=languages)
