import pytest

from faro.accessibility.language_detect import detect_language

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
def test_spanish_blocks(text):
    assert detect_language(text) == "es"


@pytest.mark.parametrize("text", ENGLISH)
def test_english_blocks(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text", [
    "Microsoft Authenticator, Google Authenticator, Authy",       # names only
    "Active la verificación",                                    # too short
    "Abra Settings > Security > Two-step verification en su teléfono Android.",  # mixed UI labels
])
def test_unsure_or_short_blocks_are_left_alone(text):
    assert detect_language(text) in (None, "es")
    assert detect_language(text) != "en"
