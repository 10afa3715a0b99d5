"""Typed configuration of the `faro/navigation` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class NavigationConfig(Config):
    enabled = c.Type(bool, default=True)
    # Neighbours shown on each side of the current page inside its section.
    radius = c.Type(int, default=7)
    # Entries per page of a section's full list.
    list_size = c.Type(int, default=50)
