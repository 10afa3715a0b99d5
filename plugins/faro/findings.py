"""One finding model for every check, and the formats it is reported in.

Every engine (readability, accessibility, content, links, ...) returns `Finding`
objects that point at a rule from the catalogue (`faro.rules`). Messages are
rendered late, in the contributor's language, so one report serves es and en.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib import resources

from faro.rules import FALLBACK_LANGUAGE, Rule, get_rule, rule_languages
from faro.yaml_data import load_yaml

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    """A defect found by a check, tied to a rule and a place in a file.

    `args` fills the rule's message template; `detail` is free text already in
    the source's own words (for example the sentence that is too long).
    """

    rule_id: str
    path: str
    line: int | None = None
    column: int | None = None
    args: Mapping[str, object] = field(default_factory=dict)
    severity: Severity | None = None
    # `faro check PATH`: a finding elsewhere in the tree that stops the build.
    outside: bool = False
    # The page's language when its path does not say it: a page generated from
    # records is named by its URI, which is the same shape in every language.
    lang: str | None = None

    @property
    def rule(self) -> Rule:
        return get_rule(self.rule_id)

    @property
    def effective_severity(self) -> Severity:
        return Severity(self.severity or self.rule.severity)

    def message(self, lang: str = "en") -> str:
        return self.rule.format_message(lang, self.args)

    def hint(self, lang: str = "en") -> str:
        return self.rule.text(self.rule.hint, lang)

    def to_dict(self, lang: str = "en") -> dict:
        return {
            "rule": self.rule_id,
            "severity": str(self.effective_severity),
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "message": self.message(lang),
            "hint": self.hint(lang),
            "wcag": self.rule.wcag,
            "reference": self.rule.reference,
            "outside_paths": self.outside,
            "page_lang": self.lang,
        }


def _sort_key(finding: Finding) -> tuple:
    return (finding.path, finding.line or 0, finding.column or 0, finding.rule_id)


@dataclass
class Report:
    """All findings of one run, sorted so output is reproducible."""

    findings: list[Finding] = field(default_factory=list)
    files_checked: int | None = None  # None: count the files that have findings
    language: str | None = None  # the site's default language, for words about no one page

    def extend(self, findings: Iterable[Finding]) -> None:
        self.findings.extend(findings)

    def sorted(self) -> list[Finding]:
        return sorted(self.findings, key=_sort_key)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.effective_severity is severity)

    @property
    def has_errors(self) -> bool:
        return self.count(Severity.ERROR) > 0

    def words_language(self, lang: str | None) -> str:
        """The language of a summary: `lang`, else the one language of every page with
        a finding, else the site's default language."""
        if lang:
            return lang
        pages = {language_for(f, None) for f in self.findings}
        if len(pages) == 1:
            return pages.pop()
        return self.language if self.language in message_languages() else FALLBACK_LANGUAGE

    def summary(self) -> dict:
        return {
            "errors": self.count(Severity.ERROR),
            "warnings": self.count(Severity.WARNING),
            "info": self.count(Severity.INFO),
            "files": (self.files_checked if self.files_checked is not None
                      else len({f.path for f in self.findings})),
            "files_with_findings": len({f.path for f in self.findings}),
            "outside_paths": sum(1 for f in self.findings if f.outside),
        }


