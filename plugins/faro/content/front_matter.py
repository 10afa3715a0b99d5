"""Front matter that fails loudly.

Plain MkDocs ignores a malformed YAML block and builds the page anyway; Faro
must name the file and line instead, so parsing lives here and is shared by
the build, `faro check` and the readability command.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from faro.yaml_data import SAFE_LOADER


class _TextDatesLoader(SAFE_LOADER):
    """Keeps dates as written: a wrong date is then a schema finding with its
    line, not a crash in PyYAML's date constructor (which raises ValueError)."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in SAFE_LOADER.yaml_implicit_resolvers.items()
}

def load_text_dates(text: str):
    """YAML with dates kept as written, for Faro's own data files checked like front matter."""
    return yaml.load(text, Loader=_TextDatesLoader)


_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


@dataclass(frozen=True)
class FrontMatterError(ValueError):
    """Malformed front matter; `line` is 1-based in the Markdown file."""

    rule_id: str
    line: int
    column: int
    params: dict

    def __str__(self) -> str:
        return f"line {self.line}: {self.params}"


def front_matter_block(text: str) -> str:
    """The YAML between the fences, as written (empty when there is none)."""
    match = _FENCE.match(text)
    return match.group(1) if match else ""


def split_front_matter(text: str) -> tuple[dict, str, int]:
    """Return (meta, body, line where the body starts)."""
    match = _FENCE.match(text)
    if not match:
        return {}, text, 1
    block = match.group(1)
    try:
        meta = yaml.load(block, Loader=_TextDatesLoader)
    except yaml.YAMLError as exc:
        # The construct that was left open (context) is where the contributor erred;
        # the problem mark is where the parser noticed, often a line later.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        last_line = 1 + block.count("\n")  # the block starts on line 2, after the fence
        # A problem found at the end of the stream belongs to the block's last line.
        line = min(mark.line + 2, last_line) if mark else 2
        column = (mark.column + 1) if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FrontMatterError("content.front-matter-yaml", line, column,
                               {"problem": problem}) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise FrontMatterError("content.front-matter-type", 2, 1, {"kind": type(meta).__name__})
    body_line = text.count("\n", 0, match.end()) + 1
    return meta, text[match.end():], body_line


def read_front_matter_leniently(text: str) -> tuple[dict, int]:
    """The front matter ({} when absent or malformed) and how many lines it spans.

    For engines that must carry on where the content checks already report the problem.
    """
    match = _FENCE.match(text)
    if not match:
        return {}, 0
    try:
        meta, _, _ = split_front_matter(text)
    except FrontMatterError:
        meta = {}
    return meta, text.count("\n", 0, match.end())
