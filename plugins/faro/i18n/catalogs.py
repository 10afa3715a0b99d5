"""Interface strings from gettext catalogs, checked and compiled in memory at build time.

No compiled `.mo` file is ever committed: the build reads each `.po` with
Babel and turns it into a `Translations` object for Jinja2 and Python code.
Babel's reader forgives a lot (an unterminated string, a stray line, a
duplicate entry), so the catalog is checked line by line first, and every
translation must keep its source string's placeholders: a translator who
types `%(titulo)s` for `%(title)s` would otherwise break the build of a page
far from the catalog, or silently drop a value.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from babel.support import NullTranslations, Translations

from faro.cache import make_key, open_cache
from faro.content.pages import display_path
from faro.findings import Finding

CATALOG_NAME = "messages"
# Faro's own interface strings, in every language it ships; a site's catalogs add to them.
PACKAGED_TRANSLATIONS = Path(__file__).resolve().parent.parent / "locale"
TEMPLATE_NAME = f"{CATALOG_NAME}.pot"

_KEYWORD_LINE = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)[ \t]+(".*")[ \t]*$')
_STRING_LINE = re.compile(r'^(".*")[ \t]*$')
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
_ESCAPE = re.compile(r"\\(.)")
_VALID_ESCAPES = set('\\"ntrabfv01234567')
# Printf-style named and positional placeholders, and str.format fields.
_PERCENT_PLACEHOLDER = re.compile(r"%(?:\((\w+)\))?[-#0+]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]")
_BRACE_PLACEHOLDER = re.compile(r"(?<!\{)\{(\w*)(?:[!:][^{}]*)?\}(?!\})")


class CatalogError(ValueError):
    """A catalog cannot be used; carries the findings that say where and why."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__("; ".join(f"{f.path}:{f.line or 1}: {f.message('en')}" for f in findings))


@dataclass(frozen=True)
class CatalogCounts:
    lang: str
    translated: int
    fuzzy: int
    untranslated: int


def catalog_path(translations_dir: Path, lang: str) -> Path:
    return translations_dir / lang / "LC_MESSAGES" / f"{CATALOG_NAME}.po"


def template_path(translations_dir: Path) -> Path:
    return translations_dir / TEMPLATE_NAME


def _string_problem(literal: str) -> str | None:
    match = _QUOTED.fullmatch(literal)
    if not match:
        return "unterminated or badly quoted string"
    for escape in _ESCAPE.finditer(match.group(1)):
        if escape.group(1) not in _VALID_ESCAPES:
            return f"unknown escape sequence '\\{escape.group(1)}'"
    return None


def syntax_findings(text: str, display_path: str) -> list[Finding]:
    """Lines Babel would misread or skip: bad keywords, broken strings, duplicate entries."""
    findings = []
    seen: dict[tuple[str, str], int] = {}
    context = msgid = ""
    msgid_line = 0
    last_keyword = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        keyword_match = _KEYWORD_LINE.match(line)
        string_match = _STRING_LINE.match(line)
        if keyword_match:
            keyword, literal = keyword_match.groups()
        elif string_match and last_keyword:
            keyword, literal = last_keyword, string_match.group(1)
        else:
            findings.append(Finding("i18n.catalog-syntax", display_path, number, 1,
                                    {"problem": f"unexpected line: {line[:40]}"}))
            continue
        problem = _string_problem(literal)
        if problem:
            findings.append(Finding("i18n.catalog-syntax", display_path, number, 1, {"problem": problem}))
            continue
        value = _QUOTED.fullmatch(literal).group(1)
        if keyword_match:
            if keyword == "msgctxt":
                context = value
            elif keyword == "msgid":
                msgid, msgid_line = value, number
            elif keyword.startswith("msgstr") and last_keyword in ("msgid", "msgid_plural"):
                key = (context, msgid)
                if key in seen and msgid:
                    findings.append(Finding("i18n.catalog-syntax", display_path, msgid_line, 1,
                                            {"problem": f"duplicate entry (first on line {seen[key]})"}))
                seen.setdefault(key, msgid_line)
                context = ""
        elif keyword == "msgid":
            msgid += value
        last_keyword = keyword
    return findings


def placeholders(text: str) -> list[str]:
    """The placeholders of a message, in a form where order does not matter."""
    found = [f"%({name})" if name else "%" for name in
             (m.group(1) for m in _PERCENT_PLACEHOLDER.finditer(text) if m.group(0) != "%%")]
    found += ["{" + name + "}" for name in _BRACE_PLACEHOLDER.findall(text)]
    return sorted(found)


