"""Tell Spanish from English in a block of text by counting function words.

Function words are frequent in every text and rarely shared between the two
languages, so a handful of them decide the language of a paragraph reliably; short
blocks are left alone because a title or a product name gives too little evidence.
"""

from __future__ import annotations

import re

from faro.accessibility.data import STOP_WORDS

MIN_WORDS = 8
MIN_EVIDENCE = 3
DOMINANCE = 3
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def detect_language(text: str) -> str | None:
    """The site language (es/en) the text is clearly written in, or None if unsure."""
    words = words_of(text)
    if len(words) < MIN_WORDS:
        return None
    hits = {lang: sum(1 for w in words if w in vocabulary) for lang, vocabulary in STOP_WORDS.items()}
    ranked = sorted(hits.items(), key=lambda item: item[1], reverse=True)
    (best, best_hits), (_, runner_up) = ranked[0], ranked[1]
    if best_hits >= MIN_EVIDENCE and best_hits >= DOMINANCE * runner_up:
        return best
    return None
