"""The `faro/i18n` settings, read without MkDocs for the `faro translations` command.

The command must work where a full MkDocs configuration cannot load (a theme
not installed yet, an environment variable unset), so it reads only the
plugin's own block of `mkdocs.yml`. The defaults live here, shared with the
plugin's typed configuration, so both agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

PLUGIN_NAME = "faro/i18n"
DEFAULT_CONTENT_DIR = "content"
DEFAULT_TRANSLATIONS_DIR = "translations"
# The language the interface strings (msgids) are written in, in code and templates.
DEFAULT_MESSAGES_LANGUAGE = "en"
FAILING_STATES = ("outdated", "missing", "orphan")


class SettingsError(ValueError):
    """`mkdocs.yml` is missing or its `faro/i18n` block is unusable."""


@dataclass(frozen=True)
class I18nSettings:
    root: Path
    content_dir: str = DEFAULT_CONTENT_DIR
    translations_dir: str = DEFAULT_TRANSLATIONS_DIR
    content_translations_dir: str = DEFAULT_TRANSLATIONS_DIR
    default_language: str = ""
    languages: list[str] = field(default_factory=list)
    site_url: str = ""
    messages_language: str = DEFAULT_MESSAGES_LANGUAGE

    @property
    def content_path(self) -> Path:
        return self.root / self.content_dir

    @property
    def translations_path(self) -> Path:
        return self.root / self.translations_dir

    @property
    def content_translations_path(self) -> Path:
        """Where pages translated in PO files live: always the site's own folder."""
        return self.root / self.content_translations_dir


class _TolerantLoader(yaml.SafeLoader):
    """Reads `mkdocs.yml` even when it uses tags such as `!ENV` or `!!python/name`."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)
_TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _plugin_block(config: dict) -> dict | None:
    for entry in config.get("plugins") or []:
        if entry == PLUGIN_NAME:
            return {}
        if isinstance(entry, dict) and PLUGIN_NAME in entry:
            return entry[PLUGIN_NAME] or {}
    return None


def read_settings(config_file: Path) -> I18nSettings:
    """The `faro/i18n` block of `config_file`, with the plugin's defaults."""
    try:
        config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=_TolerantLoader) or {}
    except OSError as exc:
        raise SettingsError(f"{config_file}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise SettingsError(f"{config_file}: not valid YAML: {exc}") from None
    block = _plugin_block(config) if isinstance(config, dict) else None
    if block is None:
        raise SettingsError(f"{config_file}: the '{PLUGIN_NAME}' plugin is not enabled")
    codes = [str(lang.get("code")) for lang in block.get("languages") or [] if isinstance(lang, dict)]
    if not codes:
        raise SettingsError(f"{config_file}: {PLUGIN_NAME}.languages must list at least one language")
    default = str(block.get("default_language") or codes[0])
    return I18nSettings(
        root=config_file.resolve().parent,
        content_dir=str(block.get("content_dir", DEFAULT_CONTENT_DIR)),
        translations_dir=str(block.get("translations_dir", DEFAULT_TRANSLATIONS_DIR)),
        content_translations_dir=str(block.get("content_translations_dir", DEFAULT_TRANSLATIONS_DIR)),
        default_language=default,
        languages=[default] + [c for c in codes if c != default],
        site_url=str(config.get("site_url") or ""),
        messages_language=str(block.get("messages_language", DEFAULT_MESSAGES_LANGUAGE)),
    )
