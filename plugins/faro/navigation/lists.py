"""Paginated lists of a large section's pages: the way to reach every page
when the navigation only shows a window of neighbours."""

from __future__ import annotations

import json
import posixpath
from dataclasses import dataclass

LIST_STEM = "_list-"


@dataclass(frozen=True)
class ListItem:
    title: str
    target: str   # path of the Markdown file, relative to the docs folder


def list_page_path(folder: str, number: int) -> str:
    return posixpath.join(folder, f"{LIST_STEM}{number}.md")


def list_pages(folder: str, items: list[ListItem], page_size: int) -> list[str]:
    count = (len(items) + page_size - 1) // page_size
    return [list_page_path(folder, number) for number in range(1, count + 1)]


def render_list_page(folder: str, section_title: str, items: list[ListItem], number: int,
                     page_size: int, texts: dict[str, str]) -> str:
    """Markdown for page `number` of the list. `texts` holds the translated phrases."""
    pages = list_pages(folder, items, page_size)
    title = texts["title"].format(section=section_title, number=number, count=len(pages))
    chunk = items[(number - 1) * page_size: number * page_size]
    start = (number - 1) * page_size + 1
    lines = ["---", f"title: {json.dumps(title, ensure_ascii=False)}",
             "search:", "  exclude: true", "faro_list: true", "---", "", f"# {title}", ""]
    for item in chunk:
        link = posixpath.relpath(item.target, folder or ".")
        lines.append(f"{start}. [{item.title}]({link})")
        start += 1
    lines.append("")
    here = list_page_path(folder, number)
    if number > 1:
        previous = posixpath.relpath(pages[number - 2], posixpath.dirname(here) or ".")
        lines.append(f"- [{texts['previous']}]({previous})")
    if number < len(pages):
        following = posixpath.relpath(pages[number], posixpath.dirname(here) or ".")
        lines.append(f"- [{texts['next']}]({following})")
    return "\n".join(lines) + "\n"
