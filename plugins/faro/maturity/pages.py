"""The Markdown of every maturity page: assessment, country, countries index, regional comparison.

Each function returns a whole page (front matter included) for one language.
Tables are raw HTML because Markdown tables have no `<caption>` or `scope`;
charts are inline SVG from `charts.py`, always followed by their data table.
"""

from __future__ import annotations

import html

from faro.maturity import aggregate, charts
from faro.maturity.records import AssessmentRecord, Evidence
from faro.maturity.text import SiteText
from faro.maturity.vocabulary import Dimension, Framework
from faro.records.markup import escape_markdown, front_matter, html_href, link

EXPORT_FILES = ("maturity.csv", "maturity.json", "maturity.schema.json")


def _definition(term: str, value: str) -> str:
    return f"{term}\n:   {value}\n\n"


def _esc(value: object) -> str:
    return html.escape(str(value))


def _table(table_id: str, caption: str, head: list[str], rows: list[str], css_class: str) -> str:
    """A captioned table in a focusable scroll box, so it reflows at 320 px without hiding columns."""
    header = "".join(f'<th scope="col">{_esc(h)}</th>' for h in head)
    return (f'<div class="faro-table-scroll" role="region" aria-labelledby="{table_id}" tabindex="0">\n'
            f'<table class="{css_class}">\n<caption id="{table_id}">{_esc(caption)}</caption>\n'
            f"<thead><tr>{header}</tr></thead>\n<tbody>\n" + "\n".join(rows)
            + "\n</tbody>\n</table>\n</div>\n\n")


def example_banner(text: SiteText) -> str:
    _ = text.gettext
    title = _("Fictional example")
    body = _("This country and these data are invented. They show ministries how to fill in an "
             "assessment. They say nothing about any real country.")
    return f'!!! warning "{title}"\n\n    {body}\n\n'


def _badges(record: AssessmentRecord, text: SiteText) -> str:
    _ = text.gettext
    if record.validated_by_third_party:
        validated = _("Validated by a third party")
    else:
        validated = _("Not validated by a third party")
    badges = [text.label("assessment_kinds", record.kind), validated]
    return ('<p class="faro-badges">' + " ".join(f'<span class="faro-badge">{_esc(b)}</span>' for b in badges)
            + "</p>\n\n")


# -- assessment page --------------------------------------------------------------------

def assessment_page(record: AssessmentRecord, text: SiteText) -> str:
    _ = text.gettext
    lang, framework = text.lang, record.framework
    out = [front_matter(record.titles[lang], _("A country's cyber-maturity assessment, factor by factor, "
                                               "with its evidence and charts."),
                        readability=text.vocabulary.assessment_page_readability.get(lang))]
    out.append(f"# {escape_markdown(record.titles[lang])}\n\n")
    if record.example:
        out.append(example_banner(text))
    out.append(_badges(record, text))
    out.append(escape_markdown(record.summaries[lang]) + "\n\n")
    if record.bodies.get(lang):
        out.append(record.bodies[lang] + "\n\n")
    out.append(_about(record, text))
    out.append("## " + _("Stage of each factor") + "\n\n")
    out.append(_("Each row is a factor of the framework and each column a stage. The filled cell names the "
                 "stage the assessment gave. A range covers several cells.") + "\n\n")
    out.append(heatmap(record, text))
    out.append(_overview(record, text))
    for dimension in framework.dimensions:
        out.append(_dimension_section(record, dimension, text))
    out.append(_evidence(record, text))
    if record.benchmarks:
        out.append(_benchmarks(record, text))
    return "".join(out)


