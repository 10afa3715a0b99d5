"""Audit results of the fixture sites, computed once per session: a browser run is the slow part."""

from __future__ import annotations

import shutil
import wave
from pathlib import Path

import pytest

from faro.audit.report import AuditReport
from faro.audit.runner import VIEWPORTS, audit_site, axe_version, site_pages

FIXTURES = Path(__file__).parent / "fixtures"


def audit_report(browser, site_dir: Path, lang: str | None = "en", pages=None) -> AuditReport:
    """Messages in English unless asked: `lang=None` tells each page in its own language."""
    pages = pages or site_pages(site_dir)
    return AuditReport.from_audits(audit_site(browser, site_dir, pages, lang=lang), pages,
                                   [v.name for v in VIEWPORTS], axe_version(), lang=lang)


@pytest.fixture(scope="session")
def defects_report(browser) -> AuditReport:
    return audit_report(browser, FIXTURES / "defects")


@pytest.fixture(scope="session")
def checks_report(browser) -> AuditReport:
    """The small pages of Faro's own browser checks, each failing or passing one check."""
    return audit_report(browser, FIXTURES / "checks")


@pytest.fixture(scope="session")
def twins_site(tmp_path_factory) -> Path:
    """The twin pages, plus a 5-second sound: axe judges autoplay only on media that loads."""
    site = tmp_path_factory.mktemp("twins") / "site"
    shutil.copytree(FIXTURES / "twins", site)
    with wave.open(str(site / "assets" / "aviso.wav"), "wb") as sound:
        sound.setnchannels(1)
        sound.setsampwidth(1)
        sound.setframerate(8000)
        sound.writeframes(b"\x80" * 8000 * 5)
    return site
