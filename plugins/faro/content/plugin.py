"""`faro/content`: front-matter schemas and unsafe content, checked before anything is built."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority

from faro.content.checks import check_content
from faro.content.config import ContentChecksConfig
from faro.content.review import next_review
from faro.findings import CollectsFindings, Finding, Report, Severity, format_text
from faro.safety import check_rendered


class ContentChecksPlugin(CollectsFindings, BasePlugin[ContentChecksConfig]):
    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.rendered: list[Finding] = []
        self.source_places: set[tuple] = set()

    def on_page_content(self, html: str, *, page, config: MkDocsConfig, files) -> str:
        """What would ship is checked too: raw HTML, attribute lists and reference links
        can carry what the source scan does not see."""
        if self.config.enabled:
            path = page.file.src_uri
            if page.file.abs_src_path:
                path = Path(page.file.abs_src_path).relative_to(
                    Path(config.config_file_path).resolve().parent).as_posix()
            self.rendered += [f for f in check_rendered(html, path, page.file.content_string,
                                                        frozenset(self.config.iframe_hosts))
                              if (f.rule_id, f.path, f.line) not in self.source_places]
        return html

    def on_env(self, env, *, config: MkDocsConfig, files):
        env.filters["next_review"] = next_review
        # Every page is rendered by now and nothing is written yet: stop here if unsafe.
        self.findings += self.rendered
        errors = Report([f for f in self.rendered if f.effective_severity is Severity.ERROR])
        if errors.findings and not self.report_only:
            language = self.config.report_language or config.theme["language"]
            raise PluginError("faro/content: unsafe content in the rendered pages\n"
                              + format_text(errors, language))
        return env

    @event_priority(-50)  # after faro/i18n has chosen the language and its docs_dir
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        docs_dir = Path(config.docs_dir)
        root = Path(config.config_file_path).resolve().parent
        i18n_plugin = config.plugins["faro/i18n"]
        i18n = i18n_plugin.config
        # Each language build checks its own folder, so nothing is reported twice;
        # what belongs to no language (unknown folders, stray files) is the default build's.
        self.findings = check_content(root, docs_dir.parent, [lang.code for lang in i18n.languages],
                                      frozenset(self.config.iframe_hosts), only_lang=docs_dir.name,
                                      tree=i18n_plugin.tree,
                                      include_unowned=docs_dir.name == i18n.default_language)
        self.rendered = []
        self.source_places = {(f.rule_id, f.path, f.line) for f in self.findings}
        errors = Report([f for f in self.findings if f.effective_severity is Severity.ERROR])
        if errors.findings and not self.report_only:
            language = self.config.report_language or config.theme["language"]
            raise PluginError("faro/content: the content has errors\n" + format_text(errors, language))