def _about(record: AssessmentRecord, text: SiteText) -> str:
    _ = text.gettext
    lang, framework = text.lang, record.framework
    here = text.layout.assessment_page(record.id)
    out = ["## " + _("About the assessment") + "\n\n"]
    country = f"[{text.country_name(record.iso2)}]({link(here, text.layout.country_page(record.iso2))})"
    out.append(_definition(_("Country"), country))
    out.append(_definition(_("Framework"), f"[{framework.name[lang]}]({framework.source_url}), "
                           + _("version %(version)s") % {"version": framework.version}))
    out.append(_definition(_("Kind"), text.label("assessment_kinds", record.kind)))
    out.append(_definition(_("Conducted by"), escape_markdown(record.conducted_by[lang])))
    out.append(_definition(_("Method"), escape_markdown(record.methods[lang])))
    period = _("from %(start)s to %(end)s") % {"start": text.date(record.period_start),
                                               "end": text.date(record.period_end)}
    out.append(_definition(_("Period"), period))
    out.append(_definition(_("Published"), text.date(record.date_published)))
    out.append(_definition(_("Source"), f"<{record.source_url}>"))
    out.append(_definition(_("Licence"), text.label("licences", record.licence)))
    validation = _("Yes") if record.validated_by_third_party else _("No")
    if record.validation_url:
        validation += f" (<{record.validation_url}>)"
    out.append(_definition(_("Validated by a third party"), validation))
    out.append(_definition(_("Retrieved"), text.date(record.date_retrieved)
                           + " (" + _("when we last checked the source") + ")"))
    return "".join(out)


def heatmap(record: AssessmentRecord, text: SiteText) -> str:
    _ = text.gettext
    framework, lang = record.framework, text.lang
    head = [_("Factor")] + [text.level(level.value, framework) for level in framework.levels] + [_("Target")]
    rows = []
    for dimension in framework.dimensions:
        rows.append(f'<tr class="faro-heatmap__dimension"><th scope="rowgroup" colspan="{len(head)}">'
                    f"{_esc(dimension.id)} {_esc(dimension.title[lang])}</th></tr>")
        for factor in dimension.factors:
            rating = record.rating(factor.id)
            cells = []
            if rating.stage is None:
                cells.append(f'<td colspan="{len(framework.levels)}" class="faro-heatmap__none">'
                             f"{_esc(_('not assessed'))}</td>")
            for level in framework.levels if rating.stage else ():
                if not rating.stage.covers(level.value):
                    cells.append("<td></td>")
                    continue
                words = _("Stage %(stage)s") % {"stage": text.level(level.value, framework)}
                css = "faro-heatmap__on"
                if rating.stage.is_range:
                    span = f"{rating.stage.low}–{rating.stage.high}"
                    words += " · " + _("range %(range)s") % {"range": span}
                    css += " faro-heatmap__on--range"
                cells.append(f'<td class="{css}" data-stage="{level.value}">{_esc(words)}</td>')
            target = text.level(rating.target, framework) if rating.target else "—"
            cells.append(f"<td>{_esc(target)}</td>")
            rows.append(f'<tr data-factor="{_esc(factor.id)}"><th scope="row">{_esc(factor.id)} '
                        f"{_esc(factor.title[lang])}</th>{''.join(cells)}</tr>")
    caption = _("Stage of each factor (%(framework)s)") % {"framework": framework.short_name[lang]}
    return _table(f"faro-heatmap-{record.id}", caption, head, rows, "faro-heatmap")


def _overview(record: AssessmentRecord, text: SiteText) -> str:
    _ = text.gettext
    framework, lang = record.framework, text.lang
    rows = aggregate.summaries(record)
    out = ["## " + _("The five dimensions at a glance") + "\n\n"]
    out.append(_("This chart is Faro's own calculation, not a result of the framework: for each dimension, "
                 "the median of its factors' stages. When the factors do not agree on one stage, we show a "
                 "range, from the lower median to the upper median.") + "\n\n")
    chart_id = f"faro-radar-{record.id}"
    caption = _("Median stage of each dimension (Faro's calculation)")
    out.append(f'<figure class="faro-figure">\n{charts.radar_chart(record, rows, text, chart_id)}\n'
               f"<figcaption>{_esc(caption)}</figcaption>\n</figure>\n\n")
    table_rows = []
    for row in rows:
        rated = _("%(rated)d of %(total)d") % {"rated": row.rated, "total": row.total}
        table_rows.append(f'<tr data-dimension="{_esc(row.dimension.id)}"><th scope="row">'
                          f"{_esc(row.dimension.id)} {_esc(row.dimension.title[lang])}</th>"
                          f"<td>{_esc(rated)}</td><td>{_esc(text.stage(row.median, framework))}</td></tr>")
    head = [_("Dimension"), _("Factors assessed"), _("Median stage (Faro's calculation)")]
    out.append(_table(f"faro-radar-data-{record.id}", _("Data of the chart: median stage of each dimension"),
                      head, table_rows, "faro-data"))
    return "".join(out)


