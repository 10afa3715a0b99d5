"""axe-core's own messages in the reader's language, from the locales it ships; its version."""

from __future__ import annotations

import pytest

from faro.audit.runner import AXE_VERSION, axe_locale, axe_locales, axe_source, axe_version
from faro.rules import load_catalogue
from tests.audit.conftest import FIXTURES, audit_report


def test_the_vendored_axe_is_current_and_reported():
    assert axe_version() == AXE_VERSION
    assert tuple(int(part) for part in AXE_VERSION.split(".")[:2]) >= (4, 14)
    assert axe_source().startswith(f"/*! axe v{AXE_VERSION}")


def test_axe_ships_spanish_and_a_language_falls_back_to_english():
    assert "es" in axe_locales()
    assert axe_locale("es")["lang"] == "es"
    assert axe_locale("es-ES")["lang"] == "es"
    assert axe_locale("en") is None and axe_locale(None) is None
    assert axe_locale("pt-BR")["lang"] == "pt-BR"
    assert axe_locale("pt") is None  # two Portuguese variants and no plain one: none is chosen
    assert axe_locale("xx") is None


@pytest.fixture(scope="module")
def link_page_reports(browser):
    """The empty-link page (lang="es") told in Spanish, in English, and in its own language."""
    site = FIXTURES / "defects"
    return {lang: audit_report(browser, site, lang=lang, pages=["enlace-vacio.html", "en/index.html"])
            for lang in ("es", "en", None)}


def _link_name(report):
    return next(v for v in report.violations if v.rule == "link-name")


def test_axe_messages_are_axe_s_spanish_when_the_language_is_spanish(link_page_reports):
    spanish = axe_locale("es")["rules"]["link-name"]["help"]
    violation, english = _link_name(link_page_reports["es"]), _link_name(link_page_reports["en"])
    assert violation.help == spanish != english.help
    assert english.help == "Links must have discernible text"
    assert violation.nodes[0].why and violation.nodes[0].why != english.nodes[0].why
    finding = next(f for f in link_page_reports["es"].to_findings() if f.rule_id == "axe.link-name")
    assert finding.message("es").startswith(f"axe: {spanish} (impacto serious)")


def test_without_a_language_each_page_is_told_in_its_own(link_page_reports):
    own = link_page_reports[None]
    assert own.page_languages == {"enlace-vacio.html": "es", "en/index.html": "en"}
    assert _link_name(own).help == axe_locale("es")["rules"]["link-name"]["help"]
    assert own.language("enlace-vacio.html") == "es" and own.language("en/index.html") == "en"


def test_catalogue_spanish_titles_are_axe_s_own_where_its_locale_has_them():
    spanish = axe_locale("es")["rules"]
    catalogue = load_catalogue()
    axe_rules = [rule_id[4:] for rule_id in catalogue if rule_id.startswith("axe.")]
    differing = [rule for rule in axe_rules
                 if rule in spanish and catalogue[f"axe.{rule}"].title["es"] != spanish[rule]["help"]]
    assert differing == []
    # The rest, rules axe's Spanish locale does not translate yet, keep Faro's Spanish title.
    assert all(catalogue[f"axe.{rule}"].title.get("es") for rule in axe_rules if rule not in spanish)
