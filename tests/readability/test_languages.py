"""Portuguese and French pages scored with their own formulas; other languages with none."""

import pytest

from faro.readability.analysis import Settings, analyse_markdown

ANY_LENGTH = Settings(min_words=1)

# A 1, se-nha 2, pro-te-ge 3, a 1, su-a 2, con-ta 2 | U-se 2, u-ma 2, se-nha 2, lon-ga 2
PORTUGUESE = "A senha protege a sua conta. Use uma senha longa."
# Le 1, mot 1, de 1, passe 1, pro-tège 2, votre 1, compte 1 | Choi-si-ssez 3, un 1, mot 1, long 1
FRENCH = "Le mot de passe protège votre compte. Choisissez un mot long."
QUECHUA = "Allin kawsay. Wasiykipi yachay."


def test_portuguese_counts_and_flesch_martins_by_hand():
    result = analyse_markdown(PORTUGUESE, path="p.md", lang="pt", settings=ANY_LENGTH)
    assert (result.counts.sentences, result.counts.words, result.counts.syllables) == (2, 10, 19)
    # 248.835 - 1.015 * 5 - 84.6 * 1.9 = 83.02
    assert result.scores["flesch_martins"] == pytest.approx(83.02)
    assert result.scores["martins_band"] == "muito fácil"
    assert result.scores["flesch_reading_ease"] is None and result.scores["szigriszt_pazos"] is None
    assert result.status == "ok"


def test_french_counts_kandel_moles_and_lix_by_hand():
    result = analyse_markdown(FRENCH, path="f.md", lang="fr", settings=ANY_LENGTH)
    assert (result.counts.sentences, result.counts.words, result.counts.syllables) == (2, 11, 14)
    # 207 - 1.015 * 11/2 - 73.6 * 14/11
    assert result.scores["kandel_moles"] == pytest.approx(207 - 1.015 * 5.5 - 73.6 * 14 / 11)
    # two words of more than six letters: protège, Choisissez
    assert result.scores["lix"] == pytest.approx(5.5 + 100 * 2 / 11)
    assert result.scores["flesch_reading_ease"] is None


def test_a_hard_french_page_fails_its_own_gate():
    hard = ("L'interopérabilité des infrastructures informatiques gouvernementales "
            "nécessite une authentification multifactorielle systématiquement renforcée.")
    result = analyse_markdown(hard, path="f.md", lang="fr", settings=ANY_LENGTH)
    assert [f.rule_id for f in result.findings] == ["readability.score-fail"]
    assert "Kandel-Moles" in result.findings[0].message("fr")


def test_a_language_without_formula_is_not_scored_and_says_so():
    result = analyse_markdown(QUECHUA, path="q.md", lang="qu", settings=ANY_LENGTH)
    assert result.counts.sentences == 2 and result.counts.words == 4
    assert set(result.scores.values()) == {None}
    assert not result.gated
    assert [f.rule_id for f in result.findings] == ["readability.no-formula"]
    assert result.to_dict()["syllables"] is None


def test_long_sentences_are_flagged_in_a_language_without_formula():
    long_sentence = " ".join(["rimay"] * 30) + "."
    result = analyse_markdown(long_sentence, path="q.md", lang="gn", settings=ANY_LENGTH)
    assert "readability.long-sentence" in {f.rule_id for f in result.findings}
