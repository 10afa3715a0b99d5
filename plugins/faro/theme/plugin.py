"""`faro/theme`: layers Faro's packaged theme under the site's own overrides and
applies the theme fix-ups before any check reads the page.

The packaged theme (`faro/theme_files`: page shell, partials, CSS, search) sits
between the site's `custom_dir` and Material, so a site overrides one partial
or one stylesheet by putting a file of the same name in its own `custom_dir`.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files

from faro.components.extension import default_labels
from faro.theme.config import ThemeFixupsConfig
from faro.theme.css import strip_comments
from faro.theme.fixups import apply_fixups

# Material's scripts are not loaded (see theme/main.html); shipping them only
# makes the site and its offline download heavier.
UNUSED_THEME_FILES = ("assets/javascripts/",)
PACKAGED_THEME = Path(__file__).resolve().parent.parent / "theme_files"
# Faro's own stylesheets (the theme's and each feature's), published without comments.
FARO_STYLESHEETS = "assets/faro/"
# Help panel, warning, steps and cards (docs/components.md): on with the theme.
COMPONENTS_EXTENSION = "faro.components.extension"


def layer_packaged_theme(dirs: list[str], custom_dir: str | None) -> list[str]:
    """Theme folders with Faro's packaged theme right after the site's own overrides."""
    packaged = str(PACKAGED_THEME)
    rest = [folder for folder in dirs if Path(folder).resolve() != PACKAGED_THEME]
    overrides = 1 if custom_dir and rest and Path(rest[0]).resolve() == Path(custom_dir).resolve() else 0
    return rest[:overrides] + [packaged] + rest[overrides:]


class ThemeFixupsPlugin(BasePlugin[ThemeFixupsConfig]):
    @event_priority(100)  # before the i18n plugin adds its template folder
    def on_config(self, config):
        config.theme.dirs[:] = layer_packaged_theme(config.theme.dirs, config.theme.custom_dir)
        for needed in ("admonition", "attr_list", COMPONENTS_EXTENSION):
            if needed not in config.markdown_extensions:
                config.markdown_extensions.append(needed)
        return config

    def on_pre_build(self, *, config) -> None:
        """The components' default titles in this build's language (faro/i18n has chosen it by now)."""
        i18n = config.plugins.get("faro/i18n")
        translations = getattr(i18n, "translations", None)
        gettext = translations.gettext if translations is not None else (lambda message: message)
        config.mdx_configs[COMPONENTS_EXTENSION] = {"labels": default_labels(gettext)}

    def on_files(self, files: Files, *, config) -> Files:
        if not self.config.enabled:
            return files
        for file in list(files):
            if file.src_uri.startswith(UNUSED_THEME_FILES) or file.src_uri.endswith(".map"):
                if not file.is_documentation_page():
                    files.remove(file)
            elif file.src_uri.startswith(FARO_STYLESHEETS) and file.src_uri.endswith(".css"):
                file.content_string = strip_comments(file.content_string)
        return files

    def on_env(self, env, *, config, files):
        """The languages Material has words for, so `partials/language.html` can fall back."""
        # Only that folder is listed: listing every template walks Material's 14,000 icons.
        env.globals["faro_theme_words"] = frozenset(
            f"partials/languages/{entry.name}" for folder in config.theme.dirs
            if (Path(folder) / "partials" / "languages").is_dir()
            for entry in (Path(folder) / "partials" / "languages").iterdir())
        return env

    @event_priority(100)  # before the accessibility plugin reads the page
    def on_post_page(self, output: str, *, page, config) -> str:
        return apply_fixups(output) if self.config.enabled else output

    def on_post_template(self, output_content: str, *, template_name: str, config) -> str:
        """The same fix-ups for theme pages rendered outside the page loop (404.html)."""
        if self.config.enabled and template_name.endswith(".html"):
            return apply_fixups(output_content)
        return output_content
