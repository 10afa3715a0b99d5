"""The publisher registry and the checks on a page's sources."""

import pytest

from faro.findings import Severity
from faro.sources.check import check_sources
from faro.sources.registry import RegistryError, load_registry, parse


@pytest.fixture(scope="module")
def registry():
    return load_registry()


@pytest.mark.parametrize("url, status, publisher", [
    ("https://www.cisa.gov/secure-our-world", "official", "cisa"),
    ("https://cisa.gov/reporting-cyber-incident", "official", "cisa"),
    ("https://consumidor.ftc.gov/node/76623", "official", "ftc"),
    ("https://bacsirt.buenosaires.gob.ar/?u=reportes-denuncias", "official", "ba-csirt"),
    ("https://cisa.services/report", "lookalike", "cisa"),
    ("https://www.incibe-es.com/017", "lookalike", "incibe"),
    ("https://cisa.gov.report-now.net/", "lookalike", "cisa"),
    ("https://es.scribd.com/document/613974485/Guia", "unknown", None),
    ("https://cybernews.com/security/cisa-announcement/", "unknown", None),
    ("not a url", "invalid", None),
])
def test_a_url_is_official_a_lookalike_or_unknown(registry, url, status, publisher):
    match = registry.classify(url)
    assert match.status == status
    assert (match.publisher.id if match.publisher else None) == publisher


def test_a_generic_label_makes_no_lookalike(registry):
    # gob.pe's only label is the generic "gob": other gob.* sites are not copies of it.
    assert registry.classify("https://www.gob.mx/tramite").status == "unknown"


def test_the_registry_file_is_checked():
    with pytest.raises(RegistryError, match="kind"):
        parse({"x": {"kind": "blog", "domains": ["x.org"], "country": "ES"}})
    with pytest.raises(RegistryError, match="domains"):
        parse({"x": {"kind": "police", "domains": ["https://x.org/page"], "country": "ES"}})


def _front(*sources: tuple[str, str]) -> tuple[dict, str]:
    meta = {"type": "guide", "sources": [{"title": "t", "publisher": p, "url": u, "checked": "2026-12-07"}
                                         for p, u in sources]}
    lines = ["type: guide", "sources:"]
    for p, u in sources:
        lines += ["  - title: t", f"    publisher: {p}", f"    url: {u}", "    checked: 2026-12-07"]
    return meta, "\n".join(lines) + "\n"


def _rules(findings):
    return [(f.rule_id, f.effective_severity) for f in findings]


def test_official_sources_pass(registry):
    meta, fm = _front(("cisa", "https://www.cisa.gov/x"), ("incibe", "https://www.incibe.es/y"))
    assert check_sources(meta, fm, "", 1, "content/en/guides/a.md", registry) == []


def test_an_unknown_domain_is_an_error_in_a_guide_and_a_warning_elsewhere(registry):
    meta, fm = _front(("incibe", "https://es.scribd.com/document/1"))
    in_guide = check_sources(meta, fm, "", 1, "g.md", registry)
    assert _rules(in_guide) == [("sources.unregistered-domain", Severity.ERROR)]
    assert in_guide[0].line == 6  # the url line: the block starts on line 2, after "---"
    meta["type"] = "page"
    assert _rules(check_sources(meta, fm, "", 1, "p.md", registry)) == [
        ("sources.unregistered-domain", Severity.WARNING)]


def test_a_lookalike_is_an_error_that_names_the_official_domain(registry):
    meta, fm = _front(("cisa", "https://cisa.services/report"))
    [finding] = check_sources(meta, fm, "", 1, "g.md", registry)
    assert finding.rule_id == "sources.lookalike-domain"
    assert finding.effective_severity is Severity.ERROR
    assert "cisa.gov" in finding.message("en") and "cisa.services" in finding.message("es")


def test_a_lookalike_link_in_the_text_is_an_error_too(registry):
    body = "# T\n\nLlame al número de [CISA](https://cisa.services/contact).\n"
    [finding] = check_sources({"type": "page"}, "", body, 5, "p.md", registry)
    assert (finding.rule_id, finding.line) == ("sources.lookalike-domain", 7)


def test_the_publisher_must_own_the_domain(registry):
    meta, fm = _front(("incibe", "https://www.cisa.gov/x"), ("nobody", "https://www.cisa.gov/y"))
    rules = [f.rule_id for f in check_sources(meta, fm, "", 1, "g.md", registry)]
    assert rules == ["sources.publisher-mismatch", "sources.unknown-publisher"]


def test_a_claim_must_cite_one_of_the_page_sources(registry):
    meta, fm = _front(("cisa", "https://www.cisa.gov/x"))
    meta["claims"] = [{"text": "017", "kind": "phone", "source": "https://www.incibe.es/faq",
                       "checked": "2026-12-07"}]
    rules = [f.rule_id for f in check_sources(meta, fm, "", 1, "g.md", registry)]
    assert rules == ["sources.claim-without-source"]


def test_faro_sources_counts_by_kind(tmp_path):
    from faro.commands.sources import count

    page = tmp_path / "a.md"
    page.write_text("---\ntitle: A\nsources:\n  - {title: a, url: 'https://www.cisa.gov/x'}\n"
                    "  - {title: b, url: 'https://es.scribd.com/doc'}\n"
                    "  - {title: c, url: 'https://cisa.services/x'}\n---\n\n# A\n", encoding="utf-8")
    result = count([page])
    assert result["by_kind"] == {"cyber_agency": 1, "unregistered": 1, "lookalike": 1}
    assert (result["pages"], result["sources"]) == (1, 3)


def test_an_unchanged_page_is_not_checked_again_the_same_day(tmp_path, monkeypatch):
    """`check_pages` keeps each page's findings, keyed by its text and the day."""
    import datetime as dt

    from faro.content.pages import SourcePage
    from faro.sources import check

    text = "---\ntitle: Guía\nsources:\n  - {title: Ejemplo, url: 'http://example.org'}\n---\n# Guía\n"
    meta = {"title": "Guía", "sources": [{"title": "Ejemplo", "url": "http://example.org"}]}
    page = SourcePage("es", "guia.md", tmp_path / "guia.md", meta, "# Guía\n", 6,
                      text.split("---\n")[1], text)
    day = dt.date(2026, 12, 7)
    first = check.check_pages([(page, "content/es/guia.md")], tmp_path, day)
    assert first  # an unknown publisher, over plain http

    def not_again(*args, **kwargs):
        raise AssertionError("an unchanged page was checked again")
    monkeypatch.setattr(check, "check_sources", not_again)
    assert check.check_pages([(page, "content/es/guia.md")], tmp_path, day) == first
    with pytest.raises(AssertionError, match="checked again"):  # another day: checked again
        check.check_pages([(page, "content/es/guia.md")], tmp_path, day + dt.timedelta(days=1))
