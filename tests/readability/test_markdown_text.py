"""Markdown stripping per RR v1 4.1, one construct at a time, as Material writes them."""

import textwrap

from faro.readability.markdown_text import extract_blocks, split_front_matter
from faro.readability.tokens import split_sentences


def blocks(markdown):
    """Each block's text with whitespace collapsed."""
    return [" ".join(b.text.split()) for b in extract_blocks(textwrap.dedent(markdown))]


def sentence_lines(markdown, lang="es"):
    return [
        (s.line, s.text)
        for b in extract_blocks(textwrap.dedent(markdown))
        for s in split_sentences(b, lang)
    ]


def test_front_matter_is_removed_and_parsed():
    source = "---\ntitle: Claves\nlang: es\n---\nTexto.\n"
    assert blocks(source) == ["Texto."]
    assert split_front_matter(source) == ({"title": "Claves", "lang": "es"}, 4)


def test_front_matter_that_is_not_a_mapping_or_not_yaml_gives_no_meta():
    assert split_front_matter("---\n- a\n---\nX")[0] == {}
    assert split_front_matter("---\na: [b\n---\nX")[0] == {}
    assert split_front_matter("Sin metadatos.")[0] == {}


def test_fenced_code_is_removed_at_any_depth():
    assert blocks("""
        Antes.

        ```python title="x.py"
        print("hola")
        ```

        ~~~
        codigo
        ~~~

        - Punto

            ```bash
            rm -rf
            ```

        !!! note

            ````text
            dentro
            ````

            Cuerpo.
        """) == ["Antes.", "Punto", "Cuerpo."]


def test_indented_code_is_removed_but_admonition_bodies_are_not():
    assert blocks("""
        Párrafo.

            codigo indentado
            mas codigo

        !!! warning "Cuidado"

            Cuerpo de la nota.
        """) == ["Párrafo.", "Cuerpo de la nota."]


def test_inline_code_is_removed():
    assert blocks("Ejecute `rm -rf /` y ``a ` b`` ahora.") == ["Ejecute y ahora."]


def test_headings_are_removed():
    assert blocks("""
        # Título ATX

        ## Otro ##

        Setext uno
        ==========

        Setext dos
        ----------

        <h2>Título HTML</h2>

        Texto.
        """) == ["Texto."]


def test_a_records_facts_are_not_prose():
    assert blocks("""
        Resumen del documento.

        <div class="faro-facts" markdown>

        Publicado
        :   7 de diciembre de 2026 (cuándo lo vimos por última vez)

        </div>

        Texto.
        """) == ["Resumen del documento.", "Texto."]


def test_tables_are_removed():
    assert blocks("""
        | Columna | Otra |
        |:--------|-----:|
        | celda   | más  |

        Sin tubos | al principio
        --- | ---
        a | b

        <table><tr><td>celda</td></tr>
        <tr><td>otra</td></tr></table>

        Texto.
        """) == ["Texto."]


def test_admonition_details_and_tab_titles_are_removed_bodies_kept():
    assert blocks("""
        !!! tip "Consejo útil"
            Cuerpo uno.

        ??? note "Plegable"

            Cuerpo dos.

        ???+ info
            Cuerpo tres.

        === "Pestaña A"

            Cuerpo cuatro.

        ===+ "Pestaña B"
            Cuerpo cinco.
        """) == ["Cuerpo uno.", "Cuerpo dos.", "Cuerpo tres.", "Cuerpo cuatro.", "Cuerpo cinco."]


def test_nested_admonition_inside_tab_keeps_body():
    assert blocks("""
        === "Móvil"

            !!! note "Nota"

                Dentro de la nota.

            Después de la nota.
        """) == ["Dentro de la nota.", "Después de la nota."]


def test_summary_figcaption_caption_and_images_are_removed():
    assert blocks("""
        <details><summary>Resumen</summary>Detalle.</details>

        <figure>![Texto alternativo](img.png)<figcaption>Pie</figcaption></figure>

        Antes ![alt](a.png) y ![ref][logo] después.
        """) == ["Detalle.", "Antes y después."]


