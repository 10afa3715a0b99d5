"""The second-level rules on Markdown a contributor writes (attribute lists, inline HTML).

Each rule has a failing and a passing page in Spanish and English; the finding
points at the Markdown line that carries the defect.
"""

import markdown
import pytest

from faro.accessibility.engine import PageSource, check_page

EXTENSIONS = ["attr_list", "md_in_html"]
NEW_RULES = {"a11y.tabindex", "a11y.aria-hidden-focus", "a11y.focusable-control",
             "a11y.autocomplete-valid", "a11y.content-colour"}

# rule, language, failing Markdown (its last line, from line 3 on, carries the defect), passing
CASES = [
    ("a11y.tabindex", "es", "Lea la [guía](guia/){tabindex=3}.", "Lea la [guía](guia/)."),
    ("a11y.tabindex", "en", "Read the [guide](guide/){tabindex=3}.",
     "Read the [guide](guide/){tabindex=0}."),
    ("a11y.content-colour", "es", "Aviso: no comparta su clave.\n{style=\"color:#bbb\"}",
     "Aviso: no comparta su clave.\n{style=\"color:var(--md-typeset-color)\"}"),
    ("a11y.content-colour", "en", "Warning: never share your password.\n{style=\"color:#bbb\"}",
     "Warning: never share your password."),
    ("a11y.aria-hidden-focus", "es", '<div aria-hidden="true"><a href="a/">Ayuda</a></div>',
     '<div aria-hidden="true"><a href="a/" tabindex="-1">Ayuda</a></div>'),
    ("a11y.aria-hidden-focus", "en", '<div aria-hidden="true"><button>Help</button></div>',
     "<div><button>Help</button></div>"),
    ("a11y.focusable-control", "es", '<span role="button">Aceptar</span>',
     '<span role="button" tabindex="0">Aceptar</span>'),
    ("a11y.focusable-control", "en", '<div onclick="go()">Accept</div>',
     "<button>Accept</button>"),
    ("a11y.autocomplete-valid", "es",
     '<label for="c">Correo</label> <input id="c" autocomplete="correo">',
     '<label for="c">Correo</label> <input id="c" autocomplete="email">'),
    ("a11y.autocomplete-valid", "en",
     '<label for="t">Phone</label> <input id="t" autocomplete="phone">',
     '<label for="t">Phone</label> <input id="t" autocomplete="shipping tel">'),
]


def _findings(lang: str, body: str):
    source = f"# {'Título' if lang == 'es' else 'Title'}\n\n{body}\n"
    article = markdown.markdown(source, extensions=EXTENSIONS)
    html = (f'<!doctype html><html lang="{lang}"><head><title>T</title></head><body>'
            f'<main><article class="md-content__inner">{article}</article></main></body></html>')
    found = check_page(html, lang, PageSource(f"content/{lang}/p.md", source, "p/"))
    return [f for f in found if f.rule_id in NEW_RULES]


@pytest.mark.parametrize(("rule_id", "lang", "failing", "passing"), CASES)
def test_rule_fails_and_passes_on_markdown(rule_id, lang, failing, passing):
    [finding] = _findings(lang, failing)
    defect_line = 2 + len(failing.splitlines())
    assert (finding.rule_id, finding.path, finding.line) == (
        rule_id, f"content/{lang}/p.md", defect_line)
    assert finding.message(lang)
    assert _findings(lang, passing) == []


def test_colour_finding_gives_contrast_on_both_backgrounds():
    [finding] = _findings("en", 'Note.\n{style="color:#bbb"}')
    assert "1.92:1" in finding.message("en") and "8.46:1" in finding.message("en")
