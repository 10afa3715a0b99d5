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
    return Report(kept, files_checked=_files_checked(run, paths, config_name))


def run_checks(config_file: Path, paths: tuple[str, ...], jobs: int | None = None) -> Report:
    """With paths, a focused run: those pages are rendered, the others' last results reused."""
    if paths:
        stage = config_file.resolve().parent / CACHE_DIR / "check"
        with _locked(stage) as mine:
            if mine:
                return _checked(config_file, paths, stage, jobs, focus=paths)
    stage = Path(tempfile.mkdtemp(prefix=".faro-check-"))
    try:
        return _checked(config_file, paths, stage, jobs)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _checked(config_file: Path, paths: tuple[str, ...], stage: Path, jobs: int | None,
             **options) -> Report:
    try:
        run = run_site(str(config_file), stage, jobs=jobs, **options)
    except ConfigError as exc:
        return Report([Finding("build.config", config_file.name, None, None, {"problem": str(exc)})],
                      files_checked=1)
    return select(run, paths, config_file.name)


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
