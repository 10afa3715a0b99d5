"""Frameworks and closed lists of maturity records, loaded from `data/`.

A framework (dimensions, factors, the stage scale and its labels) is a data file,
so adding the next CMM edition or another model is an editorial change; the
schema, pages, charts and exports all read the same definition.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from faro.records.schema import restrict
from faro.yaml_data import load_yaml

NOT_ASSESSED = "not_assessed"


def _data(*parts: str) -> str:
    return resources.files(__package__).joinpath("data", *parts).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Level:
    value: int
    label: dict[str, str]


@dataclass(frozen=True)
class Factor:
    id: str
    title: dict[str, str]


@dataclass(frozen=True)
class Dimension:
    id: str
    title: dict[str, str]
    short: dict[str, str]
    factors: tuple[Factor, ...]


@dataclass(frozen=True)
class Framework:
    id: str
    short_id: str
    slug: str
    version: str
    name: dict[str, str]
    short_name: dict[str, str]
    publisher: dict[str, str]
    source_url: str
    scale_name: dict[str, str]
    levels: tuple[Level, ...]
    dimensions: tuple[Dimension, ...]
    to_verify: tuple[str, ...] = ()

    @property
    def factors(self) -> tuple[Factor, ...]:
        return tuple(f for d in self.dimensions for f in d.factors)

    @property
    def values(self) -> tuple[int, ...]:
        return tuple(level.value for level in self.levels)

    @property
    def lowest(self) -> int:
        return self.levels[0].value

    @property
    def highest(self) -> int:
        return self.levels[-1].value

    def level_label(self, value: int, lang: str) -> str:
        return next(level.label[lang] for level in self.levels if level.value == value)

    def dimension_of(self, factor_id: str) -> Dimension:
        return next(d for d in self.dimensions if any(f.id == factor_id for f in d.factors))

    def allowed_stages(self, lang: str = "en") -> str:
        """The stage values as an editor may write them, for error messages."""
        levels = ", ".join(f"{level.value} ({level.label[lang]})" for level in self.levels)
        return f"{levels}; [min, max]; {NOT_ASSESSED}"


def _framework(data: dict) -> Framework:
    dimensions = tuple(
        Dimension(d["id"], d["title"], d["short"], tuple(Factor(f["id"], f["title"]) for f in d["factors"]))
        for d in data["dimensions"])
    return Framework(
        id=data["id"], short_id=data["short_id"], slug=data["slug"], version=str(data["version"]),
        name=data["name"], short_name=data["short_name"], publisher=data["publisher"],
        source_url=data["source_url"], scale_name=data["scale"]["name"],
        levels=tuple(Level(int(level["value"]), level["label"]) for level in data["scale"]["levels"]),
        dimensions=dimensions, to_verify=tuple(data.get("to_verify") or ()))


@dataclass(frozen=True)
class SiteLayout:
    """Where the maturity pages of one language live (folders from `site.yml`)."""

    lang: str
    root: str
    assessments: str
    countries: str
    regional: str
    data: str

    def assessment_page(self, record_id: str) -> str:
        return f"{self.root}/{self.assessments}/{record_id}.md"

    def country_page(self, iso2: str) -> str:
        return f"{self.root}/{self.countries}/{iso2.lower()}.md"

    def regional_page(self, framework: Framework) -> str:
        return f"{self.root}/{self.regional}/{framework.short_id}.md"

    @property
    def index_page(self) -> str:
        return f"{self.root}/index.md"

    @property
    def countries_index(self) -> str:
        return f"{self.root}/{self.countries}/index.md"

    def data_file(self, name: str) -> str:
        return f"{self.root}/{self.data}/{name}"


@dataclass(frozen=True)
class Vocabulary:
    frameworks: dict[str, Framework]
    lists: dict  # vocabulary.yml
    layouts: dict[str, SiteLayout]
    source_language: str
    assessment_page_readability: dict[str, dict]

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.layouts)

    def label(self, list_name: str, value: str, lang: str) -> str:
        return self.lists[list_name][value][lang]

    def find_framework(self, name: str) -> Framework | None:
        """By id (`gcscc-cmm-2021`) or short id (`cmm-2021`), as `faro new` accepts both."""
        return next((f for f in self.frameworks.values() if name in (f.id, f.short_id)), None)

    def allowed(self, name: str, framework: Framework | None = None) -> list[str] | None:
        """Values for an `x-vocabulary` marker; None when unknown (the framework failed its own check)."""
        if name == "frameworks":
            return list(self.frameworks)
        if name == "factors":
            return [f.id for f in framework.factors] if framework else None
        return [str(value) for value in self.lists[name]]


@cache
def load_vocabulary() -> Vocabulary:
    folder = resources.files(__package__).joinpath("data", "frameworks")
    frameworks = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yml"):
            framework = _framework(load_yaml(entry.read_text(encoding="utf-8")))
            frameworks[framework.id] = framework
    site = load_yaml(_data("site.yml"))
    layouts = {lang: SiteLayout(lang=lang, **folders) for lang, folders in site["languages"].items()}
    return Vocabulary(frameworks, load_yaml(_data("vocabulary.yml")), layouts, site["source_language"],
                      site.get("assessment_page_readability") or {})


def record_schema(vocabulary: Vocabulary, framework: Framework | None) -> dict:
    """The page schema for records of one framework (its factor ids become the allowed keys)."""
    return restrict(json.loads(_data("record.schema.json")), lambda name: vocabulary.allowed(name, framework))


def export_schema(vocabulary: Vocabulary) -> dict:
    """The published JSON Schema of `maturity.json`, with the vocabularies filled in."""
    return restrict(json.loads(_data("export.schema.json")), lambda name: vocabulary.allowed(name, None))
