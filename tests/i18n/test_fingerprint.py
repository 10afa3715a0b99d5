"""Pins survive trivial source edits and change with the words a translator translates."""

from __future__ import annotations

from faro.i18n.fingerprint import paragraphs, source_hash
from faro.i18n.history import paragraph_changes

SOURCE = """---
title: Contraseñas
---

# Contraseñas

Use contraseñas **largas** y un [gestor](gestores.md).

Nunca repita una contraseña.
"""


def test_whitespace_link_targets_and_emphasis_do_not_change_the_hash():
    trivial = (SOURCE.replace("**largas**", "_largas_")
               .replace("(gestores.md)", "(https://example.org/gestores)")
               .replace("Nunca repita", "Nunca\n  repita")
               .replace("# Contraseñas\n", "# Contraseñas   \n<!-- revisar -->\n"))
    assert source_hash(trivial) == source_hash(SOURCE)


def test_changed_words_or_title_change_the_hash():
    assert source_hash(SOURCE.replace("Nunca repita", "No repita")) != source_hash(SOURCE)
    assert source_hash(SOURCE.replace("title: Contraseñas", "title: Claves")) != source_hash(SOURCE)
    assert source_hash(SOURCE.replace("[gestor]", "[programa]")) != source_hash(SOURCE)


def test_paragraphs_know_their_line_and_changes_name_the_paragraph():
    lines = {p.text: p.line for p in paragraphs(SOURCE)}
    assert lines["Nunca repita una contraseña."] == 9
    changes = paragraph_changes(SOURCE, SOURCE.replace("Nunca repita", "No repita")
                                + "\nAñada la verificación en dos pasos.\n")
    assert [(c.kind, c.new.line) for c in changes] == [("changed", 9), ("added", 11)]
    assert changes[0].old.text == "Nunca repita una contraseña."
