"""Whole pages: counts by hand, gates, long sentences and front-matter overrides."""

import pytest

from faro.readability.analysis import Settings, Thresholds, analyse_markdown

# Hand count: La 1, con-tra-se-ña 4, se-gu-ra 3, pro-te-ge 3, tu 1, cuen-ta 2, de 1,
# a-ta-ques 3, muy 1, fre-cuen-tes 3 = 22 syllables, 10 words.
# Szigriszt = 206.835 - 62.3 * 2.2 - 10 = 59.775: below 65 (warn), above 55 (fail).
WARN_SENTENCE = "La contraseña segura protege tu cuenta de ataques muy frecuentes."
# Las 1, or-ga-ni-za-cio-nes 6, in-ter-na-cio-na-les 6, ne-ce-si-tan 4, au-ten-ti-ca-ción 5,
# mul-ti-fac-to-rial 5, o-bli-ga-to-ria 5 = 32 syllables, 7 words: Szigriszt about -85.
FAIL_SENTENCE = ("Las organizaciones internacionales necesitan autenticación multifactorial "
                 "obligatoria.")
EASY_SENTENCE = "El gato come pescado. La casa es grande."


def page(body, front_matter="", lang="es", settings=None):
    source = f"---\n{front_matter}\n---\n{body}\n" if front_matter else body
    return analyse_markdown(source, path="guia.md", lang=lang, settings=settings)


def rule_ids(analysis):
    return sorted(finding.rule_id for finding in analysis.findings)


def test_spanish_counts_and_scores_by_hand():
    result = page(EASY_SENTENCE)
    # El 1 ga-to 2 co-me 2 pes-ca-do 3 | La 1 ca-sa 2 es 1 gran-de 2 = 14 syllables.
    assert (result.counts.sentences, result.counts.words, result.counts.syllables) == (2, 8, 14)
    assert result.counts.letters == 31
    assert result.scores["szigriszt_pazos"] == pytest.approx(206.835 - 62.3 * 1.75 - 4)
    assert result.scores["fernandez_huerta"] == pytest.approx(206.84 - 60 * 1.75 - 1.02 * 4)


def test_english_counts_and_scores_by_hand():
    # The 1 cat 1 sat 1 on 1 the 1 mat 1 | Ev-ery 2 fam-ily 2 us-es 2 pass-words 2.
    result = page("The cat sat on the mat. Every family uses passwords.", lang="en")
    assert (result.counts.sentences, result.counts.words, result.counts.syllables) == (2, 10, 14)
    assert result.scores["flesch_reading_ease"] == pytest.approx(206.835 - 1.015 * 5 - 84.6 * 1.4)
    assert result.scores["flesch_kincaid_grade"] == pytest.approx(0.39 * 5 + 11.8 * 1.4 - 15.59)


def test_detail_lists_words_in_reading_order():
    data = page(EASY_SENTENCE).to_dict(detail=True)
    assert [w["syllables"] for w in data["word_list"]] == [1, 2, 2, 3, 1, 2, 1, 2]
    assert data["sentence_list"] == [
        {"line": 1, "words": 4, "text": "El gato come pescado."},
        {"line": 1, "words": 4, "text": "La casa es grande."},
    ]


def test_page_between_warn_and_fail_warns():
    result = page(" ".join([WARN_SENTENCE] * 10))
    assert result.scores["szigriszt_pazos"] == pytest.approx(59.775)
    assert rule_ids(result) == ["readability.score-warn"]
    assert result.status == "warn"
    assert "59.8 (normal)" in result.findings[0].message("es")
    assert "≥ 65" in result.findings[0].message("es")


def test_page_below_fail_threshold_fails():
    result = page(" ".join([FAIL_SENTENCE] * 15))
    assert result.counts.words == 105
    assert rule_ids(result) == ["readability.score-fail"]
    assert result.status == "fail"
    assert "esta página necesita ≥ 55" in result.findings[0].message("es")
    assert "this page needs ≥ 55" in result.findings[0].message("en")


