"""Rule texts per locale: merged over the inline texts, same placeholders, English as fallback."""

import string

import pytest

from faro.findings import Finding
from faro.rules import FALLBACK_LANGUAGE, load_catalogue, missing_texts, rule_languages, unused_texts


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", [lang for lang in rule_languages() if lang != FALLBACK_LANGUAGE])
def test_every_translated_message_keeps_the_english_placeholders(lang):
    for rule in load_catalogue().values():  # only messages are formatted; hints may show braces
        if lang in rule.message:
            assert _fields(rule.message[lang]) == _fields(rule.message[FALLBACK_LANGUAGE]), (rule.id, lang)


def test_portuguese_and_french_are_locales_of_their_own():
    assert {"es", "en", "pt", "fr"} <= set(rule_languages())
    finding = Finding("content.missing-home", "content/fr/index.md", args={"lang": "fr"})
    assert finding.message("fr") == "La langue 'fr' n'a pas de page d'accueil (index.md)."
    assert finding.message("pt") == "O idioma 'fr' não tem página inicial (index.md)."


def test_a_missing_text_falls_back_to_english_and_is_listed():
    finding = Finding("content.missing-home", "x.md", args={"lang": "qu"})
    assert finding.message("qu") == finding.message("en")
    assert ("content.missing-home", "title") in missing_texts("qu")
    assert ("content.missing-home", "title") not in missing_texts("fr")


@pytest.mark.parametrize("lang", ["pt", "fr"])
def test_shipped_locales_translate_only_rules_that_exist(lang):
    assert unused_texts(lang) == []


def test_report_words_per_language_keep_their_placeholders_and_fall_back_to_english():
    from faro.findings import _labels, label

    for key, texts in _labels().items():
        for lang in ("pt", "fr"):
            assert _fields(texts[lang]) == _fields(texts["en"]), (key, lang)
    assert label("severity.warning", "fr") == "avertissement"
    assert label("severity.warning", "gn") == "warning"
