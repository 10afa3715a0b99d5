"""The help directory as open data: `contacts.json` (the records, as the schema
describes them), `contacts.csv` (one row per service; a country without one
gets a row that says so) and the JSON Schema itself."""

from __future__ import annotations

import csv
import io
import json

from faro.help.directory import schema

CSV_COLUMNS = ["country", "country_name_es", "country_name_en", "status", "service_id", "name_es", "name_en",
               "area_es", "area_en", "purposes", "phones", "messaging", "web", "email",
               "hours_es", "hours_en",
               "languages", "cost", "notes_es", "notes_en", "publisher", "source", "checked"]
LICENCE = "CC-BY-4.0"


def contacts_json(countries: list[dict], generated: str) -> str:
    return json.dumps({"generated": generated, "licence": LICENCE, "countries": countries},
                      ensure_ascii=False, indent=2) + "\n"


def _texts(value, lang: str) -> str:
    return (value or {}).get(lang, "")


def contacts_csv(countries: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for country in countries:
        base = {"country": country["country"], "country_name_es": country["name"]["es"],
                "country_name_en": country["name"]["en"]}
        if not country["services"]:
            writer.writerow({**base, "status": "not_found", "notes_es": _texts(country["not_found"], "es"),
                             "notes_en": _texts(country["not_found"], "en"),
                             "checked": country.get("checked", "")})
        for s in country["services"]:
            writer.writerow({**base, "status": "found", "service_id": s["id"],
                             "name_es": s["name"]["es"], "name_en": s["name"]["en"],
                             "area_es": _texts(s.get("area"), "es"), "area_en": _texts(s.get("area"), "en"),
                             "purposes": ";".join(s["purposes"]),
                             "phones": ";".join(f"{p['display']} <tel:{p['tel']}>" for p in s["phones"]),
                             "messaging": ";".join(m["display"] for m in s["messaging"]),
                             "web": s["web"] or "", "email": s["email"] or "",
                             "hours_es": _texts(s["hours"], "es"), "hours_en": _texts(s["hours"], "en"),
                             "languages": ";".join(s["languages"] or []), "cost": s["cost"] or "",
                             "notes_es": _texts(s["notes"], "es"), "notes_en": _texts(s["notes"], "en"),
                             "publisher": s["publisher"], "source": s["source"], "checked": s["checked"]})
    return out.getvalue()


def schema_json() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"
