"""Two builds of the same sources give byte-identical sites."""

from __future__ import annotations

import hashlib
import time

from tests.support import copy_project, run_faro


def _digests(site):
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path):
    project = copy_project(tmp_path)
    assert run_faro("build", "-d", "first", cwd=project).returncode == 0
    time.sleep(1.1)  # a clock-based timestamp would now differ
    assert run_faro("build", "-d", "second", "-j", "1", cwd=project).returncode == 0
    one, two = _digests(project / "first"), _digests(project / "second")
    assert one.keys() == two.keys()
    assert [path for path in one if one[path] != two[path]] == []
