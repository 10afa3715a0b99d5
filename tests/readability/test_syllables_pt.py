"""Portuguese syllables by rule: one case per phenomenon of the module's description, counted by hand."""

import pytest

from faro.readability.syllables_pt import count_syllables_pt

CASES = {
    "hiatus, two peaks": {"poeta": 3, "voo": 2, "leal": 2, "álcool": 3, "teatro": 3},
    "falling diphthong": {"pai": 1, "muito": 2, "saudade": 3, "outro": 2, "leite": 2, "céu": 1},
    "stressed i/u shown by nh or a closing consonant": {
        "rainha": 3, "ainda": 3, "cair": 2, "juiz": 2, "ruim": 2, "contribuinte": 5, "moinho": 3,
    },
    "i/u before a vowel of the next syllable": {"reino": 2, "andaimes": 3, "praia": 2, "ideia": 3},
    "accented í, ú: hiatus": {"saída": 3, "saúde": 3, "país": 2, "países": 3, "baú": 2},
    "nasal diphthongs": {"pão": 1, "mãe": 1, "põe": 1, "leão": 2, "informação": 4, "corações": 3},
    "qu / gu: u is silent or a glide": {"que": 1, "quando": 2, "água": 2, "quais": 1, "iguais": 2,
                                        "linguística": 4, "seguinte": 3},
    "i/u before a vowel: hiatus when stressed": {"piano": 3, "rua": 2, "dia": 2, "frio": 2, "tio": 2},
    "rising diphthong at the end, stress written earlier": {
        "história": 3, "série": 2, "ciência": 3, "próprio": 2, "polícia": 3, "árduo": 2,
    },
    "weak + weak": {"fui": 1, "partiu": 2, "viu": 1},
    "ordinary words": {"senha": 2, "segurança": 4, "cibersegurança": 6, "computador": 4,
                       "mensagem": 3, "proteção": 3, "dados": 2, "e": 1},
    "no vowel counts one": {"pst": 1},
}


@pytest.mark.parametrize(
    ("word", "expected"),
    [(word, count) for group in CASES.values() for word, count in group.items()],
)
def test_hand_counted_words(word, expected):
    assert count_syllables_pt(word) == expected


def test_capitals_count_like_lower_case():
    assert count_syllables_pt("Saúde") == count_syllables_pt("saúde") == 3
