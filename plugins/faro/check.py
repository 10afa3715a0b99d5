"""`faro check`: the same run as `faro build`, reported instead of published.

It builds every language into a throw-away folder through the same project
pass and the same gate as `faro build`, so it finds exactly what the build
would. With paths, it reports everything about those files, and also every
finding elsewhere that would stop the build, marked as outside the paths:
a check never passes when the build would fail.
"""

from __future__ import annotations

import dataclasses
import fcntl
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from faro.build import ConfigError, SiteRun, run_site
from faro.cache import CACHE_DIR
from faro.findings import Finding, Report
from faro.i18n.focus import selected


def _files_checked(run: SiteRun, paths: tuple[str, ...], config_name: str) -> int:
    files = [path for path in run.project.source_files() if selected(path, paths)]
    return len(files) + (1 if selected(config_name, paths) and not paths else 0)


def select(run: SiteRun, paths: tuple[str, ...], config_name: str = "mkdocs.yml") -> Report:
    """Every finding on the given paths, and the stopping ones elsewhere, marked."""
    stopping = {id(finding) for finding in run.stopping}
    kept: list[Finding] = []
    for finding in run.findings:
        if selected(finding.path, paths):
            kept.append(finding)
        elif id(finding) in stopping:
            kept.append(dataclasses.replace(finding, outside=True))
    return Report(kept, files_checked=_files_checked(run, paths, config_name),
                  language=run.project.default_language)


def run_checks(config_file: Path, paths: tuple[str, ...], jobs: int | None = None, *,
               browser: str | None = None) -> Report:
    """With paths, a focused run: those pages are rendered, the others' last results reused.

    With `browser` (a Chromium executable), the pages those paths produce are
    also opened in it and audited with axe-core, and its findings join the report.
    """
    if paths:
        stage = config_file.resolve().parent / CACHE_DIR / "check"
        with _locked(stage) as mine:
            if mine:
                return _checked(config_file, paths, stage, jobs, browser, reuse=True, focus=paths)
    stage = Path(tempfile.mkdtemp(prefix=".faro-check-"))
    try:
        return _checked(config_file, paths, stage, jobs, browser)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _checked(config_file: Path, paths: tuple[str, ...], stage: Path, jobs: int | None,
             browser: str | None, **options) -> Report:
    try:
        run = run_site(str(config_file), stage, jobs=jobs, **options)
    except ConfigError as exc:
        return Report([Finding("build.config", config_file.name, None, None, {"problem": str(exc)})],
                      files_checked=1)
    report = select(run, paths, config_file.name)
    if browser:
        report.extend(browser_findings(run, stage, paths, browser))
    return report


def browser_findings(run: SiteRun, stage: Path, paths: tuple[str, ...], browser: str) -> list[Finding]:
    """axe-core in Chromium on the built pages of `paths`, each finding named by its source."""
    from faro.audit.report import AuditReport
    from faro.audit.runner import VIEWPORTS, audit_site, axe_version, open_browser

    findings: list[Finding] = []
    with open_browser(browser) as chromium:
        for result in run.results:
            sources = {built: source for source, built in result.outputs if selected(source, paths)}
            if not sources:
                continue
            pages = sorted(sources)
            audits = audit_site(chromium, stage / f"lang-{result.lang}", pages)
            report = AuditReport.from_audits(audits, pages, [v.name for v in VIEWPORTS], axe_version(), 0)
            findings += [dataclasses.replace(f, path=sources.get(f.path, f.path))
                         for f in report.to_findings()]
    return findings


@contextmanager
def _locked(stage: Path):
    """The focused-check folder is kept between runs; a second run at once uses its own."""
    stage.mkdir(parents=True, exist_ok=True)
    with (stage / ".lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
