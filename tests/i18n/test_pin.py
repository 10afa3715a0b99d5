"""`pin` changes one key of the front matter and nothing else."""

from __future__ import annotations

import pytest

from faro.i18n.fingerprint import source_hash
from faro.i18n.pin import PinError, pin_page

SOURCE = "---\ntitle: Inicio\n---\n\n# Inicio\n\nHola.\n"


@pytest.fixture
def content(tmp_path):
    (tmp_path / "es").mkdir()
    (tmp_path / "en").mkdir()
    (tmp_path / "es" / "index.md").write_text(SOURCE, encoding="utf-8")
    return tmp_path


def test_block_mapping_gets_a_hash_line_and_keeps_comments_and_order(content):
    page = content / "en" / "index.md"
    text = ("---\r\ntitle: Home   # shown in the tab\r\ntranslation_of:\r\n  path: index.md\r\n"
            "  lang: es\r\nsources:\r\n  - a\r\n---\r\n\r\n# Home\r\n")
    page.write_bytes(text.encode())
    value = pin_page(page, content)
    assert value == source_hash(SOURCE)
    assert page.read_bytes().decode() == text.replace("  lang: es\r\n", f"  lang: es\r\n  hash: {value}\r\n")
    pin_page(page, content)  # pinning again changes nothing
    assert page.read_bytes().decode().count("hash:") == 1


def test_existing_hash_is_replaced_in_place_and_flow_mappings_are_kept_flow(content):
    page = content / "en" / "index.md"
    page.write_text("---\ntranslation_of:\n  hash: old\n  path: index.md\n  lang: es\n---\nHi\n")
    value = pin_page(page, content)
    assert page.read_text() == (f"---\ntranslation_of:\n  hash: {value}\n  path: index.md\n"
                                "  lang: es\n---\nHi\n")
    page.write_text("---\ntitle: Home\ntranslation_of: {path: index.md, lang: es}\n---\nHi\n")
    value = pin_page(page, content)
    assert page.read_text() == (f"---\ntitle: Home\ntranslation_of: {{path: index.md, lang: es, "
                                f"hash: {value}}}\n---\nHi\n")


def test_a_page_that_is_not_a_translation_or_lost_its_source_cannot_be_pinned(content):
    page = content / "en" / "index.md"
    page.write_text("---\ntitle: Home\n---\nHi\n")
    with pytest.raises(PinError, match="translation_of"):
        pin_page(page, content)
    page.write_text("---\ntranslation_of: {path: gone.md, lang: es}\n---\nHi\n")
    with pytest.raises(PinError, match="does not exist"):
        pin_page(page, content)
