"""The one gate: which findings count, at what severity, and whether they stop the build.

Plugins only collect findings; this policy is applied in one place for
`faro build`, `faro check`, `faro serve` and plain `mkdocs build`, so the same
tree gives the same findings with the same severities whichever command runs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from faro.findings import Finding, Severity

OFF = "off"
_ORDER = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def _matches(pattern: str, rule_id: str) -> bool:
    """`a11y.img-alt` names one rule; `readability.*` every rule of a family."""
    if pattern.endswith("*"):
        return rule_id.startswith(pattern[:-1])
    return rule_id == pattern


@dataclass(frozen=True)
class Policy:
    """Severity overrides (a rule or family to a severity, or `off`), caps (a family
    never above a severity, e.g. readability in `warn` mode) and `strict`
    (warnings stop the build too)."""

    overrides: Mapping[str, str] = field(default_factory=dict)
    caps: Mapping[str, Severity] = field(default_factory=dict)
    strict: bool = False

    def merged(self, other: Policy) -> Policy:
        return Policy({**self.overrides, **other.overrides}, {**self.caps, **other.caps},
                      self.strict or other.strict)

    def severity_of(self, finding: Finding) -> Severity | None:
        """The finding's severity under this policy; None when it is switched off."""
        severity = finding.effective_severity
        for pattern, value in self.overrides.items():
            if _matches(pattern, finding.rule_id):
                if value == OFF:
                    return None
                severity = Severity(value)
        for pattern, cap in self.caps.items():
            if _matches(pattern, finding.rule_id) and _ORDER[severity] > _ORDER[cap]:
                severity = cap
        return severity

    def apply(self, findings: Iterable[Finding]) -> list[Finding]:
        """Findings with their final severity; those switched off are left out."""
        kept = []
        for finding in findings:
            severity = self.severity_of(finding)
            if severity is None:
                continue
            if severity is not finding.effective_severity:
                finding = dataclasses.replace(finding, severity=severity)
            kept.append(finding)
        return kept

    def stopping(self, findings: Iterable[Finding]) -> list[Finding]:
        """Of these (already applied) findings, those that stop the build:
        errors, and warnings too when strict."""
        levels = {Severity.ERROR, Severity.WARNING} if self.strict else {Severity.ERROR}
        return [f for f in findings if f.effective_severity in levels]
