"""MkDocs adapter: run the static accessibility checks on every page a build renders.

Only event handlers live here; the checks are in the engine so the CLI can run
them on a built site without MkDocs.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from faro.accessibility.config import AccessibilityConfig
from faro.accessibility.css_vars import Palette
from faro.accessibility.engine import PageSource, check_page
from faro.accessibility.palette import check_palette_contrast
from faro.accessibility.policy import (
    BaselineEntry,
    BaselineError,
    apply_policy,
    load_baseline,
    page_exceptions,
)
from faro.accessibility.site import (
    TitledPage,
    check_duplicate_titles,
    deduplicate_theme_findings,
    page_title,
    palettes_in,
    read_stylesheets,
    stylesheet_links,
)
from faro.cache import make_key, open_cache
from faro.findings import CollectsFindings, Finding, Report, format_json
from faro.gate import Policy
from faro.i18n.build import gate_alone, source_path
from faro.rules import load_catalogue


class AccessibilityPlugin(CollectsFindings, BasePlugin[AccessibilityConfig]):
    def on_config(self, config):
        if not self.config.enabled:
            return config
        unknown = sorted(set(self.config.severity) - set(load_catalogue()))
        if unknown:
            raise PluginError(f"faro/accessibility: severity: unknown rule ids {unknown}")
        self.project_root = Path(config.config_file_path or ".").resolve().parent
        self.language = str(config.theme.get("language") or "en")
        self.report_language = self.config.report_language or self.language
        # The project pass of this run (None without faro/i18n): its languages and sources.
        self.project = getattr(config.plugins.get("faro/i18n"), "project", None)
        self.languages = tuple(self.project.languages) if self.project is not None else None
        self.baseline: list[BaselineEntry] = []
        baseline_path = self.project_root / self.config.baseline
        if baseline_path.is_file():
            try:
                self.baseline = load_baseline(baseline_path)
            except BaselineError as error:
                raise PluginError(f"faro/accessibility: {error}") from error
        self.findings: list[Finding] = []
        self.titles: list[TitledPage] = []
        self.palettes: list[Palette] = []
        self.stylesheets: list[str] = []
        self.cache = open_cache(self.project_root, f"accessibility-{self.language}")
        return config

    def on_post_page(self, output, page, config):
        if not self.config.enabled:
            return output
        page_path, source_text = self._source_of(page, config)
        ignored, invalid = page_exceptions(page.meta, page_path, source_text)
        key = make_key(output, self.language, page_path, source_text, page.file.dest_uri,
                       repr(self.languages))
        found = self.cache.get(key)
        if found is None:
            found = check_page(output, self.language,
                               PageSource(page_path, source_text, page.file.dest_uri),
                               self.languages)
            self.cache.put(key, found)
        self.findings += apply_policy(found, ignored, self.baseline)
        self.findings += invalid
        self.titles.append(TitledPage(page_title(output), self.language, page_path))
        if not self.stylesheets:
            self.palettes = palettes_in(output)
            self.stylesheets = stylesheet_links(output, page.file.dest_uri)
        return output

    def on_post_build(self, config):
        if not self.config.enabled:
            return
        site_findings = check_duplicate_titles(self.titles)
        site_findings += self._palette_findings(config)
        self.findings += apply_policy(site_findings, baseline=self.baseline)
        self.cache.save()
        self.findings = deduplicate_theme_findings(self.findings)
        report = Report(self.policy().apply(self.findings))
        Path(config.site_dir, self.config.report_file).write_text(
            format_json(report, self.report_language), encoding="utf-8")
        gate_alone(self, config)

    def _palette_findings(self, config) -> list:
        """Material's stylesheet is large and rarely changes: its contrast is checked once."""
        sheets = read_stylesheets(config.site_dir, self.stylesheets)
        key = make_key("palette-contrast", repr(sheets), repr(list(dict.fromkeys(self.palettes))))
        found = self.cache.get(key)
        if found is None:
            found = check_palette_contrast(sheets, self.palettes)
            self.cache.put(key, found)
        return list(found)

    def policy(self) -> Policy:
        """The project's severity for each rule (`severity:`, `off` to drop one)."""
        return Policy(overrides=dict(self.config.severity))

    def _source_of(self, page, config) -> tuple[str, str]:
        """The page's Markdown path relative to the project, and its source text for line numbers."""
        path = source_path(page.file, config)
        text = self.project.written_text(path) if self.project is not None else None
        if text is not None:
            return path, text
        try:
            return path, (self.project_root / path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return path, ""
