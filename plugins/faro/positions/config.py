"""Typed configuration of the `faro/positions` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class PositionsConfig(Config):
    enabled = c.Type(bool, default=True)

