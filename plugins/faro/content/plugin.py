"""`faro/content`: front-matter schemas and unsafe content, checked before anything is built."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority

from faro.content.checks import check_content
from faro.content.config import ContentChecksConfig
from faro.content.review import next_review
from faro.findings import CollectsFindings, Finding
from faro.i18n.build import gate_alone, source_path
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
            path = source_path(page.file, config)
            self.rendered += [f for f in check_rendered(html, path, page.file.content_string,
                                                        frozenset(self.config.iframe_hosts))
                              if (f.rule_id, f.path, f.line) not in self.source_places]
        return html

    def on_env(self, env, *, config: MkDocsConfig, files):
        env.filters["next_review"] = next_review
        self.findings = list(self.rendered)
        gate_alone(self, config)
        return env

    def project_pass(self, project) -> list[Finding]:
        """Every source of every language, checked once per run."""
        return check_content(project.root, project.settings.content_path, project.languages,
                             frozenset(self.config.iframe_hosts), tree=project.tree)

    @event_priority(-50)  # after faro/i18n has chosen the language
    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        project = config.plugins["faro/i18n"].project
        self.findings, self.rendered = [], []
        # What the source scan found is not reported again from the rendered page.
        self.source_places = {(f.rule_id, f.path, f.line) for f in project.findings}
