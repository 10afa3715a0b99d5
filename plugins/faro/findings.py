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

from faro.rules import Rule, get_rule

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
        }


def _sort_key(finding: Finding) -> tuple:
    return (finding.path, finding.line or 0, finding.column or 0, finding.rule_id)


@dataclass
class Report:
    """All findings of one run, sorted so output is reproducible."""

    findings: list[Finding] = field(default_factory=list)

    def extend(self, findings: Iterable[Finding]) -> None:
        self.findings.extend(findings)

    def sorted(self) -> list[Finding]:
        return sorted(self.findings, key=_sort_key)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.effective_severity is severity)

    @property
    def has_errors(self) -> bool:
        return self.count(Severity.ERROR) > 0

    def summary(self) -> dict:
        return {
            "errors": self.count(Severity.ERROR),
            "warnings": self.count(Severity.WARNING),
            "info": self.count(Severity.INFO),
            "files": len({f.path for f in self.findings}),
        }


def format_text(report: Report, lang: str = "en") -> str:
    lines = []
    for f in report.sorted():
        where = f"{f.path}:{f.line or 1}:{f.column or 1}"
        lines.append(f"{where}: {f.effective_severity} {f.rule_id} {f.message(lang)}")
        hint = f.hint(lang)
        if hint:
            lines.append(f"    {hint}")
    return "\n".join(lines) + ("\n" if lines else "")


def format_json(report: Report, lang: str = "en") -> str:
    data = {
        "findings": [f.to_dict(lang) for f in report.sorted()],
        "summary": report.summary(),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _escape_github(value: str, *, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        value = value.replace(":", "%3A").replace(",", "%2C")
    return value


def format_github(report: Report, lang: str = "en") -> str:
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
        text = f.message(lang)
        if f.hint(lang):
            text += "\n" + f.hint(lang)
        lines.append(f"::{commands[f.effective_severity]} {','.join(props)}::{_escape_github(text)}")
    return "\n".join(lines) + ("\n" if lines else "")


def format_sarif(report: Report, lang: str = "en") -> str:
    """SARIF 2.1.0, for code-scanning views."""
    levels = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    findings = report.sorted()
    rule_ids = sorted({f.rule_id for f in findings})
    rules = []
    for rule_id in rule_ids:
        rule = get_rule(rule_id)
        entry = {
            "id": rule.id,
            "shortDescription": {"text": rule.text(rule.title, lang)},
            "help": {"text": rule.text(rule.hint, lang) or rule.text(rule.title, lang)},
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
            "ruleIndex": rule_ids.index(f.rule_id),
            "level": levels[f.effective_severity],
            "message": {"text": f.message(lang)},
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
    """What every Faro plugin offers `faro check`: its findings, and a switch
    that makes it report them instead of failing the build."""

    report_only: bool = False

    def collected_findings(self) -> list[Finding]:
        return list(getattr(self, "findings", []))
