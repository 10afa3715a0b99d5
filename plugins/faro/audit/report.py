"""Turn per-page axe results into one report: per rule and viewport, in text or JSON.

A theme defect shows on every page, so the report groups by rule (and viewport,
since a phone's width changes layout, contrast over images and target sizes)
and lists the pages under it, instead of repeating one defect sixteen times.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from faro.audit.runner import PageAudit
from faro.findings import Finding, Severity

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

    @classmethod
    def from_audits(cls, audits: Iterable[PageAudit], pages: list[str], viewports: list[str],
                    axe_version: str, seconds: float = 0.0) -> AuditReport:
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
        )

    @property
    def failed(self) -> bool:
        """Serious or critical violations fail; so does a page that reached out or could not load."""
        return bool(self.blocked or self.errors
                    or any(v.impact in FAILING_IMPACTS for v in self.violations))

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
            "failed": self.failed,
            "axe": self.axe_version,
            "seconds": round(self.seconds, 2),
            "seconds_per_page": round(self.seconds / len(self.pages), 3) if self.pages else 0.0,
            "seconds_per_page_and_viewport": round(self.seconds / audited, 3) if audited else 0.0,
        }

    def to_dict(self) -> dict:
        return {
            "pages": len(self.pages),
            "viewports": self.viewports,
            "violations": [v.to_dict() for v in self.violations],
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
                help_, impact, viewports = seen.setdefault(key, (violation.help, violation.impact, []))
                viewports.append(violation.viewport)
        findings = [
            Finding(f"axe.{rule}", page, args={"help": help_, "impact": impact, "target": target,
                                               "viewports": ", ".join(viewports)},
                    severity=SEVERITY_OF_IMPACT[impact])
            for (rule, page, target), (help_, impact, viewports) in seen.items()
        ]
        findings += _problem_findings("audit.external-request", "url", self.blocked)
        findings += _problem_findings("audit.page-error", "error", self.errors)
        return findings


def _problem_findings(rule_id: str, arg: str, problems: list[PageProblem]) -> list[Finding]:
    viewports: dict[tuple[str, str], list[str]] = {}
    for problem in problems:
        viewports.setdefault((problem.page, problem.detail), []).append(problem.viewport)
    return [Finding(rule_id, page, args={arg: detail, "viewports": ", ".join(names)})
            for (page, detail), names in viewports.items()]


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
                                  node.get("why", "")) for node in rule["nodes"]]
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
        f"({s['nodes']} elements), {s['needs_review']} to review, {s['blocked_requests']} blocked "
        f"requests, {s['page_errors']} page errors; {s['seconds']} s, "
        f"{s['seconds_per_page']} s per page"
    )
    return "\n".join(lines) + "\n"


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
