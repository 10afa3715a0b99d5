"""`faro/sources`: checks every page's sources and ageing claims once per run,
and adds the editors' "pages due for review" page to each language.

Runs after `faro/i18n`, whose project (every source, read once) it reuses.
"""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from faro.findings import CollectsFindings, Finding
from faro.sources.check import check_pages
from faro.sources.clock import today
from faro.sources.review import page_texts, review_page


class SourcesConfig(Config):
    enabled = c.Type(bool, default=True)
    review_page = c.Type(bool, default=True)


class SourcesPlugin(CollectsFindings, BasePlugin[SourcesConfig]):
    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def project_pass(self, project) -> list[Finding]:
        pages = [(page, project.display_path(page.lang, page.rel_path)) for page in project.tree.pages]
        return check_pages(pages, project.root, today())

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        i18n = config.plugins.get("faro/i18n")
        if not (self.config.enabled and self.config.review_page) or i18n is None or i18n.language is None:
            return files
        lang = i18n.language
        if lang not in page_texts():
            return files
        path, markdown = review_page(lang, i18n.project.pages_of(lang).values(), today())
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=markdown, inclusion=InclusionLevel.NOT_IN_NAV))
        group = {code: page_texts()[code]["path"] for code in i18n.project.languages if code in page_texts()}
        for code, other in group.items():
            i18n.pairs[(code, other)] = {k: v for k, v in group.items() if k != code}
        return files
