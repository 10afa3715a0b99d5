"""Typed configuration of the `faro/i18n` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from faro.i18n.settings import (
    DEFAULT_CONTENT_DIR,
    DEFAULT_MESSAGES_LANGUAGE,
    DEFAULT_TRANSLATIONS_DIR,
    FAILING_STATES,
)


class LanguageConfig(Config):
    # ISO 639 code; the pages are in content/<code>/ and built into site/<code>/.
    code = c.Type(str)
    # The language's name in itself, as the language switcher shows it (e.g. Português).
    name = c.Type(str)
    # CLDR locale for dates and names, e.g. `en_GB` for "23 November 2026"; defaults to `code`.
    locale = c.Optional(c.Type(str))
    # `site_name` and `site_description` for this language's build.
    site_name = c.Optional(c.Type(str))
    site_description = c.Optional(c.Type(str))


class I18nConfig(Config):
    enabled = c.Type(bool, default=True)
    # Folder of the pages, one subfolder per language; relative to mkdocs.yml.
    content_dir = c.Type(str, default=DEFAULT_CONTENT_DIR)
    # The site's own interface catalogs, merged over Faro's packaged ones.
    translations_dir = c.Type(str, default=DEFAULT_TRANSLATIONS_DIR)
    # Pages translated in PO files: `content/<page>.pot`, `<lang>/content/<page>.po`.
    content_translations_dir = c.Type(str, default=DEFAULT_TRANSLATIONS_DIR)
    # The language served at the site root; unset: the first of `languages`.
    default_language = c.Optional(c.Type(str))
    # The site's languages, in the order the switcher shows them: any number, any codes.
    languages = c.ListOfItems(c.SubConfig(LanguageConfig), default=[])
    # The language of the msgids: its catalog is the source, shown as such in the status.
    messages_language = c.Type(str, default=DEFAULT_MESSAGES_LANGUAGE)
    # Translation states that fail the build, e.g. [missing, outdated].
    fail_on = c.ListOfItems(c.Choice(FAILING_STATES), default=[])
    # Generate `translations-status.html` (not in the nav, not searchable) in each language.
    status_page = c.Type(bool, default=True)

    def validate(self):
        failed, warnings = super().validate()
        if not failed and not self.default_language and self.languages:
            self.default_language = self.languages[0].code
        return failed, warnings
