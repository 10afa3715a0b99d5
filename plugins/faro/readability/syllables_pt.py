"""Portuguese syllable counting by rule, from the phonology of the vowel sequences.

A syllable has one vowel nucleus, so counting syllables is counting nuclei; where
a consonant boundary falls never changes the count. The rules follow the
description of Portuguese diphthongs and hiatus in the standard grammars (Cunha
& Cintra, *Nova gramática do português contemporâneo*, ch. 3) and the stress
rules of the 1990 spelling agreement, which let the written accents say where
stress falls:

- a, e, o (and their accented forms) are peaks; two peaks side by side are a
  hiatus (*po-e-ta*, *vo-o*, *le-al*);
- unaccented i, u after a peak make a falling diphthong (*pai*, *mui-to*,
  *sau-da-de*) unless they are stressed, which the spelling shows: followed by
  *nh* or by l, m, n, r, z closing the syllable (*ra-i-nha*, *a-in-da*, *ca-ir*,
  *ju-iz*); accented í, ú are always a hiatus (*sa-í-da*, *sa-ú-de*);
- after ã, õ the vowel that follows is a glide (*pão*, *mãe*, *põe*);
- u after q, g before a vowel is silent or a glide (*que*, *quan-do*, *á-gua*);
- i, u before a vowel start a hiatus (*pi-a-no*, *ru-a*, *di-a*), except the
  unstressed word ending -ia, -io, -ua, ... of a word whose stress the spelling
  puts earlier (*his-tó-ria*, *á-gua*, *sé-rie*): a rising diphthong.
"""

from __future__ import annotations

import re
from functools import lru_cache

PEAKS = frozenset("aeoáéóâêôãõà")
NASAL = frozenset("ãõ")
WEAK = frozenset("iuü")
ACCENTED_WEAK = frozenset("íú")
VOWELS = PEAKS | WEAK | ACCENTED_WEAK | {"y"}
ACCENTS = frozenset("áéíóúâêôàãõ")
CLOSING = frozenset("lmnrz")
# An unstressed rising diphthong at the end of the word: -ia, -ios, -uas, -iem ...
RISING_END = re.compile(r"[iu][aeo][sm]?$")


def _kinds(word: str) -> list[str | None]:
    """Per letter: 'p' peak, 'w' weak, 'a' accented weak, 'g' glide, None consonant."""
    kinds: list[str | None] = []
    for index, letter in enumerate(word):
        following = word[index + 1] if index + 1 < len(word) else ""
        previous = word[index - 1] if index else ""
        if letter == "u" and previous in ("q", "g") and following in VOWELS:
            kinds.append("g")  # que, guerra (silent); quando, água (glide): never a nucleus
        elif letter in PEAKS:
            kinds.append("p")
        elif letter in ACCENTED_WEAK:
            kinds.append("a")
        elif letter in WEAK or letter == "y":
            kinds.append("w")
        else:
            kinds.append(None)
    return kinds


def _stressed_weak(word: str, index: int) -> bool:
    """An unaccented i/u after a vowel that the spelling shows is stressed."""
    rest = word[index + 1:]
    if rest.startswith("nh"):
        return True
    if rest[:1] in CLOSING:
        after = rest[1:2]
        return after == "" or (after not in VOWELS and after != "h" and after != rest[0])
    return False


@lru_cache(maxsize=65536)
def count_syllables_pt(word: str) -> int:
    """Syllables of one Portuguese word (no hyphens, no digits); at least 1."""
    word = word.lower()
    kinds = _kinds(word)
    rising_from = -1
    if RISING_END.search(word) and ACCENTS & set(word[: RISING_END.search(word).start()]):
        rising_from = RISING_END.search(word).start()
    nuclei = 0
    previous = None  # the kind of the letter before, within a vowel run
    for index, kind in enumerate(kinds):
        letter = word[index]
        if kind is None or kind == "g":
            previous = None if kind is None else previous
            continue
        if previous is None:
            nuclei += 1
        elif kind == "p":
            glide_before = previous == "w" and index - 1 == rising_from
            after_nasal = word[index - 1] in NASAL and letter in "eo"
            if not (glide_before or after_nasal):
                nuclei += 1  # hiatus: po-e-ta, pi-a-no, sa-í-a
        elif kind == "a":
            nuclei += 1  # sa-í-da, pa-ís
        elif _stressed_weak(word, index):
            nuclei += 1  # ra-i-nha, a-in-da, ca-ir
        # else: weak after a vowel: falling diphthong (pai, mui-to, par-tiu)
        previous = kind
    return max(nuclei, 1)
