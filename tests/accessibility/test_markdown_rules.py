"""The second-level rules on Markdown a contributor writes (attribute lists, inline HTML).

Each rule has a failing and a passing page in Spanish and English; the finding
points at the Markdown line that carries the defect.
"""

import markdown
import pytest

from faro.accessibility.engine import PageSource, check_page

EXTENSIONS = ["attr_list", "md_in_html"]
NEW_RULES = {"a11y.tabindex", "a11y.aria-hidden-focus", "a11y.focusable-control",
             "a11y.autocomplete-valid", "a11y.content-colour", "a11y.empty-heading",
             "a11y.duplicate-heading", "a11y.empty-label", "a11y.duplicate-label",
             "a11y.label-in-name", "a11y.visible-label", "a11y.label-for", "a11y.td-headers",
             "a11y.aria-required-children", "a11y.aria-required-parent",
             "a11y.aria-prohibited-attr", "a11y.language-of-parts"}

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
    # 2.4.6 Headings and labels
    ("a11y.empty-heading", "es", "Texto de la guía.\n\n##", "Texto de la guía.\n\n## Pasos"),
    ("a11y.empty-heading", "en", "Guide text.\n\n###", "Guide text.\n\n## Steps"),
    ("a11y.duplicate-heading", "es", "## Pasos\n\nEn el teléfono.\n\n## Pasos",
     "## Pasos en el teléfono\n\nAbra la aplicación.\n\n## Pasos en el ordenador"),
    ("a11y.duplicate-heading", "en", "## Steps\n\nOn a phone.\n\n## steps",
     "## Steps\n\n### On a phone\n\nOpen the app.\n\n## Help\n\n### On a phone"),
    ("a11y.empty-label", "es",
     '<label for="c"></label> <input id="c" type="email" aria-label="Correo" placeholder="Correo">',
     '<label for="c">Correo</label> <input id="c" type="email">'),
    ("a11y.empty-label", "en", '<label></label> <input type="email" aria-label="Email" placeholder="Email">',
     '<label>Email <input type="email"></label>'),
    ("a11y.duplicate-label", "es",
     '<label for="a">Correo</label> <input id="a" type="email">\n\n'
     '<label for="b">Correo</label> <input id="b" type="email">',
     '<label for="a">Correo de contacto</label> <input id="a" type="email">\n\n'
     '<label for="b">Correo para avisos</label> <input id="b" type="email">'),
    ("a11y.duplicate-label", "en",
     '<form><label for="a">Email</label> <input id="a" type="email">\n'
     '<label for="b">Email</label> <input id="b" type="email"></form>',
     '<form><fieldset><legend>You</legend><label for="a">Email</label> <input id="a" type="email">'
     '</fieldset>\n<fieldset><legend>Your contact</legend><label for="b">Email</label> '
     '<input id="b" type="email"></fieldset></form>'),
    # 2.5.3 Label in name
    ("a11y.label-in-name", "es", '[Descargar la guía](guia.pdf){aria-label="Guía en PDF"}',
     '[Descargar la guía](guia.pdf){aria-label="Descargar la guía (PDF, 2 MB)"}'),
    ("a11y.label-in-name", "en", '<button aria-label="Send">Report a scam</button>',
     '<button aria-label="Report a scam to the police">Report a scam</button>'),
    # 3.3.2 Labels or instructions
    ("a11y.visible-label", "es", '<input id="dni" type="text" aria-label="Número de documento">',
     '<label for="dni">Número de documento</label> <input id="dni" type="text">'),
    ("a11y.visible-label", "en", '<input id="id" type="text" title="ID number">',
     '<p id="h">Your ID number, as on the card</p> <input type="text" aria-describedby="h" title="ID">'),
    # 3.1.2 Language of parts: a sentence in another site language, not a name or a word
    ("a11y.language-of-parts", "es",
     "Lea el mensaje con calma y no conteste.\nIf you are not sure, call your bank before you click.",
     'Lea el mensaje con calma y no conteste. <span lang="en">If you are not sure, call your bank '
     'before you click.</span> Abra la app de Google Authenticator y pulse «Scan a QR code».'),
    ("a11y.language-of-parts", "en",
     "Call the helpline if you need help.\n\nSi no está seguro, llame a su banco antes de hacer clic.",
     "Call the helpline if you need help.\n\nSi no está seguro, llame a su banco antes de hacer clic."
     "\n{lang=es}"),
    ("a11y.language-of-parts", "es",
     "- Lea el mensaje con calma.\n- If you are not sure, call your bank before you click.",
     "- Lea el mensaje con calma.\n- Abra Google Authenticator y pulse «Scan a QR code»."),
    # 1.3.1 and 4.1.2: references, ARIA structure, names a role cannot have
    ("a11y.label-for", "es",
     '<label for="telefono">Teléfono</label> <input id="tel" type="tel" aria-label="Teléfono" '
     'placeholder="600 000 000">',
     '<label for="tel">Teléfono</label> <input id="tel" type="tel">'),
    ("a11y.label-for", "en", '<label for="phone">Phone</label> <input id="tel" type="tel" '
     'aria-label="Phone" placeholder="07700 900000">',
     '<label for="tel">Phone</label> <input id="tel" type="tel">'),
    ("a11y.td-headers", "es",
     '<table><tr><th id="m">Método</th></tr>\n<tr><td headers="x">PIN</td></tr></table>',
     '<table><tr><th id="m">Método</th></tr>\n<tr><td headers="m">PIN</td></tr></table>'),
    ("a11y.td-headers", "en",
     '<table><tr><th id="m">Method</th></tr>\n<tr><td headers="n">PIN</td></tr></table>',
     '<table><tr><th id="m">Method</th></tr>\n<tr><td>PIN</td></tr></table>'),
    ("a11y.aria-required-children", "es",
     '<div role="list"><p>Active la verificación.</p></div>',
     '<div role="list"><div role="listitem">Active la verificación.</div></div>'),
    ("a11y.aria-required-children", "en", '<div role="tablist"><span>Phone</span></div>',
     '<div role="tablist"><button role="tab">Phone</button></div>'),
    ("a11y.aria-required-parent", "es", '<button role="tab">Teléfono</button>',
     '<div role="tablist"><button role="tab">Teléfono</button></div>'),
    ("a11y.aria-required-parent", "en", '<div role="listitem">Turn on two-step verification.</div>',
     '<div role="list"><div role="listitem">Turn on two-step verification.</div></div>'),
    ("a11y.aria-prohibited-attr", "es", 'Nunca comparta su clave.\n{aria-label="Aviso"}',
     'Nunca comparta su clave.\n{role="note" aria-label="Aviso"}'),
    ("a11y.aria-prohibited-attr", "en",
     '<span role="presentation" aria-label="Warning">Never share it.</span>',
     '<span role="img" aria-label="Warning">⚠</span> Never share it.'),
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
