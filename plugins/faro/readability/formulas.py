"""Readability formulas with the exact constants of spec sections 2 and 3.

Pure functions of the counts, so they can be checked by hand. Values are never
clamped: a score below 0 or above 100 is what the formula says, and gating uses it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Counts:
    sentences: int
    words: int
    syllables: int
    letters: int
    long_words: int = 0  # words of more than six letters (LIX)

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.sentences

    @property
    def syllables_per_word(self) -> float:
        return self.syllables / self.words


def szigriszt_pazos(counts: Counts) -> float:
    """Perspicuity (Szigriszt Pazos 1993): 206.835 - 62.3 Y/W - W/S."""
    return 206.835 - 62.3 * counts.syllables_per_word - counts.words_per_sentence


def fernandez_huerta(counts: Counts) -> float:
    """Corrected form (Law 2011): F is words per sentence, not sentences per 100 words."""
    return 206.84 - 60 * counts.syllables_per_word - 1.02 * counts.words_per_sentence


def gutierrez_de_polini(counts: Counts) -> float:
    """Comprehensibility (Gutiérrez de Polini 1972): 95.2 - 9.7 L/W - 0.35 W/S."""
    return 95.2 - 9.7 * counts.letters / counts.words - 0.35 * counts.words_per_sentence


def crawford(counts: Counts) -> float:
    """Years of schooling (Crawford 1984); primary levels only, above ~6 extrapolates."""
    sentences_per_100 = 100 * counts.sentences / counts.words
    syllables_per_100 = 100 * counts.syllables_per_word
    return -0.205 * sentences_per_100 + 0.049 * syllables_per_100 - 3.407


def flesch_reading_ease(counts: Counts) -> float:
    """Flesch (1948): 206.835 - 1.015 W/S - 84.6 Y/W."""
    return 206.835 - 1.015 * counts.words_per_sentence - 84.6 * counts.syllables_per_word


def flesch_kincaid_grade(counts: Counts) -> float:
    """Kincaid et al. (1975): 0.39 W/S + 11.8 Y/W - 15.59, a US school grade."""
    return 0.39 * counts.words_per_sentence + 11.8 * counts.syllables_per_word - 15.59


def flesch_martins(counts: Counts) -> float:
    """Flesch for Brazilian Portuguese (Martins, Ghiraldelo, Nunes & Oliveira 1996):
    Flesch's weights with 248.835 for 206.835, since Portuguese words are longer."""
    return 248.835 - 1.015 * counts.words_per_sentence - 84.6 * counts.syllables_per_word


def kandel_moles(counts: Counts) -> float:
    """Flesch for French (Kandel & Moles 1958): 207 - 1.015 W/S - 73.6 Y/W."""
    return 207 - 1.015 * counts.words_per_sentence - 73.6 * counts.syllables_per_word


def lix(counts: Counts) -> float:
    """LIX (Björnsson 1968): W/S + 100 x words of more than six letters / W; no syllables."""
    return counts.words_per_sentence + 100 * counts.long_words / counts.words


# Lower bounds, inclusive (spec 3.3 fixes the INFLESZ boundaries this way).
INFLESZ_BANDS = (
    (80.0, "muy fácil"),
    (65.0, "bastante fácil"),
    (55.0, "normal"),
    (40.0, "algo difícil"),
)
FLESCH_BANDS = (
    (90.0, "very easy"),
    (80.0, "easy"),
    (70.0, "fairly easy"),
    (60.0, "standard"),
    (50.0, "fairly difficult"),
    (30.0, "difficult"),
)


# Martins et al. (1996) as restated by its users: four bands of 25 points.
MARTINS_BANDS = (
    (75.0, "muito fácil"),
    (50.0, "fácil"),
    (25.0, "difícil"),
)


def _band(score: float, bands: tuple[tuple[float, str], ...], lowest: str) -> str:
    return next((label for bound, label in bands if score >= bound), lowest)


def inflesz_band(score: float) -> str:
    return _band(score, INFLESZ_BANDS, "muy difícil")


def flesch_band(score: float) -> str:
    return _band(score, FLESCH_BANDS, "very difficult")


def martins_band(score: float) -> str:
    return _band(score, MARTINS_BANDS, "muito difícil")


SCORE_KEYS = (
    "szigriszt_pazos", "inflesz_band", "fernandez_huerta", "gutierrez_de_polini", "crawford",
    "flesch_reading_ease", "flesch_band", "flesch_kincaid_grade",
    "flesch_martins", "martins_band", "kandel_moles", "lix",
)


def spanish_scores(counts: Counts) -> dict[str, float | str]:
    szigriszt = szigriszt_pazos(counts)
    return {
        "szigriszt_pazos": szigriszt, "inflesz_band": inflesz_band(szigriszt),
        "fernandez_huerta": fernandez_huerta(counts),
        "gutierrez_de_polini": gutierrez_de_polini(counts), "crawford": crawford(counts),
    }


def english_scores(counts: Counts) -> dict[str, float | str]:
    reading_ease = flesch_reading_ease(counts)
    return {
        "flesch_reading_ease": reading_ease, "flesch_band": flesch_band(reading_ease),
        "flesch_kincaid_grade": flesch_kincaid_grade(counts),
    }


def portuguese_scores(counts: Counts) -> dict[str, float | str]:
    score = flesch_martins(counts)
    return {"flesch_martins": score, "martins_band": martins_band(score)}


def french_scores(counts: Counts) -> dict[str, float | str]:
    return {"kandel_moles": kandel_moles(counts), "lix": lix(counts)}


# One language's formulas; a language with none gets every key as None.
LANGUAGE_SCORES = {"es": spanish_scores, "en": english_scores, "pt": portuguese_scores,
                   "fr": french_scores}


def page_scores(counts: Counts, lang: str) -> dict[str, float | str | None]:
    """Every score key; only the page language's formulas get values.

    English Flesch on Spanish text makes easy Spanish look hard (spec 1), so a
    page reports only the formulas made for its language, and a language with
    no published formula reports none rather than another language's.
    """
    scores: dict[str, float | str | None] = dict.fromkeys(SCORE_KEYS)
    formulas = LANGUAGE_SCORES.get(lang)
    if formulas and counts.words and counts.sentences:
        scores.update(formulas(counts))
    return scores
