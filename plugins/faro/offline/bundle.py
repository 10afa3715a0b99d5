"""One ZIP per language that works from `file://` after unzipping.

The ZIP holds one language's pages, assets and search only. Links to the other
languages are rewritten to the published site's address, so the download stays
small and every link still leads somewhere. ZIPs are reproducible: sorted
entries and a fixed timestamp.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal

FIXED_TIME = (2020, 1, 1, 0, 0, 0)
_SIZE_SPAN = re.compile(r'(<span class="faro-bundle-size">)[^<]*(</span>)')


def format_size(size: int, lang: str) -> str:
    """The size with the language's own decimal sign (CLDR, through Babel)."""
    megabytes = size / (1024 * 1024)
    if megabytes >= 1:
        return f"{format_decimal(round(megabytes, 1), '0.0', locale=_locale(lang))} MB"
    return f"{max(1, round(size / 1024))} KB"


def _locale(lang: str) -> Locale:
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale("en")  # a language CLDR does not know: the plainest convention


def _files(site: Path, exclude: tuple[str, ...]) -> list[Path]:
    return sorted(p for p in site.rglob("*")
                  if p.is_file() and not p.relative_to(site).as_posix().startswith(exclude))


_SWITCHER_LINK = re.compile(r'<a href="(?P<href>[^"]+)" hreflang="(?P<lang>[a-z-]+)" lang="[a-z-]+"')


def _rewrite_other_languages(html: str, site_path: str, lang: str, site_url: str) -> str:
    """Links to another language's pages lead to the published site instead."""
    def replace(match: re.Match) -> str:
        if match.group("lang") == lang or not site_url:
            return match.group(0)
        target = posixpath.normpath(posixpath.join(posixpath.dirname(site_path), match.group("href")))
        return match.group(0).replace(match.group("href"), site_url.rstrip("/") + "/" + target, 1)

    return _SWITCHER_LINK.sub(replace, html)


def write_bundle(site: Path, out: Path, folder: str, lang: str, exclude: tuple[str, ...] = (),
                 site_url: str = "", prefix: str = "", size_text: str = "") -> int:
    """Write the ZIP of `site` (one language, published under `prefix`) and return its size."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in _files(site, exclude):
            rel = path.relative_to(site).as_posix()
            data = path.read_bytes()
            if path.suffix == ".html":
                html = data.decode("utf-8")
                html = _SIZE_SPAN.sub(lambda m: m.group(1) + size_text + m.group(2), html)
                html = _rewrite_other_languages(html, prefix + rel, lang, site_url)
                data = html.encode("utf-8")
            info = zipfile.ZipInfo(f"{folder}/{rel}", FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(buffer.getvalue())
    return out.stat().st_size


def fill_size(site: Path, size_text: str) -> None:
    """Write the bundle's size into every page's download link."""
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        updated = _SIZE_SPAN.sub(lambda m: m.group(1) + size_text + m.group(2), html)
        if updated != html:
            path.write_text(updated, encoding="utf-8")


def build_bundle(site: Path, out: Path, folder: str, lang: str, exclude: tuple[str, ...] = (),
                 site_url: str = "", prefix: str = "") -> int:
    """The ZIP, with its own size written in its pages' footers (a fixed point, 2-3 rounds)."""
    size_text = ""
    for _ in range(5):
        size = write_bundle(site, out, folder, lang, exclude, site_url, prefix, size_text)
        new_text = format_size(size, lang)
        if new_text == size_text:
            break
        size_text = new_text
    fill_size(site, size_text)
    return size


DOWNLOADS = "downloads"


def bundle_site(site: Path, languages: list[str], default: str, site_url: str, name: str = "faro",
                out_dir: Path | None = None) -> dict[str, tuple[Path, int]]:
    """Write one ZIP per language; returns {lang: (path, size)}."""
    written = {}
    others = tuple(f"{code}/" for code in languages if code != default)
    for lang in languages:
        prefix = "" if lang == default else f"{lang}/"
        root = site / prefix if prefix else site
        exclude = (f"{DOWNLOADS}/",) + (others if lang == default else ())
        target = (out_dir or root / DOWNLOADS) / f"{name}-{lang}.zip"
        size = build_bundle(root, target, f"{name}-{lang}", lang, exclude, site_url, prefix)
        written[lang] = (target, size)
    return written
