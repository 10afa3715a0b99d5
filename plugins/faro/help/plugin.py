"""`faro/help`: checks the help directory once per run, then adds to each
language its directory page, the open data (JSON, CSV, JSON Schema) and the
"Do you need help now?" panel on the pages that ask for it (`help_panel: true`).

Runs after `faro/i18n`, whose language and project it reuses.
"""

from __future__ import annotations

import posixpath
import re

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from faro.findings import CollectsFindings, Finding
from faro.help.directory import load_directory
from faro.help.export import contacts_csv, contacts_json, schema_json
from faro.help.panel import directory_markdown, panel_html, texts
from faro.sources.clock import today
from faro.sources.registry import load_registry

_H1_END = re.compile(r"</h1>", re.IGNORECASE)


class HelpConfig(Config):
    enabled = c.Type(bool, default=True)


class HelpPlugin(CollectsFindings, BasePlugin[HelpConfig]):
    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.countries: list[dict] = []
        self.lang: str | None = None

    def project_pass(self, project) -> list[Finding]:
        directory = load_directory(project.root, load_registry(), today())
        project.shared["faro/help"] = directory
        return directory.findings

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        i18n = config.plugins.get("faro/i18n")
        self.lang = i18n.language if i18n is not None else None
        directory = i18n.project.shared.get("faro/help") if i18n is not None and i18n.project else None
        self.countries = directory.countries if directory and self.lang in texts() else []
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not (self.config.enabled and self.countries):
            return files
        t = texts()[self.lang]
        data = {name: f"{t['data_dir']}/{name}" for name in ("contacts.json", "contacts.csv",
                                                               "contacts.schema.json")}
        urls = {"json": data["contacts.json"], "csv": data["contacts.csv"],
                "schema": data["contacts.schema.json"]}
        if files.get_file_from_path(t["directory_path"]) is None:
            files.append(File.generated(config, t["directory_path"], inclusion=InclusionLevel.NOT_IN_NAV,
                                        content=directory_markdown(self.countries, self.lang, urls)))
        generated = today().isoformat()
        files.append(File.generated(config, data["contacts.json"],
                                    content=contacts_json(self.countries, generated)))
        files.append(File.generated(config, data["contacts.csv"], content=contacts_csv(self.countries)))
        files.append(File.generated(config, data["contacts.schema.json"], content=schema_json()))
        i18n = config.plugins["faro/i18n"]
        group = {code: texts()[code]["directory_path"] for code in i18n.project.languages if code in texts()}
        for code, path in group.items():
            i18n.pairs[(code, path)] = {k: v for k, v in group.items() if k != code}
        return files

    @event_priority(-60)  # after the content checks: the panel is ours, not the writer's
    def on_page_content(self, html: str, *, page, config: MkDocsConfig, files) -> str:
        if not (self.config.enabled and self.countries and page.meta.get("help_panel")):
            return html
        start = posixpath.dirname(page.file.url) or "."
        target = posixpath.relpath(texts()[self.lang]["directory_path"][:-3] + ".html", start)
        panel = panel_html(self.countries, self.lang, target)
        match = _H1_END.search(html)
        return html[:match.end()] + "\n" + panel + html[match.end():] if match else panel + html
