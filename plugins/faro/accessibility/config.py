"""Typed configuration of the `faro/accessibility` plugin, validated when MkDocs starts."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class AccessibilityConfig(Config):
    enabled = c.Type(bool, default=True)
    # Accepted theme defects; relative to mkdocs.yml. Missing file = empty baseline.
    baseline = c.Type(str, default="accessibility-baseline.yml")
    # Language of the messages in the build log and accessibility.json; default: the page language.
    report_language = c.Optional(c.Type(str))
    # Per-rule severity: error, warning, info, or off.
    severity = c.DictOfItems(c.Choice(("error", "warning", "info", "off")), default={})
    report_file = c.Type(str, default="accessibility.json")
