"""The "Do you need help now?" panel and the full directory page.

The panel is plain HTML (a heading, and one `<details>` per country with
tap-to-call `tel:` links): it opens and works without JavaScript, offline and
from `file://`. Its class `faro-help-panel` is the theme's hook for styling.
"""

from __future__ import annotations

from functools import cache
from html import escape
from importlib import resources

import yaml

PANEL_CLASS = "faro-help-panel"


@cache
def texts() -> dict:
    text = resources.files(__package__).joinpath("data", "texts.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _contact_items(service: dict, lang: str) -> list[str]:
    items = [f'<a href="tel:{escape(p["tel"])}">{escape(p["display"])}</a> '
             f'<span class="faro-help-label">({escape(p["label"][lang])})</span>' for p in service["phones"]]
    items += [escape(m["display"]) for m in service["messaging"]]
    if service["email"]:
        items.append(f'<a href="mailto:{escape(service["email"])}">{escape(service["email"])}</a>')
    if service["web"]:
        items.append(f'<a href="{escape(service["web"])}">{escape(service["name"][lang])}</a>')
    return items


def panel_html(countries: list[dict], lang: str, directory_url: str,
               heading_id: str = "faro-help-now") -> str:
    t = texts()[lang]
    parts = [f'<aside class="{PANEL_CLASS}" aria-labelledby="{heading_id}" lang="{lang}">',
             f'<h2 id="{heading_id}">{escape(t["panel_title"])}</h2>', f"<p>{escape(t['panel_intro'])}</p>"]
    for country in sorted(countries, key=lambda c: c["name"][lang]):
        parts.append(f'<details><summary>{escape(country["name"][lang])}</summary>')
        if not country["services"]:
            parts.append(f"<p>{escape(country['not_found'][lang])}</p>")
        else:
            parts.append("<ul>")
            for service in country["services"]:
                area = f" — {escape(service['area'][lang])}" if service.get("area") else ""
                purposes = ", ".join(t["purposes"][p] for p in service["purposes"])
                contacts = "; ".join(_contact_items(service, lang))
                parts.append(f"<li><strong>{escape(service['name'][lang])}</strong>{area}. "
                             f"{escape(t['for'])}: {escape(purposes)}. {contacts}</li>")
            parts.append("</ul>")
        parts.append("</details>")
    parts.append(f'<p><a href="{escape(directory_url)}">{escape(t["panel_more"])}</a></p></aside>')
    return "\n".join(parts)


def _value(value, t: dict, lang: str) -> str:
    if value in (None, [], ""):
        return f"*{t['not_available']}*"
    return value


def directory_markdown(countries: list[dict], lang: str, data_urls: dict[str, str]) -> str:
    """The full directory page: every service, every fact with its source and date."""
    t = texts()[lang]
    lines = ["---", f"title: {t['directory_title']}", f"description: {t['directory_description']}", "---", "",
             f"# {t['directory_title']}", "", t["directory_intro"], "",
             t["open_data"].format(**data_urls), ""]
    for country in sorted(countries, key=lambda c: c["name"][lang]):
        lines += [f"## {country['name'][lang]}", ""]
        if not country["services"]:
            lines += [country["not_found"][lang], "", f"{t['checked']} {country['checked']}.", ""]
        for s in country["services"]:
            lines += [f"### {s['name'][lang]}", ""]
            if s["notes"]:
                lines += [s["notes"][lang], ""]
            phones = ", ".join(f"[{p['display']}](tel:{p['tel']}) ({p['label'][lang]})" for p in s["phones"])
            rows = [
                (t["for"], ", ".join(t["purposes"][p] for p in s["purposes"])),
                (t["area"], _value(s["area"][lang] if s.get("area") else t["whole_country"], t, lang)),
                (t["phone"], _value(phones, t, lang)),
                (t["messaging"], _value(", ".join(m["display"] for m in s["messaging"]), t, lang)),
                (t["web"], _value(f"<{s['web']}>" if s["web"] else None, t, lang)),
                (t["email"], _value(f"<{s['email']}>" if s["email"] else None, t, lang)),
                (t["hours"], _value(s["hours"][lang] if s["hours"] else None, t, lang)),
                (t["languages"], _value(", ".join(s["languages"] or []), t, lang)),
                (t["cost"], _value(t.get(s["cost"]) if s["cost"] else None, t, lang)),
                (t["source"], f"<{s['source']}>"),
                (t["checked"], s["checked"]),
            ]
            lines += [f"- **{label}:** {value}" for label, value in rows] + [""]
    return "\n".join(lines)
