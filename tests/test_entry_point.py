"""The `faro` process leaves at once after its work, and loses none of its output."""

from __future__ import annotations

import subprocess
import sys

from faro.commands import make_parser
from tests.support import run_faro


def test_the_whole_help_reaches_a_pipe_and_the_exit_code_is_kept(tmp_path):
    result = run_faro("--help", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == make_parser().format_help()
    assert run_faro("no-such-command", cwd=tmp_path).returncode == 2
    assert run_faro("--version", cwd=tmp_path).stdout.startswith("faro ")


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    reader = subprocess.Popen([sys.executable, "-m", "faro", "--help"], cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.close()  # like `faro --help | head -c 0`
    _, errors = reader.communicate(timeout=60)
    assert b"Traceback" not in errors


def test_a_failed_check_exits_1(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nplugins: [faro/i18n]\nnot valid: [\n", encoding="utf-8")
    result = run_faro("check", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "mkdocs.yml" in result.stdout + result.stderr
