"""`faro/maturity`: checks the assessment records, then adds their pages, charts and open data to the build.

A thin adapter: reading and checking records, drawing charts and writing pages
and exports are the engine's (`faro.maturity.*`), which never imports MkDocs.
Runs after `faro/i18n`, whose language, content folder and catalogs it reuses.
"""

from __future__ import annotations

from importlib import resources

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from faro.findings import CollectsFindings, Finding, Report, Severity, format_text
from faro.maturity.config import MaturityConfig
from faro.maturity.records import AssessmentRecord
from faro.maturity.site import build_language_site, translated_pages
from faro.maturity.text import SiteText
from faro.maturity.validation import RecordChecker
from faro.maturity.vocabulary import load_vocabulary

STYLESHEET = "assets/faro/maturity.css"


class MaturityPlugin(CollectsFindings, BasePlugin[MaturityConfig]):
    def __init__(self) -> None:
        self.records: list[AssessmentRecord] = []
        self.findings: list[Finding] = []

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not self.config.enabled:
            return config
        self.i18n = config.plugins.get("faro/i18n")
        if self.i18n is None or self.i18n.language is None:
            raise PluginError("faro/maturity: list 'faro/i18n' before 'faro/maturity' in mkdocs.yml")
        self.vocabulary = load_vocabulary()
        result = RecordChecker(self.vocabulary).load(self.i18n.content_dir, self.i18n.root)
        self.records, self.findings = result.records, result.findings
        errors = Report([f for f in self.findings if f.effective_severity is Severity.ERROR])
        if errors.findings and not self.report_only:
            raise PluginError("faro/maturity: assessment records have errors\n"
                              + format_text(errors, self.i18n.language))
        if self.records and STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.config.enabled or not self.records:
            return files  # a site without assessments gets no empty comparison pages
        translations = self.i18n.translations
        text = SiteText(self.i18n.language, translations.gettext, translations.ngettext, self.vocabulary)
        site = build_language_site(self.records, text)
        for path, markdown in site.documents.items():
            page_file = files.get_file_from_path(path)
            if page_file is None:
                raise PluginError(f"faro/maturity: {path} is missing from the {text.lang} build")
            page_file.content_string = markdown
        for path, markdown in site.pages.items():
            files.append(File.generated(config, path, content=markdown, inclusion=InclusionLevel.NOT_IN_NAV))
        for path, content in site.data_files.items():
            files.append(File.generated(config, path, content=content))
        css = resources.files("faro.maturity").joinpath("assets", "maturity.css")
        files.append(File.generated(config, STYLESHEET, content=css.read_text(encoding="utf-8")))
        for group in translated_pages(self.records, self.vocabulary):
            for lang, path in group.items():
                self.i18n.pairs[(lang, path)] = {other: p for other, p in group.items() if other != lang}
        return files
