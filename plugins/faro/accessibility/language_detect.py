"""Find sentences written in another of the site's languages than the page's (WCAG 3.1.2).

A finding needs a real change of language, not a borrowed word, so a sentence goes
through three steps, the cheap ones first:

1. Words: names and brands (capitalised words after the first), acronyms, numbers,
   addresses and code are left out. A sentence with fewer than `MIN_WORDS` words
   left is never a finding: a single foreign word, a product name or a menu label is
   not a passage.
2. Function words: a sentence that uses enough of the page language's function words
   ("de", "la", "que"; "the", "of", "and") is in that language. Nearly every sentence
   stops here, at the cost of one set lookup per word.
3. Identification: the rest go to lingua (lingua-language-detector, Apache-2.0), asked
   to choose only among the site's languages (so only their models are loaded). A
   sentence counts when lingua gives another site language a confidence of at least
   `THRESHOLD` and that language's own function words appear in it (`MIN_EVIDENCE`),
   so a list of English security terms in a Spanish sentence ("phishing, malware,
   ransomware") is not taken for English. A language without a function-word list
   in data/stopwords.yml is never reported: with only two candidates, lingua may
   give a third language's sentence to either, and the list is the check on that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from faro.accessibility.data import STOP_WORDS

MIN_WORDS = 6
"""Words a sentence must keep, names left out, before its language is judged."""
OWN_SHARE = 0.2
"""Share of the page language's function words that settles a sentence as the page's."""
MIN_EVIDENCE = 2
"""Function words of the detected language a sentence must contain, when they are known."""
THRESHOLD = 0.9
"""Lingua's confidence (0-1, among the site's languages) a finding needs."""

_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_NOT_PROSE = re.compile(r"[@/\\=<>{}\[\]#]|^\w+://|\d")


@dataclass(frozen=True)
class Detection:
    language: str
    confidence: float


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def sentences_of(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def content_words(sentence: str) -> list[str]:
    """Lower-case words of a sentence without names, acronyms, numbers, addresses or paths."""
    words = []
    for position, token in enumerate(_TOKEN.findall(sentence)):
        if _NOT_PROSE.search(token):
            continue
        letters = _WORD.findall(token)
        if not letters:
            continue
        first = letters[0]
        if position > 0 and first[:1].isupper():
            continue  # a name or a brand: Google Authenticator, Windows, INCIBE
        if len(first) > 1 and first.isupper():
            continue  # an acronym at the start: VPN, SMS
        words.extend(word.lower() for word in letters)
    return words


@cache
def _detector(languages: tuple[str, ...]):
    """A lingua detector for the site's languages that lingua knows (None if fewer than two)."""
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = []
    for lang in languages:
        try:
            codes.append(IsoCode639_1.from_str(lang))
        except ValueError:
            continue
    if len(codes) < 2:
        return None
    # Low-accuracy mode (trigrams only) loads in about 0.2 s instead of 2.4 s for the
    # full models, which a one-page check would pay; the sentences it sees have passed
    # the function-word screens (on the sentences tried when this was set, 2026-12-07,
    # it chose the same language as the full models wherever both were confident).
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def _own_language(words: list[str], lang: str) -> bool:
    vocabulary = STOP_WORDS.get(lang)
    if vocabulary is None:
        return False
    own = sum(1 for word in words if word in vocabulary)
    return own >= MIN_EVIDENCE and own >= OWN_SHARE * len(words)


def detect_sentence(sentence: str, page_lang: str, languages: tuple[str, ...]) -> Detection | None:
    """The other site language a sentence is written in, if the evidence is clear; else None."""
    words = content_words(sentence)
    if len(words) < MIN_WORDS or _own_language(words, page_lang):
        return None
    detector = _detector(tuple(sorted(set(languages) | {page_lang})))
    if detector is None:
        return None
    best = detector.compute_language_confidence_values(" ".join(words))[0]
    detected = best.language.iso_code_639_1.name.lower()
    if detected == page_lang or best.value < THRESHOLD:
        return None
    vocabulary = STOP_WORDS.get(detected)
    if vocabulary is None or sum(1 for w in words if w in vocabulary) < MIN_EVIDENCE:
        return None  # no evidence of our own for that language: not reported
    return Detection(detected, round(best.value, 2))


def may_hold_other_language(text: str, page_lang: str, languages: tuple[str, ...]) -> bool:
    """False when no sentence of `text` can be a finding: a cheap test for a whole page or block.

    A finding needs `MIN_EVIDENCE` function words of the language found; when every other
    site language has a list of them and the text holds fewer, nothing can be found.
    """
    others = [lang for lang in languages if lang != page_lang]
    if not others or any(lang not in STOP_WORDS for lang in others):
        return bool(others)
    tokens = text.lower().split()
    return any(sum(map(_screen_vocabulary(lang).__contains__, tokens)) >= MIN_EVIDENCE
               for lang in others)


_OPENERS = "(¿¡\"“«'‘"
_CLOSERS = ",.;:!?)\"”»'’…"


@cache
def _screen_vocabulary(lang: str) -> frozenset[str]:
    """A language's function words as whitespace-split tokens: bare, or with punctuation.

    Splitting on white space runs in C; a word tokenizer over a whole page costs about
    four times as much, and the screen runs on every page.
    """
    words = STOP_WORDS[lang]
    return frozenset({*words, *(o + w for w in words for o in _OPENERS),
                      *(w + c for w in words for c in _CLOSERS),
                      *(o + w + c for w in words for o in _OPENERS for c in _CLOSERS)})


def foreign_passages(text: str, page_lang: str,
                     languages: tuple[str, ...]) -> list[tuple[str, Detection]]:
    """Runs of consecutive sentences in one other language: each run is one passage."""
    if not may_hold_other_language(text, page_lang, languages):
        return []
    passages: list[tuple[list[str], Detection]] = []
    previous: Detection | None = None
    for sentence in sentences_of(text):
        detection = detect_sentence(sentence, page_lang, languages)
        if detection is None:
            previous = None
            continue
        if previous is not None and previous.language == detection.language:
            sentences, first = passages[-1]
            sentences.append(sentence)
            passages[-1] = (sentences, Detection(first.language,
                                                 min(first.confidence, detection.confidence)))
        else:
            passages.append(([sentence], detection))
        previous = detection
    return [(" ".join(sentences), detection) for sentences, detection in passages]
