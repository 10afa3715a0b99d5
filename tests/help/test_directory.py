"""The help directory: the records' schema, their official sources, the open data and the panel."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker

from faro.help.directory import RECORDS_DIR, load_directory, schema
from faro.help.export import contacts_csv, contacts_json
from faro.help.panel import PANEL_CLASS, panel_html
from faro.sources.registry import load_registry
from tests.support import ROOT

TODAY = dt.date(2026, 12, 8)
REQUIRED = ("ES", "CL", "MX", "CO", "AR", "PE", "GB", "US")


def _load(root: Path, today: dt.date = TODAY):
    return load_directory(root, load_registry(), today)


@pytest.fixture()
def project(tmp_path) -> Path:
    shutil.copytree(ROOT / RECORDS_DIR, tmp_path / RECORDS_DIR)
    return tmp_path


def _edit(project: Path, country: str, change) -> None:
    path = project / RECORDS_DIR / f"{country}.yml"
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(record)
    path.write_text(yaml.safe_dump(record, allow_unicode=True), encoding="utf-8")


def test_the_shipped_directory_is_valid_and_covers_every_required_country():
    directory = _load(ROOT)
    assert directory.findings == []
    assert {c["country"] for c in directory.countries} >= set(REQUIRED)
    for country in directory.countries:
        # A country has a service from an official page, or says none was found.
        assert country["services"] or country["not_found"]["es"]


@pytest.mark.parametrize("change, field", [
    (lambda r: r["services"][0].pop("checked"), "services.0"),
    (lambda r: r["services"][0].update(purposes=["win_a_prize"]), "services.0.purposes.0"),
    (lambda r: r["services"][0]["phones"][0].update(tel="017 (free)"), "services.0.phones.0.tel"),
    (lambda r: r["services"][0].update(cost="cheap"), "services.0.cost"),
    (lambda r: r["services"][0].update(source="http://www.incibe.es/faq"), "services.0.source"),
])
def test_an_invalid_record_is_an_error_on_its_field(project, change, field):
    _edit(project, "es", change)
    directory = _load(project)
    [finding] = directory.findings
    assert (finding.rule_id, finding.path) == ("help.invalid-record", "data/help/es.yml")
    assert finding.args["field"] == field
    assert "ES" not in {c["country"] for c in directory.countries}


def test_a_country_without_services_must_say_so(project):
    _edit(project, "mx", lambda r: r.update(not_found=None))
    assert [f.rule_id for f in _load(project).findings] == ["help.invalid-record"]


def test_a_contact_must_come_from_its_publishers_official_site(project):
    _edit(project, "us", lambda r: r["services"][0].update(source="https://cisa.services/report"))
    [finding] = _load(project).findings
    assert finding.rule_id == "help.unofficial-source"
    assert finding.args["host"] == "cisa.services"


def test_a_contact_checked_too_long_ago_is_due_again(project):
    findings = _load(project, dt.date(2027, 6, 8)).findings
    assert findings and {f.rule_id for f in findings} == {"help.contact-stale"}


def test_the_open_data_matches_its_schema_and_the_csv_has_every_service():
    countries = _load(ROOT).countries
    data = json.loads(contacts_json(countries, "2026-12-08"))
    assert list(Draft202012Validator(schema(), format_checker=FormatChecker()).iter_errors(data)) == []
    rows = list(csv.DictReader(io.StringIO(contacts_csv(countries))))
    assert len(rows) == sum(max(1, len(c["services"])) for c in countries)
    assert {r["status"] for r in rows if r["country"] in ("MX", "CO")} == {"not_found"}
    spain = next(r for r in rows if r["service_id"] == "incibe-017")
    assert spain["phones"] == "017 <tel:017>" and spain["checked"] == "2026-12-07"


def test_a_bad_export_fails_the_schema():
    data = json.loads(contacts_json(copy.deepcopy(_load(ROOT).countries), "2026-12-08"))
    data["countries"][0]["services"][0]["phones"] = [{"display": "017"}]
    assert list(Draft202012Validator(schema()).iter_errors(data))


def test_the_panel_calls_with_tel_links_and_needs_no_script():
    countries = _load(ROOT).countries
    for lang, title in (("es", "¿Necesita ayuda ahora?"), ("en", "Do you need help now?")):
        html = panel_html(countries, lang, "ayuda.html")
        assert f'class="{PANEL_CLASS}"' in html and title in html
        assert '<a href="tel:017">017</a>' in html and '<a href="tel:134">134</a>' in html
        assert html.count("<details>") == len(countries)  # opens without JavaScript
        assert "<script" not in html and "onclick" not in html
