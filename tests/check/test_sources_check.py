"""`faro check` with the source and review rules on: a look-alike source stops
the check with a clear message; a page past its review date is reported and
listed on the editors' page."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.support import copy_project, run_faro, write_page

GUIDE = """title: Copias de seguridad
description: Cómo guardar una copia de sus fotos y documentos.
type: guide
audience: [ciudadania]
technical_level: 1
published: 2026-11-23
last_reviewed: 2026-11-23
review_interval_months: 12
licence: CC-BY-4.0
sources:
  - title: CISA
    publisher: cisa
    url: {url}
    checked: 2026-11-23
claims:
  - text: Teléfono de ayuda
    kind: phone
    source: {url}
    checked: 2026-11-23"""
BODY = "# Copias de seguridad\n\nGuarde una copia de sus fotos. Hágalo cada semana."
INDEX_ES = ("title: Inicio\ndescription: La página de inicio del sitio.", "# Inicio\n\nHola. Lea las guías.")
INDEX_EN = ("title: Home\ndescription: The home page of the site.\n"
            "translation_of: {path: index.md, lang: es}",
            "# Home\n\nHello. Read the guides.")


@pytest.fixture()
def project(tmp_path) -> Path:
    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/index.md", *INDEX_ES)
    write_page(project, "en/index.md", *INDEX_EN)
    return project


def _check(project: Path, today: str) -> tuple[int, list[dict]]:
    env_today = os.environ.get("FARO_TODAY")
    os.environ["FARO_TODAY"] = today
    try:
        result = run_faro("check", "--format", "json", "--lang", "en", cwd=project)
    finally:
        os.environ.pop("FARO_TODAY") if env_today is None else os.environ.update(FARO_TODAY=env_today)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, json.loads(result.stdout)["findings"]


def test_a_lookalike_source_fails_the_check(project):
    write_page(project, "es/guias/copias.md", GUIDE.format(url="https://cisa.services/report"), BODY)
    code, findings = _check(project, "2026-12-07")
    errors = [f for f in findings if f["severity"] == "error"]
    assert code == 1
    assert [(f["rule"], f["path"], f["line"]) for f in errors] == [
        ("sources.lookalike-domain", "content/es/guias/copias.md", 14)]
    assert "cisa.gov" in errors[0]["message"]


def test_an_official_source_passes_until_its_review_date(project):
    write_page(project, "es/guias/copias.md", GUIDE.format(url="https://www.cisa.gov/secure-our-world"), BODY)
    code, findings = _check(project, "2026-12-07")
    assert code == 0 and [f for f in findings if f["rule"].startswith(("sources.", "review."))] == []
    code, findings = _check(project, "2028-01-01")
    assert code == 0  # due for review is reported, it does not stop the build
    assert sorted(f["rule"] for f in findings if f["rule"].startswith("review.")) == [
        "review.claim-stale", "review.page-overdue"]


def test_the_build_lists_pages_due_for_review(project, tmp_path):
    write_page(project, "es/guias/copias.md", GUIDE.format(url="https://www.cisa.gov/secure-our-world"), BODY)
    os.environ["FARO_TODAY"] = "2028-01-01"
    try:
        result = run_faro("build", "-d", str(tmp_path / "out"), cwd=project)
    finally:
        os.environ.pop("FARO_TODAY")
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "out" / "editores" / "revision.html").read_text(encoding="utf-8")
    assert "Copias de seguridad" in page and "2027-11-23" in page and "Teléfono de ayuda" in page
    assert (tmp_path / "out" / "en" / "editors" / "review.html").is_file()
    # The help directory ships as open data in both languages, with its page.
    for folder in ("datos", "en/data"):
        data = json.loads((tmp_path / "out" / folder / "contacts.json").read_text(encoding="utf-8"))
        assert {"ES", "GB", "US"} <= {c["country"] for c in data["countries"]}
        assert (tmp_path / "out" / folder / "contacts.csv").is_file()
        assert (tmp_path / "out" / folder / "contacts.schema.json").is_file()
    assert "tel:017" in (tmp_path / "out" / "ayuda.html").read_text(encoding="utf-8")
