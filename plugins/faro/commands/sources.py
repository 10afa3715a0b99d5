"""`faro sources [PATH...]`: how many sources the pages cite, by kind of publisher.

Kinds come from the publisher registry; a source on a domain the registry does
not know counts as `unregistered`, a copy of an official domain as `lookalike`.
Exit codes follow `faro`: 0 always (a count, not a check), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import yaml

from faro.commands.errors import UsageError
from faro.content.front_matter import FrontMatterError, split_front_matter
from faro.sources.registry import load_registry


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sources", help="count the sources pages cite, by kind of publisher",
                                   description="Count the sources in the pages' front matter by the kind "
                                   "of their publisher in the registry of primary sources.")
    parser.add_argument("paths", nargs="*", default=["content"], metavar="PATH",
                        help="Markdown files or folders")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(func=run)


def count(files: list[Path]) -> dict:
    registry, kinds, hosts, pages = load_registry(), Counter(), Counter(), 0
    for file in files:
        try:
            meta = split_front_matter(file.read_text(encoding="utf-8"))[0]
        except (FrontMatterError, UnicodeDecodeError, yaml.YAMLError):
            continue
        sources = [s for s in (meta or {}).get("sources") or [] if isinstance(s, dict)]
        pages += bool(sources)
        for source in sources:
            match = registry.classify(str(source.get("url", "")))
            kind = match.publisher.kind if match.status == "official" else (
                "lookalike" if match.status == "lookalike" else "unregistered")
            kinds[kind] += 1
            hosts[match.host] += 1
    total = sum(kinds.values())
    return {"pages": pages, "sources": total, "by_kind": dict(kinds.most_common()),
            "by_host": dict(hosts.most_common())}


def run(args: argparse.Namespace) -> int:
    files: list[Path] = []
    for name in args.paths:
        path = Path(name)
        if not path.exists():
            raise UsageError(f"{name}: no such file or folder")
        files += sorted(path.rglob("*.md")) if path.is_dir() else [path]
    result = count(files)
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    print(f"{result['sources']} sources on {result['pages']} pages")
    for kind, number in result["by_kind"].items():
        print(f"  {number:4d}  {kind}")
    return 0