def _dimension_section(record: AssessmentRecord, dimension: Dimension, text: SiteText) -> str:
    _ = text.gettext
    framework, lang = record.framework, text.lang
    out = [f"### {dimension.id} {dimension.title[lang]}\n\n"]
    chart_id = f"faro-bars-{record.id}-{dimension.id.lower()}"
    out.append(f'<figure class="faro-figure">\n{charts.bar_chart(record, dimension, text, chart_id)}\n'
               f"<figcaption>{_esc(dimension.title[lang])}</figcaption>\n</figure>\n\n")
    rows = []
    for factor in dimension.factors:
        rating = record.rating(factor.id)
        target = text.level(rating.target, framework) if rating.target else "—"
        rows.append(f'<tr data-factor="{_esc(factor.id)}"><th scope="row">{_esc(factor.id)} '
                    f"{_esc(factor.title[lang])}</th><td>{_esc(text.stage(rating.stage, framework))}</td>"
                    f"<td>{_esc(target)}</td></tr>")
    caption = _("Data of the chart: %(dimension)s") % {"dimension": dimension.title[lang]}
    out.append(_table(f"{chart_id}-data", caption, [_("Factor"), _("Stage"), _("Target")], rows, "faro-data"))
    return "".join(out)


def _evidence_item(evidence: Evidence, text: SiteText) -> str:
    title = _esc(evidence.title)
    if evidence.lang.split("-")[0] != text.lang:
        title = f'<span lang="{_esc(evidence.lang)}">{title}</span>'
    details = [text.label("evidence_kinds", evidence.kind)]
    if evidence.date:
        details.append(text.date(evidence.date))
    return f"- [{title}]({evidence.url}): {', '.join(details)}\n"


def _evidence(record: AssessmentRecord, text: SiteText) -> str:
    _ = text.gettext
    framework, lang = record.framework, text.lang
    out = ["## " + _("Rationale and evidence for each factor") + "\n\n"]
    for dimension in framework.dimensions:
        out.append(f"### {dimension.id} {dimension.title[lang]} {{#evidence-{dimension.id.lower()}}}\n\n")
        for factor in dimension.factors:
            rating = record.rating(factor.id)
            anchor = "evidence-" + factor.id.lower().replace(".", "-")
            out.append(f"#### {factor.id} {factor.title[lang]} {{#{anchor}}}\n\n")
            line = _("Stage") + ": " + text.stage(rating.stage, framework) + "."
            if rating.target:
                line += " " + _("Target") + ": " + text.level(rating.target, framework) + "."
            out.append(line + "\n\n")
            if rating.rationale.get(lang):
                out.append(escape_markdown(rating.rationale[lang]) + "\n\n")
            if rating.gaps.get(lang):
                out.append("**" + _("Gaps") + ":** " + escape_markdown(rating.gaps[lang]) + "\n\n")
            if rating.evidence:
                out.append(_("Public evidence") + ":\n\n")
                out += [_evidence_item(e, text) for e in rating.evidence]
                out.append("\n")
            elif rating.stage is not None:
                note = escape_markdown(rating.evidence_notes.get(lang, ""))
                out.append("**" + _("Evidence not public") + ".** " + note + "\n\n")
    return "".join(out)


def _benchmarks(record: AssessmentRecord, text: SiteText) -> str:
    _ = text.gettext
    out = ["## " + _("Other measurements") + "\n\n"]
    out.append(_("Other indexes measure in other ways. We list them with their source and never mix them "
                 "with this assessment's stages.") + "\n\n")
    for benchmark in record.benchmarks:
        name = text.label("benchmark_frameworks", benchmark.framework)
        value = f": {escape_markdown(benchmark.value)}" if benchmark.value else ""
        out.append(f"- {name}{value} ([" + _("source") + f"]({benchmark.source_url}))\n")
    return "".join(out) + "\n"


