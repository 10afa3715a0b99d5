"""`faro/theme`: applies the theme fix-ups before any check reads the page."""

from __future__ import annotations

from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files

from faro.theme.config import ThemeFixupsConfig
from faro.theme.fixups import apply_fixups

# Material's scripts are not loaded (see theme/main.html); shipping them only
# makes the site and its offline download heavier.
UNUSED_THEME_FILES = ("assets/javascripts/",)


class ThemeFixupsPlugin(BasePlugin[ThemeFixupsConfig]):
    def on_files(self, files: Files, *, config) -> Files:
        if not self.config.enabled:
            return files
        for file in list(files):
            if file.src_uri.startswith(UNUSED_THEME_FILES) or file.src_uri.endswith(".map"):
                if not file.is_documentation_page():
                    files.remove(file)
        return files

    @event_priority(100)  # before the accessibility plugin reads the page
    def on_post_page(self, output: str, *, page, config) -> str:
        return apply_fixups(output) if self.config.enabled else output
