"""`faro check`: the same run as `faro build`, reported instead of published.

It builds every language into a throw-away folder through the same project
pass and the same gate as `faro build`, so it finds exactly what the build
would. With paths, it reports everything about those files, and also every
finding elsewhere that would stop the build, marked as outside the paths:
a check never passes when the build would fail.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path

from faro.build import ConfigError, SiteRun, run_site
from faro.findings import Finding, Report


def _selected(path: str, paths: list[str]) -> bool:
    return not paths or any(path == p or path.startswith(p.rstrip("/") + "/") for p in paths)


def _files_checked(run: SiteRun, paths: list[str], config_name: str) -> int:
    files = [path for path in run.project.source_files() if _selected(path, paths)]
    return len(files) + (1 if _selected(config_name, paths) and not paths else 0)


def select(run: SiteRun, paths: list[str], config_name: str = "mkdocs.yml") -> Report:
    """Every finding on the given paths, and the stopping ones elsewhere, marked."""
    stopping = {id(finding) for finding in run.stopping}
    kept: list[Finding] = []
    for finding in run.findings:
        if _selected(finding.path, paths):
            kept.append(finding)
        elif id(finding) in stopping:
            kept.append(dataclasses.replace(finding, outside=True))
    return Report(kept, files_checked=_files_checked(run, paths, config_name))


def run_checks(config_file: Path, paths: list[str], jobs: int | None = None) -> Report:
    stage = Path(tempfile.mkdtemp(prefix=".faro-check-"))
    try:
        run = run_site(str(config_file), stage, jobs=jobs)
    except ConfigError as exc:
        return Report([Finding("build.config", config_file.name, None, None, {"problem": str(exc)})],
                      files_checked=1)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return select(run, paths, config_file.name)
