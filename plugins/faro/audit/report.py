"""Turn per-page audit results into one report: per rule and viewport, in text or JSON.

A theme defect shows on every page, so the report groups axe's results by rule
(and viewport, since a phone's width changes layout, contrast over images and
target sizes) and lists the pages under it, instead of repeating one defect
sixteen times. Faro's own browser checks (`faro.audit.checks`) are findings of
the shared model, one per rule, page and element, in the reader's language.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from faro.audit.runner import PageAudit
from faro.findings import FALLBACK_LANGUAGE, Finding, Severity, message_languages

IMPACTS = ("critical", "serious", "moderate", "minor")
FAILING_IMPACTS = ("critical", "serious")
SEVERITY_OF_IMPACT = {
    "critical": Severity.ERROR,
    "serious": Severity.ERROR,
    "moderate": Severity.WARNING,
    "minor": Severity.INFO,
}
HTML_SNIPPET_CHARS = 200
TEXT_NODES_SHOWN = 3


@dataclass(frozen=True)
class Node:
    page: str
    target: str
    html: str
    why: str = ""  # axe's own words: the measured contrast, or why it could not decide
    help: str = ""  # the rule's help in the page's language (axe's locale)


@dataclass
class RuleResult:
    """One axe rule at one viewport, across every page where it failed (or needs review)."""

    rule: str
    impact: str
    help: str
    help_url: str
    wcag: list[str]
    viewport: str
    pages: list[str] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "impact": self.impact,
            "help": self.help,
            "help_url": self.help_url,
            "wcag": self.wcag,
            "viewport": self.viewport,
            "pages": self.pages,
            "nodes": [{"page": n.page, "target": n.target, "html": n.html, "why": n.why}
                      for n in self.nodes],
        }


@dataclass(frozen=True)
class PageProblem:
    """A request to another host, or a page the browser could not audit."""

    page: str
    viewport: str
    detail: str


@dataclass
class AuditReport:
    pages: list[str]
    viewports: list[str]
    violations: list[RuleResult]
    needs_review: list[RuleResult]
    blocked: list[PageProblem]
    errors: list[PageProblem]
    axe_version: str
    seconds: float = 0.0
    checks: list[Finding] = field(default_factory=list)  # Faro's own browser checks
    page_languages: dict[str, str] = field(default_factory=dict)
    lang: str | None = None  # language of the messages; None: each page's own
    check_seconds: dict[str, float] = field(default_factory=dict)  # time each check took, all pages

    @classmethod
    def from_audits(cls, audits: Iterable[PageAudit], pages: list[str], viewports: list[str],
                    axe_version: str, seconds: float = 0.0, lang: str | None = None) -> AuditReport:
        audits = list(audits)
        return cls(
            pages=pages,
            viewports=viewports,
            violations=_group(audits, "violations"),
            needs_review=_group(audits, "incomplete"),
            blocked=[PageProblem(a.page, a.viewport, url) for a in audits for url in a.blocked],
            errors=[PageProblem(a.page, a.viewport, a.error) for a in audits if a.error],
            axe_version=axe_version,
            seconds=seconds,
            checks=_check_findings(audits),
            page_languages={a.page: a.lang for a in audits if a.lang},
            lang=lang,
            check_seconds=_sum_seconds(audits),
        )

    @property
    def failed(self) -> bool:
        """Serious or critical violations fail, and so do Faro's checks that are errors; so
        does a page that reached out or could not load."""
        return bool(self.blocked or self.errors
                    or any(v.impact in FAILING_IMPACTS for v in self.violations)
                    or any(f.effective_severity is Severity.ERROR for f in self.checks))

    def language(self, page: str) -> str:
        """The language a finding on `page` is told in: the report's, else the page's own."""
        if self.lang:
            return self.lang
        lang = self.page_languages.get(page, "").split("-")[0].lower()
        return lang if lang in message_languages() else FALLBACK_LANGUAGE

    def summary(self) -> dict:
        by_impact = {impact: 0 for impact in IMPACTS}
        for violation in self.violations:
            by_impact[violation.impact] += len(violation.nodes)
        audited = len(self.pages) * len(self.viewports)
        return {
            "rules": len({v.rule for v in self.violations}),
            "violations": len(self.violations),
            "nodes": sum(len(v.nodes) for v in self.violations),
            "nodes_by_impact": by_impact,
            "needs_review": len(self.needs_review),
            "blocked_requests": len(self.blocked),
            "page_errors": len(self.errors),
            "checks": len(self.checks),
            "check_errors": sum(1 for f in self.checks if f.effective_severity is Severity.ERROR),
            "failed": self.failed,
            "axe": self.axe_version,
            "seconds": round(self.seconds, 2),
            "seconds_per_page": round(self.seconds / len(self.pages), 3) if self.pages else 0.0,
            "seconds_per_page_and_viewport": round(self.seconds / audited, 3) if audited else 0.0,
            "seconds_in_checks": {name: round(value, 2) for name, value in self.check_seconds.items()},
        }

    def to_dict(self) -> dict:
        return {
            "axe": self.axe_version,
            "pages": len(self.pages),
            "viewports": self.viewports,
            "violations": [v.to_dict() for v in self.violations],
            "checks": [_check_dict(f, self.language(f.path)) for f in self.checks],
            "needs_review": [v.to_dict() for v in self.needs_review],
            "blocked_requests": [{"page": b.page, "viewport": b.viewport, "url": b.detail}
                                 for b in self.blocked],
            "page_errors": [{"page": e.page, "viewport": e.viewport, "error": e.detail}
                            for e in self.errors],
            "summary": self.summary(),
        }

    def to_findings(self) -> list[Finding]:
        """The shared finding model, so `faro check` can merge this with the static checks.

        One finding per rule, page and element; the viewports it showed at go in
        its message rather than doubling the finding.
        """
        seen: dict[tuple, tuple[str, str, list[str]]] = {}
        for violation in self.violations:
            for node in violation.nodes:
                key = (violation.rule, node.page, node.target)
                help_, impact, viewports = seen.setdefault(
                    key, (node.help or violation.help, violation.impact, []))
                viewports.append(violation.viewport)
        findings = [
            Finding(f"axe.{rule}", page, args={"help": help_, "impact": impact, "target": target,
                                               "viewports": ", ".join(viewports)},
                    severity=SEVERITY_OF_IMPACT[impact])
            for (rule, page, target), (help_, impact, viewports) in seen.items()
        ]
        findings += self.checks
        findings += _problem_findings("audit.external-request", "url", self.blocked)
        findings += _problem_findings("audit.page-error", "error", self.errors)
        return findings


def _problem_findings(rule_id: str, arg: str, problems: list[PageProblem]) -> list[Finding]:
    viewports: dict[tuple[str, str], list[str]] = {}
    for problem in problems:
        viewports.setdefault((problem.page, problem.detail), []).append(problem.viewport)
    return [Finding(rule_id, page, args={arg: detail, "viewports": ", ".join(names)})
            for (page, detail), names in viewports.items()]


def _sum_seconds(audits: list[PageAudit]) -> dict[str, float]:
    total: dict[str, float] = {}
    for audit in audits:
        for name, seconds in audit.check_seconds.items():
            total[name] = total.get(name, 0.0) + seconds
    return total


def _check_findings(audits: list[PageAudit]) -> list[Finding]:
    """One finding per check rule, page and element, naming the viewports it showed at."""
    merged: dict[tuple[str, str, str], tuple[dict, list[str]]] = {}
    for audit in audits:
        for check in audit.checks:
            args, viewports = merged.setdefault((check.rule, audit.page, check.target),
                                                ({**check.args, "target": check.target or "html",
                                                  "html": check.html}, []))
            viewports.append(audit.viewport)
    return [Finding(rule, page, args={**args, "viewports": ", ".join(viewports)})
            for (rule, page, _), (args, viewports) in merged.items()]


def _check_dict(finding: Finding, lang: str) -> dict:
    rule = finding.rule
    return {
        "rule": finding.rule_id,
        "severity": str(finding.effective_severity),
        "wcag": rule.wcag,
        "page": finding.path,
        "target": finding.args["target"],
        "html": finding.args["html"],
        "viewports": finding.args["viewports"].split(", "),
        "message": finding.message(lang),
        "hint": finding.hint(lang),
    }


def _group(audits: list[PageAudit], kind: str) -> list[RuleResult]:
    groups: dict[tuple[str, str], RuleResult] = {}
    for audit in audits:
        for rule in getattr(audit, kind):
            key = (rule["id"], audit.viewport)
            result = groups.get(key)
            if result is None:
                result = groups[key] = RuleResult(
                    rule=rule["id"], impact=rule.get("impact") or "minor", help=rule["help"],
                    help_url=rule["helpUrl"].split("?", 1)[0],
                    wcag=[tag for tag in rule["tags"] if tag.startswith("wcag")],
                    viewport=audit.viewport,
                )
            result.impact = _worst(result.impact, rule.get("impact") or "minor")
            result.pages.append(audit.page)
            result.nodes += [Node(audit.page, _selector(node["target"]), _snippet(node["html"]),
                                  node.get("why", ""), rule["help"]) for node in rule["nodes"]]
    return sorted(groups.values(), key=lambda r: (IMPACTS.index(r.impact), r.rule, r.viewport))


def _worst(a: str, b: str) -> str:
    return a if IMPACTS.index(a) <= IMPACTS.index(b) else b


def _selector(target: list) -> str:
    """axe's target: one selector per frame, a list of selectors per shadow root."""
    parts = [" >>> ".join(part) if isinstance(part, list) else part for part in target]
    return " >> ".join(parts)


