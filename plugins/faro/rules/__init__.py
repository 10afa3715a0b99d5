"""The rule catalogue: every check's rules as data, loaded from `rules/*.yml`.

A rule file is a mapping of rule id to its fields. Keeping rules as data lets a
maintainer change a severity or a help text without touching an engine, and lets
every output format (text, JSON, GitHub, SARIF) describe a rule the same way.

    readability.long-sentence:
      severity: warning            # error | warning | info
      wcag: "3.1.5"                # WCAG 2.2 success criterion, if any
      reference: "RR v1 4.2"       # formula or spec section, if any
      title: {es: ..., en: ...}
      message: {es: "... {words} ...", en: "... {words} ..."}
      hint: {es: ..., en: ...}

Texts in other languages live in `rules/locales/<lang>.yml` (one file per
language, like axe-core's locales), keyed by rule id with the same `title`,
`message` and `hint` keys; a new language is a new file. English is the one
language every rule must have: any text missing in another language falls back
to it, and `faro translations status` lists what is missing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from faro.yaml_data import SAFE_LOADER

FALLBACK_LANGUAGE = "en"
TEXT_KEYS = ("title", "message", "hint")
LOCALES_DIR = "locales"
SEVERITIES = ("error", "warning", "info")


class RuleError(ValueError):
    """A rule file is malformed: names the file and the rule."""


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    title: Mapping[str, str]
    message: Mapping[str, str]
    hint: Mapping[str, str]
    wcag: str | None = None
    reference: str | None = None

    @staticmethod
    def text(texts: Mapping[str, str], lang: str) -> str:
        return texts.get(lang) or texts.get(FALLBACK_LANGUAGE) or ""

    def format_message(self, lang: str, args: Mapping[str, object]) -> str:
        template = self.text(self.message, lang)
        try:
            return template.format(**{name: in_language(value, lang) for name, value in args.items()})
        except (KeyError, IndexError) as exc:
            raise RuleError(f"rule {self.id}: message needs argument {exc}") from exc


def in_language(value: object, lang: str) -> object:
    """An argument given in several languages ({"es": ..., "en": ...}) in `lang`."""
    if isinstance(value, Mapping) and FALLBACK_LANGUAGE in value:
        return value.get(lang) or value[FALLBACK_LANGUAGE]
    return value


def _parse_rule(source: str, rule_id: str, data: object) -> Rule:
    if not isinstance(data, dict):
        raise RuleError(f"{source}: rule {rule_id} must be a mapping")
    severity = data.get("severity")
    if severity not in SEVERITIES:
        raise RuleError(f"{source}: rule {rule_id}: severity must be one of {SEVERITIES}")
    texts = {}
    for key in TEXT_KEYS:
        value = data.get(key, {} if key == "hint" else None)
        if not isinstance(value, dict) or (key != "hint" and FALLBACK_LANGUAGE not in value):
            raise RuleError(f"{source}: rule {rule_id}: {key} needs at least an English ('en') text")
        texts[key] = {str(k): str(v).strip() for k, v in value.items()}
    unknown = set(data) - {"severity", "wcag", "reference", "title", "message", "hint"}
    if unknown:
        raise RuleError(f"{source}: rule {rule_id}: unknown keys {sorted(unknown)}")
    wcag = data.get("wcag")
    return Rule(
        id=rule_id,
        severity=severity,
        wcag=str(wcag) if wcag is not None else None,
        reference=data.get("reference"),
        **texts,
    )


def _locale_texts(source: str, data: object) -> dict[str, dict[str, str]]:
    """One locale file: rule id -> {title|message|hint: text}."""
    if not isinstance(data, dict):
        raise RuleError(f"{source}: must be a mapping of rule ids to texts")
    texts: dict[str, dict[str, str]] = {}
    for rule_id, fields in data.items():
        if not isinstance(fields, dict) or set(fields) - set(TEXT_KEYS):
            raise RuleError(f"{source}: rule {rule_id}: only {TEXT_KEYS} may be translated")
        texts[rule_id] = {key: str(value).strip() for key, value in fields.items()}
    return texts


def _merge(rule: Rule, lang: str, texts: Mapping[str, str]) -> Rule:
    merged = {key: {**getattr(rule, key), lang: texts[key]} for key in TEXT_KEYS if key in texts}
    return dataclasses.replace(rule, **merged)


@cache
def _locales() -> dict[str, dict[str, dict[str, str]]]:
    """Every locale file's texts: lang -> rule id -> texts."""
    locales = {}
    for lang, entry in sorted(_locale_files().items()):
        source = f"{LOCALES_DIR}/{entry.name}"
        try:
            data = yaml.load(entry.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}
        except yaml.YAMLError as exc:
            raise RuleError(f"{source}: not valid YAML: {exc}") from None
        locales[lang] = _locale_texts(source, data)
    return locales


@cache
def load_catalogue() -> dict[str, Rule]:
    """Every rule shipped with Faro, by id, with the texts of every locale file.

    A locale text for a rule that no longer exists is left out, not an error: a
    renamed rule must not stop every build; `unused_texts` lists such texts."""
    rules: dict[str, Rule] = {}
    package = resources.files(__package__)
    for entry in sorted(package.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yml"):
            continue
        data = yaml.load(entry.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}
        for rule_id, fields in data.items():
            if rule_id in rules:
                raise RuleError(f"{entry.name}: rule {rule_id} is defined twice")
            rules[rule_id] = _parse_rule(entry.name, rule_id, fields)
    for lang, by_rule in _locales().items():
        for rule_id, texts in by_rule.items():
            if rule_id in rules:
                rules[rule_id] = _merge(rules[rule_id], lang, texts)
    return rules


def unused_texts(lang: str) -> list[str]:
    """Rule ids that `rules/locales/<lang>.yml` translates but no rule file defines."""
    return sorted(set(_locales().get(lang, {})) - set(load_catalogue()))


def _locale_files() -> dict:
    folder = resources.files(__package__).joinpath(LOCALES_DIR)
    if not folder.is_dir():
        return {}
    return {entry.name[:-4]: entry for entry in folder.iterdir() if entry.name.endswith(".yml")}


@cache
def rule_languages() -> tuple[str, ...]:
    """Every language some rule text is written in, English first."""
    found = {lang for rule in load_catalogue().values() for key in TEXT_KEYS
             for lang in getattr(rule, key)}
    return (FALLBACK_LANGUAGE, *sorted(found - {FALLBACK_LANGUAGE}))


def missing_texts(lang: str) -> list[tuple[str, str]]:
    """(rule id, text key) pairs that `lang` lacks and English has: shown in English."""
    return [(rule.id, key) for rule in sorted(load_catalogue().values(), key=lambda r: r.id)
            for key in TEXT_KEYS
            if getattr(rule, key).get(FALLBACK_LANGUAGE) and not getattr(rule, key).get(lang)]


def get_rule(rule_id: str) -> Rule:
    try:
        return load_catalogue()[rule_id]
    except KeyError:
        raise RuleError(f"unknown rule {rule_id!r}") from None
