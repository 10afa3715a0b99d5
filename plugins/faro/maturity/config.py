"""Typed configuration of the `faro/maturity` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class MaturityConfig(Config):
    enabled = c.Type(bool, default=True)
