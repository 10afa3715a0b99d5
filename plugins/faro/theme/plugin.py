"""`faro/theme`: applies the theme fix-ups before any check reads the page."""

from __future__ import annotations

from mkdocs.plugins import BasePlugin, event_priority

from faro.theme.config import ThemeFixupsConfig
from faro.theme.fixups import apply_fixups


class ThemeFixupsPlugin(BasePlugin[ThemeFixupsConfig]):
    @event_priority(100)  # before the accessibility plugin reads the page
    def on_post_page(self, output: str, *, page, config) -> str:
        return apply_fixups(output) if self.config.enabled else output
