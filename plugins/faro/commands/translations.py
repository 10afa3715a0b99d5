"""`faro translations`: the translators' workflow, without building the site.

    extract   code and templates -> translations/messages.pot
              --content: each source page -> translations/content/<page>.pot
    update    messages.pot -> each translations/<lang>/LC_MESSAGES/messages.po
              --content --lang LANG: each page template -> translations/LANG/content/<page>.po
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
from faro.i18n.content_po import merge as content_merge
from faro.i18n.content_po.pages import hand_translated, load_po_pages
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

    extract = action("extract", "collect the interface strings into translations/messages.pot",
                     run_extract)
    extract.add_argument("--content", action="store_true",
                         help="write one template per source page under translations/content/")
    update = action("update", "merge messages.pot into every language's catalog "
                    "(changed strings become fuzzy)", run_update)
    update.add_argument("--content", action="store_true",
                        help="merge the page templates into translations/LANG/content/")
    update.add_argument("--lang", help="with --content: the language to translate into")
    update.add_argument("pages", nargs="*", metavar="PAGE",
                        help="with --content: only these source pages (paths inside the source language)")
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


def _source_pages(settings: I18nSettings):
    if not settings.content_path.is_dir():
        raise UsageError(f"no content folder: {settings.content_path}")
    tree = discover(settings.content_path, settings.languages, root=settings.root)
    return tree, [p for p in tree.pages if p.lang == settings.default_language]


def _print_written(settings: I18nSettings, written) -> None:
    for item in written:
        print(f"{item.path.relative_to(settings.root).as_posix()}: "
              f"{'updated' if item.changed else 'unchanged'}")


def run_extract_content(settings: I18nSettings) -> int:
    _, pages = _source_pages(settings)
    try:
        _print_written(settings, content_merge.extract_templates(pages, settings.root,
                                                                 settings.content_translations_path))
    except CatalogError as exc:
        return _report_catalog_error(exc)
    return 0


def run_update_content(settings: I18nSettings, lang: str | None, only: list[str]) -> int:
    targets = [code for code in settings.languages if code != settings.default_language]
    if lang not in targets:
        raise UsageError(f"--content needs --lang, one of: {', '.join(targets) or '(none)'}")
    tree, pages = _source_pages(settings)
    known = {p.rel_path for p in pages}
    unknown = [rel for rel in only if rel not in known]
    if unknown:
        raise UsageError(f"not a page of '{settings.default_language}': {', '.join(unknown)}")
    by_hand = hand_translated(tree.pages, settings.languages, settings.default_language, lang)
    for rel in sorted(set(only or known) & set(by_hand)):
        print(f"{settings.content_dir}/{settings.default_language}/{rel}: skipped, translated by hand "
              f"in {settings.content_dir}/{lang}/{by_hand[rel]}")
    chosen = [p for p in pages if (not only or p.rel_path in only) and p.rel_path not in by_hand]
    try:
        _print_written(settings, content_merge.update_translations(
            chosen, settings.root, settings.content_translations_path, lang))
    except CatalogError as exc:
        return _report_catalog_error(exc)
    return 0


def run_extract(args) -> int:
    settings = _settings(args)
    if args.content:
        return run_extract_content(settings)
    try:
        changed = catalog_files.extract_template(settings.root, settings.translations_path)
    except CatalogError as exc:
        return _report_catalog_error(exc)
    print(f"{settings.translations_dir}/messages.pot: {'updated' if changed else 'unchanged'}")
    return 0


def run_update(args) -> int:
    settings = _settings(args)
    if args.content:
        return run_update_content(settings, args.lang, args.pages)
    if args.lang or args.pages:
        raise UsageError("--lang and PAGE go with --content")
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
            counts.append({"lang": lang, "source": lang == settings.messages_language,
                           "translated": count.translated, "fuzzy": count.fuzzy,
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
    po_pages, problems = load_po_pages(settings, tree)
    if problems:
        sys.stderr.write(format_text(Report(problems)))
    statuses = translation_status(tree.pages, settings.languages, settings.default_language)
    try:
        catalogs = _catalog_counts(settings)
    except CatalogError as exc:
        return _report_catalog_error(exc)
    po_entries = [{"path": f"{settings.content_dir}/{p.lang}/{p.target_rel}", "lang": p.lang,
                   "po": p.po_display, "source": _display(settings, p.source.lang, p.source.rel_path),
                   "translated": p.counts.translated, "fuzzy": p.counts.fuzzy,
                   "untranslated": p.counts.untranslated, "percent": p.counts.percent}
                  for p in sorted(po_pages, key=lambda p: (p.source.rel_path, p.lang))]
    if args.format == "json":
        pages = [{"path": _display(settings, s.lang, s.path), "lang": s.lang,
                  "source": _display(settings, s.source_lang, s.source_path), "state": str(s.state)}
                 for s in statuses]
        if args.diff:
            for entry, status in zip(pages, statuses, strict=True):
                if status.state is State.OUTDATED:
                    entry["diff"] = "\n".join(_diff_lines(settings, status))
        print(json.dumps({"pages": pages, "po_pages": po_entries, "catalogs": catalogs,
                          "rule_texts": _rule_texts(settings)},
                         ensure_ascii=False, indent=2))
        return 0
    print("Pages")
    for status in statuses:
        translation = _display(settings, status.lang, status.path) or f"({status.lang})"
        source = _display(settings, status.source_lang, status.source_path)
        print(f"  {status.state:<9} {translation} <- {source}")
        if args.diff and status.state is State.OUTDATED:
            print("\n".join(_diff_lines(settings, status)))
    print("Pages translated in PO files (by segment)")
    for entry in po_entries:
        print(f"  {entry['percent']:>3}%     {entry['po']} <- {entry['source']}: {entry['translated']} "
              f"translated, {entry['fuzzy']} fuzzy, {entry['untranslated']} untranslated")
    print("Catalogs")
    for count in catalogs:
        if count["source"]:
            total = count["translated"] + count["fuzzy"] + count["untranslated"]
            print(f"  {count['lang']}: source language of the messages ({total} messages)")
            continue
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