_ENVIRONMENT = ("FARO_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def message_language(explicit: str | None = None) -> str | None:
    """The one rule for the language of messages, for every command: `--lang`,
    else the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) when it names a
    language the texts are written in; None means: each page's own language."""
    if explicit:
        return explicit
    import os

    for variable in _ENVIRONMENT:
        code = os.environ.get(variable, "").split(":")[0].split("_")[0].split(".")[0].lower()
        if code in message_languages():
            return code
    return None


def language_for(finding: Finding, lang: str | None) -> str:
    """`lang`, or the language of the page the finding is on, when messages exist in it
    (as the build stamped it, else as its path says: <content>/<lang>/...)."""
    if lang:
        return lang
    parts = finding.path.split("/")
    page = finding.lang or (parts[1] if len(parts) > 2 else None)
    return page if page in message_languages() else FALLBACK_LANGUAGE


@cache
def message_languages() -> frozenset[str]:
    """Languages Faro's messages are written in: the rule locales and report words."""
    words = {lang for texts in _labels().values() for lang in texts}
    return frozenset(rule_languages()) | words


@cache
def _labels() -> dict:
    """labels.yml (es, en inline), with labels.<lang>.yml merged in: one file per language."""
    package = resources.files("faro")
    labels = load_yaml(package.joinpath("labels.yml").read_text(encoding="utf-8"))
    for entry in package.iterdir():
        parts = entry.name.split(".")
        if len(parts) == 3 and parts[0] == "labels" and parts[2] == "yml":
            for key, text in (load_yaml(entry.read_text(encoding="utf-8")) or {}).items():
                if key in labels:
                    labels[key] = {**labels[key], parts[1]: text}
    return labels


def label(key: str, lang: str, **args: object) -> str:
    """One of Faro's own report words in `lang` (English when it has none)."""
    texts = _labels()[key]
    return (texts.get(lang) or texts[FALLBACK_LANGUAGE]).format(**args)


def format_text(report: Report, lang: str | None = "en") -> str:
    lines = []
    for f in report.sorted():
        lang_here = language_for(f, lang)
        where = f"{f.path}:{f.line or 1}:{f.column or 1}"
        outside = f" ({label('outside', lang_here)})" if f.outside else ""
        lines.append(f"{where}: {label('severity.' + f.effective_severity, lang_here)} {f.rule_id} "
                     f"{f.message(lang_here)}{outside}")
        hint = f.hint(lang_here)
        if hint:
            lines.append(f"    {hint}")
    return "\n".join(lines) + ("\n" if lines else "")


def format_json(report: Report, lang: str | None = "en") -> str:
    data = {
        "findings": [f.to_dict(language_for(f, lang)) for f in report.sorted()],
        "summary": report.summary(),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _escape_github(value: str, *, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def format_github(report: Report, lang: str | None = "en") -> str:
    """GitHub Actions workflow commands: one annotation per finding."""
    commands = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for f in report.sorted():
        props = [f"file={_escape_github(f.path, property_value=True)}"]
        if f.line:
            props.append(f"line={f.line}")
        if f.column:
            props.append(f"col={f.column}")
        props.append(f"title={_escape_github(f.rule_id, property_value=True)}")
        lang_here = language_for(f, lang)
        text = f.message(lang_here)
        if f.hint(lang_here):
            text += "\n" + f.hint(lang_here)
        lines.append(f"::{commands[f.effective_severity]} {','.join(props)}::{_escape_github(text)}")
    return "\n".join(lines) + ("\n" if lines else "")


def format_sarif(report: Report, lang: str | None = "en") -> str:
    """SARIF 2.1.0, for code-scanning views."""
    levels = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    findings = report.sorted()
    rule_ids = sorted({f.rule_id for f in findings})
    rules = []
    rule_lang = lang or "en"
    for rule_id in rule_ids:
        rule = get_rule(rule_id)
        entry = {
            "id": rule.id,
            "shortDescription": {"text": rule.text(rule.title, rule_lang)},
            "help": {"text": rule.text(rule.hint, rule_lang) or rule.text(rule.title, rule_lang)},
            "defaultConfiguration": {"level": levels[Severity(rule.severity)]},
            "properties": {"tags": [t for t in (rule.wcag, rule.reference) if t]},
        }
        rules.append(entry)
    results = []
    for f in findings:
        region = {"startLine": f.line or 1}
        if f.column:
            region["startColumn"] = f.column
        results.append({
            "ruleId": f.rule_id,
            "properties": {"outsidePaths": f.outside},
            "ruleIndex": rule_ids.index(f.rule_id),
            "level": levels[f.effective_severity],
            "message": {"text": f.message(language_for(f, lang))},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": f.path},
                    "region": region,
                }
            }],
        })
    sarif = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "faro", "rules": rules}},
            "results": results,
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


FORMATTERS = {
    "text": format_text,
    "json": format_json,
    "github": format_github,
    "sarif": format_sarif,
}


class CollectsFindings:
    """What every Faro plugin offers the gate (`faro.gate`): the findings of the
    language being built. A plugin never stops the build for a finding; it may
    also offer `project_pass(project)` (its language-independent findings, once
    per run) and `policy()` (the severities its configuration decides)."""

    def collected_findings(self) -> list[Finding]:
        return list(getattr(self, "findings", []))
