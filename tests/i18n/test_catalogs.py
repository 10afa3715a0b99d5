"""Catalogs that would mislead readers are refused with file and line; counts for the status."""

from __future__ import annotations

import pytest

from faro.i18n.catalogs import CatalogError, count_messages, read_catalog

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\n'


def _read(tmp_path, body: str):
    path = tmp_path / "messages.po"
    path.write_text(HEADER + body, encoding="utf-8")
    return read_catalog(path, "es", "translations/es/LC_MESSAGES/messages.po")


def _problems(tmp_path, body: str) -> list[tuple[str, int]]:
    with pytest.raises(CatalogError) as caught:
        _read(tmp_path, body)
    return [(f.rule_id, f.line) for f in caught.value.findings]


def test_unterminated_string_stray_line_and_duplicate_entry_are_found_on_their_line(tmp_path):
    assert _problems(tmp_path, 'msgid "Search"\nmsgstr "Buscar\n') == [("i18n.catalog-syntax", 6)]
    assert _problems(tmp_path, 'msgid "Search"\nmsgstr "Buscar"\nBuscar otra vez\n') == [
        ("i18n.catalog-syntax", 7)]
    assert _problems(tmp_path, 'msgid "A"\nmsgstr "a"\n\nmsgid "A"\nmsgstr "b"\n') == [
        ("i18n.catalog-syntax", 8)]


def test_translation_must_keep_the_placeholders_of_its_source(tmp_path):
    body = ('#, python-format\nmsgid "Read %(title)s"\nmsgstr "Lea %(titulo)s"\n\n'
            'msgid "Hello {name}"\nmsgstr "Hola"\n\n'
            'msgid "Fine %(n)s {x}"\nmsgstr "{x} bien %(n)s"\n')
    assert _problems(tmp_path, body) == [("i18n.placeholder-mismatch", 6),
                                         ("i18n.placeholder-mismatch", 9)]


def test_plural_forms_may_leave_the_number_out_but_not_invent_one(tmp_path):
    ok = 'msgid "one page"\nmsgid_plural "%(n)s pages"\nmsgstr[0] "una página"\nmsgstr[1] "%(n)s páginas"\n'
    assert _read(tmp_path, ok)
    bad = ok.replace('"una página"', '"%(m)s página"')
    assert _problems(tmp_path, bad) == [("i18n.placeholder-mismatch", 5)]


def test_fuzzy_entries_are_not_checked_and_are_counted_apart(tmp_path):
    catalog = _read(tmp_path, '#, fuzzy\nmsgid "Read %(title)s"\nmsgstr "Lea"\n\n'
                              'msgid "Search"\nmsgstr "Buscar"\n\nmsgid "Home"\nmsgstr ""\n')
    counts = count_messages(catalog, "es")
    assert (counts.translated, counts.fuzzy, counts.untranslated) == (1, 1, 1)
