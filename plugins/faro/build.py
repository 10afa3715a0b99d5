"""`faro build`: every language, one gate, published atomically.

The configuration is loaded once and the project read once; each language is
then built from a copy of both, in parallel processes when the machine has
more than one core. One policy decides on all the findings together; the
site is built into a staging folder beside `site/` and swapped in only when
nothing stops it, so a failed build leaves the published site as it was.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from faro.findings import Finding, label, message_language
from faro.i18n.build import LanguageResult, build_language, policy_for, project_for
from faro.progress import LARGE_SITE_PAGES, Progress
from faro.project import Project

log = logging.getLogger("faro.build")

DEFAULT_CONFIG = "mkdocs.yml"


class ConfigError(Exception):
    """mkdocs.yml cannot be loaded; the message names every problem MkDocs found."""


class UnsafeTarget(ValueError):
    """The output folder would replace the project or its sources."""


@dataclass
class SiteRun:
    """What one run of every language found, after the gate's policy."""

    project: Project
    results: list[LanguageResult]
    findings: list[Finding]
    stopping: list[Finding]
    seconds: float
    published: Path | None = None
    languages: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return sum(result.pages for result in self.results)


def load_checked_config(config_file: str, **overrides):
    """MkDocs' config, or a ConfigError with MkDocs' own messages (never a bare exit)."""
    from mkdocs.config import load_config

    from faro.i18n.build import WarningCollector

    collector = WarningCollector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        config = load_config(config_file, **overrides)
    except (SystemExit, Exception) as exc:  # MkDocs' Abort is a SystemExit
        problems = collector.messages or [str(exc)]
        raise ConfigError(f"{config_file}: " + "; ".join(problems)) from None
    finally:
        logger.removeHandler(collector)
    if config.plugins.get("faro/i18n") is None:
        raise ConfigError(f"{config_file}: the 'faro/i18n' plugin is not enabled")
    return config


# What a forked language build inherits instead of receiving it pickled.
_SHARED: dict[str, object] = {}


def _build_forked(lang: str, site_dir: str, options: dict) -> LanguageResult:
    return build_language(_SHARED["config"], lang, site_dir, _SHARED["project"],
                          on_page=_counter(_SHARED["counts"], _SHARED["languages"].index(lang)),
                          **options)


def _counter(counts, index: int):
    def count() -> None:
        counts[index] += 1
    return count


def run_languages(config, project: Project, stage: Path, jobs: int,
                  **options) -> list[LanguageResult]:
    """Build each language into `stage/lang-<code>`, side by side when `jobs` > 1."""
    languages = project.languages
    targets = {lang: str(stage / f"lang-{lang}") for lang in languages}
    context = multiprocessing.get_context("fork")
    counts = context.Array("i", len(languages), lock=False)  # pages built, shared with the forks
    large = len(project.tree.pages) > LARGE_SITE_PAGES
    with Progress("faro", enabled=large) as progress:
        def show() -> None:
            progress.show(", ".join(f"{lang} {counts[i]}" for i, lang in enumerate(languages))
                          + " " + label("progress.pages", message_language() or project.default_language))

        if jobs <= 1 or len(languages) == 1:
            results = []
            for index, lang in enumerate(languages):
                results.append(build_language(config, lang, targets[lang], project,
                                              on_page=_chain(_counter(counts, index), show), **options))
            return results
        _SHARED.update(config=config, project=project, counts=counts, languages=languages)
        try:
            with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
                futures = [pool.submit(_build_forked, lang, targets[lang], options) for lang in languages]
                while wait(futures, timeout=0.25).not_done:
                    show()
                return [future.result() for future in futures]
        finally:
            _SHARED.clear()


def _chain(*steps):
    def run() -> None:
        for step in steps:
            step()
    return run


def run_site(config_file: str, stage: Path, *, strict: bool = False, jobs: int | None = None,
             **options) -> SiteRun:
    """Load once, read once, build every language into `stage`, apply the gate once."""
    start = time.perf_counter()
    config = load_checked_config(config_file)
    project = project_for(config)
    jobs = jobs or min(len(project.languages), os.cpu_count() or 1)
    results = run_languages(config, project, stage, jobs, **options)
    policy = policy_for(config, strict)
    findings = [with_language(finding, project) for finding in
                policy.apply([*project.findings, *(f for r in results for f in r.findings)])]
    return SiteRun(project, results, findings, policy.stopping(findings),
                   time.perf_counter() - start, languages=project.languages)


def with_language(finding: Finding, project: Project) -> Finding:
    """The finding with the language of its page, so its messages can follow it."""
    if finding.lang:
        return finding
    lang = project.language_of(finding.path)
    return dataclasses.replace(finding, lang=lang) if lang else finding


def _assemble(stage: Path, languages: list[str], default: str) -> Path:
    """Default language at the root, every other language in `/<code>/`."""
    root = stage / f"lang-{default}"
    for lang in languages:
        if lang != default:
            os.replace(stage / f"lang-{lang}", root / lang)
    return root


def swap_in(new_site: Path, site_dir: Path) -> None:
    """Replace `site_dir` by `new_site`; the old tree is removed only after the swap."""
    old = None
    if site_dir.exists():
        old = Path(tempfile.mkdtemp(prefix=".faro-old-", dir=site_dir.parent))
        os.replace(site_dir, old / "site")
    try:
        os.replace(new_site, site_dir)
    except OSError:
        if old is not None:
            os.replace(old / "site", site_dir)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def check_target(target: Path, project: Path) -> None:
    """Replacing `target` must never delete the project, its sources or its theme."""
    sources = [project / name for name in ("content", "theme", "translations", "snippets")]
    for folder in [project, *sources]:
        if folder.is_relative_to(target):
            raise UnsafeTarget(f"refusing to build into {target}: it would replace {folder}")
    for folder in sources:
        if target.is_relative_to(folder):
            raise UnsafeTarget(f"refusing to build into {target}: it is inside {folder}")


def build_site(config_file: str = DEFAULT_CONFIG, site_dir: str | None = None, *,
               strict: bool = False, jobs: int | None = None) -> SiteRun:
    """Build every language; publish atomically only when the gate lets it through."""
    config_path = Path(config_file).resolve()
    target = Path(site_dir).resolve() if site_dir else config_path.parent / "site"
    check_target(target, config_path.parent)
    target.parent.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".faro-build-", dir=target.parent))
    try:
        run = run_site(str(config_path), stage, strict=strict, jobs=jobs)
        if not run.stopping and all(result.ok for result in run.results):
            swap_in(_assemble(stage, run.languages, run.project.default_language), target)
            run.published = target
        return run
    finally:
        shutil.rmtree(stage, ignore_errors=True)
