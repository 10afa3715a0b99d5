"""Pages and open data for the NCSI values: one page per country, one per region, and the method page.

The NCSI has its own pages under `<root>/ncsi/`, apart from the CMM pages, so no
page puts the two indices on one scale or in one ranking.
"""

from __future__ import annotations

import json
from html import escape
from importlib import resources

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal

from faro.maturity import ncsi, ncsi_records
from faro.yaml_data import load_yaml

# What the pages say and link to, per language, is data (data/ncsi-site.yml).
_SITE = load_yaml(resources.files(__package__).joinpath("data", "ncsi-site.yml").read_text(encoding="utf-8"))
POSITIONS, HELP_GUIDE, WORDS = _SITE["positions"], _SITE["help_guide"], _SITE["words"]


def _titles(data: ncsi.NcsiData, method_id: str, lang: str) -> dict[tuple[str, str], str]:
    method = next(m for m in data.framework["methods"] if m["id"] == method_id)
    found = {}
    for group in method["groups"]:
        for capacity in group["capacities"]:
            found[("capacity", capacity["id"])] = capacity["title"][lang]
            for indicator in capacity["indicators"]:
                found[("indicator", indicator["id"])] = indicator["title"][lang]
    return found


def chart(country: dict, data: ncsi.NcsiData, lang: str) -> str:
    """A bar per value, with `<title>` and `<desc>`; the table after it carries the same numbers."""
    words, points = WORDS[lang], country["ncsi"]["points"]
    maxima = data.maxima(country["ncsi"]["method"])
    name = country["name"][lang]
    height = 24 * len(points) + 10
    chart_id = f"ncsi-{country['iso2'].lower()}"
    parts = [f'<svg role="img" aria-labelledby="{chart_id}-t {chart_id}-d" width="480" height="{height}" '
             f'viewBox="0 0 480 {height}" class="faro-ncsi-chart">',
             f'<title id="{chart_id}-t">{escape(words["chart"].format(name=name))}</title>',
             f'<desc id="{chart_id}-d">{escape(words["means"])}</desc>']
    for row, value in enumerate(points):
        top = 5 + 24 * row
        top_max = maxima[(value["kind"], value["ref"])]
        width = 300 * value["points"] / top_max
        parts.append(f'<text x="0" y="{top + 15}" font-size="13">{escape(value["ref"])}</text>'
                     f'<rect x="60" y="{top}" width="300" height="18" fill="none" '
                     f'style="stroke: var(--md-default-fg-color--light)"/>'
                     f'<rect x="60" y="{top}" width="{width:.1f}" height="18" '
                     f'style="fill: var(--md-typeset-a-color)"/>'
                     f'<text x="370" y="{top + 15}" font-size="13">{value["points"]} / {top_max}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _value_table(country: dict, data: ncsi.NcsiData, lang: str) -> str:
    words = WORDS[lang]
    titles = _titles(data, country["ncsi"]["method"], lang)
    maxima = data.maxima(country["ncsi"]["method"])
    head = [words[k] for k in ("ref", "points", "max", "date", "source", "read")]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for value in country["ncsi"]["points"]:
        key = (value["kind"], value["ref"])
        lines.append(f"| {value['ref']} {titles[key]} | {value['points']} | {maxima[key]} | "
                     f"{value['index_date']} | <{value['source_url']}> | {value['retrieved']} |")
    # A wide table scrolls inside its own labelled, focusable box, never the page (1.4.10).
    return (f'<div class="faro-table-scroll" role="region" aria-label="{escape(words["values"])}" '
            'tabindex="0" markdown>\n\n' + "\n".join(lines) + "\n\n</div>")


def _number(value: float, lang: str) -> str:
    """A score with the language's own decimal sign (CLDR, through Babel); open data keeps the dot."""
    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        locale = Locale("en")
    return format_decimal(value, "0.00", locale=locale)


def _score(value: dict | None, lang: str) -> str:
    """A country score with the date the index gives and its page, or "not available"."""
    words = WORDS[lang]
    if value is None:
        return words["na"]
    return (f"{_number(value['value'], lang)} / {ncsi.SCORE_MAX} ({words['date']}: {value['index_date']}; "
            f"{words['source']}: <{value['source_url']}>; {words['read']}: {value['retrieved']})")


def country_page(country: dict, data: ncsi.NcsiData, lang: str, positions: list[str]) -> str:
    words, ncsi_values = WORDS[lang], country["ncsi"]
    out = [f"# NCSI: {country['name'][lang]}", "", words["differ"], "", words["partial"], "",
           f"- {words['total']}: {_score(ncsi_values['total'], lang)}",
           f"- {words['dd']}: {_score(ncsi_values['digital_development'], lang)}", ""]
    if ncsi_values["points"]:
        if ncsi_values.get("note"):
            out += [ncsi_values["note"][lang], ""]
        out += [words["means"], "", chart(country, data, lang), "", _value_table(country, data, lang), ""]
    else:
        out += [words["no_values"], ""]
    for doc in positions:
        out.append(f"- [{words['position']} ({doc.split('-')[1]})](../../{POSITIONS[lang]}/{doc}.md)")
    if country.get("help_contacts"):
        out.append(f"- [{words['help']}](../../{HELP_GUIDE[lang]})")
    return "\n".join(out) + "\n"


def _cell(count: int) -> str:
    return f'<td class="faro-heat-{min(count, 4)}">{count}</td>'


def regional_page(region: str, countries: list[dict], lang: str) -> str:
    """A heat-map table of how many values were read, in two pre-built orders (no JavaScript)."""
    words = WORDS[lang]
    out = [f"# NCSI: {words['region'][region]}", "", words["region_body"], "", words["differ"], ""]
    orders = [("by_name", sorted(countries, key=lambda c: c["name"][lang])),
              ("by_count", sorted(countries, key=lambda c: (-len(c["ncsi"]["points"]), c["name"][lang])))]
    for key, ordered in orders:
        out += [f"## {words[key]}", "", f'<table class="faro-ncsi-heat"><caption>{words["heat"]}</caption>',
                f'<thead><tr><th scope="col">{words["country"]}</th><th scope="col">{words["values"]}</th>'
                f'<th scope="col">{words["total"]}</th></tr></thead><tbody>']
        for country in ordered:
            link = f'<a href="../{country["iso2"].lower()}/">{escape(country["name"][lang])}</a>'
            total = country["ncsi"]["total"]
            shown = (words["na"] if total is None
                     else f'{_number(total["value"], lang)} ({total["index_date"]})')
            out.append(f'<tr><th scope="row">{link}</th>{_cell(len(country["ncsi"]["points"]))}'
                       f'<td>{shown}</td></tr>')
        out += ["</tbody></table>", ""]
    return "\n".join(out) + "\n"


def method_page(data: ncsi.NcsiData, lang: str) -> str:
    words = WORDS[lang]
    out = [f"# {words['method_title']}", "", words["method_body"], "", words["differ"], "",
           words["partial"], "",
           f"{words['source']}: <{data.framework['home_url']}>", ""]
    for method in data.framework["methods"]:
        seen = method["seen_on"]
        out += [f"## {method['id']}", "", f"{words['source']}: <{seen['url']}> ({seen['index_date']})", ""]
        if method.get("shape"):
            shape = method["shape"]
            names = ", ".join(p[lang] for p in method["pillars"])
            out += [words["shape"].format(names=names, **shape), "",
                    f"{words['source']}: <{shape['source_url']}> ({words['read']}: {shape['retrieved']})", ""]
        out += [f"| {words['ref']} | {words['max']} |", "|---|---|"]
        for group in method["groups"]:
            for capacity in group["capacities"]:
                out.append(f"| **{capacity['id']}. {capacity['title'][lang]}** | {capacity['max_points']} |")
                out += [f"| {i['id']} {i['title'][lang]} | {i['max_points']} |"
                        for i in capacity["indicators"]]
        out.append("")
    return "\n".join(out) + "\n"


def language_pages(root: str, lang: str) -> dict[str, str]:
    """Every NCSI page of one language: path -> Markdown."""
    data = ncsi_records.shipped()[0]  # a country with an error is left out (its findings: `faro check`)
    pages = {f"{root}/ncsi/index.md": method_page(data, lang)}
    for country in data.countries:
        pages[f"{root}/ncsi/{country['iso2'].lower()}.md"] = country_page(
            country, data, lang, country.get("positions") or [])
    for region in sorted({c["region"] for c in data.countries}):
        pages[f"{root}/ncsi/{region}.md"] = regional_page(
            region, [c for c in data.countries if c["region"] == region], lang)
    pages[f"{root}/ncsi/americas.md"] = regional_page(
        "americas", [c for c in data.countries if c["region"].startswith("americas")], lang)
    return pages


def data_files(folder: str) -> dict[str, str]:
    data = ncsi_records.shipped()[0]  # a country with an error is left out (its findings: `faro check`)
    schema = json.loads(resources.files(__package__).joinpath("data", "ncsi.schema.json").read_text("utf-8"))
    return {f"{folder}/ncsi.json": json.dumps({"framework": data.framework, "values": ncsi.rows(data)},
                                              ensure_ascii=False, indent=1, default=str),
            f"{folder}/ncsi.csv": ncsi.to_csv(data),
            f"{folder}/ncsi.schema.json": json.dumps(schema, indent=1)}