def _placeholder_problem(message: Message) -> str | None:
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    plural = len(ids) > 1
    expected = sorted(set().union(*(placeholders(i) for i in ids))) if plural else placeholders(ids[0])
    for string in filter(None, strings):
        found = placeholders(string)
        # A plural form may leave the number out ("one page"), but never invent a placeholder.
        if (not set(found) <= set(expected)) if plural else found != expected:
            return f"expected {', '.join(expected) or 'none'}, found {', '.join(found) or 'none'}"
    return None


def placeholder_findings(catalog: Catalog, display_path: str) -> list[Finding]:
    findings = []
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        problem = _placeholder_problem(message)
        if problem:
            msgid = message.id[0] if isinstance(message.id, tuple) else message.id
            findings.append(Finding("i18n.placeholder-mismatch", display_path, message.lineno, 1,
                                    {"msgid": msgid, "problem": problem}))
    return findings


def parse_catalog(path: Path, lang: str | None, display_path: str) -> tuple[Catalog, str]:
    """A PO or POT that parses (and its text), or `CatalogError` naming the file and line."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise CatalogError([Finding("i18n.catalog-syntax", display_path, line, 1,
                                    {"problem": "not valid UTF-8"})]) from None
    findings = syntax_findings(text, display_path)
    if findings:
        raise CatalogError(findings)
    try:
        catalog = read_po(io.BytesIO(raw), locale=lang, abort_invalid=True)
    except PoFileError as exc:
        raise CatalogError([Finding("i18n.catalog-syntax", display_path, exc.lineno + 1, 1,
                                    {"problem": str(exc)})]) from None
    except ValueError as exc:  # an unknown locale in the header, for instance
        raise CatalogError([Finding("i18n.catalog-syntax", display_path, 1, 1,
                                    {"problem": str(exc)})]) from None
    return catalog, text


def read_catalog(path: Path, lang: str | None, display_path: str) -> Catalog:
    """An interface catalog that parses and keeps every placeholder, or `CatalogError`."""
    catalog, _ = parse_catalog(path, lang, display_path)
    findings = placeholder_findings(catalog, display_path)
    if findings:
        raise CatalogError(findings)
    return catalog


def compile_catalog(catalog: Catalog) -> bytes:
    """The `.mo` bytes; fuzzy entries are left out so readers get the source string."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


@dataclass(frozen=True)
class CompiledCatalog:
    """What a build needs of a catalog that passed its checks."""

    mo: bytes
    counts: CatalogCounts


# (path, language) -> (the catalog's bytes, what they compiled to): `faro serve` reloads
# and the commands of one run compile a catalog once; the cache keeps it between runs.
_COMPILED: dict[tuple[str, str], tuple[bytes, CompiledCatalog]] = {}


def compiled_catalog(path: Path, lang: str, display_root: Path | None = None) -> CompiledCatalog:
    """A catalog read, checked and compiled, or `CatalogError`; compiled again only when
    its bytes change (parsing a PO file is the slow part of loading the translations)."""
    raw = path.read_bytes()
    known = _COMPILED.get((str(path), lang))
    if known is not None and known[0] == raw:
        return known[1]
    name = hashlib.sha256(f"{path}\0{lang}".encode()).hexdigest()[:16]
    store = open_cache(display_root, f"catalog-{name}") if display_root is not None else None
    key = make_key(hashlib.sha256(raw).hexdigest())
    compiled = store.get(key) if store is not None else None
    if compiled is None:
        catalog = read_catalog(path, lang, display_path(path, display_root))
        compiled = CompiledCatalog(compile_catalog(catalog), count_messages(catalog, lang))
        if store is not None:
            store.put(key, compiled)
            store.save()  # one entry per catalog: the old one is dropped
    _COMPILED[(str(path), lang)] = (raw, compiled)
    return compiled


def load_translations(translations_dir: Path, lang: str,
                      display_root: Path | None = None) -> NullTranslations:
    """Translations for `lang`: Faro's packaged catalog, then the site's own on top
    (a string the site translates wins); a language with neither gets the msgids back."""
    layers = [PACKAGED_TRANSLATIONS, translations_dir]
    if translations_dir.resolve() == PACKAGED_TRANSLATIONS:
        layers = [PACKAGED_TRANSLATIONS]
    merged: NullTranslations = NullTranslations()
    for folder in layers:
        path = catalog_path(folder, lang)
        if not path.is_file():
            continue
        layer = Translations(io.BytesIO(compiled_catalog(path, lang, display_root).mo))
        merged = layer if not isinstance(merged, Translations) else merged.merge(layer)
    return merged


def count_messages(catalog: Catalog, lang: str) -> CatalogCounts:
    translated = fuzzy = untranslated = 0
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            untranslated += 1
        elif message.fuzzy:
            fuzzy += 1
        else:
            translated += 1
    return CatalogCounts(lang, translated, fuzzy, untranslated)