def test_footnotes_reference_and_abbreviation_definitions_and_snippets_are_removed():
    assert blocks("""
        Texto con nota[^1] y enlace [aquí][ref].

        [^1]: La nota al pie.
            Continúa la nota.

        [ref]: https://incibe.es "Título"
        *[MFA]: Autenticación multifactor

        --8<-- "aviso.md"

        --8<--
        uno.md
        dos.md
        --8<--

        Final.
        """) == ["Texto con nota y enlace aquí.", "Final."]


def test_comments_and_non_text_elements_are_removed():
    assert blocks("""
        Uno <!-- comentario
        de varias líneas --> dos.

        <script>var x = "texto";</script><style>p { color: red }</style>
        <pre>preformateado</pre> <code>x</code> <svg><text>dibujo</text></svg>
        <textarea>campo</textarea><template>plantilla</template>Tres.
        """) == ["Uno dos.", "Tres."]


def test_other_tags_keep_inner_text_but_not_attributes():
    assert blocks(
        'Pulse <kbd>Ctrl</kbd> y <abbr title="Autenticación multifactor">MFA</abbr> '
        '<span class="x">ya</span> <strong>hoy</strong> <a href="https://x.es">aquí</a>.'
    ) == ["Pulse Ctrl y MFA ya hoy aquí."]


def test_links_keep_text_and_drop_urls():
    assert blocks(
        "Lea [la guía](https://incibe.es/guia \"Título\") y [otra][ref] o [esta](<a b.md>)."
    ) == ["Lea la guía y otra o esta."]


def test_urls_emails_and_domains_are_removed_keeping_trailing_punctuation():
    assert sentence_lines(
        "Vea <https://incibe.es> o <ayuda@osi.es>. Escriba a info@incibe.es. "
        "Entre en https://www.osi.es/es/guia. Pruebe www.osi.es. Vaya a incibe.es, "
        "ncsc.gov.uk/guidance o ftp://x.org. Abra [https://incibe.es](https://incibe.es) hoy."
    ) == [
        (1, "Vea o."), (1, "Escriba a."), (1, "Entre en."), (1, "Pruebe."),
        (1, "Vaya a, o."), (1, "Abra hoy."),
    ]


def test_emphasis_escapes_attribute_lists_jinja_and_entities():
    assert blocks(
        "**Negrita**, _cursiva_, ~~tachado~~, ==marca==, ^^ins^^, ++ctrl+alt++, snake_case, "
        "\\*literal\\*, [Botón](x.md){ .md-button .md-button--primary } {{ config.site_name }} "
        "{% if x %}sí{% endif %} &amp; AT&amp;T&nbsp;fin :material-lock: &lt;ok&gt;"
    ) == [
        "Negrita, cursiva, tachado, marca, ins, ctrl+alt, snake_case, literal, Botón "
        "sí & AT&T fin <ok>"
    ]


def test_paragraphs_list_items_and_quotes_are_separate_blocks():
    assert blocks("""
        Primer párrafo
        sigue aquí

        Segundo párrafo:

        - Uno
        - Dos
          sigue dos
            1. Anidado
            2. Otro anidado
        * [ ] Tarea pendiente
        * [x] Tarea hecha
        3) Ordenado

        > Cita uno.
        >
        > Cita dos.
        """) == [
        "Primer párrafo sigue aquí", "Segundo párrafo:", "Uno", "Dos sigue dos",
        "Anidado", "Otro anidado", "Tarea pendiente", "Tarea hecha", "Ordenado",
        "Cita uno.", "Cita dos.",
    ]


def test_block_level_html_ends_blocks():
    assert blocks(
        "<div>Uno</div><p>Dos<br>Tres</p><ul><li>Cuatro</li><li>Cinco</li></ul>"
        "<table><tr><td>fuera</td></tr></table><details>Seis</details>"
    ) == ["Uno", "Dos", "Tres", "Cuatro", "Cinco", "Seis"]


def test_sentences_carry_their_source_line():
    assert sentence_lines("""\
        ---
        title: x
        ---
        # Título

        Primera frase. Segunda
        frase. Tercera.

        - Punto con `código`
          en dos líneas. Otra frase.

        !!! note "T"

            Cuerpo <!-- uno
            dos --> de nota.
        """) == [
        (6, "Primera frase."), (6, "Segunda frase."), (7, "Tercera."),
        (9, "Punto con en dos líneas."), (10, "Otra frase."), (14, "Cuerpo de nota."),
    ]
