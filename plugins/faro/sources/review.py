"""The editors' report: which pages are past (or near) their review date and
which claims were checked longer ago than their kind allows, as a Markdown page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from posixpath import relpath

import yaml

from faro.content.review import next_review
from faro.sources.check import Claim, claims_of
from faro.sources.registry import claim_kinds

SOON_DAYS = 60


@dataclass
class PageReview:
    rel_path: str
    title: str
    last: str
    due: dt.date
    stale: list[tuple[Claim, dt.date]] = field(default_factory=list)


@cache
def page_texts() -> dict:
    text = resources.files(__package__).joinpath("data", "review_page.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def reviews(pages, today: dt.date) -> list[PageReview]:
    """Every page with a review date, soonest first, with its stale claims."""
    found = []
    for page in pages:
        due = next_review(page.meta.get("last_reviewed"), page.meta.get("review_interval_months"))
        if due is None:
            continue
        stale = [(c, c.due()) for c in claims_of(page.meta) if c.due() and c.due() < today]
        found.append(PageReview(page.rel_path, str(page.meta.get("title", page.rel_path)),
                                str(page.meta.get("last_reviewed")), due, stale))
    return sorted(found, key=lambda r: (r.due, r.rel_path))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def review_page(lang: str, pages, today: dt.date) -> tuple[str, str]:
    """(path, Markdown) of the report in `lang`, listing that language's pages."""
    t = page_texts()[lang]
    items = reviews(pages, today)
    link = lambda r: f"[{_cell(r.title)}]({relpath(r.rel_path, t['path'].rsplit('/', 1)[0])})"  # noqa: E731
    overdue = [r for r in items if r.due < today]
    soon = [r for r in items if today <= r.due <= today + dt.timedelta(days=SOON_DAYS)]
    lines = ["---", f"title: {t['title']}", f"description: {t['description']}", "search:",
             "  exclude: true", "---", "", f"# {t['title']}", "", t["intro"].format(today=today.isoformat()),
             "", t["how"], ""]
    for heading, group in ((t["overdue"], overdue), (t["soon"].format(days=SOON_DAYS), soon)):
        lines += [f"## {heading}", ""]
        if group:
            lines += [f"| {t['page']} | {t['last']} | {t['next']} |", "|---|---|---|"]
            lines += [f"| {link(r)} | {r.last} | {r.due.isoformat()} |" for r in group]
        else:
            lines.append(t["none"])
        lines.append("")
    lines += [f"## {t['claims']}", ""]
    stale = [(r, c, due) for r in items for c, due in r.stale]
    if stale:
        labels = claim_kinds()
        lines += [f"| {t['page']} | {t['claim']} | {t['kind']} | {t['checked']} | {t['due']} |",
                  "|---|---|---|---|---|"]
        lines += [f"| {link(r)} | {_cell(c.text)} | {labels[c.kind]['label'][lang]} | "
                  f"{c.checked.isoformat()} | {due.isoformat()} |" for r, c, due in stale]
    else:
        lines.append(t["none"])
    up = len([r for r in items if r.due > today + dt.timedelta(days=SOON_DAYS) and not r.stale])
    lines += ["", t["up_to_date"].format(count=up), ""]
    return t["path"], "\n".join(lines)
