"""One language, one MkDocs build, and the project every language build shares.

`faro build`, `faro check` and plain `mkdocs build` all build a language the
same way: a fresh copy of the configuration loaded once, the `Project` read
once, and every finding collected, never raised. Whether the findings stop
the build is the gate's decision (`faro.gate`), made once for all languages.
"""

from __future__ import annotations

import copy
import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from faro.build_warnings import warning_findings
from faro.cache import make_key, open_cache
from faro.findings import Finding
from faro.gate import Policy
from faro.i18n.focus import Focus, PageInput, Rendered, folder_signature, installed, site_signature
from faro.i18n.settings import I18nSettings
from faro.project import Project, open_project

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


@cache
def _project_root(config_file: str) -> str:
    return os.fspath(Path(config_file).resolve().parent)


def source_path(file, config: MkDocsConfig) -> str:
    """The path findings name a page by: its source file relative to the project, even
    when a records plugin replaced its text (MkDocs then forgets the file); a page
    generated from nothing is named by its URI."""
    root = _project_root(config.config_file_path)
    if file.abs_src_path and file.abs_src_path.startswith(root + os.sep):
        return Path(file.abs_src_path[len(root) + 1:]).as_posix()
    i18n = config.plugins.get(PLUGIN)
    project = getattr(i18n, "project", None)
    if project is not None and i18n.language:
        candidate = project.source_of(i18n.language, file.src_uri)
        if os.path.isfile(os.path.join(root, candidate)):
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


def _never() -> bool:
    return False


def _always() -> bool:
    return True


class FocusHooks(BasePlugin):
    """Feeds `faro.i18n.focus` from a language build; added by the build, not by mkdocs.yml."""

    def __init__(self, focus: Focus) -> None:
        super().__init__()
        self.focus = focus
        self.pages: dict[str, Rendered] = {}

    def on_nav(self, nav, *, config: MkDocsConfig, files: Files):
        pages = list(files.documentation_pages())
        signature = site_signature(Path(config.config_file_path), config.theme.dirs)
        self.focus.plan([PageInput(file.src_uri, file.content_string, source_path(file, config),
                                   os.path.isfile(file.abs_dest_path)) for file in pages], signature,
                        frozenset(page.file.src_uri for page in nav.pages))
        for file in pages:  # MkDocs' dirty mode renders exactly the pages that say so
            file.is_modified = _never if file.src_uri in self.focus.reused else _always
        return nav

    @event_priority(100)  # before any plugin reads page titles (the navigation does)
    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        """Give each skipped page the title, anchors and links its last render had;
        MkDocs then checks those links against the pages as they are now."""
        for file in files.documentation_pages():
            known = self.focus.reused.get(file.src_uri)
            if known is not None and file.page is not None:
                file.page.markdown = ""
                file.page.meta = {"title": known.title} if known.title else {}
                file.page.present_anchor_ids = set(known.anchors)
                file.page.links_to_anchors = _links_to_anchors(known.links, files)
        return env

    def on_post_page(self, output: str, *, page, config: MkDocsConfig) -> str:
        links = tuple((target.src_uri, anchor, link)
                      for target, anchors in (page.links_to_anchors or {}).items()
                      for anchor, link in anchors.items())
        self.pages[page.file.src_uri] = Rendered(page.title, frozenset(page.present_anchor_ids or ()),
                                                 (), links)
        return output


def _links_to_anchors(links: tuple[tuple[str, str, str], ...], files: Files) -> dict[File, dict[str, str]]:
    """Stored links in MkDocs' own shape: {page linked to: {anchor: link as written}}."""
    shaped: dict[File, dict[str, str]] = {}
    for uri, anchor, link in links:
        target = files.get_file_from_path(uri)
        if target is not None:
            shaped.setdefault(target, {})[anchor] = link
    return shaped


_ADD_THEME_FILES = Files.add_files_from_theme


@contextmanager
def theme_listed_once(project_root: Path):
    """MkDocs lists every file of every theme folder on each build to find its assets
    (Material: some 14,500 icons, about 0.4 s per language). The list depends only on
    the folders, so while this is active it comes from the cache, keyed by the size
    and time of every file of Faro's and the site's theme folders and of the installed
    themes' top folders (an upgrade rewrites them)."""
    cache = open_cache(project_root, "theme-files")

    def add_files_from_theme(files: Files, env, config) -> None:
        key = make_key(*(folder_signature(folder, walk=not installed(folder))
                         for folder in config.theme.dirs), *config.theme.static_templates)
        listed = cache.get(key)
        if listed is None:
            scratch = Files([])
            _ADD_THEME_FILES(scratch, env, config)
            listed = [(file.src_uri, file.src_dir) for file in scratch]
            cache.put(key, listed)
            cache.save()
        for path, folder in listed:
            if files.get_file_from_path(path) is None:  # the site's own files come first
                files.append(File(path, folder, config.site_dir, config.use_directory_urls))

    previous = Files.add_files_from_theme  # re-entrant: a serve session holds it around builds
    Files.add_files_from_theme = add_files_from_theme
    try:
        yield
    finally:
        Files.add_files_from_theme = previous


def reuse_results(config: MkDocsConfig, lang: str, project: Project,
                  focus: tuple[str, ...] = ()) -> FocusHooks:
    """Make this build render only the `focus` paths and what changed (see faro.i18n.focus)."""
    hooks = FocusHooks(Focus(focus, open_cache(project.root, f"render-{lang}")))
    config.plugins["faro/focus"] = hooks
    return hooks


def stamp_generated(finding: Finding, lang: str, root: Path) -> Finding:
    """A finding on a page generated from records is named by the page's URI, the
    same in every language: it is stamped with the language it was built in."""
    if finding.lang or (root / finding.path).exists():
        return finding
    return replace(finding, lang=lang)


def build_language(pristine: MkDocsConfig, lang: str, site_dir: str, project: Project, *,
                   dirty: bool = False, serve_url: str | None = None,
                   reuse: bool = False, focus: tuple[str, ...] = (),
                   on_page=None, reloading: bool = False) -> LanguageResult:
    """Build `lang` into `site_dir` from a copy of the configuration as loaded.

    Nothing here fails for a finding: MkDocs' own strict mode is off (its
    warnings become findings) and every Faro plugin only collects. `reloading`:
    a `faro serve` rebuild, which refreshes pages, not downloads.
    """
    from mkdocs.commands.build import build

    config = copy_config(pristine)
    config.site_dir = site_dir
    config.strict = False
    i18n = config.plugins[PLUGIN]
    i18n.language, i18n.orchestrated, i18n.project = lang, True, project
    i18n.on_page_built = on_page
    i18n.reloading = reloading
    hooks = reuse_results(config, lang, project, focus) if reuse else None
    if hooks is not None:
        i18n.focused, dirty = bool(focus), True
    collector = WarningCollector()
    collector.listen()
    ok, error = True, ""
    try:
        with theme_listed_once(project.root):
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
    findings = [stamp_generated(finding, lang, project.root) for finding in findings]
    if not ok:
        findings.append(Finding("build.failed", project.settings.content_dir, None, None,
                                {"lang": lang, "error": error}))
    return LanguageResult(lang, ok, error, tuple(findings), i18n.pages_built, tuple(i18n.outputs))
