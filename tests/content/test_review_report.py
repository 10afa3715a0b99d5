"""Pages past their review date and claims older than their interval: the
findings, and the editors' "pages due for review" page."""

import datetime as dt

from faro.content.pages import SourcePage
from faro.sources.check import check_review
from faro.sources.review import review_page

TODAY = dt.date(2027, 7, 1)


def _page(rel: str, last: str, months: int, claims=()) -> SourcePage:
    meta = {"title": rel.rsplit("/", 1)[-1][:-3].title(), "last_reviewed": last,
            "review_interval_months": months,
            "claims": [{"text": text, "kind": kind, "source": "https://www.incibe.es/faq", "checked": checked}
                       for text, kind, checked in claims]}
    return SourcePage("es", rel, None, meta)


def test_a_page_past_its_review_date_is_reported():
    page = _page("guias/a.md", "2026-06-01", 12)
    [finding] = check_review(page.meta, "last_reviewed: 2026-06-01\n", "content/es/guias/a.md", TODAY)
    assert finding.rule_id == "review.page-overdue"
    assert "2027-06-01" in finding.message("en")


def test_a_page_inside_its_interval_is_not():
    page = _page("guias/a.md", "2027-01-01", 12)
    assert check_review(page.meta, "", "a.md", TODAY) == []


def test_a_phone_number_ages_faster_than_its_page():
    # The page is due in 2027-12; a phone number checked on 2026-12-07 was due in 2027-06.
    claims = [("017", "phone", "2026-12-07"), ("Ley 21.663", "law", "2026-12-07")]
    page = _page("guias/a.md", "2026-12-07", 12, claims)
    findings = check_review(page.meta, "", "a.md", TODAY)
    assert [(f.rule_id, f.args["claim"], f.args["due"]) for f in findings] == [
        ("review.claim-stale", "017", "2027-06-07")]


def test_the_report_lists_overdue_soon_and_stale():
    pages = [_page("guias/vieja.md", "2026-01-01", 12),
             _page("guias/pronto.md", "2026-08-01", 12),
             _page("guias/telefono.md", "2027-03-01", 12, [("Teléfono 017", "phone", "2026-12-07")]),
             _page("guias/al-dia.md", "2027-06-01", 12)]
    path, markdown = review_page("es", pages, TODAY)
    assert path == "editores/revision.md"
    overdue, soon, stale = (markdown.split("## ")[i] for i in (1, 2, 3))
    assert "[Vieja](../guias/vieja.md)" in overdue and "2027-01-01" in overdue
    assert "[Pronto](../guias/pronto.md)" in soon and "vieja" not in soon
    assert "Teléfono 017" in stale and "2027-06-07" in stale and "teléfono" in stale
    assert "Páginas al día: 1." in markdown  # al-dia; telefono is not, it has a stale claim


def test_the_report_says_so_when_nothing_is_due():
    _, markdown = review_page("en", [_page("guides/a.md", "2027-06-01", 12)], TODAY)
    assert markdown.count("Nothing on this list.") == 3
    assert "Pages up to date: 1." in markdown