def _snippet(html: str) -> str:
    html = " ".join(html.split())
    return html if len(html) <= HTML_SNIPPET_CHARS else html[: HTML_SNIPPET_CHARS - 1] + "…"


def format_json(report: AuditReport) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


def format_text(report: AuditReport) -> str:
    lines = []
    for heading, results in (("Violations", report.violations),
                             ("Needs review (axe could not decide)", report.needs_review)):
        if results:
            lines.append(f"{heading}:")
            lines += _rule_blocks(results)
    if report.checks:
        lines.append("Faro's browser checks:")
        lines += _check_lines(report)
    for heading, problems in (("Requests to other hosts (blocked)", report.blocked),
                              ("Pages that could not be audited", report.errors)):
        if problems:
            lines.append(f"{heading}:")
            lines += [f"  {p.page} [{p.viewport}]: {p.detail}" for p in problems]
    s = report.summary()
    verdict = "FAIL" if report.failed else "ok"
    lines.append(
        f"{verdict}: {len(report.pages)} pages x {len(report.viewports)} viewports "
        f"({', '.join(report.viewports)}), axe {s['axe']}: {s['violations']} violations "
        f"({s['nodes']} elements), {s['needs_review']} to review; Faro's checks: {s['check_errors']} "
        f"errors, {s['checks'] - s['check_errors']} warnings; {s['blocked_requests']} blocked "
        f"requests, {s['page_errors']} page errors; {s['seconds']} s, "
        f"{s['seconds_per_page']} s per page"
    )
    return "\n".join(lines) + "\n"


