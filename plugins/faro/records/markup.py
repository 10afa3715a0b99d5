"""Markdown helpers every record type's pages use: links between pages, escaping, front matter.

Record pages are Markdown handed to MkDocs, so links are relative `.md` paths that
MkDocs checks; raw HTML needs `.html` targets, which MkDocs does not rewrite.
"""

from __future__ import annotations

import html
import posixpath

import yaml


def link(from_page: str, to_page: str, anchor: str = "") -> str:
    """Relative Markdown link target from one page to another (MkDocs checks it)."""
    target = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return target + (f"#{anchor}" if anchor else "")


def html_href(from_page: str, to_page: str) -> str:
    """Relative URL for raw HTML, which MkDocs does not rewrite: `.md` becomes `.html`."""
    target = link(from_page, to_page)
    return target[:-3] + ".html" if target.endswith(".md") else target


def escape_markdown(text: str) -> str:
    """Text from data shown literally: Markdown and HTML characters lose their meaning."""
    text = html.escape(text, quote=False)
    for char in "\\`*_[]#|":
        text = text.replace(char, "\\" + char)
    return text


def front_matter(title: str, description: str, **extra: object) -> str:
    meta = {"title": title, "description": description,
            **{key: value for key, value in extra.items() if value}}
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n"
