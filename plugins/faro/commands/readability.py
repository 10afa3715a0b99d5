"""`faro readability PATH...`: score Markdown files without building the site.

Exit codes follow `faro`: 0 all pages pass, 1 a page fails its gate, 2 bad
usage (a missing path, an unknown language).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from faro.commands.errors import UsageError
from faro.findings import Report, format_text
from faro.readability.analysis import PageAnalysis, analyse_markdown
from faro.readability.markdown_text import split_front_matter
from faro.readability.report import headline_score

CONTENT_FOLDER = "content"
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")  # ISO 639-1 or -3: a language with no formula is still checked


def _language_code(value: str) -> str:
    code = value.split("-")[0].lower()
    if not LANGUAGE_CODE.fullmatch(code):
        raise argparse.ArgumentTypeError(f"not a language code: {value!r} (e.g. es, pt, qu)")
    return code


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "readability",
        help="score Markdown pages for plain language (no build)",
        description="Score Markdown pages with Szigriszt-Pazos/INFLESZ (es), Flesch-Kincaid and "
        "Flesch Reading Ease (en), Flesch-Martins (pt) or Kandel-Moles and LIX (fr), per the RR v1 "
        "counting rules; pages in other languages get their long sentences only.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="Markdown files or folders")
    parser.add_argument(
        "--lang", type=_language_code, help="language of pages not under content/<lang>/ "
        "and without 'lang' in their front matter",
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--detail", action="store_true", help="also list every sentence and word with its syllables"
    )
    parser.set_defaults(func=run)


def markdown_files(paths: list[str]) -> list[Path]:
    """The files named, and every .md file under the folders named, in a stable order."""

    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(path.rglob("*.md")))
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"no such file or folder: {name}")
    return files


def page_language(path: Path, source: str, fallback: str | None) -> str:
    """content/<lang>/ first, then front matter `lang`, then --lang."""

    parts = path.resolve().parts
    for index, part in enumerate(parts[:-1]):
        if part == CONTENT_FOLDER and LANGUAGE_CODE.fullmatch(parts[index + 1]) and index + 2 < len(parts):
            return parts[index + 1]
    declared = split_front_matter(source)[0].get("lang") or fallback
    if isinstance(declared, str):
        declared = declared.split("-")[0].lower()  # es-ES, en-GB
    if declared is None:
        raise UsageError(f"{path}: cannot tell the language; put it under content/<lang>/, "
                         "add 'lang:' to its front matter, or pass --lang es|en|pt|fr|...")
    if not isinstance(declared, str) or not LANGUAGE_CODE.fullmatch(declared):
        raise UsageError(f"{path}: not a language code: {declared!r} (e.g. es, pt, qu)")
    return str(declared)


def analyse_files(paths: list[str], fallback_lang: str | None) -> list[PageAnalysis]:

    results = []
    for path in markdown_files(paths):
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(f"{path}: cannot read it as UTF-8 text ({exc})") from None
        lang = page_language(path, source, fallback_lang)
        results.append(analyse_markdown(source, path=str(path), lang=lang))
    return results


def format_page_text(page: PageAnalysis, detail: bool) -> str:
    gate = "" if page.gated else " [not gated]"
    lines = [
        f"{page.path} [{page.lang}] {page.status.upper()}{gate}: {headline_score(page)}; "
        f"{page.counts.words} words, {page.counts.sentences} sentences, "
        f"{page.counts.syllables} syllables"
    ]
    if detail:
        lines += [f"  {s.line}: ({len(s.words)}) {s.text}" for s in page.sentences]
    findings = format_text(Report(list(page.findings)), page.lang)
    lines += ["  " + line for line in findings.splitlines()]
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    pages = analyse_files(args.paths, args.lang)
    if args.format == "json":
        data = [page.to_dict(detail=args.detail) for page in pages]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        for page in pages:
            print(format_page_text(page, args.detail))
    return 1 if any(page.status == "fail" for page in pages) else 0
