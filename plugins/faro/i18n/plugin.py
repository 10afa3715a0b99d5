"""`faro/i18n`: one MkDocs build per language, switcher links, notices, catalogs.

Each language is a complete, separate MkDocs build (its own theme language,
search index and sitemap), the way Material recommends for multilingual sites.
`faro build` runs the builds side by side; under plain `mkdocs build` this
plugin opens the project, builds the default language and then the others
into `site/<code>/`, and applies the gate once to all of them.
"""

from __future__ import annotations

import html
import json
import logging
import os
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from babel.support import NullTranslations
from jinja2 import FileSystemBytecodeCache
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from faro.build_warnings import warning_findings
from faro.cache import CACHE_DIR
from faro.findings import CollectsFindings, Finding, Report, format_text
from faro.i18n import alternates as alt
from faro.i18n import locale_format, status_page
from faro.i18n.build import (
    WarningCollector,
    build_language,
    copy_config,
    policy_for,
    project_for,
    reuse_results,
    source_path,
    theme_listed_once,
)
from faro.i18n.catalogs import (
    CatalogCounts,
    CatalogError,
    catalog_path,
    compiled_catalog,
    load_translations,
)
from faro.i18n.config import I18nConfig
from faro.i18n.status import State
from faro.project import Project

log = logging.getLogger("mkdocs.plugins.faro.i18n")

TEMPLATES_DIR = Path(__file__).parent / "templates"

# `faro build` sets this for each language process; unset means "plain mkdocs".
LANGUAGE_ENV = "FARO_BUILD_LANGUAGE"


@dataclass
class Catalogs:
    """Every language's interface translations, compiled once per run."""

    translations: dict
    counts: list[CatalogCounts]


class ServeSession(ExitStack):
    """What a `faro serve` session holds between rebuilds; the configuration copies
    made for the other languages share it instead of copying it."""

    def __deepcopy__(self, memo):
        return self


