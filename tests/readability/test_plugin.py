"""The `faro/readability` plugin in a real MkDocs build of a tiny site."""

import json
import logging

import pytest
import yaml
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

HARD_ES = " ".join(["Las organizaciones internacionales necesitan autenticación "
                    "multifactorial obligatoria."] * 15)
EASY_ES = " ".join(["El gato come pescado. La casa es grande."] * 13)


def make_site(tmp_path, pages, options=None):
    docs = tmp_path / "docs"
    for name, text in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    plugin = {"faro/readability": options} if options else "faro/readability"
    settings = {"site_name": "Prueba", "theme": {"name": "material", "language": "es"},
                "plugins": [plugin]}
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    return load_config(config_file=str(config))


def report(tmp_path):
    return json.loads((tmp_path / "site" / "readability.json").read_text(encoding="utf-8"))


def test_build_writes_report_and_logs_table(tmp_path, caplog):
    config = make_site(tmp_path, {
        "index.md": f"# Inicio\n\n{EASY_ES}\n",
        "en.md": "---\nlang: en\n---\nThe cat sat on the mat.\n",
    })
    with caplog.at_level(logging.DEBUG, logger="mkdocs.plugins.faro.readability"):
        build(config)
    pages = {page["path"]: page for page in report(tmp_path)}
    assert pages["docs/index.md"]["lang"] == "es"
    assert pages["docs/index.md"]["words"] == 104
    assert pages["docs/index.md"]["status"] == "ok"
    assert pages["docs/en.md"]["lang"] == "en"
    assert "docs/index.md  es    104" in caplog.text


def test_page_below_fail_threshold_fails_the_build_listing_every_page(tmp_path, caplog):
    config = make_site(tmp_path, {
        "uno.md": f"Primera.\n\n{HARD_ES}\n",
        "dos.md": f"{HARD_ES}\n",
        "bien.md": f"{EASY_ES}\n",
    })
    with pytest.raises(Abort):
        build(config)
    text = caplog.text
    assert "docs/uno.md:1:1: error readability.score-fail" in text
    assert "docs/dos.md:1:1: error readability.score-fail" in text and "docs/bien.md" not in text
    assert "Szigriszt-Pazos = -85.0 (muy difícil); esta página necesita ≥ 55" in text
    # The sentences to shorten are in the report, with their lines.
    uno = {page["path"]: page for page in report(tmp_path)}["docs/uno.md"]
    assert uno["status"] == "fail"


def test_warn_mode_reports_instead_of_failing(tmp_path):
    config = make_site(tmp_path, {"dos.md": f"{HARD_ES}\n"}, {"mode": "warn"})
    build(config)  # the gate's policy caps readability at "warning": nothing stops
    [page] = report(tmp_path)
    assert page["status"] == "fail"
    plugin = config.plugins["faro/readability"]
    [capped] = plugin.policy().apply(f for f in plugin.collected_findings()
                                     if f.rule_id == "readability.score-fail")
    assert capped.effective_severity == "warning"


def test_config_thresholds_and_report_language(tmp_path):
    options = {"report_language": "en", "es": {"szigriszt_fail": -100, "szigriszt_warn": -100}}
    config = make_site(tmp_path, {"dos.md": f"{HARD_ES}\n"}, options)
    build(config)
    assert report(tmp_path)[0]["status"] == "ok"


def test_override_without_reason_fails_the_build(tmp_path, caplog):
    config = make_site(tmp_path, {
        "legal.md": f"---\nreadability: {{szigriszt_min: -100}}\n---\n{HARD_ES}\n",
    }, {"report_language": "en"})
    with pytest.raises(Abort):
        build(config)
    assert "docs/legal.md:2:1: error readability.override-without-reason" in caplog.text


def test_invalid_config_value_is_rejected_naming_the_key(tmp_path, caplog):
    with pytest.raises(Abort, match="configuration error"):
        make_site(tmp_path, {"a.md": "Hola."}, {"mode": "sometimes"})
    assert "faro/readability" in caplog.text and "mode" in caplog.text
