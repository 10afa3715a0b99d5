"""The built site: languages, `lang`, switcher targets, hreflang and sitemap."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

SITE_URL = "https://faro.example/"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.html_lang = None
        self.alternates: dict[str, str] = {}
        self.switcher: list[dict] = []
        self._in_languages = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.html_lang = a.get("lang")
        elif tag == "link" and a.get("rel") == "alternate" and a.get("hreflang"):
            self.alternates[a["hreflang"]] = a["href"]
        elif tag == "nav" and "faro-languages" in (a.get("class") or ""):
            self._in_languages = True
        elif tag == "a" and self._in_languages:
            self.switcher.append(a)

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_languages = False


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def site_pages(site: Path):
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def page_lang(site: Path, path: Path) -> str:
    return "en" if path.relative_to(site).parts[0] == "en" else "es"


def test_spanish_at_root_english_under_en(small_project):
    site = small_project / "site"
    assert (site / "index.html").is_file()
    assert (site / "guias" / "contrasenas.html").is_file()
    assert (site / "en" / "index.html").is_file()
    assert (site / "en" / "guides" / "passwords.html").is_file()
    assert not (site / "en" / "guias").exists(), "Spanish pages must not leak into /en/"


def test_html_lang_matches_language_on_every_page(small_project, real_site):
    for site in (small_project / "site", real_site):
        for path in site.rglob("*.html"):
            assert parse(path).html_lang == page_lang(site, path), path


def test_switcher_leads_to_the_same_page_in_the_other_language(small_project):
    site = small_project / "site"
    page = site / "guias" / "contrasenas.html"
    (link,) = parse(page).switcher
    assert link["hreflang"] == "en" and link["lang"] == "en"
    target = (page.parent / link["href"]).resolve()
    assert target == (site / "en" / "guides" / "passwords.html").resolve()
    back = parse(target).switcher[0]
    assert (target.parent / back["href"]).resolve() == page.resolve()


def test_switcher_on_untranslated_page_leads_to_a_notice_in_the_readers_language(small_project):
    site = small_project / "site"
    page = site / "solo-espanol.html"
    (link,) = parse(page).switcher
    notice = (page.parent / link["href"]).resolve()
    assert notice.is_file(), link["href"]
    assert notice.is_relative_to((site / "en").resolve())
    text = notice.read_text(encoding="utf-8")
    assert parse(notice).html_lang == "en"
    assert "“Página solo en español” is not available in English" in text
    assert 'name="robots" content="noindex"' in text
    # The notice links back to the original, marked as Spanish.
    match = re.search(r'<a href="([^"]+)" hreflang="es" lang="es">', text)
    assert match and (notice.parent / match.group(1)).resolve() == page.resolve()
    # And the notice is not presented as a translation anywhere.
    assert "hreflang=\"en\"" not in (site / "solo-espanol.html").read_text().split("</head>")[0]


def test_every_switcher_link_resolves(real_site):
    for path in site_pages(real_site):
        for link in parse(path).switcher:
            assert (path.parent / link["href"]).resolve().is_file(), (path, link["href"])


def test_hreflang_alternates_are_reciprocal(small_project):
    site = small_project / "site"
    es = parse(site / "guias" / "contrasenas.html").alternates
    en = parse(site / "en" / "guides" / "passwords.html").alternates
    assert es == en == {
        "es": SITE_URL + "guias/contrasenas.html",
        "x-default": SITE_URL + "guias/contrasenas.html",
        "en": SITE_URL + "en/guides/passwords.html",
    }


def test_sitemaps_list_hreflang_alternates(small_project):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    for sitemap, lang in ((small_project / "site" / "sitemap.xml", "es"),
                          (small_project / "site" / "en" / "sitemap.xml", "en")):
        root = ET.parse(sitemap).getroot()
        entries = {u.find("s:loc", ns).text: {x.get("hreflang"): x.get("href")
                                               for x in u.findall("x:link", ns)}
                   for u in root.findall("s:url", ns)}
        assert all(("/en/" in loc) == (lang == "en") for loc in entries)
        assert not any("untranslated" in loc for loc in entries)
        passwords = SITE_URL + ("en/guides/passwords.html" if lang == "en" else "guias/contrasenas.html")
        assert entries[passwords] == {"es": SITE_URL + "guias/contrasenas.html",
                                      "en": SITE_URL + "en/guides/passwords.html"}


_RESOURCE_ATTRS = re.compile(
    r"<(script|link|img|iframe|source|video|audio|embed|object|track|input)\b[^>]*?"
    r"\b(src|href|data|poster|srcset)\s*=\s*[\"']([^\"']+)", re.I)
_CSS_URL = re.compile(r"url\(\s*[\"']?([^\"')]+)")


def _third_party(url: str, base: str) -> bool:
    host = urlparse(urljoin(base, url.strip())).hostname
    return host not in (None, urlparse(SITE_URL).hostname)


def test_no_resource_from_a_third_party_host(real_site, small_project):
    """Pages and their CSS load nothing from another host (plain links are fine)."""
    for site in (real_site, small_project / "site"):
        for path in site.rglob("*.html"):
            html = path.read_text(encoding="utf-8")
            for tag, _attr, url in _RESOURCE_ATTRS.findall(html):
                assert not _third_party(url, "file:///"), (path, tag, url)
            assert "fonts.googleapis.com" not in html and "fonts.gstatic.com" not in html
        for css in site.rglob("*.css"):
            for url in _CSS_URL.findall(css.read_text(encoding="utf-8")):
                assert not _third_party(url, "file:///"), (css, url)


def test_search_index_per_language(small_project):
    site = small_project / "site"
    for lang, folder in (("es", site), ("en", site / "en")):
        text = (folder / "search" / "index.js").read_text(encoding="utf-8")
        assert text.startswith("window.faroSearchIndex=")
        data = __import__("json").loads(text[len("window.faroSearchIndex="):].rstrip(";\n"))
        assert data["lang"] == lang
        urls = {d["url"] for d in data["docs"]}
        assert urls and all((folder / u).is_file() for u in urls)
        assert not any(u.startswith(("en/", "untranslated/")) for u in urls)
    assert (site / "search" / "lunr.es.js").is_file()
    assert not (site / "en" / "search" / "lunr.es.js").exists()
