"""Passage-level language detection (WCAG 3.1.2): sentences, a threshold, no names or loan words."""

import pytest

from faro.accessibility import language_detect
from faro.accessibility.language_detect import content_words, detect_sentence, foreign_passages

SITE = ("es", "en")
SPANISH = [
    "Use un gestor de contraseñas para guardar sus claves de forma segura en todos sus dispositivos.",
    "Si recibe un correo que le pide su contraseña, no responda y avise a su banco.",
    "La verificación en dos pasos protege la cuenta aunque alguien conozca la clave.",
]
ENGLISH = [
    "You should always turn on two-step verification for your email and your bank.",
    "Length beats complexity: a long passphrase is easier to remember and harder to guess.",
    "If you get an email that asks for your password, do not answer it and tell your bank.",
]


@pytest.mark.parametrize("text", SPANISH)
def test_spanish_sentences(text):
    assert detect_sentence(text, "es", SITE) is None
    found = detect_sentence(text, "en", SITE)
    assert found.language == "es" and found.confidence >= language_detect.THRESHOLD


@pytest.mark.parametrize("text", ENGLISH)
def test_english_sentences(text):
    assert detect_sentence(text, "en", SITE) is None
    found = detect_sentence(text, "es", SITE)
    assert found.language == "en" and found.confidence >= language_detect.THRESHOLD


@pytest.mark.parametrize(("text", "page"), [
    ("Instale Microsoft Authenticator, Google Authenticator o Authy en el teléfono.", "es"),
    ("Install Microsoft Authenticator, Google Authenticator or Authy on your phone.", "en"),
    ("Microsoft Authenticator, Google Authenticator, Authy", "es"),
    ("Un ataque de phishing es un correo falso que imita el de su banco.", "es"),   # a loan word
    ("Firewall, router, backup, malware, ransomware, phishing, smishing.", "es"),  # terms only
    ("Abra Settings > Security > Two-step verification en su teléfono Android.", "es"),
    ("Pulse en «Forgot your password?» para cambiarla.", "es"),                   # a short label
    ("The Instituto Nacional de Ciberseguridad answers on 017.", "en"),            # a name
])
def test_names_brands_and_single_foreign_words_are_not_passages(text, page):
    assert foreign_passages(text, page, SITE) == []


def test_names_acronyms_numbers_and_addresses_are_not_words():
    assert content_words("Llame al 017 o escriba a INCIBE en https://incibe.es desde Windows.") == [
        "llame", "al", "o", "escriba", "a", "en", "desde"]


def test_a_sentence_inside_a_paragraph_is_found_and_consecutive_ones_are_one_passage():
    text = ("Lea el mensaje con calma. If you are not sure, call your bank before you click anything. "
            "Do not open the files that come with it. Después, borre el correo sin abrir los adjuntos.")
    [(passage, found)] = foreign_passages(text, "es", SITE)
    assert passage == ("If you are not sure, call your bank before you click anything. "
                       "Do not open the files that come with it.")
    assert found.language == "en"


def test_two_passages_apart_are_two_findings():
    text = ("If you are not sure, call your bank before you click anything. "
            "Lea el mensaje con calma y no conteste. "
            "Do not open the files that come with it, even if they look real.")
    assert [p.split()[0] for p, _ in foreign_passages(text, "es", SITE)] == ["If", "Do"]


def test_below_the_threshold_nothing_is_found(monkeypatch):
    monkeypatch.setattr(language_detect, "THRESHOLD", 1.01)
    assert foreign_passages(ENGLISH[0], "es", SITE) == []


def test_a_site_of_one_language_has_nothing_to_tell_apart():
    assert foreign_passages(ENGLISH[0], "es", ("es",)) == []


def test_a_language_without_function_words_is_never_reported():
    # lingua must pick Spanish or Portuguese for an English sentence; neither is reported
    # as 'pt', which Faro keeps no function words for.
    assert foreign_passages(ENGLISH[0], "es", ("es", "pt")) == []
