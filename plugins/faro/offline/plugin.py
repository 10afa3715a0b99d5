"""`faro/offline`: page-weight budgets and the per-language download."""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority

from faro.findings import CollectsFindings, Finding
from faro.i18n.build import gate_alone, source_path
from faro.offline.bundle import DOWNLOADS, build_bundle
from faro.offline.config import OfflineConfig
from faro.offline.weight import budget_findings, image_findings, measure_site


class OfflinePlugin(CollectsFindings, BasePlugin[OfflineConfig]):
    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.sources: dict[str, str] = {}

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        self.findings, self.sources = [], {}

    def on_post_page(self, output: str, *, page, config: MkDocsConfig) -> str:
        """Every built page is measured; generated pages are named by their source URI."""
        self.sources[page.file.dest_uri] = source_path(page.file, config)
        return output

    def on_env(self, env, *, config: MkDocsConfig, files):
        lang = config.theme["language"]
        env.globals["faro_bundle"] = (f"{DOWNLOADS}/{self.config.bundle_name}-{lang}.zip"
                                      if self.config.enabled and self.config.bundle else None)
        return env

    @event_priority(-150)  # after every other plugin has written its files
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        site = Path(config.site_dir)
        lang = config.theme["language"]
        root = Path(config.config_file_path).resolve().parent
        pages = sorted(self.sources)
        self.findings = image_findings(Path(config.docs_dir), root, self.config.image_max_kb)
        i18n = config.plugins["faro/i18n"]
        # A focused check publishes nothing; a serve reload keeps the first build's download.
        if self.config.bundle and not (i18n.focused or i18n.reloading):
            prefix = "" if lang == i18n.config.default_language else f"{lang}/"
            site_url = (config.site_url or "")[: -len(prefix)] if prefix else (config.site_url or "")
            build_bundle(site, site / DOWNLOADS / f"{self.config.bundle_name}-{lang}.zip",
                         f"{self.config.bundle_name}-{lang}", lang, (f"{DOWNLOADS}/",), site_url, prefix)
        weights = measure_site(site, pages)
        self.findings += budget_findings(weights, self.sources, self.config.first_visit_kb,
                                         self.config.next_page_kb)
        first = sorted(w.first_visit for w in weights)
        report = {
            "budget_kb": {"first_visit": self.config.first_visit_kb, "next_page": self.config.next_page_kb},
            "median_first_visit_kb": round(first[len(first) // 2] / 1024, 1) if first else 0,
            "largest_first_visit_kb": round(first[-1] / 1024, 1) if first else 0,
            "pages": [{"page": w.page, "html_kb": round(w.html / 1024, 1),
                       "first_visit_kb": round(w.first_visit / 1024, 1)} for w in weights],
        }
        (site / self.config.report_file).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        gate_alone(self, config)
