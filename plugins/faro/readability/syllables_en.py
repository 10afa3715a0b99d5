"""English syllables from CMUdict, fewest-syllable pronunciation (spec 4.4, 5.2).

The dictionary ships inside the package (`data/cmudict.syllables.gz`, BSD-style
licence beside it) and is read lazily, once per process, so runs work offline
and pages in other languages never pay for it. Words it lacks go through the
fallbacks of RR v1 4.4, in order.
"""

from __future__ import annotations

import gzip
import re
from functools import cache, lru_cache
from importlib import resources

DATA_FILE = "data/cmudict.syllables.gz"

BRITISH_TO_US = (
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"our(s|ed|ing|ite|ites)?$"), r"or\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
)
# Suffix -> syllables it adds to a known stem, longest first so "-ally" wins over "-ly".
SUFFIX_SYLLABLES = (
    ("ments", 1), ("ment", 1), ("ness", 1), ("ally", 1), ("able", 2), ("less", 1),
    ("ings", 1), ("ing", 1), ("ful", 1), ("ers", 1), ("er", 1), ("ly", 1), ("al", 1), ("s", 0),
)
VOWEL_GROUP_RE = re.compile(r"[aeiouy]+")
SILENT_FINAL_E_RE = re.compile(r"[^aeiouy]e$")
CONSONANT_LE_RE = re.compile(r"[^aeiouy]le$")
MIN_COMPOUND_PART = 3


@cache
def cmudict_syllables() -> dict[str, int]:
    """Word -> fewest syllables; loaded on first use (about 70 ms), then kept."""
    counts: dict[str, int] = {}
    data = resources.files("faro.readability").joinpath(DATA_FILE).read_bytes()
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        syllables, words = line.split("\t", 1)
        counts.update(dict.fromkeys(words.split(), int(syllables)))
    return counts


def _stem_candidates(stem: str) -> tuple[str, ...]:
    """The stem as written, with a dropped "e" restored, or a doubled consonant undone."""
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.append(stem[:-1])
    if stem.endswith("i"):
        candidates.append(stem[:-1] + "y")  # happily -> happy
    return tuple(candidates)


def _by_suffix(word: str, known: dict[str, int]) -> int | None:
    for suffix, extra in SUFFIX_SYLLABLES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_COMPOUND_PART:
            for stem in _stem_candidates(word[: -len(suffix)]):
                if stem in known:
                    return known[stem] + extra
    return None


def _by_compound(word: str, known: dict[str, int]) -> int | None:
    """Two dictionary words (cyber+attack); the most balanced split wins."""
    best: tuple[int, int] | None = None
    for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
        left, right = word[:cut], word[cut:]
        if left in known and right in known:
            balance = min(len(left), len(right))
            if best is None or balance > best[0]:
                best = (balance, known[left] + known[right])
    return best[1] if best else None


def _by_vowel_groups(word: str) -> int:
    groups = len(VOWEL_GROUP_RE.findall(word))
    if SILENT_FINAL_E_RE.search(word) and not CONSONANT_LE_RE.search(word):
        groups -= 1
    return max(groups, 1)


@lru_cache(maxsize=65536)
def count_syllables_en(word: str) -> int:
    """Syllables of one English word (no hyphens, no digits); at least 1."""
    known = cmudict_syllables()
    word = word.lower().replace("’", "'")
    if word in known:
        return max(known[word], 1)
    for possessive in ("'s", "'"):
        if word.endswith(possessive) and word[: -len(possessive)] in known:
            return max(known[word[: -len(possessive)]], 1)
    for pattern, replacement in BRITISH_TO_US:
        american = pattern.sub(replacement, word)
        if american != word and american in known:
            return max(known[american], 1)
    for fallback in (_by_suffix, _by_compound):
        found = fallback(word, known)
        if found is not None:
            return max(found, 1)
    return _by_vowel_groups(word)