# -- country pages ----------------------------------------------------------------------

def country_page(iso2: str, records: list[AssessmentRecord], text: SiteText) -> str:
    """A country's assessments over time, and how each dimension moved between two of one framework."""
    _ = text.gettext
    name = text.country_name(iso2)
    here = text.layout.country_page(iso2)
    ordered = sorted(records, key=lambda r: (r.published_date(), r.id))
    description = _("The cyber-maturity assessments of %(country)s over time.") % {"country": name}
    title = _("%(country)s: cyber maturity") % {"country": name}
    out = [front_matter(title, description)]
    out.append(f"# {title}\n\n")
    if any(r.example for r in ordered):
        out.append(example_banner(text))
    out.append("## " + _("Assessments over time") + "\n\n")
    rows = []
    for record in ordered:
        href = html_href(here, text.layout.assessment_page(record.id))
        validated = _("Yes") if record.validated_by_third_party else _("No")
        rows.append(f'<tr><th scope="row"><a href="{_esc(href)}">{_esc(text.date(record.date_published))}'
                    f"</a></th><td>{_esc(record.framework.short_name[text.lang])}</td>"
                    f"<td>{_esc(text.label('assessment_kinds', record.kind))}</td>"
                    f"<td>{_esc(validated)}</td></tr>")
    head = [_("Published"), _("Framework"), _("Kind"), _("Validated by a third party")]
    out.append(_table(f"faro-assessments-{iso2.lower()}", _("Assessments of %(country)s") % {"country": name},
                      head, rows, "faro-data"))
    for framework_records in aggregate.by_framework(ordered).values():
        for earlier, later in zip(framework_records, framework_records[1:], strict=False):
            out.append(_change_section(earlier, later, text))
    return "".join(out)


def _change_section(earlier: AssessmentRecord, later: AssessmentRecord, text: SiteText) -> str:
    _ = text.gettext
    framework, lang = later.framework, text.lang
    dates = {"before": earlier.year, "after": later.year, "framework": framework.short_name[lang]}
    out = ["## " + _("Change from %(before)s to %(after)s (%(framework)s)") % dates + "\n\n"]
    out.append(_("Both assessments use the same framework. The stages are the median of each dimension's "
                 "factors, calculated by Faro.") + "\n\n")
    if earlier.kind != later.kind:
        out.append(_("The two assessments are of different kinds (%(before)s, %(after)s): compare with care.")
                   % {"before": text.label("assessment_kinds", earlier.kind).lower(),
                      "after": text.label("assessment_kinds", later.kind).lower()} + "\n\n")
    rows = []
    for change in aggregate.changes(earlier, later):
        rows.append(f'<tr data-dimension="{_esc(change.dimension.id)}"><th scope="row">'
                    f"{_esc(change.dimension.id)} {_esc(change.dimension.title[lang])}</th>"
                    f"<td>{_esc(text.stage(change.before, framework))}</td>"
                    f"<td>{_esc(text.stage(change.after, framework))}</td>"
                    f"<td>{_esc(change_words(change.steps, text))}</td></tr>")
    head = [_("Dimension"), earlier.year, later.year, _("Change (Faro's calculation)")]
    caption = _("Median stage of each dimension, %(before)s and %(after)s") % dates
    out.append(_table(f"faro-change-{earlier.id}-{later.id}", caption, head, rows, "faro-data"))
    return "".join(out)


def change_words(steps: tuple[int, int] | None, text: SiteText) -> str:
    """"up 1 stage", "no change", or both bounds when a range moved unevenly."""
    _ = text.gettext
    if steps is None:
        return _("cannot compare")

    def words(step: int) -> str:
        if step == 0:
            return _("no change")
        template = (text.ngettext("up %(count)d stage", "up %(count)d stages", step) if step > 0
                    else text.ngettext("down %(count)d stage", "down %(count)d stages", -step))
        return template % {"count": abs(step)}
    low, high = steps
    if low == high:
        return words(low)
    return _("lowest %(low)s, highest %(high)s") % {"low": words(low), "high": words(high)}


