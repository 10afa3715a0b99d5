"""Typed configuration of the `faro/offline` plugin."""

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class OfflineConfig(Config):
    enabled = c.Type(bool, default=True)
    # One ZIP per language, linked from every page's footer with its size.
    bundle = c.Type(bool, default=True)
    bundle_name = c.Type(str, default="faro")
    # Budgets in KB of compressed (gzip) transfer, for readers on prepaid data.
    first_visit_kb = c.Type((int, float), default=150)
    next_page_kb = c.Type((int, float), default=30)
    image_max_kb = c.Type((int, float), default=200)
    report_file = c.Type(str, default="page-weight.json")
