"""Words, sentences and per-token syllables (RR v1 sections 4.2-4.4).

These rules decide a score as much as the formula does, so they are explicit
here rather than left to a library: a period after "p. ej." or "EE. UU." does
not end a sentence, a URL is no word, a figure or an acronym is one syllable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from faro.readability.markdown_text import TextBlock
from faro.yaml_data import load_yaml

DOTTED_ABBREVIATION = r"(?<![\w.])(?:[^\W\d_]{1,2}\.){2,}"  # e.g., EE.UU., a.m.
WORD_PATTERN = DOTTED_ABBREVIATION + r"|[^\W_]+(?:(?:[-'’]|(?<=\d)[.,](?=\d))[^\W_]+)*"
WORD_RE = re.compile(WORD_PATTERN)
# A run of terminators, optional closing quotes/brackets, then whitespace or the end.
# Dotted abbreviations are matched first so their periods are never terminators.
TERMINATOR_RE = re.compile(
    rf"(?P<abbreviation>{DOTTED_ABBREVIATION})|(?P<end>[.!?…]+[\"”’»)\]]*(?=\s|$))"
)
WHITESPACE_RE = re.compile(r"\s+")
SPACE_BEFORE_PUNCTUATION_RE = re.compile(r"\s+(?=[.,;:!?…])")  # left where a URL was removed


@dataclass(frozen=True)
class Sentence:
    line: int
    text: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class Abbreviations:
    """One language's abbreviation rules, from `data/abbreviations.yml`."""

    words: frozenset[str]
    pair_firsts: dict[str, str]  # first word -> second word
    pair_seconds: dict[str, str]  # second word -> first word
    capital_only: frozenset[str]


def _with_capitals(words: Iterable[str]) -> frozenset[str]:
    return frozenset(form for word in words for form in (word, word[:1].upper() + word[1:]))


@cache
def abbreviations(lang: str) -> Abbreviations:
    data_file = resources.files("faro.readability").joinpath("data/abbreviations.yml")
    # A language without a list: only dotted abbreviations (e.g., a.m.) keep their periods.
    empty = {"words": [], "pairs": [], "capital_only": []}
    data = load_yaml(data_file.read_text(encoding="utf-8")).get(lang, empty)
    pairs = [tuple(pair) for pair in data["pairs"]]
    return Abbreviations(
        words=_with_capitals(data["words"]),
        pair_firsts={first: second for first, second in pairs},
        pair_seconds={second: first for first, second in pairs},
        capital_only=_with_capitals(data["capital_only"]),
    )


def _next_word(text: str, position: int) -> str:
    match = WORD_RE.search(text, position)
    return match.group() if match else ""


def _ends_sentence(
    text: str, terminator: re.Match, words: list[str], rules: Abbreviations
) -> bool:
    """Whether this run of terminators closes the sentence built so far."""
    attached = text[terminator.start() - 1].isalnum()  # "word." rather than "word ."
    if terminator.group().rstrip("\"”’»)]") != "." or not attached:
        return True  # ! ? … or "...", or a period standing apart from the word
    previous = words[-1]
    if previous in rules.words:
        return False
    if previous in rules.capital_only:
        return _next_word(text, terminator.end())[:1].isupper()
    if rules.pair_firsts.get(previous) == _next_word(text, terminator.end()):
        return False  # "p." of "p. ej.", "EE." of "EE. UU."
    if len(words) > 1 and rules.pair_seconds.get(previous) == words[-2]:
        return False
    return True


def split_sentences(block: TextBlock, lang: str) -> Iterator[Sentence]:
    """Sentences of one block; a block end always ends a sentence.

    A run of terminators with no word before it is not a sentence of its own:
    every sentence holds at least one word, and none is dropped for being short.
    Only terminators are visited one by one; the words between two of them are
    collected by `findall`, which keeps the per-word cost in C.
    """
    rules = abbreviations(lang)
    text = block.text
    words: list[str] = []
    start = segment = first_word = 0  # a sentence's text starts where the last one ended
    for match in TERMINATOR_RE.finditer(text):
        if match.lastgroup != "end":
            continue  # a dotted abbreviation: its periods are part of the word
        if not words:
            first = WORD_RE.search(text, segment, match.start())
            first_word = first.start() if first else first_word
        words.extend(WORD_RE.findall(text, segment, match.start()))
        segment = match.end()
        if words and _ends_sentence(text, match, words, rules):
            yield _sentence(block, start, first_word, match.end(), words)
            words = []
            start = match.end()
    if not words:
        first = WORD_RE.search(text, segment)
        first_word = first.start() if first else first_word
    words.extend(WORD_RE.findall(text, segment))
    if words:
        yield _sentence(block, start, first_word, len(text), words)


def _sentence(block: TextBlock, start: int, first_word: int, end: int, words: list[str]) -> Sentence:
    text = WHITESPACE_RE.sub(" ", block.text[start:end]).strip()
    text = SPACE_BEFORE_PUNCTUATION_RE.sub("", text)
    return Sentence(block.line_at(first_word), text, tuple(words))


@lru_cache(maxsize=131072)
def token_syllables(token: str, count_word: Callable[[str], int]) -> int:
    """Syllables of one token: figures, acronyms and dotted abbreviations are 1."""
    if any(character.isdigit() for character in token):
        return 1
    letters = [character for character in token if character.isalpha()]
    if len(letters) >= 2 and all(character.isupper() for character in letters):
        return 1
    if token.endswith("."):
        return 1
    return sum(max(1, count_word(part)) for part in token.split("-") if part)


@lru_cache(maxsize=131072)
def letter_count(token: str) -> int:
    return sum(1 for character in token if character.isalpha())
