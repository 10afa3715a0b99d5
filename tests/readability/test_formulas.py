"""Formulas against values computed by hand from the constants of spec 2 and 3."""

import pytest

from faro.readability.formulas import (
    Counts,
    crawford,
    fernandez_huerta,
    flesch_band,
    flesch_kincaid_grade,
    flesch_reading_ease,
    gutierrez_de_polini,
    inflesz_band,
    page_scores,
    szigriszt_pazos,
)

# 2 sentences, 20 words, 40 syllables, 90 letters: W/S = 10, Y/W = 2, L/W = 4.5.
DENSE = Counts(sentences=2, words=20, syllables=40, letters=90)
# 4 sentences, 60 words, 78 syllables: W/S = 15, Y/W = 1.3.
PLAIN = Counts(sentences=4, words=60, syllables=78, letters=240)


def test_szigriszt_pazos():
    assert szigriszt_pazos(DENSE) == pytest.approx(206.835 - 124.6 - 10)  # 72.235


def test_fernandez_huerta_uses_words_per_sentence():
    # Corrected form: 206.84 - 60*2 - 1.02*10 = 76.64. The literal reading
    # (sentences per 100 words = 10) would give the same here, so check PLAIN too:
    assert fernandez_huerta(DENSE) == pytest.approx(76.64)
    assert fernandez_huerta(PLAIN) == pytest.approx(206.84 - 78 - 15.3)  # 113.54, not 206.84-78-6.8


def test_gutierrez_de_polini():
    assert gutierrez_de_polini(DENSE) == pytest.approx(95.2 - 43.65 - 3.5)  # 48.05


def test_crawford():
    # OP = 10 sentences per 100 words, SP = 200 syllables per 100 words.
    assert crawford(DENSE) == pytest.approx(-2.05 + 9.8 - 3.407)  # 4.343


def test_flesch_reading_ease():
    assert flesch_reading_ease(DENSE) == pytest.approx(206.835 - 10.15 - 169.2)  # 27.485
    assert flesch_reading_ease(PLAIN) == pytest.approx(206.835 - 15.225 - 109.98)  # 81.63


def test_flesch_kincaid_grade():
    assert flesch_kincaid_grade(DENSE) == pytest.approx(3.9 + 23.6 - 15.59)  # 11.91
    assert flesch_kincaid_grade(PLAIN) == pytest.approx(5.85 + 15.34 - 15.59)  # 5.6


def test_scores_are_not_clamped():
    hard = Counts(sentences=1, words=10, syllables=50, letters=100)
    assert szigriszt_pazos(hard) == pytest.approx(206.835 - 311.5 - 10)  # -114.665


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (80.0, "muy fácil"), (79.99, "bastante fácil"), (65.0, "bastante fácil"),
        (64.99, "normal"), (55.0, "normal"), (54.99, "algo difícil"), (40.0, "algo difícil"),
        (39.99, "muy difícil"), (-20.0, "muy difícil"),
    ],
)
def test_inflesz_bands_include_their_lower_bound(score, band):
    assert inflesz_band(score) == band


@pytest.mark.parametrize(
    ("score", "band"),
    [(95, "very easy"), (85, "easy"), (75, "fairly easy"), (65, "standard"),
     (55, "fairly difficult"), (40, "difficult"), (10, "very difficult")],
)
def test_flesch_bands(score, band):
    assert flesch_band(score) == band


def test_page_scores_fill_only_the_page_language():
    spanish = page_scores(DENSE, "es")
    assert spanish["szigriszt_pazos"] == pytest.approx(72.235)
    assert spanish["inflesz_band"] == "bastante fácil"
    assert spanish["flesch_reading_ease"] is None and spanish["flesch_kincaid_grade"] is None
    english = page_scores(PLAIN, "en")
    assert english["flesch_kincaid_grade"] == pytest.approx(5.6)
    assert english["flesch_band"] == "easy"
    assert english["szigriszt_pazos"] is None


def test_page_without_words_has_no_scores():
    assert set(page_scores(Counts(0, 0, 0, 0), "es").values()) == {None}
