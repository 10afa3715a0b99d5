"""`faro new assessment` lists every factor, invents no stage, and passes `faro check` once filled."""

from __future__ import annotations

import datetime as dt
import json

from faro.maturity.vocabulary import load_vocabulary
from tests.support import copy_project, fill_placeholders, placeholder_lines, run_faro


def test_new_assessment_pair_scaffolds_every_factor_and_passes_check(tmp_path):
    project = copy_project(tmp_path)
    slug = f"cl-cmm2021-{dt.date.today().year}-self"
    made = run_faro("new", "assessment", slug, "--lang", "es", "--framework", "cmm-2021", "--country", "CL",
                    cwd=project)
    assert made.returncode == 0, made.stderr
    source = (project / made.stdout.strip()).read_text(encoding="utf-8")
    for factor in load_vocabulary().frameworks["gcscc-cmm-2021"].factors:
        assert f"    {factor.id}: {{stage: not_assessed, evidence: []}}" in source
    assert "country: {iso2: CL, iso3: CHL}" in source
    made = run_faro("new", "assessment", slug, "--lang", "en", cwd=project)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == f"content/en/maturity/assessments/{slug}.md"
    pages = (f"content/es/madurez/evaluaciones/{slug}.md", made.stdout.strip())
    report = json.loads(run_faro("check", "--format", "json", *pages, cwd=project).stdout)
    assert all(placeholder_lines(report, path) for path in pages), report["findings"]
    for path in pages:
        fill_placeholders(project / path)
    report = json.loads(run_faro("check", "--format", "json", *pages, cwd=project).stdout)
    assert report["summary"]["errors"] == 0, report["findings"]


def test_new_assessment_refuses_unknown_framework_country_and_slug(tmp_path):
    project = copy_project(tmp_path, with_content=False)
    (project / "content").mkdir()
    year = dt.date.today().year
    bad = [("cl-x-2026-self", "--framework", "cmm-1999", "--country", "CL"),
           (f"zz-cmm2021-{year}-self", "--framework", "cmm-2021", "--country", "ZZ"),
           ("cl-2026-self", "--framework", "cmm-2021", "--country", "CL")]
    for slug, *options in bad:
        result = run_faro("new", "assessment", slug, "--lang", "es", *options, cwd=project)
        assert result.returncode == 2, result.stderr
    unknown = run_faro("new", "assessment", "cl-x", "--lang", "es", "--framework", "nope", "--country", "CL",
                       cwd=project)
    assert "cmm-2021 (gcscc-cmm-2021)" in unknown.stderr
