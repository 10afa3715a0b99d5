"""French syllable counting by rule: the syllables of standard French as spoken.

Flesch counted syllables "as pronounced", so this counts the vowel sounds of
standard (northern) French, after the descriptions of French phonology and
spelling in Léon, *Phonétisme et prononciations du français*, and Dell, *Les
règles et les sons* (the rules on schwa and on glides):

- a run of vowel letters spells one vowel sound or a glide and a vowel (*eau*,
  *oi*, *ou*, *ieu*, *nuit*, *na-tion*, *pied*): one nucleus;
- é starts a new nucleus after a vowel and ends one before a vowel (*cré-er*,
  *ré-a-li-té*, *vi-dé-o*, *po-é-sie*); a diaeresis does the same (*na-ïf*,
  *No-ël*);
- i after a consonant followed by l or r is a full vowel, never a glide, so a
  vowel after it is a new nucleus (*cli-ent*, *ou-bli-er*, *fé-vri-er*);
- y between vowels is two sounds (*cray-on*, *pay-er*);
- a final e, es (the schwa of *table*, *pages*, *vie*) is silent when the word
  has another vowel; in *le*, *de*, *que* it is the only one and counts;
- u after q, g before a vowel is silent (*que*, *guerre*); h is a consonant
  letter that separates vowels (*tra-hir*, *ca-hier*).

Known limit: the -ent of a verb in the third person plural (*ils parlent*) is
counted as a syllable, because spelling cannot tell it from *souvent*, *client*.
"""

from __future__ import annotations

from functools import lru_cache

VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüÿæœ")
DIAERESIS = frozenset("ëïüÿ")
LIQUIDS = frozenset("lr")


def _silent_final_e(word: str) -> int:
    """Index where a silent final e/es starts, or len(word) when there is none."""
    for ending in ("es", "e"):
        start = len(word) - len(ending)
        if word.endswith(ending) and start > 0 and any(c in VOWELS for c in word[:start]):
            return start
    return len(word)


def _new_nucleus(word: str, index: int) -> bool:
    """Whether the vowel at `index`, after another vowel, starts a syllable of its own."""
    letter, before = word[index], word[index - 1]
    if letter in DIAERESIS or letter == "é" or before == "é":
        return True
    if before == "y":
        return True  # cray-on, pay-er
    if before == "i" and index >= 3 and word[index - 2] in LIQUIDS and word[index - 3] not in VOWELS:
        return True  # cli-ent, ou-bli-er
    return False


@lru_cache(maxsize=65536)
def count_syllables_fr(word: str) -> int:
    """Syllables of one French word (no hyphens, no digits); at least 1."""
    word = word.lower()
    end = _silent_final_e(word)
    nuclei = 0
    in_vowels = False
    for index in range(end):
        letter = word[index]
        previous = word[index - 1] if index else ""
        silent_u = letter == "u" and previous in ("q", "g") and index + 1 < len(word) \
            and word[index + 1] in VOWELS
        if letter not in VOWELS or silent_u:
            in_vowels = False
            continue
        if not in_vowels or _new_nucleus(word, index):
            nuclei += 1
        in_vowels = True
    return max(nuclei, 1)
