"""Typed configuration of the `faro/content` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class ContentChecksConfig(Config):
    enabled = c.Type(bool, default=True)
    # Hosts whose pages may be embedded with <iframe>; none by default.
    iframe_hosts = c.ListOfItems(c.Type(str), default=[])
    # Language of messages in the build log; default: the language being built.
    report_language = c.Optional(c.Type(str))
