"""Typed configuration of the `faro/theme` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ThemeFixupsConfig(Config):
    enabled = c.Type(bool, default=True)
