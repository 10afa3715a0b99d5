"""Typed configuration of the `faro/search` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class SearchConfig(Config):
    enabled = c.Type(bool, default=True)
