"""Typed configuration of the `faro/i18n` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class LanguageConfig(Config):
    code = c.Type(str)
    name = c.Type(str)
    site_name = c.Optional(c.Type(str))
    site_description = c.Optional(c.Type(str))


class I18nConfig(Config):
    enabled = c.Type(bool, default=True)
    content_dir = c.Type(str, default="content")
    translations_dir = c.Type(str, default="translations")
    default_language = c.Type(str, default="es")
    languages = c.ListOfItems(c.SubConfig(LanguageConfig), default=[])
