"""The MkDocs adapter shared by features that turn checked records into pages.

State positions and maturity assessments work the same way in a build: check
every record (findings with file and line), then fill the record pages, add the
generated pages, the open-data files and a stylesheet, and tell faro/i18n which
generated page translates which. Each feature only names its record type
(`faro.records.engine.RecordType`) and the package that holds its stylesheet.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from types import ModuleType

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from faro.cache import make_key, open_cache
from faro.findings import CollectsFindings, Finding
from faro.i18n.focus import folder_signature
from faro.records.config import RecordPagesConfig
from faro.records.engine import load_records, record_files_key


class RecordPagesPlugin(CollectsFindings, BasePlugin[RecordPagesConfig]):
    name: str                 # "positions": the plugin is "faro/<name>"
    engine: ModuleType        # the feature's package: assets/<name>.css lives there
    load_vocabulary: Callable
    record_type: type         # a RecordType class, made with the vocabulary once per run
    pages_without_records = False  # True when the feature has pages from its own data (maturity: NCSI)

    def __init__(self) -> None:
        self.records: list = []
        self.findings: list[Finding] = []

    @property
    def stylesheet(self) -> str:
        return f"assets/faro/{self.name}.css"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if not self.config.enabled:
            return config
        self.i18n = config.plugins.get("faro/i18n")
        if self.i18n is None or self.i18n.language is None:
            raise PluginError(f"faro/{self.name}: list 'faro/i18n' before 'faro/{self.name}' in mkdocs.yml")
        # Records are read and checked once per run, in the project pass.
        self.loaded_type, result, self.records_key = self.i18n.project.shared[f"faro/{self.name}"]
        self.records, self.findings = result.records, []
        if self.records and self.stylesheet not in config.extra_css:
            config.extra_css.append(self.stylesheet)
        return config

    def project_pass(self, project) -> list[Finding]:
        """Read and check every record, or take last run's result when no record file changed."""
        record_type = type(self).record_type(type(self).load_vocabulary())
        content = project.settings.content_path
        key = make_key(self.name, str(content), record_files_key(record_type, content))
        cache = open_cache(project.root, f"records-{self.name}")
        result = cache.get(key)
        if result is None:
            result = load_records(record_type, content, project.root)
            cache.put(key, result)
        cache.save()
        project.shared[f"faro/{self.name}"] = (record_type, result, key)
        return result.findings

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.config.enabled or not (self.records or self.pages_without_records):
            return files  # a site without records gets no empty tables or index pages
        site, translated = self._language_site()
        for path, markdown in site.documents.items():
            page_file = files.get_file_from_path(path)
            if page_file is None:
                if self.i18n.project.display_path(self.i18n.language, path) in self.i18n.project.unreadable:
                    continue  # left out of the render; the project pass reported why
                raise PluginError(f"faro/{self.name}: {path} is missing from the {self.i18n.language} build")
            page_file.content_string = markdown
        for path, markdown in site.appendices.items():
            page_file = files.get_file_from_path(path)
            if page_file is not None:  # a site without the hand-written page simply lacks the appendix
                page_file.content_string = page_file.content_string.rstrip() + "\n\n" + markdown
        for path, markdown in site.pages.items():
            files.append(File.generated(config, path, content=markdown, inclusion=InclusionLevel.NOT_IN_NAV))
        for path, content in site.data_files.items():
            files.append(File.generated(config, path, content=content))
        css = resources.files(self.engine.__name__).joinpath("assets", f"{self.name}.css")
        files.append(File.generated(config, self.stylesheet, content=css.read_text(encoding="utf-8")))
        self._register_translations(translated)
        return files

    def _language_site(self) -> tuple:
        """This language's generated pages and data, and which page translates which; made
        again only when the records, Faro or this language's interface catalog changed."""
        project, lang = self.i18n.project, self.i18n.language
        catalogs = folder_signature(project.settings.translations_path)
        key = make_key(self.records_key, lang, catalogs)
        cache = open_cache(project.root, f"records-{self.name}-{lang}")
        made = cache.get(key)
        if made is None:
            translations = self.i18n.translations
            text = self.loaded_type.site_text(lang, translations.gettext, translations.ngettext)
            made = (self.loaded_type.language_site(self.records, text),
                    self.loaded_type.translated_pages(self.records))
            cache.put(key, made)
        cache.save()
        return made

    def _register_translations(self, translated: list[dict[str, str]]) -> None:
        """Tell the language switcher which generated page translates which."""
        for group in translated:
            for lang, path in group.items():
                self.i18n.pairs[(lang, path)] = {other: p for other, p in group.items() if other != lang}
