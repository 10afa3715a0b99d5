"""The publisher registry: who may be cited, on which domains.

A URL is *official* when its host is one of a publisher's domains or a
subdomain of one; a *look-alike* when it is not, but carries a publisher's
distinctive name as a label or a hyphenated part (`cisa.services`,
`incibe-es.com`, `cisa.gov.example.com`): such copies are how false phone
numbers reach people. Anything else is *unknown*.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

import yaml

KINDS = ("cyber_agency", "government", "police", "consumer_authority", "regulator",
         "legislature", "international", "standards_body", "product")
# Labels that name no one: a look-alike must copy a publisher's own name.
_GENERIC = frozenset({"www", "gob", "gov", "go", "police", "mil", "com", "org", "net", "edu", "co",
                      "ac", "es", "uk", "us", "cl", "pe", "ar", "mx", "support", "help"})


@dataclass(frozen=True)
class Publisher:
    id: str
    name: str
    country: str
    kind: str
    domains: tuple[str, ...]
    lang: tuple[str, ...] = ()

    @property
    def names(self) -> frozenset[str]:
        """The distinctive first label of each domain (`cisa` for cisa.gov)."""
        return frozenset(label for domain in self.domains
                         if (label := domain.split(".")[0]) not in _GENERIC and len(label) > 2)


@dataclass(frozen=True)
class Match:
    status: str                 # official | lookalike | unknown | invalid
    host: str
    publisher: Publisher | None = None


class RegistryError(ValueError):
    """The registry file itself is wrong."""


def host_of(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".")


def _on(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


class Registry:
    def __init__(self, publishers: dict[str, Publisher]) -> None:
        self.publishers = publishers

    def get(self, publisher_id: str) -> Publisher | None:
        return self.publishers.get(publisher_id)

    def classify(self, url: str) -> Match:
        host = host_of(url)
        if not host:
            return Match("invalid", host)
        owners = [p for p in self.publishers.values() if any(_on(host, d) for d in p.domains)]
        if owners:  # the most specific domain wins (bacsirt.buenosaires.gob.ar over gob.ar)
            best = max(owners, key=lambda p: max(len(d) for d in p.domains if _on(host, d)))
            return Match("official", host, best)
        tokens = set(re.split(r"[.\-]", host))
        for publisher in self.publishers.values():
            if publisher.names & tokens:
                return Match("lookalike", host, publisher)
        return Match("unknown", host)


def parse(data: object, source: str = "publishers.yml") -> Registry:
    if not isinstance(data, dict):
        raise RegistryError(f"{source}: expected a mapping of publisher id to publisher")
    publishers = {}
    for pid, fields in data.items():
        if not isinstance(fields, dict) or fields.get("kind") not in KINDS:
            raise RegistryError(f"{source}: {pid}: kind must be one of {KINDS}")
        domains = fields.get("domains")
        if not domains or not all(isinstance(d, str) and "." in d and "/" not in d for d in domains):
            raise RegistryError(f"{source}: {pid}: domains must be a list of host names")
        country = str(fields.get("country", ""))
        if not re.fullmatch(r"[A-Z]{2}", country):
            raise RegistryError(f"{source}: {pid}: country must be an ISO 3166-1 alpha-2 code")
        publishers[str(pid)] = Publisher(str(pid), str(fields.get("name") or pid), country,
                                         fields["kind"], tuple(d.lower() for d in domains),
                                         tuple(fields.get("lang") or ()))
    return Registry(publishers)


@cache
def load_registry() -> Registry:
    text = resources.files(__package__).joinpath("data", "publishers.yml").read_text(encoding="utf-8")
    return parse(yaml.safe_load(text))


@cache
def claim_kinds() -> dict[str, dict]:
    text = resources.files(__package__).joinpath("data", "claims.yml").read_text(encoding="utf-8")
    return yaml.safe_load(text)
