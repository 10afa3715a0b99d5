"""`translation_of.hash`: record which version of its source a translation matches.

Only that one key changes: the rest of the file, comments, key order and
quoting included, stays byte for byte as the translator wrote it, so a pin
is a one-line diff in review.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from faro.content.front_matter import split_front_matter
from faro.i18n.fingerprint import source_hash
from faro.yaml_data import load_yaml

_KEY_LINE = re.compile(r"^translation_of:[ \t]*(.*?)[ \t]*$")
_HASH_LINE = re.compile(r"^([ \t]+)hash:.*$")


class PinError(ValueError):
    """A page cannot be pinned; the message says why and how to fix it."""


def _scalar(value: str) -> str:
    """The hash as YAML that reads back as the same string (`012345` would be a number)."""
    return value if load_yaml(value) == value else f'"{value}"'


def _front_matter_lines(lines: list[str]) -> int:
    """Index of the closing fence."""
    if not lines or lines[0].rstrip() != "---":
        raise PinError("the page has no front matter")
    for index in range(1, len(lines)):
        if lines[index].rstrip() in ("---", "..."):
            return index
    raise PinError("the front matter is not closed with '---'")


def with_hash(text: str, value: str) -> str:
    """`text` with `translation_of.hash` set to `value`, nothing else touched."""
    lines = text.splitlines(keepends=True)
    end = _front_matter_lines(lines)
    for index in range(1, end):
        bare = lines[index].rstrip("\r\n")
        match = _KEY_LINE.match(bare)
        if not match:
            continue
        ending = lines[index][len(bare):]
        if match.group(1).startswith("{"):
            mapping = load_yaml(match.group(1))
            mapping["hash"] = value
            flow = yaml.safe_dump({"translation_of": mapping}, default_flow_style=True, sort_keys=False,
                                  allow_unicode=True, width=10_000).strip()[1:-1]
            lines[index] = flow + ending
            return "".join(lines)
        if match.group(1):
            raise PinError("'translation_of' must be a mapping with 'path' and 'lang'")
        last_child = index
        for child in range(index + 1, end):
            child_text = lines[child].rstrip("\r\n")
            if child_text.strip() and not child_text[0].isspace():
                break
            if child_text.strip():
                last_child = child
            hash_match = _HASH_LINE.match(child_text)
            if hash_match:
                lines[child] = f"{hash_match.group(1)}hash: {_scalar(value)}" + lines[child][len(child_text):]
                return "".join(lines)
        if last_child == index:
            raise PinError("'translation_of' is empty")
        first_child = lines[index + 1]
        indent = first_child[: len(first_child) - len(first_child.lstrip(" \t"))]
        lines.insert(last_child + 1, f"{indent}hash: {_scalar(value)}{ending}")
        return "".join(lines)
    raise PinError("the page has no 'translation_of' in its front matter")


def pin_page(page: Path, content_dir: Path) -> str:
    """Pin a translation to its source as it is now; returns the hash."""
    text = page.read_bytes().decode("utf-8")  # keep CRLF line endings as they are
    meta, body, _ = split_front_matter(text)
    link = meta.get("translation_of")
    if not (isinstance(link, dict) and link.get("path") and link.get("lang")):
        raise PinError("the page has no 'translation_of: {path, lang}' naming its source")
    source = content_dir / str(link["lang"]) / str(link["path"])
    if not source.is_file():
        raise PinError(f"its source {source} does not exist")
    value = source_hash(source.read_text(encoding="utf-8"))
    updated = with_hash(text, value)
    new_meta, new_body, _ = split_front_matter(updated)
    if new_body != body or new_meta != {**meta, "translation_of": {**link, "hash": value}}:
        raise PinError("the front matter could not be edited safely; add 'hash:' by hand")
    if updated != text:
        page.write_bytes(updated.encode("utf-8"))
    return value
