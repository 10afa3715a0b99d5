"""One language, one MkDocs build, and the project every language build shares.

`faro build`, `faro check` and plain `mkdocs build` all build a language the
same way: a fresh copy of the configuration loaded once, the `Project` read
once, and every finding collected, never raised. Whether the findings stop
the build is the gate's decision (`faro.gate`), made once for all languages.
"""

from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig

from faro.build_warnings import warning_findings
from faro.cache import open_cache
from faro.findings import Finding
from faro.gate import Policy
from faro.i18n.focus import Focus, FocusHooks
from faro.i18n.settings import I18nSettings
from faro.project import Project, open_project
from faro.theme_listing import listed_once

PLUGIN = "faro/i18n"


@dataclass(frozen=True)
class LanguageResult:
    lang: str
    ok: bool
    error: str = ""
    findings: tuple[Finding, ...] = ()
    pages: int = 0
    outputs: tuple[tuple[str, str], ...] = ()  # (source path, built page) rendered in this run


class WarningCollector(logging.Handler):
    """Keeps MkDocs' warnings (broken links, missing anchors, ...) to turn them into findings."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())

    def listen(self) -> None:
        """Hear MkDocs' warnings even under `mkdocs build -q`, which raises the
        logger's level: the other handlers keep printing only what they did."""
        logger = logging.getLogger("mkdocs")
        if logger.getEffectiveLevel() > logging.WARNING:
            for handler in logger.handlers:
                handler.setLevel(max(handler.level, logger.getEffectiveLevel()))
            logger.setLevel(logging.WARNING)
        logger.addHandler(self)

    def stop(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self)


def settings_of(config: MkDocsConfig) -> I18nSettings:
    """The `faro/i18n` settings from the loaded configuration (no second reading)."""
    i18n = config.plugins[PLUGIN].config
    default = i18n.default_language
    codes = [lang.code for lang in i18n.languages]
    return I18nSettings(root=Path(config.config_file_path or ".").resolve().parent,
                        content_dir=i18n.content_dir, translations_dir=i18n.translations_dir,
                        content_translations_dir=i18n.content_translations_dir,
                        default_language=default,
                        languages=[default] + [code for code in codes if code != default],
                        site_url=config.site_url or "", messages_language=i18n.messages_language)


def faro_plugins(config: MkDocsConfig) -> list:
    return [plugin for plugin in config.plugins.values() if hasattr(plugin, "collected_findings")
            and getattr(getattr(plugin, "config", None), "enabled", True)]


def source_path(file, config: MkDocsConfig) -> str:
    """The path findings name a page by: its source file relative to the project, even
    when a records plugin replaced its text (MkDocs then forgets the file); a page
    generated from nothing is named by its URI."""
    root = Path(config.config_file_path).resolve().parent
    if file.abs_src_path and Path(file.abs_src_path).is_relative_to(root):
        return Path(file.abs_src_path).relative_to(root).as_posix()
    i18n = config.plugins.get(PLUGIN)
    project = getattr(i18n, "project", None)
    if project is not None and i18n.language:
        candidate = project.source_of(i18n.language, file.src_uri)
        if (root / candidate).is_file():
            return candidate
    return file.src_uri


def project_for(config: MkDocsConfig) -> Project:
    """Read every source once and let each Faro plugin add its language-independent findings."""
    checks = [plugin.project_pass for plugin in faro_plugins(config) if hasattr(plugin, "project_pass")]
    return open_project(settings_of(config), config.plugins[PLUGIN].config.fail_on, checks)


def policy_for(config: MkDocsConfig, strict: bool = False) -> Policy:
    """Every Faro plugin's severity decisions, merged into the one gate policy."""
    policy = Policy(strict=strict)
    for plugin in faro_plugins(config):
        if hasattr(plugin, "policy"):
            policy = policy.merged(plugin.policy())
    return policy


def gate_alone(plugin, config: MkDocsConfig) -> None:
    """A Faro plugin used without `faro/i18n` (no project, no hub) still has a
    gate: the same policy, on its own findings, at its last event."""
    if PLUGIN in config.plugins:
        return
    from mkdocs.exceptions import PluginError

    from faro.findings import Report, format_text, message_language

    policy = plugin.policy() if hasattr(plugin, "policy") else Policy()
    stopping = policy.stopping(policy.apply(plugin.collected_findings()))
    if stopping:
        lang = message_language() or str(config.theme.get("language") or "en")
        raise PluginError("faro: the build has errors\n" + format_text(Report(stopping), lang))


def copy_config(config: MkDocsConfig) -> MkDocsConfig:
    """A copy of the loaded configuration for one more build.

    Copying MkDocs' plugin collection registers each event handler twice
    (once as the plugins are set again, once with the copied event lists),
    so each list keeps every handler once, in its order.
    """
    duplicate = copy.deepcopy(config)
    for name, handlers in duplicate.plugins.events.items():
        unique: list = []
        for handler in handlers:
            if handler not in unique:
                unique.append(handler)
        duplicate.plugins.events[name] = unique
    return duplicate


def reuse_results(config: MkDocsConfig, lang: str, project: Project,
                  focus: tuple[str, ...] = ()) -> FocusHooks:
    """Make this build render only the `focus` paths and what changed (see faro.i18n.focus)."""
    hooks = FocusHooks(Focus(focus, open_cache(project.root, f"render-{lang}")), source_path)
    config.plugins["faro/focus"] = hooks
    return hooks


def build_language(pristine: MkDocsConfig, lang: str, site_dir: str, project: Project, *,
                   dirty: bool = False, serve_url: str | None = None,
                   reuse: bool = False, focus: tuple[str, ...] = (),
                   on_page=None) -> LanguageResult:
    """Build `lang` into `site_dir` from a copy of the configuration as loaded.

    Nothing here fails for a finding: MkDocs' own strict mode is off (its
    warnings become findings) and every Faro plugin only collects.
    """
    from mkdocs.commands.build import build

    config = copy_config(pristine)
    config.site_dir = site_dir
    config.strict = False
    i18n = config.plugins[PLUGIN]
    i18n.language, i18n.orchestrated, i18n.project = lang, True, project
    i18n.on_page_built = on_page
    hooks = reuse_results(config, lang, project, focus) if reuse else None
    if hooks is not None:
        i18n.focused, dirty = bool(focus), True
    collector = WarningCollector()
    collector.listen()
    ok, error = True, ""
    try:
        with listed_once(project.root):
            build(config, dirty=dirty, serve_url=serve_url)
    except SystemExit as exc:  # MkDocs' Abort is a SystemExit; its message says why
        ok, error = False, str(exc) or f"build stopped ({exc.code})"
    except Exception as exc:  # any failure means: do not publish
        ok, error = False, str(exc) or type(exc).__name__
    finally:
        collector.stop()
    findings = [f for plugin in faro_plugins(config) for f in plugin.collected_findings()]
    findings += warning_findings(collector.messages, lang, project)
    if hooks is not None and ok:
        hooks.focus.remember(hooks.pages, findings)
        findings = hooks.focus.findings(findings)
    if not ok:
        findings.append(Finding("build.failed", project.settings.content_dir, None, None,
                                {"lang": lang, "error": error}))
    return LanguageResult(lang, ok, error, tuple(findings), i18n.pages_built, tuple(i18n.outputs))
