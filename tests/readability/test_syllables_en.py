"""English syllables: CMUdict's fewest-syllable pronunciation, then the fallbacks of 4.4."""

import gzip
import time
from importlib import resources

import pytest

from faro.readability import syllables_en
from faro.readability.syllables_en import cmudict_syllables, count_syllables_en


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # Variants: the first listed pronunciation has 3 or 4, the fewest has 2 (Flesch).
        ("every", 2), ("family", 2), ("different", 2), ("camera", 2), ("actually", 2),
        ("password", 2), ("the", 1), ("security", 4), ("etc", 4),
    ],
)
def test_dictionary_words_take_the_fewest_syllables(word, expected):
    assert count_syllables_en(word) == expected


@pytest.mark.parametrize(
    ("word", "expected", "why"),
    [
        ("Attacker's", 3, "possessive 's stripped, case ignored"),
        ("routers'", 2, "plural possessive ' stripped"),
        ("organised", 3, "British -ise spelling mapped to -ize"),
        ("prioritising", 5, "British -ising mapped to -izing (vowel groups would say 4)"),
        ("authorisation", 5, "British -isation mapped to -ization"),
        ("litres", 2, "British -tre spelling mapped to -ter"),
        ("favourites", 2, "British -our mapped to -or; fewest of favorites (vowel groups: 4)"),
        ("patchable", 3, "known stem + -able (2)"),
        ("encryptions", 3, "known stem 'encryption' + -s (0)"),
        ("colourful", 3, "known stem 'colour' + -ful (1)"),
        ("doxxing", 2, "vowel groups: no stem 'dox' in the dictionary"),
        ("cyberattack", 4, "two dictionary words: cyber + attack"),
        ("ransomware", 3, "ransom + ware"),
        ("passkey", 2, "pass + key"),
        ("blorple", 2, "vowel groups, consonant+le keeps its syllable"),
        ("zxq", 1, "no vowel: minimum one"),
    ],
)
def test_fallbacks_for_words_missing_from_cmudict(word, expected, why):
    assert word.lower() not in cmudict_syllables(), why
    assert count_syllables_en(word) == expected, why


def test_shipped_data_keeps_the_minimum_over_variants():
    data = resources.files("faro.readability").joinpath(syllables_en.DATA_FILE).read_bytes()
    lines = gzip.decompress(data).decode("utf-8").splitlines()
    words_seen = [word for line in lines for word in line.split("\t")[1].split()]
    assert len(words_seen) == len(set(words_seen)) > 120_000  # one count per word


def test_dictionary_loads_once_and_quickly():
    cmudict_syllables.cache_clear()
    start = time.perf_counter()
    first = cmudict_syllables()
    elapsed = time.perf_counter() - start
    assert cmudict_syllables() is first
    assert elapsed < 1.0  # measured about 0.05 s; a generous bound for slow CI machines