class I18nPlugin(CollectsFindings, BasePlugin[I18nConfig]):
    def __init__(self) -> None:
        self.language: str | None = None
        self.orchestrated = False
        self.serving = False  # `faro serve`: this instance lives for the whole session
        self.serving_dirty = False
        self.reloading = False  # a rebuild of `faro serve` after an edit
        self._session: ServeSession | None = None  # what a serve session keeps between rebuilds
        self.on_page_built = None  # `faro build` counts pages for its progress line
        self.focused = False  # `faro check PATH`: nothing is published, no bundle is needed
        self._forget_last_build()

    def _forget_last_build(self) -> None:
        """What one build computes; a serve session starts each rebuild without it."""
        self.project: Project | None = None
        self.pairs: dict = {}
        self.translations = None
        self.findings: list[Finding] = []
        self.pages_built = 0
        self.outputs: list[tuple[str, str]] = []  # (source, built page) of this build
        self._base_site_url = ""
        self._pristine = None
        self._parts: list[status_page.StatusPart] = []
        self._warnings: WarningCollector | None = None
        self._reused = None

    # -- the project pass: catalogs are read once for every language ----------
    def project_pass(self, project: Project) -> list[Finding]:
        findings, translations, counts = [], {}, []
        for code in project.languages:
            try:
                translations[code] = load_translations(project.settings.translations_path, code,
                                                        display_root=project.root)
            except CatalogError as exc:
                findings += exc.findings
                translations[code] = NullTranslations()
                continue
            path = catalog_path(project.settings.translations_path, code)
            if path.is_file():
                counts.append(compiled_catalog(path, code, project.root).counts)
        project.shared["faro/i18n"] = Catalogs(translations, counts)
        return findings

    @property
    def tree(self):
        return self.project.tree

    @property
    def statuses(self):
        return self.project.statuses

    @property
    def catalog_counts(self) -> list[CatalogCounts]:
        return self.project.shared["faro/i18n"].counts

    # -- configuration --------------------------------------------------
    def _names(self) -> dict[str, str]:
        return {lang.code: lang.name for lang in self.config.languages}

    def _language_config(self, code: str):
        for lang in self.config.languages:
            if lang.code == code:
                return lang
        raise PluginError(f"faro/i18n: language '{code}' is not configured "
                          f"(languages: {', '.join(self._names())})")

    def _localise_snippets(self, config: MkDocsConfig, root: Path) -> None:
        """Snippets (glossary, country blocks) come from `snippets/<lang>/` in each
        language's build, then from `snippets/` for what all languages share."""
        options = config.mdx_configs.get("pymdownx.snippets")
        if options is not None:
            options["base_path"] = [str(root / "snippets" / self.language), str(root / "snippets")]

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # `faro serve` (dirty by default): each reload renders what changed, in every language.
        # MkDocs keeps a plugin that has this event for the whole session.
        self.serving = command == "serve"
        self.serving_dirty = self.serving and dirty

    def on_shutdown(self) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def on_config(self, config: MkDocsConfig):
        if not self.config.enabled:
            return config
        if not self.config.languages:
            raise PluginError("faro/i18n: 'languages' must list at least one language")
        default = self.config.default_language
        self._language_config(default)
        env_lang = os.environ.get(LANGUAGE_ENV)
        self.language = self.language or env_lang or default
        self.orchestrated = self.orchestrated or bool(env_lang)
        lang_config = self._language_config(self.language)

        # Plain mkdocs opens the project, and so does each `faro serve` (re)build; a language
        # build started by another (orchestrated) is handed the project it shares.
        if self.project is None or (self.serving and not self.orchestrated):
            self.reloading = self.serving and self.project is not None
            self._forget_last_build()  # the copy below, for the other languages, starts clean
            self._pristine = copy_config(config)
            self.project = project_for(config)  # an edit may change any page's sources or pairs
            if self.serving and self._session is None:
                self._session = ServeSession()
                self._session.enter_context(theme_listed_once(self.project.root))
        root = self.project.root
        self.root = root
        self.content_dir = root / self.config.content_dir
        config.docs_dir = str(self.content_dir / self.language)
        config.use_directory_urls = False  # links must work from file://
        if self.reloading or self.focused:  # a preview, or a check that publishes nothing:
            # the sitemap (every page's alternates) waits for the next full build
            config.theme.static_templates.discard("sitemap.xml")
        config.theme["language"] = self.language
        self._localise_snippets(config, root)
        if lang_config.site_name:
            config.site_name = lang_config.site_name
        if lang_config.site_description:
            config.site_description = lang_config.site_description
        self._base_site_url = (config.site_url or "").rstrip("/") + "/" if config.site_url else ""
        if config.site_url:
            config.site_url = self._base_site_url + alt.language_prefix(self.language, default)

        try:
            self.locale = locale_format.parse_locale(lang_config.locale or self.language)
        except ValueError as exc:
            raise PluginError(f"faro/i18n: languages[{self.language}].locale: {exc}") from None
        self.translations = self.project.shared["faro/i18n"].translations[self.language]
        self.pairs = {key: dict(value) for key, value in self.project.pairs.items()}
        self.pages_built = 0
        self.outputs: list[tuple[str, str]] = []  # (source, built page) of this build
        self._source_rels: frozenset[str] | None = None
        if self.config.status_page:
            config.theme.dirs.append(str(TEMPLATES_DIR))
        if not self.orchestrated:  # plain mkdocs: this build reports to the gate itself
            self._warnings = WarningCollector()
            self._warnings.listen()
            self._reused = (reuse_results(config, self.language, self.project)
                            if self.serving_dirty else None)
        return config

    # -- files: notices for pages that have no translation here ------------
    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        if not self.config.enabled:
            return files
        self._leave_out_unreadable(files)
        _ = self.translations.gettext
        pages = {code: self.tree.by_lang(code) for code in self._names()}  # once, not per page
        here = pages[self.language]
        _give_sources_as_read(files, here)
        for po_page in self.project.po_pages:
            if po_page.lang == self.language:
                files.append(File.generated(config, po_page.target_rel,
                                            content=here[po_page.target_rel].text))
        for (lang, rel), counterparts in sorted(self.pairs.items()):
            if lang == self.language or counterparts.get(self.language):
                continue
            source = pages[lang].get(rel)
            if source is None:
                continue  # a generated page (positions, maturity) registers its own pairs
            notice_md = alt.notice_rel_md(lang, rel)
            notice_site = alt.site_path(self.language, notice_md, self.config.default_language)
            original = alt.site_path(lang, rel, self.config.default_language)
            link = alt.relative_url(notice_site, original)
            # The title names the page: every notice needs a title of its own (WCAG 2.4.2).
            title = _("“%(title)s” is not available in %(language)s") % {
                "title": source.meta.get("title") or rel, "language": self._names()[self.language]}
            body = _("The page “%(title)s” has not been translated yet. "
                     "You can read it in its original language.") % {
                "title": source.meta.get("title") or rel}
            link_text = _("Read “%(title)s” in %(language)s") % {
                "title": source.meta.get("title") or rel, "language": self._names()[lang]}
            content = (
                "---\n"
                f"title: {json.dumps(title, ensure_ascii=False)}\n"
                "search:\n  exclude: true\n"
                "faro_notice: untranslated\n"
                "---\n\n"
                f"# {title}\n\n{body}\n\n"
                # Raw HTML: MkDocs would flag a Markdown link to a page of another build.
                f'<p><a href="{html.escape(link)}" hreflang="{lang}" lang="{lang}">'
                f"{html.escape(link_text)}</a></p>\n"
            )
            if notice_md in here:
                continue
            files.append(File.generated(config, notice_md, content=content,
                                        inclusion=InclusionLevel.NOT_IN_NAV))
        if self.config.status_page and status_page.STATUS_PAGE not in here:
            self._add_status_pages(files, config, _)
        return files

    def _status_parts(self) -> list[status_page.StatusPart]:
        default, content_dir = self.config.default_language, self.config.content_dir
        rows = status_page.status_rows(self.statuses, self.language, content_dir, default)
        rows += status_page.po_rows(self.project.po_pages, self.language, content_dir, default)
        return status_page.status_parts(sorted(rows, key=lambda row: row["sort"]))

    def _add_status_pages(self, files: Files, config: MkDocsConfig, _) -> None:
        """The summary, then each section's parts: no page grows with the site."""
        self._parts = self._status_parts()
        files.append(File.generated(config, status_page.STATUS_PAGE,
                                    content=status_page.status_page_source(_("Translation status")),
                                    inclusion=InclusionLevel.NOT_IN_NAV))
        for part in self._parts:
            title = _("Translation status: %(section)s, part %(number)d of %(count)d") % {
                "section": part.section, "number": part.number, "count": part.count}
            files.append(File.generated(config, part.rel,
                                        content=status_page.status_page_source(title, part.rel),
                                        inclusion=InclusionLevel.NOT_IN_NAV))

    def _leave_out_unreadable(self, files: Files) -> None:
        """A page that cannot be read is a finding of the project pass; the
        others are still rendered and checked."""
        unreadable = self.project.unreadable
        for file in list(files.documentation_pages()):
            if file.abs_src_path and Path(file.abs_src_path).is_relative_to(self.root) and \
                    Path(file.abs_src_path).relative_to(self.root).as_posix() in unreadable:
                files.remove(file)

    def on_post_page(self, output: str, *, page, config: MkDocsConfig) -> str:
        self.pages_built += 1
        self.outputs.append((source_path(page.file, config), page.file.dest_uri))
        if self.on_page_built is not None:
            self.on_page_built()
        return output

    # -- templates -----------------------------------------------------------
    def alternates(self, page) -> list[alt.Alternate]:
        rel = page.file.src_uri
        if status_page.is_status_page(rel):
            same = {code: rel for code in self._names()}
            return alt.alternates_for(self.language, rel, same, self._names(), self.config.default_language)
        if rel.startswith(alt.UNTRANSLATED_DIR + "/"):
            source_lang, source_rel = rel[len(alt.UNTRANSLATED_DIR) + 1:].split("/", 1)
            counterparts = dict(self.pairs.get((source_lang, source_rel), {}))
            counterparts[source_lang] = source_rel
            return alt.alternates_for(self.language, rel, counterparts, self._names(),
                                      self.config.default_language)
        counterparts = self.pairs.get((self.language, rel), {})
        if not counterparts and rel not in self._sources():
            # A generated page nobody paired (a section's list page): there is no
            # notice for it, so the switcher leads to the other language's home page.
            counterparts = {code: "index.md" for code in self._names() if code != self.language}
        return alt.alternates_for(self.language, rel, counterparts, self._names(),
                                  self.config.default_language)

    def _sources(self) -> frozenset[str]:
        if self._source_rels is None:
            self._source_rels = frozenset(self.project.pages_of(self.language))
        return self._source_rels

    def on_env(self, env, *, config: MkDocsConfig, files: Files):
        if not self.config.enabled:
            return env
        env.add_extension("jinja2.ext.i18n")
        env.install_gettext_translations(self.translations, newstyle=True)
        # Compiled templates are kept between runs: compiling Material's templates
        # costs more than rendering a page, and a focused check renders one.
        templates = Path(config.config_file_path).resolve().parent / CACHE_DIR / "templates"
        templates.mkdir(parents=True, exist_ok=True)
        env.bytecode_cache = FileSystemBytecodeCache(str(templates))
        plugin = self
        default = self.config.default_language

        def page_alternates(page) -> list[dict]:
            here = alt.site_path(plugin.language, page.file.src_uri, default)
            return [{
                "lang": a.lang, "name": a.name, "exists": a.exists,
                "current": a.lang == plugin.language,
                "url": alt.relative_url(here, a.site_path),
                "abs_url": plugin._base_site_url + a.site_path if plugin._base_site_url else None,
            } for a in plugin.alternates(page)]

        env.globals["faro_alternates"] = page_alternates
        locale = self.locale
        env.filters["format_date"] = lambda value, style="long": locale_format.format_date(
            value, locale, style)
        env.filters["language_name"] = lambda code: locale_format.language_name(code, locale)
        env.filters["country_name"] = lambda code: locale_format.country_name(code, locale)
        notices = status_page.outdated_notices(self.statuses, self.language, default)
        env.globals["faro_outdated_notice"] = lambda page: notices.get(page.file.src_uri)
        partial = status_page.partial_notices(self.project.po_pages, self.language, default)
        env.globals["faro_partial_notice"] = lambda page: partial.get(page.file.src_uri)
        parts = self._parts
        env.globals["faro_translation_status"] = {
            "parts": {part.rel: part for part in parts},
            "sections": status_page.section_rows(parts),
            "counts": status_page.state_counts(self.statuses),
            "po": status_page.po_totals(self.project.po_pages),
            "catalogs": status_page.catalog_rows(self.catalog_counts, self.config.messages_language),
            "states": [str(state) for state in State],
        }
        env.globals["faro_language"] = self.language
        env.globals["faro_default_language"] = default
        env.globals["faro_language_root"] = lambda page: alt.relative_url(
            alt.site_path(plugin.language, page.file.src_uri, default),
            alt.language_prefix(plugin.language, default) or ".")
        return env

    # -- plain `mkdocs build`: the other languages, then the gate ---------------
    @event_priority(-200)  # after every other plugin has collected its findings
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled or self.orchestrated:
            return
        self._warnings.stop()
        own = [f for plugin in config.plugins.values() if hasattr(plugin, "collected_findings")
               for f in plugin.collected_findings()]
        own += warning_findings(self._warnings.messages, self.language, self.project)
        if self._reused is not None:
            self._reused.focus.remember(self._reused.pages, own)
            own = self._reused.focus.findings(own)
        findings = list(self.project.findings) + own
        for code in self.project.languages:
            if code == self.language:
                continue
            log.info("Building language '%s'", code)
            result = build_language(self._pristine, code, os.path.join(config.site_dir, code),
                                    self.project, reuse=self.serving_dirty,
                                    reloading=self.reloading)
            findings += result.findings
        policy = policy_for(config)
        stopping = policy.stopping(policy.apply(findings))
        if stopping:
            raise PluginError("faro: the build has errors\n" + format_text(Report(stopping), self.language))


def _give_sources_as_read(files: Files, pages: dict) -> None:
    """Each page's Markdown as the project pass read it: MkDocs reads a file again on
    every use of its text (navigation, render, each plugin), and no source is read twice.

    The file keeps its path (findings, edit links and dirty builds need it); its text
    is what MkDocs would have read: BOM removed, line ends made "\\n"."""
    for file in files.documentation_pages():
        page = pages.get(file.src_uri)
        if page is not None and file.abs_src_path and Path(file.abs_src_path) == page.abs_path:
            file._content = page.text.replace("\r\n", "\n").replace("\r", "\n")
            file.is_modified = partial(_newer_than_its_page, file)  # as MkDocs' own test, by the file


def _newer_than_its_page(file: File) -> bool:
    return (not os.path.isfile(file.abs_dest_path)
            or os.path.getmtime(file.abs_dest_path) < os.path.getmtime(file.abs_src_path))
