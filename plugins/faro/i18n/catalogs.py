"""Interface strings from gettext catalogs, compiled in memory at build time.

No compiled `.mo` file is ever committed: the build reads each `.po` with
Babel and turns it into a `Translations` object for Jinja2 and Python code.
"""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po
from babel.support import NullTranslations, Translations


class CatalogError(ValueError):
    """A catalog does not parse; names the file and line."""

    def __init__(self, path: Path, line: int | None, problem: str):
        self.path, self.line, self.problem = path, line, problem
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {problem}")


def catalog_path(translations_dir: Path, lang: str) -> Path:
    return translations_dir / lang / "LC_MESSAGES" / "messages.po"


def load_translations(translations_dir: Path, lang: str) -> NullTranslations:
    """Translations for `lang`; the source language (no catalog) gets the msgids back."""
    path = catalog_path(translations_dir, lang)
    if not path.is_file():
        return NullTranslations()
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang, abort_invalid=True)
    except PoFileError as exc:
        raise CatalogError(path, getattr(exc, "lineno", None), str(exc)) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise CatalogError(path, None, str(exc)) from None
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer)