def countries_index(records: list[AssessmentRecord], text: SiteText) -> str:
    _ = text.gettext
    here = text.layout.countries_index
    out = [front_matter(_("Countries"), _("The countries with a cyber-maturity assessment on Faro."))]
    out.append("# " + _("Countries") + "\n\n")
    countries = sorted({r.iso2 for r in records}, key=lambda c: text.country_name(c).casefold())
    for iso2 in countries:
        count = sum(1 for r in records if r.iso2 == iso2)
        assessments = text.ngettext("%(count)d assessment", "%(count)d assessments", count) % {"count": count}
        target = link(here, text.layout.country_page(iso2))
        out.append(f"- [{text.country_name(iso2)}]({target}): {assessments}\n")
    out.append("\n## " + _("Compare countries") + "\n\n")
    for framework in text.vocabulary.frameworks.values():
        if aggregate.latest_per_country(records, framework):
            target = link(here, text.layout.regional_page(framework))
            out.append(f"- [{framework.short_name[text.lang]}]({target})\n")
    out.append("\n" + downloads(here, text))
    return "".join(out)


def downloads(here: str, text: SiteText) -> str:
    _ = text.gettext
    labels = {"maturity.csv": _("CSV table, one row per assessment and factor"),
              "maturity.json": _("JSON file with every assessment"),
              "maturity.schema.json": _("JSON Schema that describes the JSON file")}
    out = ["## " + _("Download the same data") + "\n\n"]
    out += [f"- [{labels[name]}]({link(here, text.layout.data_file(name))})\n" for name in EXPORT_FILES]
    return "".join(out)


# -- regional comparison ----------------------------------------------------------------

def regional_page(framework: Framework, records: list[AssessmentRecord], text: SiteText) -> str:
    """Every country's latest assessment in one framework, one table per dimension, each pre-ordered."""
    _ = text.gettext
    lang, here = text.lang, text.layout.regional_page(framework)
    latest = aggregate.latest_per_country(records, framework)
    title = _("Compare countries: %(framework)s") % {"framework": framework.short_name[lang]}
    out = [front_matter(title, _("Countries assessed with one framework, dimension by dimension, "
                                 "without a single national score."))]
    out.append(f"# {title}\n\n")
    if any(r.example for r in latest):
        out.append(example_banner(text))
    out.append(_("This page compares the latest assessment of each country in the %(framework)s. "
                 "The framework rates factors, not countries. So we give no score to a country.")
               % {"framework": framework.short_name[lang]} + " ")
    out.append(_("Each table is ordered by one dimension, highest stage first. The stage is the median "
                 "of the dimension's factors. Faro works it out, not the framework.") + "\n\n")
    out.append(_("Go to a dimension") + ":\n\n")
    for dimension in framework.dimensions:
        out.append(f"- [{dimension.id} {dimension.title[lang]}](#{dimension.id.lower()})\n")
    out.append("\n")
    for dimension in framework.dimensions:
        out.append(f"## {dimension.id} {dimension.title[lang]} {{#{dimension.id.lower()}}}\n\n")
        rows = []
        ranked = aggregate.ranked_for_dimension(latest, dimension, lambda r: text.country_name(r.iso2))
        for record, summary in ranked:
            href = html_href(here, text.layout.assessment_page(record.id))
            rows.append(f'<tr data-country="{_esc(record.iso2)}"><th scope="row"><a href="{_esc(href)}">'
                        f"{_esc(text.country_name(record.iso2))}</a></th>"
                        f"<td>{_esc(text.stage(summary.median, framework))}</td>"
                        f"<td>{_esc(text.label('assessment_kinds', record.kind))}</td>"
                        f"<td>{_esc(text.date(record.date_published))}</td></tr>")
        head = [_("Country"), _("Median stage (Faro's calculation)"), _("Kind"), _("Published")]
        caption = _("%(dimension)s: countries ordered by median stage") % {"dimension": dimension.title[lang]}
        out.append(_table(f"faro-regional-{dimension.id.lower()}", caption, head, rows, "faro-data"))
    if framework.to_verify:
        out.append(_("Note: we still have to check the factor titles and stage names against the "
                     "framework's official text.") + "\n\n")
    out.append(downloads(here, text))
    return "".join(out)
