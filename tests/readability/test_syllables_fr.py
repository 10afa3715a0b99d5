"""French syllables as spoken in standard French: one case per rule of the module, counted by hand."""

import pytest

from faro.readability.syllables_fr import count_syllables_fr

CASES = {
    "a vowel digraph or trigraph is one vowel": {"eau": 1, "oiseau": 2, "faire": 1, "peur": 1,
                                                 "moi": 1, "cœur": 1, "ordinateur": 4},
    "glide and vowel: one syllable": {"nuit": 1, "lui": 1, "pied": 1, "nation": 2, "dieu": 1,
                                      "bien": 1, "nuage": 1},
    "é before or after a vowel: hiatus": {"créer": 2, "réalité": 4, "vidéo": 3, "poésie": 3,
                                          "aérien": 3},
    "diaeresis: hiatus": {"naïf": 2, "Noël": 2, "maïs": 2},
    "i after consonant + l/r is a full vowel": {"client": 2, "oublier": 3, "février": 3,
                                                "ouvrier": 3},
    "y between vowels": {"crayon": 2, "payer": 2, "voyage": 2, "moyen": 2},
    "silent final e, es": {"table": 1, "pages": 1, "vie": 1, "passe": 1, "année": 2, "rue": 1,
                           "ministère": 3, "données": 2},
    "e as the only vowel counts": {"le": 1, "de": 1, "que": 1, "les": 1, "ce": 1},
    "qu / gu before a vowel: silent u": {"guerre": 1, "quand": 1, "langue": 1, "qui": 1},
    "h separates vowels": {"trahir": 2, "cahier": 2},
    "ordinary words": {"sécurité": 4, "numérique": 3, "mot": 1, "informatique": 4,
                       "protéger": 3, "compte": 1, "internet": 3},
    "no vowel counts one": {"pff": 1},
}


@pytest.mark.parametrize(
    ("word", "expected"),
    [(word, count) for group in CASES.values() for word, count in group.items()],
)
def test_hand_counted_words(word, expected):
    assert count_syllables_fr(word) == expected
