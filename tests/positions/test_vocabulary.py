"""The vocabularies are the brief's: 17 topics, 8 stance values with symbols, plus "not yet extracted"."""

from faro.positions.vocabulary import NOT_ADDRESSED, NOT_EXTRACTED, load_vocabulary
from faro.records.codes import alpha3_of, is_language_tag, state_codes

BRIEF_STANCES = {"affirms": "✔", "affirms_rule": "✔R", "affirms_qualified": "✔*", "principle_only": "◐",
                 "rejects": "✘", "undecided": "?", "mentioned": "•", NOT_ADDRESSED: "—"}


def test_seventeen_topics_with_both_languages():
    vocabulary = load_vocabulary()
    assert len(vocabulary.topics) == 17
    assert len({t.id for t in vocabulary.topics}) == 17
    for topic in vocabulary.topics:
        for field in (topic.label, topic.question, topic.gloss, topic.slug):
            assert set(field) == {"es", "en"}, topic.id
    assert vocabulary.topic("sovereignty").question == {
        "es": "¿Qué dicen los Estados sobre la soberanía?", "en": "What do States say about sovereignty?"}


def test_stances_have_text_symbols_and_not_extracted_is_distinct():
    vocabulary = load_vocabulary()
    symbols = {s.id: s.symbol for s in vocabulary.stances}
    assert {k: symbols[k] for k in BRIEF_STANCES} == BRIEF_STANCES
    assert symbols[NOT_EXTRACTED] not in BRIEF_STANCES.values()
    assert len(set(symbols.values())) == len(symbols)
    # Written by editors only with extraction: full (rule positions.not-addressed-needs-full-extraction).
    assert vocabulary.stance(NOT_ADDRESSED).recorded


def test_country_and_language_codes_are_iso_and_bcp47():
    states = state_codes()
    assert {"BR", "CL", "GB", "ES", "CR", "DE"} <= states
    assert "EU" not in states and "UN" not in states
    assert alpha3_of()["GB"] == "GBR"
    assert alpha3_of()["DE"] == "DEU"  # not DDR, the retired code CLDR also maps to DE
    assert is_language_tag("pt-BR") and is_language_tag("es")
    assert not is_language_tag("zz") and not is_language_tag("english")
