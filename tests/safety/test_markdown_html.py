"""Every unsafe construct in Markdown is an error on its line; safe Markdown and code are not."""

from __future__ import annotations

import pytest

from faro.safety import check_markdown


def _rules(markdown: str, **kwargs) -> list[tuple[str, int, int]]:
    return [(f.rule_id, f.line, f.column) for f in check_markdown(markdown, "content/es/x.md", **kwargs)]


@pytest.mark.parametrize("markdown, rule", [
    ("Texto.\n\n<script>alert(1)</script>\n", "safety.forbidden-tag"),
    ("<style>body{display:none}</style>\n", "safety.forbidden-tag"),
    ("<object data='x.swf'></object>\n", "safety.forbidden-tag"),
    ("<embed src='x.swf'>\n", "safety.forbidden-tag"),
    ("<form action='/x'><input></form>\n", "safety.forbidden-tag"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example">\n', "safety.forbidden-tag"),
    ('<iframe src="https://evil.example/x"></iframe>\n', "safety.iframe-host"),
    ('<a href="#" onclick="steal()">Hola</a>\n', "safety.event-handler"),
    ('<img src="a.png" alt="" onerror="steal()">\n', "safety.event-handler"),
    ('<a href="javascript:steal()">Hola</a>\n', "safety.dangerous-url"),
    ('<a href=" JaVa\tScript:steal()">Hola</a>\n', "safety.dangerous-url"),
    ("[Hola](javascript:alert(1))\n", "safety.dangerous-url"),
    ("[Hola](data:text/html;base64,PHNjcmlwdD4=)\n", "safety.dangerous-url"),
    ('<img src="https://tracker.example/p.gif" alt="">\n', "safety.remote-resource"),
    ("![Logo](https://cdn.example/logo.png)\n", "safety.remote-resource"),
])
def test_each_unsafe_construct_is_an_error(markdown, rule):
    findings = check_markdown(markdown, "content/es/x.md", first_line=10)
    assert rule in {f.rule_id for f in findings}
    assert all(f.effective_severity == "error" and f.line >= 10 for f in findings)


def test_line_and_column_point_at_the_tag():
    assert _rules("Uno.\n\nDos <script>x</script>\n", first_line=5) == [("safety.forbidden-tag", 7, 5)]


def test_plain_links_to_other_hosts_and_safe_html_are_allowed():
    markdown = ("Lea la [guía de INCIBE](https://www.incibe.es/).\n\n"
                '<abbr title="autenticación multifactor">MFA</abbr> y <kbd>Ctrl</kbd>.\n\n'
                "![Esquema](esquema.png)\n\n<details><summary>Más</summary>Texto</details>\n")
    assert _rules(markdown) == []


def test_code_examples_are_not_flagged():
    markdown = "Ejemplo:\n\n```html\n<script>alert(1)</script>\n```\n\nY en línea: `<script>`.\n"
    assert _rules(markdown) == []


def test_allow_listed_iframe_host():
    markdown = '<iframe title="Vídeo" src="https://video.gob.example/v/1"></iframe>\n'
    assert _rules(markdown, iframe_hosts=frozenset({"video.gob.example"})) == []
