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
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from faro.yaml_data import SAFE_LOADER

LANGUAGES = ("es", "en")
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
        return texts.get(lang) or texts.get("en") or ""

    def format_message(self, lang: str, args: Mapping[str, object]) -> str:
        template = self.text(self.message, lang)
        try:
            return template.format(**args)
        except (KeyError, IndexError) as exc:
            raise RuleError(f"rule {self.id}: message needs argument {exc}") from exc


def _parse_rule(source: str, rule_id: str, data: object) -> Rule:
    if not isinstance(data, dict):
        raise RuleError(f"{source}: rule {rule_id} must be a mapping")
    severity = data.get("severity")
    if severity not in SEVERITIES:
        raise RuleError(f"{source}: rule {rule_id}: severity must be one of {SEVERITIES}")
    texts = {}
    for key in ("title", "message", "hint"):
        value = data.get(key, {} if key == "hint" else None)
        if not isinstance(value, dict) or (key != "hint" and set(LANGUAGES) - set(value)):
            raise RuleError(f"{source}: rule {rule_id}: {key} needs texts for {LANGUAGES}")
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


@cache
def load_catalogue() -> dict[str, Rule]:
    """Every rule shipped with Faro, by id."""
    rules: dict[str, Rule] = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".yml"):
            continue
        data = yaml.load(entry.read_text(encoding="utf-8"), Loader=SAFE_LOADER) or {}
        for rule_id, fields in data.items():
            if rule_id in rules:
                raise RuleError(f"{entry.name}: rule {rule_id} is defined twice")
            rules[rule_id] = _parse_rule(entry.name, rule_id, fields)
    return rules


def get_rule(rule_id: str) -> Rule:
    try:
        return load_catalogue()[rule_id]
    except KeyError:
        raise RuleError(f"unknown rule {rule_id!r}") from None
