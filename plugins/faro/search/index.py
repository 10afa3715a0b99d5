"""Search documents from rendered HTML, written as a script for `file://` use.

Browsers refuse `fetch()` and workers on `file://`, but they run `<script>`
tags, so the index is a JavaScript file the search box adds on first use.
Each language build writes its own index: a Spanish query only sees Spanish
pages, stemmed with the Spanish stemmer.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from html.parser import HTMLParser
from pathlib import Path

_SKIPPED = {"script", "style", "template", "svg"}
_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd",
           "pre", "blockquote", "div", "section", "summary", "figcaption", "br"}
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class SearchDocument:
    url: str    # relative to the language root, e.g. "guides/passwords.html"
    title: str
    text: str


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED:
            self._skip_depth += 1
        elif tag in _BLOCKS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in _SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        elif tag in _BLOCKS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    extractor = _TextExtractor()
    extractor.feed(html)
    extractor.close()
    return _SPACES.sub(" ", "".join(extractor.parts)).strip()


def render_index_script(lang: str, documents: list[SearchDocument]) -> str:
    payload = {"lang": lang, "docs": [asdict(d) for d in sorted(documents, key=lambda d: d.url)]}
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # "</" would end an inline script in some contexts; escaping it costs nothing.
    return "window.faroSearchIndex=" + data.replace("</", "<\\/") + ";\n"


def write_index(search_dir: Path, lang: str, documents: list[SearchDocument]) -> Path:
    search_dir.mkdir(parents=True, exist_ok=True)
    path = search_dir / "index.js"
    path.write_text(render_index_script(lang, documents), encoding="utf-8")
    return path
