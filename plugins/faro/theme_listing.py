"""The theme's static files, listed once per installed theme instead of once per build.

To find a theme's assets, MkDocs walks every file of every theme folder on each
build: for mkdocs-material that is some 14,500 files (its icon sets), about
0.4 s per language build, longer than rendering a page. The answer depends only
on the theme folders, so Faro keeps it in the cache, keyed by each folder's
path and the size and time of every file in Faro's and the site's theme folders
and of the installed theme's top folders (a theme upgrade rewrites them).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from mkdocs.structure.files import File, Files

from faro.cache import make_key, open_cache

_ORIGINAL = Files.add_files_from_theme


def _folder_signature(folder: str, walk: bool) -> str:
    if not os.path.isdir(folder):
        return f"{folder}: missing"
    paths = [Path(folder), *(Path(folder).rglob("*") if walk else Path(folder).iterdir())]
    return ";".join(f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in sorted(paths))


def _theme_key(config) -> str:
    # The installed themes' top folders, every file of the others (Faro's own, a site's).
    parts = [_folder_signature(folder, walk="site-packages" not in Path(folder).parts)
             for folder in config.theme.dirs]
    return make_key(*parts, *config.theme.static_templates)


@contextmanager
def listed_once(project_root: Path):
    """While active, MkDocs builds take the theme's file list from the cache."""
    cache = open_cache(project_root, "theme-files")

    def add_files_from_theme(files: Files, env, config) -> None:
        key = _theme_key(config)
        listed = cache.get(key)
        if listed is None:
            scratch = Files([])
            _ORIGINAL(scratch, env, config)
            listed = [(file.src_uri, file.src_dir) for file in scratch]
            cache.put(key, listed)
            cache.save()
        for path, folder in listed:
            if files.get_file_from_path(path) is None:  # the site's own files come first
                files.append(File(path, folder, config.site_dir, config.use_directory_urls))

    Files.add_files_from_theme = add_files_from_theme
    try:
        yield
    finally:
        Files.add_files_from_theme = _ORIGINAL
