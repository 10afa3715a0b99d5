"""Spanish syllables by rule: one case per phenomenon of spec 5.1, counted by hand."""

import pytest

from faro.readability.syllables_es import count_syllables_es

CASES = {
    "hiatus, strong + strong": {"poeta": 3, "leer": 2, "crear": 2, "aéreo": 4, "idea": 3, "teatro": 3},
    "hiatus, accented weak + strong": {"país": 2, "día": 2, "reír": 2, "baúl": 2, "continúa": 4},
    "diphthong, weak + strong": {"bueno": 2, "causa": 2, "ciudadano": 4},
    "diphthong, weak + weak (RAE 2010)": {
        "ciudad": 2, "construir": 2, "huir": 1, "cuídate": 3, "lingüística": 4, "interviú": 3,
        "jesuita": 3, "fluido": 2,
    },
    "triphthong": {"buey": 1, "Uruguay": 3, "averiguáis": 4, "limpiáis": 2},
    "longer vowel runs": {"leíais": 3, "creíais": 3, "vieira": 2, "paranoia": 4},
    "h does not prevent a diphthong": {"prohibir": 2, "rehusar": 2, "ahumado": 3, "cohibir": 2},
    "h does not create one": {"ahora": 3, "alcohol": 3, "rehén": 2, "prohíbe": 3, "búho": 2},
    "qu / gu before e, i: silent u": {"que": 1, "guerra": 2, "guía": 2, "guion": 1, "quiero": 2},
    "gü and gua keep the u": {"pingüino": 3, "agua": 2, "antiguo": 3},
    "y as a vowel at the end": {"hoy": 1, "muy": 1, "ley": 1, "y": 1},
    "y as a consonant before a vowel": {"yo": 1, "ayer": 2, "reyes": 2, "ayuda": 3},
    "ordinary words": {"contraseña": 4, "ciberseguridad": 6, "teléfono": 4, "correo": 3},
    "no vowel counts one": {"psst": 1, "b": 1},
}


@pytest.mark.parametrize(
    ("word", "expected"),
    [(word, count) for group in CASES.values() for word, count in group.items()],
)
def test_spanish_syllables(word, expected):
    assert count_syllables_es(word) == expected


def test_upper_case_is_counted_like_lower_case():
    assert count_syllables_es("PAÍS") == count_syllables_es("país") == 2
