"""What the project decided about accessibility findings: page exceptions, theme baseline.

Every exception is explicit and carries a reason, so a reviewer can see why a
defect is accepted; an exception without one is itself an error.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from faro.findings import Finding
from faro.rules import load_catalogue
from faro.yaml_data import load_yaml

OFF = "off"


class BaselineError(ValueError):
    """The baseline file is malformed: names the file and the entry."""


@dataclass(frozen=True)
class BaselineEntry:
    """An accepted theme defect: a rule, optionally narrowed to a template and a selector."""

    rule: str
    reason: str
    template: str | None = None
    selector: str | None = None

    def covers(self, finding: Finding) -> bool:
        if finding.rule_id != self.rule:
            return False
        if self.template and finding.path != self.template:
            return False
        if self.selector:
            selector = str(finding.args.get("selector", ""))
            return fnmatch.fnmatchcase(selector, self.selector)
        return True


def load_baseline(path: str | Path) -> list[BaselineEntry]:
    """Read `accessibility-baseline.yml`: `ignore:` entries with rule, template, selector, reason."""
    path = Path(path)
    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    entries = data.get("ignore", []) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise BaselineError(f"{path}: expected a mapping with an 'ignore:' list")
    rules = load_catalogue()
    baseline = []
    for index, entry in enumerate(entries, start=1):
        where = f"{path}: entry {index}"
        if not isinstance(entry, dict):
            raise BaselineError(f"{where}: must be a mapping with rule and reason")
        unknown = set(entry) - {"rule", "reason", "template", "selector"}
        if unknown:
            raise BaselineError(f"{where}: unknown keys {sorted(unknown)}")
        if entry.get("rule") not in rules:
            raise BaselineError(f"{where}: unknown rule {entry.get('rule')!r}")
        if not str(entry.get("reason") or "").strip():
            raise BaselineError(f"{where}: 'reason' is required")
        baseline.append(BaselineEntry(entry["rule"], str(entry["reason"]),
                                      entry.get("template"), entry.get("selector")))
    return baseline


def page_exceptions(
    meta: Mapping[str, object], source_path: str, source_text: str = ""
) -> tuple[set[str], list[Finding]]:
    """Rules a page's front matter ignores, and findings for exceptions that are invalid.

        accessibility:
          ignore:
            - rule: a11y.link-text-generic
              reason: The link text is a quoted example of what not to write.
    """
    section = meta.get("accessibility") if isinstance(meta, Mapping) else None
    entries = section.get("ignore", []) if isinstance(section, Mapping) else []
    rules = load_catalogue()
    ignored: set[str] = set()
    problems: list[Finding] = []
    for entry in entries if isinstance(entries, list) else []:
        rule = str(entry.get("rule", "")) if isinstance(entry, Mapping) else str(entry)
        line = _line_of(source_text, rule)
        if rule not in rules:
            problems.append(Finding("a11y.suppression-unknown-rule", source_path, line, None,
                                    {"rule": rule}))
        elif not isinstance(entry, Mapping) or not str(entry.get("reason") or "").strip():
            problems.append(Finding("a11y.suppression-reason", source_path, line, None,
                                    {"rule": rule}))
        else:
            ignored.add(rule)
    return ignored, problems


def _line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle and needle in line:
            return number
    return 1


def apply_policy(
    findings: Iterable[Finding],
    ignored_rules: set[str] | frozenset[str] = frozenset(),
    baseline: Iterable[BaselineEntry] = (),
) -> list[Finding]:
    """Findings left after the page's exceptions and the theme baseline; the
    severity of what is left is the gate's (`faro.gate`)."""
    baseline = list(baseline)
    return [finding for finding in findings if finding.rule_id not in ignored_rules
            and not any(entry.covers(finding) for entry in baseline)]
