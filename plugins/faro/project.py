"""The project pass: what every language build shares, computed once per run.

Reading `mkdocs.yml`, discovering every language's sources, pairing
translations and checking what does not depend on the language being built
(front matter, schemas, records, translation states, catalogs) happens here,
once. Each language build then receives the same `Project`, so no source is
read twice and no finding is produced twice, whichever command runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from faro.content.pages import ContentTree, SourcePage, discover
from faro.content.translations import pair_translations
from faro.findings import Finding
from faro.i18n.content_po.pages import PoPage, is_virtual, load_po_pages
from faro.i18n.settings import I18nSettings
from faro.i18n.status import PageStatus, status_findings, translation_status

# A page with one of these findings cannot be read: it is left out of the render.
UNREADABLE_RULES = frozenset({"content.invalid-utf8", "content.front-matter-yaml",
                              "content.front-matter-type"})

ProjectCheck = Callable[["Project"], Iterable[Finding]]


@dataclass
class Project:
    """The configuration, every source and every language-independent finding."""

    settings: I18nSettings
    tree: ContentTree
    pairs: dict
    statuses: list[PageStatus]
    findings: list[Finding] = field(default_factory=list)
    # Pages translated in PO files (`translations/<lang>/content/`), also in `tree` as virtual pages.
    po_pages: list[PoPage] = field(default_factory=list)
    # What a feature computed once for every language (records, catalogs...), by feature name.
    shared: dict[str, object] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        return self.settings.root

    @property
    def languages(self) -> list[str]:
        return self.settings.languages

    @property
    def default_language(self) -> str:
        return self.settings.default_language

    @property
    def unreadable(self) -> frozenset[str]:
        """Display paths of the sources that could not be read."""
        return frozenset(f.path for f in self.findings if f.rule_id in UNREADABLE_RULES)

    @property
    def left_out(self) -> frozenset[str]:
        """Display paths of the pages not built because a file they need cannot be read."""
        return self.unreadable | self.tree.left_out

    def pages_of(self, lang: str) -> dict[str, SourcePage]:
        return self.tree.by_lang(lang)

    def display_path(self, lang: str, rel_path: str) -> str:
        return f"{self.settings.content_dir}/{lang}/{rel_path}"

    def source_of(self, lang: str, rel_path: str) -> str:
        """The file a page of `lang` is written in: its PO file when translated in one."""
        for po_page in self.po_pages:
            if po_page.lang == lang and po_page.target_rel == rel_path:
                return po_page.po_display
        return self.display_path(lang, rel_path)

    def language_of(self, path: str) -> str | None:
        """The language of the page written in `path` (a Markdown or PO source), if any."""
        for lang in self.languages:
            if path.startswith(f"{self.settings.content_dir}/{lang}/"):
                return lang
        for po_page in self.po_pages:
            if po_page.po_display == path:
                return po_page.lang
        return None

    def written_text(self, path: str) -> str | None:
        """The text of the source named `path` (Markdown or PO) as the project pass read
        it, so that no later step reads the file again; None for any other file."""
        return self._texts.get(path)

    @cached_property
    def _texts(self) -> dict[str, str]:
        texts = {self.display_path(p.lang, p.rel_path): p.text for p in self.tree.pages
                 if not is_virtual(p)}
        texts.update((po_page.po_display, po_page.po_text) for po_page in self.po_pages)
        return texts

    def source_files(self) -> list[str]:
        """Every file under the content folder, as findings name it (read or not)."""
        content = self.settings.content_path
        if not content.is_dir():
            return []
        return sorted(path.relative_to(self.root).as_posix() for path in content.rglob("*")
                      if path.is_file() and not any(part.startswith(".") for part in
                                                    path.relative_to(content).parts))


def open_project(settings: I18nSettings, fail_on: Iterable[str] = (),
                 checks: Iterable[ProjectCheck] = ()) -> Project:
    """Read every source once, then run each feature's language-independent checks."""
    tree = discover(settings.content_path, settings.languages, root=settings.root)
    po_pages, po_findings = load_po_pages(settings, tree)
    statuses = translation_status(tree.pages, settings.languages, settings.default_language)
    project = Project(settings, tree, pair_translations(tree.pages, settings.languages), statuses,
                      po_pages=po_pages)
    project.findings += tree.findings + po_findings
    project.findings += status_findings(statuses, settings.content_dir, list(fail_on))
    for check in checks:
        project.findings += check(project)
    return project
