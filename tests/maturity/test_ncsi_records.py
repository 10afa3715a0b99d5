"""The NCSI country data through the records engine: schema errors and bad values are findings
at their line, and a country with an error stays out of the pages and open data."""

from types import SimpleNamespace

from faro.findings import Finding
from faro.maturity import ncsi_pages, ncsi_records
from faro.maturity.plugin import MaturityPlugin
from tests.support import ROOT

DATA = ROOT / ncsi_records.SHOWN


def _text() -> str:
    return DATA.read_text(encoding="utf-8")


def _line(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


def test_shipped_data_has_no_findings_and_every_country():
    data, findings = ncsi_records.check()
    assert findings == []
    assert len(data.countries) == len(ncsi_records.read(_text()).meta["countries"]) >= 20


def test_a_schema_error_is_a_finding_at_its_line_and_keeps_only_that_country_out():
    text = _text()
    needle = '{kind: capacity, ref: "1", points: 6, source_url: "https://ncsi.ega.ee/country/ar_2022"'
    broken = text.replace(needle, needle.replace("kind: capacity", "kind: capacidad"), 1)
    data, findings = ncsi_records.check(broken)
    assert [(f.rule_id, f.line) for f in findings] == [("maturity.unknown-value", _line(text, needle))]
    assert findings[0].args["field"].endswith(".ncsi.points[0].kind")
    codes = {c["iso2"] for c in data.countries}
    assert "AR" not in codes and {"UY", "CL", "ES"} <= codes


def test_a_wrong_date_and_an_unknown_field_are_findings():
    text = _text()
    broken = (text.replace("index_date: 2022-10-14", "index_date: 2022-13-45", 1)
                  .replace("    region: europe\n", "    region: europe\n    rank: 1\n", 1))
    rules = sorted(f.rule_id for f in ncsi_records.check(broken)[1])
    assert rules == ["maturity.invalid-value", "maturity.unknown-field"]


def test_points_above_the_method_maximum_are_a_value_finding():
    text = _text()
    needle = '{kind: indicator, ref: "1.1", points: 3, source_url: "https://ncsi.ega.ee/country/es_2022"'
    data, findings = ncsi_records.check(text.replace(needle, needle.replace("points: 3", "points: 4"), 1))
    assert [(f.rule_id, f.line) for f in findings] == [("maturity.ncsi-value", _line(text, needle))]
    assert "4 points is outside 0-3" in findings[0].message("en")
    assert "ES" not in {c["iso2"] for c in data.countries}


def test_a_method_or_region_outside_the_vocabulary_is_refused():
    text = _text().replace('method: "current"', 'method: "2030"', 1).replace(
        "region: oceania", "region: antarctica", 1)
    rules = [f.rule_id for f in ncsi_records.check(text)[1]]
    assert rules.count("maturity.invalid-value") + rules.count("maturity.unknown-value") == 2


def test_unreadable_yaml_is_one_finding_and_nothing_is_published():
    data, findings = ncsi_records.check("countries: [\n")
    assert [f.rule_id for f in findings] == ["content.front-matter-yaml"] and data.countries == []


def test_pages_and_open_data_come_from_the_checked_countries():
    pages = ncsi_pages.language_pages("maturity", "en")
    assert len([p for p in pages if p.count("/") == 2 and len(p.rsplit("/", 1)[1]) == 5]) == \
        len(ncsi_records.check()[0].countries)


def test_the_maturity_plugin_reports_the_country_data_findings_once_per_code(monkeypatch, tmp_path):
    """The shipped country data is checked once; the next run takes its findings from the cache."""
    found = Finding("maturity.ncsi-value", ncsi_records.SHOWN, 3, 1, {"problem": "p"})
    monkeypatch.setattr(ncsi_records, "shipped", lambda: (None, [found]))
    monkeypatch.setattr("faro.records.plugin.RecordPagesPlugin.project_pass", lambda self, project: [])
    project = SimpleNamespace(root=tmp_path)
    assert MaturityPlugin().project_pass(project) == [found]

    def not_again():
        raise AssertionError("checked again although Faro's code did not change")
    monkeypatch.setattr(ncsi_records, "shipped", not_again)
    assert MaturityPlugin().project_pass(project) == [found]
