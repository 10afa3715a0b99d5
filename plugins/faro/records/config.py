"""Typed configuration shared by the record-driven plugins."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class RecordPagesConfig(Config):
    enabled = c.Type(bool, default=True)
