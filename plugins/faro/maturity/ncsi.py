"""NCSI country values as data: load, check and flatten them for open data.

Kept apart from the CMM records: the NCSI counts points per indicator and has no
stages, so its numbers never share a chart axis or a ranking with the CMM.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from faro.yaml_data import load_yaml

# The two country-level scores a country page or ranking shows, each out of 100.
SCORES = ("total", "digital_development")
# Where a country can be placed; each has a regional page (data/ncsi-site.yml names them).
REGIONS = ("americas-lac", "americas-north", "europe", "asia", "oceania", "africa")
SCORE_MAX = 100
CSV_FIELDS = ("iso2", "region", "method", "kind", "ref", "points", "max_points",
              "source_url", "index_date", "retrieved")


def _read(*parts: str):
    return load_yaml(resources.files(__package__).joinpath("data", *parts).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class NcsiData:
    framework: dict
    countries: list[dict]

    def maxima(self, method_id: str) -> dict[tuple[str, str], int]:
        """(kind, ref) -> the most points the method gives for it."""
        method = next(m for m in self.framework["methods"] if m["id"] == method_id)
        found = {}
        for group in method["groups"]:
            for capacity in group["capacities"]:
                found[("capacity", capacity["id"])] = capacity["max_points"]
                for indicator in capacity["indicators"]:
                    found[("indicator", indicator["id"])] = indicator["max_points"]
        return found


def load(framework: dict | None = None, countries: dict | None = None) -> NcsiData:
    framework = framework or _read("frameworks", "ncsi", "framework.yml")
    countries = countries or _read("countries", "ncsi.yml")
    return NcsiData(framework, countries["countries"])


def problems(data: NcsiData) -> list[str]:
    """Every value must name its page and both dates, and fit the method it was read under."""
    return [message for index in range(len(data.countries)) for _, message in country_problems(data, index)]


def country_problems(data: NcsiData, index: int) -> Iterator[tuple[tuple, str]]:
    """What a schema cannot say about one country: (path inside `countries[index]`, problem)."""
    country = data.countries[index]
    methods = {m["id"] for m in data.framework["methods"]}
    iso, ncsi = country["iso2"], country["ncsi"]
    if country.get("example"):
        yield ("example",), f"{iso}: a fictional record is not public data"
    for field in SCORES:
        value = ncsi.get(field)
        if value is None:
            continue
        if not _sourced(value):
            yield ("ncsi", field), f"{iso}: {field} has no source or dates"
        if not isinstance(value.get("value"), (int, float)) or not 0 <= value["value"] <= SCORE_MAX:
            yield ("ncsi", field, "value"), f"{iso}: {field} {value.get('value')!r} is outside 0-{SCORE_MAX}"
    if ncsi["points"] and ncsi.get("method") not in methods:
        yield ("ncsi", "method"), f"{iso}: points without a known method"
        return
    maxima = data.maxima(ncsi["method"]) if ncsi["points"] else {}
    for number, value in enumerate(ncsi["points"]):
        key, where = (value["kind"], value["ref"]), ("ncsi", "points", number)
        if not _sourced(value):
            yield where, f"{iso} {key[1]}: no source or dates"
        if key not in maxima:
            yield where + ("ref",), f"{iso} {key[1]}: not in the method"
        elif not 0 <= value["points"] <= maxima[key]:
            yield where + ("points",), f"{iso} {key[1]}: {value['points']} points is outside 0-{maxima[key]}"


def _sourced(value: dict) -> bool:
    return all(value.get(k) for k in ("source_url", "index_date", "retrieved")) and \
        str(value["source_url"]).startswith("https://")


def rows(data: NcsiData) -> list[dict]:
    """One row per published value, scores (kind total / digital_development) first;
    countries without any value give one empty row ("not available")."""
    out = []
    for country in data.countries:
        ncsi = country["ncsi"]
        maxima = data.maxima(ncsi["method"]) if ncsi["points"] else {}
        base = {"iso2": country["iso2"], "region": country["region"], "method": ncsi.get("method")}
        scores = [(field, ncsi[field]) for field in SCORES if ncsi.get(field)]
        if not ncsi["points"] and not scores:
            out.append({**base, **{k: None for k in CSV_FIELDS if k not in base}})
        for field, value in scores:
            out.append({**base, "kind": field, "ref": None, "points": value["value"], "max_points": SCORE_MAX,
                        "source_url": value["source_url"], "index_date": str(value["index_date"]),
                        "retrieved": str(value["retrieved"])})
        for value in ncsi["points"]:
            out.append({**base, "kind": value["kind"], "ref": value["ref"], "points": value["points"],
                        "max_points": maxima[(value["kind"], value["ref"])],
                        "source_url": value["source_url"], "index_date": str(value["index_date"]),
                        "retrieved": str(value["retrieved"])})
    return out


def to_csv(data: NcsiData) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(data))
    return buffer.getvalue()