def _check_lines(report: AuditReport) -> list[str]:
    """Per rule: its WCAG criterion, then each finding's message in its page's language."""
    by_rule: dict[str, list[Finding]] = {}
    for finding in sorted(report.checks, key=lambda f: (f.rule_id, f.path)):
        by_rule.setdefault(finding.rule_id, []).append(finding)
    lines = []
    for rule_id, findings in by_rule.items():
        rule = findings[0].rule
        lang = report.language(findings[0].path)
        lines.append(f"  {rule_id} [{findings[0].effective_severity}] {rule.text(rule.title, lang)}")
        lines.append(f"    WCAG: {rule.wcag or '-'}; pages: {len({f.path for f in findings})}")
        for finding in findings[:TEXT_NODES_SHOWN * 3]:
            lines.append(f"    {finding.path}: {finding.message(report.language(finding.path))}")
            if finding.args.get("html"):
                lines.append(f"      {finding.args['html']}")
        hidden = len(findings) - TEXT_NODES_SHOWN * 3
        if hidden > 0:
            lines.append(f"    ... and {hidden} more")
    return lines


def _rule_blocks(results: list[RuleResult]) -> list[str]:
    by_rule: dict[str, list[RuleResult]] = {}
    for result in results:
        by_rule.setdefault(result.rule, []).append(result)
    lines = []
    for rule, per_viewport in by_rule.items():
        first = per_viewport[0]
        impact = min((r.impact for r in per_viewport), key=IMPACTS.index)
        lines.append(f"  {rule} [{impact}] {first.help}")
        lines.append(f"    WCAG: {', '.join(first.wcag) or '-'}; {first.help_url}")
        lines.append("    pages: " + "; ".join(f"{r.viewport} {len(r.pages)}" for r in per_viewport))
        for result in per_viewport:
            for node in result.nodes[:TEXT_NODES_SHOWN]:
                lines.append(f"    {node.page} [{result.viewport}] {node.target}: {node.html}")
                if node.why:
                    lines.append(f"      {node.why}")
            hidden = len(result.nodes) - TEXT_NODES_SHOWN
            if hidden > 0:
                lines.append(f"    ... and {hidden} more elements at {result.viewport}")
    return lines
