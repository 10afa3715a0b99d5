"""`faro/search`: collects each page's text and writes the language's index.

The stemmers come from MkDocs' own bundled copy of lunr and lunr-languages, so
nothing is downloaded and nothing is loaded from another host.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import mkdocs.contrib.search as mkdocs_search
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin

from faro.search.config import SearchConfig
from faro.search.index import SearchDocument, html_to_text, write_index

_LUNR_DIR = Path(mkdocs_search.__file__).parent
_LUNR_CORE = _LUNR_DIR / "templates" / "search" / "lunr.js"
_LUNR_LANGUAGES = _LUNR_DIR / "lunr-language"


class SearchPlugin(BasePlugin[SearchConfig]):
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.documents: list[SearchDocument] = []

    def on_page_content(self, html: str, *, page, config: MkDocsConfig, files):
        if not self.config.enabled:
            return html
        search_meta = page.meta.get("search") or {}
        if not (isinstance(search_meta, dict) and search_meta.get("exclude")):
            self.documents.append(SearchDocument(
                url=page.file.dest_uri, title=page.title or "", text=html_to_text(html)))
        return html

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        lang = config.theme["language"]
        search_dir = Path(config.site_dir) / "search"
        write_index(search_dir, lang, self.documents)
        shutil.copyfile(_LUNR_CORE, search_dir / "lunr.js")
        if lang != "en":  # lunr's core already stems English
            for name in ("lunr.stemmer.support.js", f"lunr.{lang}.js"):
                source = _LUNR_LANGUAGES / name
                if source.is_file():
                    shutil.copyfile(source, search_dir / name)
