"""Word lists, role lists and theme facts the checks use, loaded once from YAML.

They are data so that a maintainer can add a generic link text or a colour pair
without reading the checks.
"""

from __future__ import annotations

from importlib import resources
from types import SimpleNamespace

from faro.yaml_data import load_yaml


def _load(name: str) -> dict:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return load_yaml(text)


def _lowered(words: list[str]) -> frozenset[str]:
    return frozenset(str(w).lower() for w in words)


_roles = _load("aria_roles.yml")
_links = _load("link_text.yml")
_alt = _load("alt_text.yml")
_stop = _load("stopwords.yml")
_partials = _load("theme_partials.yml")
_pairs = _load("contrast_pairs.yml")

ARIA_ROLES: frozenset[str] = _lowered(_roles["roles"])
REQUIRED_OWNED: dict[str, frozenset[str]] = {
    role: _lowered(owned) for role, owned in _roles["required_owned"].items()
}
REQUIRED_CONTEXT: dict[str, frozenset[str]] = {
    role: _lowered(context) for role, context in _roles["required_context"].items()
}
NAMING_PROHIBITED: frozenset[str] = _lowered(_roles["naming_prohibited"])
IMPLICIT_ROLES: dict[str, str] = dict(_roles["implicit_roles"])
GENERIC_LINK_TEXT: dict[str, frozenset[str]] = {
    lang: _lowered(words) for lang, words in _links.items()
}
GENERIC_ALT_TEXT: frozenset[str] = _lowered(_alt["generic"])
IMAGE_EXTENSIONS: frozenset[str] = _lowered(_alt["file_extensions"])
STOP_WORDS: dict[str, frozenset[str]] = {lang: _lowered(words) for lang, words in _stop.items()}
theme_partials = SimpleNamespace(classes=dict(_partials["classes"]), default=_partials["default"])
CONTRAST_PAIRS: list[dict] = list(_pairs["pairs"])
