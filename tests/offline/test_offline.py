"""Page weight budgets and the per-language offline download."""

from __future__ import annotations

import gzip
import zipfile

import pytest

from faro.offline.bundle import format_size
from faro.offline.weight import budget_findings, measure_page


def test_first_visit_counts_html_and_everything_it_loads(tmp_path):
    (tmp_path / "css").mkdir()
    (tmp_path / "css" / "a.css").write_text("body{background:url(../img/bg.png)}" * 50)
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "bg.png").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "img" / "photo.jpg").write_bytes(bytes(range(256)) * 10)
    html = ('<html><head><link rel="stylesheet" href="css/a.css">'
            '<link rel="stylesheet" href="https://cdn.example/x.css"></head>'
            '<body><img src="img/photo.jpg" alt="x"><a href="img/bg.png">link only</a></body></html>')
    (tmp_path / "page.html").write_text(html)
    weight = measure_page(tmp_path, "page.html")
    assert [path for path, _ in weight.resources] == ["css/a.css", "img/bg.png", "img/photo.jpg"]
    expected = sum(len(gzip.compress(p.read_bytes(), 6, mtime=0)) for p in
                   (tmp_path / "css/a.css", tmp_path / "img/bg.png", tmp_path / "img/photo.jpg"))
    assert weight.first_visit == weight.html + expected
    # A further page only costs what is not cached yet.
    assert weight.next_visit({"css/a.css", "img/bg.png"}) == weight.html + weight.resources[2][1]


def test_budget_findings_name_the_source_and_the_figures(tmp_path):
    (tmp_path / "index.html").write_text("<html><body>" + "x" * 10 + "</body></html>")
    noise = "".join(f"{i:x}" for i in range(40000))  # compresses badly, like a huge page
    (tmp_path / "big.html").write_text(f"<html><body>{noise}</body></html>")
    weights = [measure_page(tmp_path, "index.html"), measure_page(tmp_path, "big.html")]
    findings = budget_findings(weights, {"big.html": "content/es/big.md"}, first_visit_kb=50, next_page_kb=30)
    assert {(f.rule_id, f.path) for f in findings} == {("weight.first-visit", "content/es/big.md"),
                                                       ("weight.next-page", "content/es/big.md")}


def test_sizes_are_written_for_people():
    assert format_size(1_300_000, "es") == "1,2 MB"
    assert format_size(1_300_000, "en") == "1.2 MB"
    assert format_size(320_230, "en") == "313 KB"


@pytest.fixture(scope="module")
def bundles(small_project):
    site = small_project / "site"
    return site, zipfile.ZipFile(site / "downloads" / "faro-es.zip"), \
        zipfile.ZipFile(site / "en" / "downloads" / "faro-en.zip")


def test_each_bundle_holds_one_language_only(bundles):
    _, spanish, english = bundles
    es_names, en_names = spanish.namelist(), english.namelist()
    assert "faro-es/index.html" in es_names and "faro-es/search/index.js" in es_names
    assert not any(n.startswith("faro-es/en/") or "downloads/" in n for n in es_names)
    assert "faro-en/guides/passwords.html" in en_names
    assert not any("guias/" in n for n in en_names)
    assert all(info.date_time == (2020, 1, 1, 0, 0, 0) for info in spanish.infolist())


def test_footer_states_the_real_size_and_other_languages_link_online(bundles):
    site, spanish, _ = bundles
    size = format_size((site / "downloads" / "faro-es.zip").stat().st_size, "es")
    page = spanish.read("faro-es/guias/contrasenas.html").decode()
    assert f'<span class="faro-bundle-size">{size}</span>' in page
    assert f'<span class="faro-bundle-size">{size}</span>' in (site / "guias/contrasenas.html").read_text()
    assert 'href="https://faro.example/en/guides/passwords.html" hreflang="en"' in page


def test_unzipped_bundle_works_offline_with_search(bundles, browser, tmp_path):
    _, spanish, _ = bundles
    spanish.extractall(tmp_path)
    context = browser.new_context()
    requested = []
    context.route("http*://**/*", lambda route: (requested.append(route.request.url), route.abort()))
    page = context.new_page()
    page.goto((tmp_path / "faro-es" / "index.html").as_uri())
    page.fill("#faro-search-input", "gestores")
    page.press("#faro-search-input", "Enter")
    page.wait_for_selector("#faro-search-results a")
    page.click("#faro-search-results a")
    assert page.url.endswith("faro-es/guias/contrasenas.html")
    assert requested == []
    context.close()


def test_faro_bundle_command_remakes_the_downloads(small_project, tmp_path):
    from tests.support import run_faro

    result = run_faro("bundle", "site", "-o", str(tmp_path), cwd=small_project)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["faro-en.zip", "faro-es.zip"]
    names = zipfile.ZipFile(tmp_path / "faro-es.zip").namelist()
    assert "faro-es/index.html" in names and not any(n.startswith("faro-es/en/") for n in names)
    assert run_faro("bundle", "missing-site", cwd=small_project).returncode == 2
