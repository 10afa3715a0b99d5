"""`faro/readability`: scores every page while MkDocs builds, fails on a hard page.

A thin adapter: the engine (`faro.readability.analysis`) does the work, so the
`faro readability` command gives the same numbers without a build.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.pages import Page

from faro.cache import make_key, open_cache
from faro.findings import CollectsFindings, Finding, Severity
from faro.gate import Policy
from faro.i18n.build import gate_alone, source_path
from faro.readability.analysis import GATES, PageAnalysis, Settings, Thresholds, analyse_markdown
from faro.readability.config import ReadabilityConfig
from faro.readability.report import summary_table

log = logging.getLogger("mkdocs.plugins.faro.readability")

REPORT_FILE = "readability.json"


class ReadabilityPlugin(CollectsFindings, BasePlugin[ReadabilityConfig]):
    def __init__(self) -> None:
        self.settings = Settings()
        self.pages: list[PageAnalysis] = []
        self.root = Path.cwd()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.settings = Settings(
            thresholds={lang: Thresholds(**self.config[lang]) for lang in GATES},
            min_words=self.config.min_words,
            long_sentence_words=self.config.long_sentence_words,
        )
        self.root = Path(config.config_file_path or ".").resolve().parent
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.pages = []  # `mkdocs serve` rebuilds with the same plugin
        self.cache = open_cache(self.root, f"readability-{config.theme.get('language') or 'none'}")

    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files) -> None:
        if not self.config.enabled:
            return None
        lang = str(page.meta.get("lang") or config.theme.get("language") or "").split("-")[0].lower()
        # The source as written (front matter included), so lines match the file.
        source = page.file.content_string
        page_path = source_path(page.file, config)
        key = make_key(source, page_path, lang, repr(self.settings))
        analysis = self.cache.get(key)
        if analysis is None:
            analysis = analyse_markdown(source, path=page_path, lang=lang, settings=self.settings)
            self.cache.put(key, analysis)
        self.pages.append(analysis)
        return None

    def collected_findings(self) -> list[Finding]:
        return [f for page in self.pages for f in page.findings]

    def policy(self) -> Policy:
        """In `warn` mode a hard page is reported, not refused."""
        return Policy(caps={"readability.*": Severity.WARNING} if self.config.mode == "warn" else {})

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        self.cache.save()
        report = [page.to_dict(message_lang=self.config.report_language) for page in self.pages]
        Path(config.site_dir, REPORT_FILE).write_text(
            json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        log.debug("readability summary\n%s", summary_table(self.pages))
        gate_alone(self, config)
