"""Words, sentences and token syllables (RR v1 4.2-4.4), counted by hand."""

import pytest

from faro.readability.markdown_text import TextBlock
from faro.readability.syllables_en import count_syllables_en
from faro.readability.syllables_es import count_syllables_es
from faro.readability.tokens import WORD_RE, split_sentences, token_syllables


def words(text):
    return WORD_RE.findall(text)


def sentences(text, lang="es"):
    return [s.text for s in split_sentences(TextBlock(text, 1), lang)]


# --- words (4.3) ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wi-Fi e-mail don't subscriber's 3-2-1", ["Wi-Fi", "e-mail", "don't", "subscriber's", "3-2-1"]),
        ("el 1.000 y el 3,5 y la versión 2.5",
         ["el", "1.000", "y", "el", "3,5", "y", "la", "versión", "2.5"]),
        ("e.g. i.e. a.m. EE.UU. U.S.", ["e.g.", "i.e.", "a.m.", "EE.UU.", "U.S."]),
        ("p. ej. esto", ["p", "ej", "esto"]),
        ("y/o and/or", ["y", "o", "and", "or"]),
        ("uno & dos + tres > cuatro → cinco — seis 🙂", ["uno", "dos", "tres", "cuatro", "cinco", "seis"]),
        ("2FA 4G CSIRT", ["2FA", "4G", "CSIRT"]),
        ("Paso 1, paso 2.", ["Paso", "1", "paso", "2"]),
    ],
)
def test_word_tokens(text, expected):
    assert words(text) == expected


# --- sentences (4.2) -------------------------------------------------------------

def test_terminators_and_runs_end_sentences():
    assert sentences("Hola. ¿Qué tal?! ¡Bien! Pues... vale… Fin") == [
        "Hola.", "¿Qué tal?!", "¡Bien!", "Pues...", "vale…", "Fin"
    ]


def test_closing_quotes_and_brackets_stay_with_their_sentence():
    assert sentences("Dijo «ya está.» Luego (se fue.) Fin.") == [
        "Dijo «ya está.»", "Luego (se fue.)", "Fin."
    ]


def test_colon_semicolon_dash_and_openers_never_end_a_sentence():
    assert sentences("Mire: esto; aquello — y lo otro ¿vale? Sí.") == [
        "Mire: esto; aquello — y lo otro ¿vale?", "Sí."
    ]


def test_spanish_abbreviations_do_not_end_sentences():
    text = "Use, p. ej. una clave. Vive en EE. UU. desde 2020. Vea la pág. 4 y el art. 5. Fin."
    assert sentences(text) == [
        "Use, p. ej. una clave.", "Vive en EE. UU. desde 2020.", "Vea la pág. 4 y el art. 5.", "Fin."
    ]


def test_lone_p_is_a_boundary_unless_followed_by_ej():
    assert sentences("Es la letra p. Luego la q.") == ["Es la letra p.", "Luego la q."]


def test_english_abbreviations_do_not_end_sentences():
    text = "Ask Dr. Smith, e.g. by phone at 9 a.m. in the U.S. today. Call No. 5 now. Done."
    assert sentences(text, "en") == [
        "Ask Dr. Smith, e.g. by phone at 9 a.m. in the U.S. today.", "Call No. 5 now.", "Done."
    ]


def test_capitalised_abbreviation_at_sentence_start():
    assert sentences("Aprox. diez minutos. Bien.") == ["Aprox. diez minutos.", "Bien."]


def test_lowercase_no_is_an_ordinary_word_in_english():
    assert sentences("Just say no. Then leave.", "en") == ["Just say no.", "Then leave."]


def test_etc_ends_a_sentence_only_before_a_capital():
    assert sentences("Móvil, impresora, etc. Todos pueden fallar.") == [
        "Móvil, impresora, etc.", "Todos pueden fallar."
    ]
    assert sentences("Móvil, impresora, etc. y más cosas.") == ["Móvil, impresora, etc. y más cosas."]


def test_decimals_and_versions_are_not_boundaries():
    assert sentences("Instale la 2.5 o la 3,5 ya. Cuesta 1.000 euros.") == [
        "Instale la 2.5 o la 3,5 ya.", "Cuesta 1.000 euros."
    ]


def test_period_without_following_space_is_not_a_boundary():
    assert sentences("fin.sin espacio") == ["fin.sin espacio"]


def test_short_sentences_are_kept_and_wordless_ones_are_not_sentences():
    assert sentences("Sí. No. ... ¡! Vale.") == ["Sí.", "No.", "... ¡! Vale."]


def test_block_end_ends_a_sentence_without_terminator():
    assert sentences("Sigue estos pasos:") == ["Sigue estos pasos:"]


def test_sentence_line_is_the_line_of_its_first_word():
    block = TextBlock("Una frase\nque sigue. Otra\nmás.\n\nY otra.", 10)
    assert [(s.line, s.text) for s in split_sentences(block, "es")] == [
        (10, "Una frase que sigue."), (11, "Otra más."), (14, "Y otra.")
    ]


# --- token syllables (4.4) -------------------------------------------------------

@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("017", 1), ("2024", 1), ("3,5", 1), ("3-2-1", 1), ("2FA", 1), ("4G", 1),  # figures
        ("INCIBE", 1), ("CSIRT", 1), ("DNI", 1), ("NUNCA", 1),  # acronyms / capitals
        ("EE.UU.", 1), ("e.g.", 1),  # dotted abbreviations
        ("teórico-práctico", 7), ("Wi-Fi", 2), ("e-mail", 2),  # hyphenated: sum of parts
        ("aprox", 2), ("etc", 1),  # trailing-dot abbreviations counted as written
        ("A", 1),  # one capital letter is not an acronym
    ],
)
def test_spanish_token_syllables(token, expected):
    assert token_syllables(token, count_syllables_es) == expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [("USB", 1), ("NCSC", 1), ("etc", 4), ("Wi-Fi", 2), ("don't", 1), ("e.g.", 1), ("2FA", 1)],
)
def test_english_token_syllables(token, expected):
    assert token_syllables(token, count_syllables_en) == expected
