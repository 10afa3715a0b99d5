"""NCSI country data: every value sourced and dated, within the method, nothing fictional."""

import copy
import csv
import io
import re

from faro.maturity import ncsi
from tests.support import ROOT

POSITION_STATES = {"AU", "BR", "CA", "CH", "CL", "CO", "CR", "CZ", "DE", "DK", "EE", "FI", "FR", "GB",
                   "IE", "IL", "IT", "JP", "KE", "MX", "NL", "NO", "NZ", "PE", "PL", "SE", "SG", "US"}


def test_shipped_data_has_no_problems():
    assert ncsi.problems(ncsi.load()) == []


def test_country_coverage_matches_the_issue():
    countries = ncsi.load().countries
    codes = {c["iso2"] for c in countries}
    assert len(codes) == len(countries) >= 20
    assert len([c for c in countries if c["region"] == "americas-lac"]) >= 12
    assert {"ES"} | POSITION_STATES <= codes


def test_a_value_without_source_is_reported():
    data = ncsi.load()
    broken = copy.deepcopy(data.countries)
    chile = next(c for c in broken if c["iso2"] == "CL")
    del chile["ncsi"]["points"][0]["source_url"]
    assert ncsi.problems(ncsi.NcsiData(data.framework, broken)) == ["CL 1: no source or dates"]


def test_points_above_the_maximum_are_reported():
    data = ncsi.load()
    broken = copy.deepcopy(data.countries)
    next(c for c in broken if c["iso2"] == "US")["ncsi"]["points"][1]["points"] = 4
    assert ncsi.problems(ncsi.NcsiData(data.framework, broken)) == ["US 1.1: 4 points is outside 0-3"]


def test_a_fictional_record_is_refused():
    data = ncsi.load()
    broken = copy.deepcopy(data.countries) + [{"iso2": "XA", "region": "americas-lac", "example": True,
                                               "ncsi": {"total": None, "digital_development": None,
                                                        "method": None, "points": []}}]
    found = ncsi.problems(ncsi.NcsiData(data.framework, broken))
    assert found == ["XA: a fictional record is not public data"]


def test_csv_carries_source_and_dates_for_every_value():
    table = list(csv.DictReader(io.StringIO(ncsi.to_csv(ncsi.load()))))
    with_points = [r for r in table if r["points"]]
    assert with_points, "some values are published"
    # the address as the stored page gives it, with or without "www."
    assert all(re.match(r"https://(www\.)?ncsi\.ega\.ee/", r["source_url"]) and r["index_date"] and
               r["retrieved"] == "2026-12-07" for r in with_points)
    empty = [r for r in table if not r["points"]]
    assert all(not r["source_url"] for r in empty)


def test_help_contact_flags_match_the_help_directory():
    flagged = {c["iso2"] for c in ncsi.load().countries if c["help_contacts"]}
    assert flagged == {p.stem.upper() for p in (ROOT / "data" / "help").glob("*.yml")}


def test_listed_positions_exist_on_the_site():
    for country in ncsi.load().countries:
        for doc in country["positions"]:
            assert (ROOT / "content" / "es" / "posiciones" / "documentos" / f"{doc}.md").is_file()


def test_a_total_outside_the_scale_or_without_date_is_reported():
    data = ncsi.load()
    broken = copy.deepcopy(data.countries)
    argentina = next(c for c in broken if c["iso2"] == "AR")
    argentina["ncsi"]["total"]["value"] = 163.64
    del argentina["ncsi"]["total"]["index_date"]
    assert ncsi.problems(ncsi.NcsiData(data.framework, broken)) == [
        "AR: total has no source or dates", "AR: total 163.64 is outside 0-100"]


def test_totals_reach_the_open_data_with_their_dates():
    table = list(csv.DictReader(io.StringIO(ncsi.to_csv(ncsi.load()))))
    totals = {r["iso2"]: r for r in table if r["kind"] == "total"}
    assert totals["AR"]["points"] == "63.64" and totals["AR"]["index_date"] == "2022-10-14"
    assert totals["AR"]["max_points"] == "100"
    assert not [r for r in table if r["kind"] == "digital_development"], "no dated DDL value was readable"
    assert all(r["source_url"].startswith("https://") and r["retrieved"] == "2026-12-07"
               for r in totals.values())