def test_short_page_is_reported_but_never_gated():
    result = page(" ".join([FAIL_SENTENCE] * 14))  # 98 words
    assert not result.gated
    assert result.status == "ok"
    assert result.scores["szigriszt_pazos"] < 0


def test_thresholds_and_minimum_come_from_settings():
    settings = Settings(thresholds={"es": Thresholds(szigriszt_warn=50, szigriszt_fail=40),
                                    "en": Thresholds()}, min_words=10)
    assert page(WARN_SENTENCE, settings=settings).status == "ok"
    assert page(FAIL_SENTENCE + " " + FAIL_SENTENCE, settings=settings).status == "fail"


def test_english_gate_uses_grade_and_reading_ease():
    hard = ("Organizations implementing authentication infrastructure necessitate "
            "comprehensive documentation regarding administrative responsibilities. ")
    result = page(hard * 12, lang="en")
    assert result.scores["flesch_kincaid_grade"] > 10
    assert rule_ids(result) == ["readability.score-fail", "readability.score-fail"]
    assert {"≤ 10", "≥ 50"} <= {f.args["requirement"] for f in result.findings}


def test_long_sentence_over_25_words_is_flagged_with_its_line():
    words_25 = " ".join(["palabra"] * 25) + "."
    words_26 = " ".join(["palabra"] * 26) + "."
    result = page(f"Intro.\n\n{words_25}\n\n{words_26}")
    assert rule_ids(result) == ["readability.long-sentence"]
    finding = result.findings[0]
    assert finding.line == 5
    assert finding.message("es").startswith("Frase de 26 palabras (máximo recomendado: 25)")
    assert finding.message("en").startswith("Sentence of 26 words (recommended maximum: 25)")
    assert result.status == "warn"


def test_longest_sentences_are_the_five_longest():
    body = " ".join(" ".join(["uno"] * n) + "." for n in (3, 9, 1, 7, 5, 8, 2))
    longest = page(body).to_dict()["longest_sentences"]
    assert [s["words"] for s in longest] == [9, 8, 7, 5, 3]


def test_override_with_reason_changes_the_limit_and_is_reported():
    body = " ".join([WARN_SENTENCE] * 10)
    result = page(body, 'title: Aviso legal\nreadability: {szigriszt_min: 50, reason: "Texto legal"}')
    assert result.status == "ok"
    assert rule_ids(result) == ["readability.override-applied"]
    assert result.findings[0].line == 3
    assert result.to_dict()["override"] == {"reason": "Texto legal", "skip": False, "szigriszt_min": 50.0}
    assert "Texto legal" in result.findings[0].message("es")


def test_override_without_reason_is_an_error_and_is_not_applied():
    result = page(" ".join([WARN_SENTENCE] * 10), "readability:\n  szigriszt_min: 50")
    assert rule_ids(result) == ["readability.override-without-reason", "readability.score-warn"]
    assert result.status == "fail"
    assert result.override is None


@pytest.mark.parametrize(
    ("value", "problem"),
    [("{szigriszt_minimum: 50, reason: x}", "unknown key 'szigriszt_minimum'"),
     ("{fkgl_max: high, reason: x}", "number expected"),
     ("{skip: 'yes', reason: x}", "true/false expected"),
     ("40", "mapping")],
)
def test_malformed_override_is_an_error(value, problem):
    result = page(WARN_SENTENCE, f"readability: {value}")
    assert rule_ids(result) == ["readability.override-invalid"]
    assert problem in result.findings[0].message("en")


def test_skip_with_reason_turns_off_gates_and_sentence_flags():
    long_hard = " ".join([FAIL_SENTENCE] * 30 + ["palabra"] * 30) + "."
    result = page(long_hard, 'readability: {skip: true, reason: "Cita literal de la ley"}')
    assert not result.gated
    assert rule_ids(result) == ["readability.override-applied"]
    assert result.status == "ok"
