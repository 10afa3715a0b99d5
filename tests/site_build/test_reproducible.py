"""Two builds of the same sources give byte-identical sites."""

from __future__ import annotations

import hashlib
import time

from tests.support import copy_project, run_faro


def _digests(site):
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path):
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    first = copy_project(tmp_path / "first")
    assert run_faro("build", cwd=first).returncode == 0
    time.sleep(1.1)  # a clock-based timestamp would now differ
    second = copy_project(tmp_path / "second")
    assert run_faro("build", cwd=second).returncode == 0
    one, two = _digests(first / "site"), _digests(second / "site")
    assert one.keys() == two.keys()
    assert [path for path in one if one[path] != two[path]] == []
