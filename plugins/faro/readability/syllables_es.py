"""Spanish syllable counting by rule (spec 5.1, RAE 2010 orthographic convention).

The count is the number of vowel nuclei, so only the vowel rules matter: where
a consonant boundary falls never changes the count. Hyphenation dictionaries
are not used because they never split a hiatus (*pa-ís*, *i-de-a*).
"""

from __future__ import annotations

from functools import lru_cache

STRONG = frozenset("aeoáéóàèòâêô")
WEAK = frozenset("iuüïy")
ACCENTED_WEAK = frozenset("íúìù")
VOWELS = STRONG | WEAK | ACCENTED_WEAK
FRONT_VOWELS = frozenset("eiéí")  # after qu/gu these make the u silent


def _vowel_kinds(word: str) -> list[str | None]:
    """One entry per letter: 's' strong, 'w' weak, 'a' accented weak, 'h' or None.

    `h` is kept apart because it is transparent between vowels: it neither
    prevents a diphthong (*prohi-bir*) nor creates one (*a-ho-ra*).
    """
    kinds: list[str | None] = []
    length = len(word)
    for index, letter in enumerate(word):
        following = word[index + 1] if index + 1 < length else ""
        if letter == "u" and index > 0 and word[index - 1] in "qg" and following in FRONT_VOWELS:
            kinds.append(None)  # que, guerra, guía, guion: a silent u
        elif letter == "y":
            kinds.append(None if following in VOWELS else "w")  # yo/ayer vs hoy/muy
        elif letter in STRONG:
            kinds.append("s")
        elif letter in ACCENTED_WEAK:
            kinds.append("a")
        elif letter in WEAK:
            kinds.append("w")
        elif letter == "h":
            kinds.append("h")
        else:
            kinds.append(None)
    return kinds


@lru_cache(maxsize=65536)
def count_syllables_es(word: str) -> int:
    """Syllables of one Spanish word (no hyphens, no digits); at least 1.

    A nucleus may hold at most one "peak" (a strong vowel or an accented weak
    one): a second peak next to it starts a hiatus, while unaccented weak
    vowels always join (diphthongs, triphthongs, *huir*, *cuí-da-te*).
    """
    nuclei = 0
    in_nucleus = False
    has_peak = False
    for kind in _vowel_kinds(word.lower()):
        if kind is None:
            in_nucleus = False
        elif kind == "h":
            continue
        elif not in_nucleus:
            nuclei += 1
            in_nucleus = True
            has_peak = kind != "w"
        elif kind != "w":
            if has_peak:
                nuclei += 1  # hiatus: po-e-ta, pa-ís, dí-a
            has_peak = True
    return max(nuclei, 1)
