"""`faro translations`: the translators' workflow, without building the site.

    extract   code and templates -> translations/messages.pot
    update    messages.pot -> each translations/<lang>/LC_MESSAGES/messages.po
    compile   each messages.po -> messages.mo (git-ignored; the build compiles in memory)
    status    every page's state and every catalog's counts (text or JSON, --diff)
    pin       record which version of its source a translated page matches
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from faro.commands.errors import UsageError
from faro.content.pages import discover
from faro.findings import Report, format_text
from faro.i18n import catalog_files
from faro.i18n.catalogs import CatalogError, catalog_path, count_messages, read_catalog
from faro.i18n.history import find_pinned_version, paragraph_changes
from faro.i18n.pin import PinError, pin_page
from faro.i18n.settings import I18nSettings, SettingsError, read_settings
from faro.i18n.status import PageStatus, State, translation_status
from faro.rules import missing_texts, unused_texts

DEFAULT_CONFIG = "mkdocs.yml"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("translations", help="extract, update, compile catalogs; page status")
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True

    def action(name: str, help_text: str, func) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("-f", "--config-file", default=DEFAULT_CONFIG)
        sub.set_defaults(func=func)
        return sub

    action("extract", "collect the interface strings into translations/messages.pot", run_extract)
    action("update", "merge messages.pot into every language's catalog (changed strings become fuzzy)",
           run_update)
    action("compile", "write messages.mo beside every catalog", run_compile)
    status = action("status", "state of every page's translation and of every catalog", run_status)
    status.add_argument("--format", choices=("text", "json"), default="text")
    status.add_argument("--rules", action="store_true",
                        help="list each rule text a language lacks (shown in English meanwhile)")
    status.add_argument("--diff", action="store_true",
                        help="for outdated pages, show which source paragraphs changed since the pin")
    pin = action("pin", "pin translated pages to the current version of their source", run_pin)
    pin.add_argument("pages", nargs="+", metavar="PAGE", help="translated Markdown pages")


def _settings(args) -> I18nSettings:

    try:
        return read_settings(Path(args.config_file))
    except SettingsError as exc:
        raise UsageError(str(exc)) from None


def _report_catalog_error(exc: CatalogError) -> int:
    sys.stderr.write(format_text(Report(exc.findings)))
    return 1


def run_extract(args) -> int:
    settings = _settings(args)
    try:
        changed = catalog_files.extract_template(settings.root, settings.translations_path)
    except CatalogError as exc:
        return _report_catalog_error(exc)
    print(f"{settings.translations_dir}/messages.pot: {'updated' if changed else 'unchanged'}")
    return 0


def run_update(args) -> int:
    settings = _settings(args)
    try:
        changed = catalog_files.update_catalogs(settings.root, settings.translations_path,
                                                settings.languages)
    except CatalogError as exc:
        return _report_catalog_error(exc)
    for lang in settings.languages:
        print(f"{settings.translations_dir}/{lang}/LC_MESSAGES/messages.po: "
              f"{'updated' if lang in changed else 'unchanged'}")
    return 0


def run_compile(args) -> int:
    settings = _settings(args)
    try:
        written = catalog_files.compile_catalogs(settings.root, settings.translations_path,
                                                 settings.languages)
    except CatalogError as exc:
        return _report_catalog_error(exc)
    for path in written:
        print(path.relative_to(settings.root).as_posix())
    return 0


def _display(settings: I18nSettings, lang: str, rel: str | None) -> str | None:
    return f"{settings.content_dir}/{lang}/{rel}" if rel else None


def _catalog_counts(settings: I18nSettings) -> list[dict]:
    counts = []
    for lang in settings.languages:
        path = catalog_path(settings.translations_path, lang)
        if path.is_file():
            display = path.relative_to(settings.root).as_posix()
            count = count_messages(read_catalog(path, lang, display), lang)
            counts.append({"lang": lang, "translated": count.translated, "fuzzy": count.fuzzy,
                           "untranslated": count.untranslated})
    return counts


def _diff_lines(settings: I18nSettings, status: PageStatus) -> list[str]:
    source = settings.content_path / status.source_lang / status.source_path
    if not status.pinned_hash:
        return ["    not pinned: run 'faro translations pin' once the translation matches its source"]
    version = find_pinned_version(source, status.pinned_hash)
    if version is None:
        return [f"    no commit of {_display(settings, status.source_lang, status.source_path)} "
                f"has the pinned hash {status.pinned_hash}"]
    changes = paragraph_changes(version.text, source.read_text(encoding="utf-8"))
    lines = [f"    pinned at commit {version.commit[:12]}; {len(changes)} paragraph(s) changed since:"]
    for change in changes:
        line = change.new.line if change.new else change.old.line
        lines.append(f"    {change.kind} (source line {line}):")
        if change.old:
            lines.extend(f"      - {text}" for text in change.old.text.splitlines())
        if change.new:
            lines.extend(f"      + {text}" for text in change.new.text.splitlines())
    return lines


def _rule_texts(settings: I18nSettings) -> list[dict]:
    """Per site language: the rule texts it lacks, shown in English until written."""
    entries = []
    for lang in settings.languages:
        missing = missing_texts(lang)
        entries.append({"lang": lang, "missing": len(missing),
                        "missing_texts": [f"{rule_id}.{key}" for rule_id, key in missing],
                        "unused": unused_texts(lang)})
    return entries


def run_status(args) -> int:

    settings = _settings(args)
    if not settings.content_path.is_dir():
        raise UsageError(f"no content folder: {settings.content_path}")
    tree = discover(settings.content_path, settings.languages, root=settings.root)
    statuses = translation_status(tree.pages, settings.languages, settings.default_language)
    try:
        catalogs = _catalog_counts(settings)
    except CatalogError as exc:
        return _report_catalog_error(exc)
    if args.format == "json":
        pages = [{"path": _display(settings, s.lang, s.path), "lang": s.lang,
                  "source": _display(settings, s.source_lang, s.source_path), "state": str(s.state)}
                 for s in statuses]
        if args.diff:
            for entry, status in zip(pages, statuses, strict=True):
                if status.state is State.OUTDATED:
                    entry["diff"] = "\n".join(_diff_lines(settings, status))
        print(json.dumps({"pages": pages, "catalogs": catalogs, "rule_texts": _rule_texts(settings)},
                         ensure_ascii=False, indent=2))
        return 0
    print("Pages")
    for status in statuses:
        translation = _display(settings, status.lang, status.path) or f"({status.lang})"
        source = _display(settings, status.source_lang, status.source_path)
        print(f"  {status.state:<9} {translation} <- {source}")
        if args.diff and status.state is State.OUTDATED:
            print("\n".join(_diff_lines(settings, status)))
    print("Catalogs")
    for count in catalogs:
        print(f"  {count['lang']}: {count['translated']} translated, {count['fuzzy']} fuzzy, "
              f"{count['untranslated']} untranslated")
    print("Rule texts (a missing text is shown in English)")
    for entry in _rule_texts(settings):
        unused = f", {len(entry['unused'])} for rules that no longer exist" if entry["unused"] else ""
        print(f"  {entry['lang']}: {entry['missing']} missing{unused}")
        if args.rules:
            for name in entry["missing_texts"] + [f"{rule} (no such rule)" for rule in entry["unused"]]:
                print(f"    {name}")
    return 0


def run_pin(args) -> int:

    settings = _settings(args)
    failed = 0
    for name in args.pages:
        page = Path(name)
        if not page.is_file():
            raise UsageError(f"no such page: {name}")
        try:
            value = pin_page(page, settings.content_path)
        except PinError as exc:
            print(f"{name}: cannot pin: {exc}", file=sys.stderr)
            failed += 1
            continue
        print(f"{name}: pinned to {value}")
    return 1 if failed else 0
