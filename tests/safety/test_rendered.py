"""What the source scan cannot see is caught on the page as Markdown renders it."""

from __future__ import annotations

import markdown
import pytest

from faro.safety import check_markdown, check_rendered
from tests.support import ABOUT, copy_project, run_faro, write_page

EXTENSIONS = ["abbr", "admonition", "attr_list", "md_in_html", "tables", "pymdownx.superfences"]


def _render(source: str) -> str:
    return markdown.markdown(source, extensions=EXTENSIONS)


@pytest.mark.parametrize("source, rule", [
    ("<p>`</p><script>alert(1)</script><p>`</p>\n", "safety.forbidden-tag"),
    ('<div title="`" onmouseover="steal()">x</div> `\n', "safety.event-handler"),
    ("Texto.\n\n```\nsin cerrar\n\n<script>alert(1)</script>\n", "safety.forbidden-tag"),
    ('[Hola](otra.md){ onclick="steal()" }\n', "safety.event-handler"),
    ("[Hola][j]\n\n[j]: javascript:alert(1)\n", "safety.dangerous-url"),
    ("![Logo][r]\n\n[r]: https://evil.example/x.png\n", "safety.remote-resource"),
    ('<img alt="" src="a.png" srcset="a.png 1x, https://evil.example/b.png 2x">\n', "safety.remote-resource"),
    ('<p style="background:url(https://evil.example/t.png)">x</p>\n', "safety.remote-resource"),
    ('<svg><use href="https://evil.example/s.svg#i"></use></svg>\n', "safety.remote-resource"),
])
def test_rendered_page_is_checked(source, rule):
    rules = {f.rule_id for f in check_rendered(_render(source), "content/es/x.md", source)}
    assert rule in rules


def test_line_is_found_in_the_source():
    source = "# T\n\nUno.\n\n[Hola](otra.md){ onclick=\"steal()\" }\n"
    (finding,) = check_rendered(_render(source), "content/es/x.md", source)
    assert finding.line == 5


def test_source_scan_misses_what_the_rendered_scan_catches():
    source = '[Hola](otra.md){ onclick="steal()" }\n'
    assert check_markdown(source, "x.md") == []


def test_build_fails_on_script_hidden_from_the_source_scan(tmp_path):
    project = copy_project(tmp_path, with_content=False)
    write_page(project, "es/index.md", "title: Inicio" + ABOUT,
               '# Inicio\n\nHola.\n\n[Hola](index.md){ onclick="steal()" }')
    write_page(project, "en/index.md", "title: Home" + ABOUT, "# Home\n\nHello.")
    result = run_faro("build", cwd=project)
    assert result.returncode == 1
    assert "content/es/index.md:10:1: error safety.event-handler" in result.stderr
    assert not (project / "site").exists()
