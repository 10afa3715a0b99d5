"""Cutting a Markdown page into translatable segments and a skeleton.

A careful line-based reader, not a full Markdown parser: it knows the blocks
Faro's pages use (headings, paragraphs, lists, tables, admonitions, tabs,
block quotes, definitions, footnotes) and keeps everything else — code
blocks, HTML blocks, snippets, link definitions, bare URLs — in the skeleton,
where no translator sees it. Inline Markdown stays inside a segment; a block
that is only a link or only an image offers just its text, never its URL.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

# The front-matter fields a reader sees.
FRONT_MATTER_FIELDS = ("title", "description")

_HEADING = re.compile(r"^(#{1,6}[ \t]+)(.*?)((?:[ \t]+#+)?(?:[ \t]*\{[^}]*\})?[ \t]*)$")
_FENCE = re.compile(r"^(`{3,}|~{3,})")
_LIST_ITEM = re.compile(r"^([-*+]|\d{1,9}[.)])([ \t]+)(\S.*)$")
_DEFINITION = re.compile(r"^(:[ \t]{1,3})(\S.*)$")
_NOTE_DEF = re.compile(r"^(\[\^[^\]]+\]:[ \t]*|\*\[[^\]]+\]:[ \t]*)(\S.*)$")
_LINK_DEF = re.compile(r"^\[[^\]^][^\]]*\]:[ \t]*\S")
_CONTAINER = re.compile(r'^((?:!!!|\?\?\?\+?|===\+?)[ \t]*(?:[\w-]+(?:[ \t]+[\w-]+)*)?[ \t]*)'
                        r'(?:"(.*)")?[ \t]*$')
_TABLE_SEPARATOR = re.compile(r"^\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_ATTR_LINE = re.compile(r"^\{:?[^}]*\}[ \t]*$")
_URL_ONLY = re.compile(r"^<?(?:https?|mailto|ftp):\S+>?$")
_ONLY_IMAGE = re.compile(r'^(!\[)(.*)(\]\([^)\s]*)(?:([ \t]+")(.*)("))?(\)(?:\{[^}]*\})?)$')
_ONLY_LINK = re.compile(r'^(\[)(.*)(\]\([^)\s]*)(?:([ \t]+")(.*)("))?(\))$')
_CODE_ONLY = re.compile(r"^(`+)[^`]+\1$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class Segment:
    """One translatable text: what kind of block it is, its text, its 1-based line."""

    kind: str
    text: str
    line: int


@dataclass
class SegmentedPage:
    """The page's front-matter segments, and its body as skeleton text and slots.

    `pieces` holds literal strings and indexes into `body`; a slot's text is
    written on one line, so `render` needs no knowledge of the block around it.
    """

    front: dict[str, Segment] = field(default_factory=dict)
    body: list[Segment] = field(default_factory=list)
    pieces: list[str | int] = field(default_factory=list)
    indents: dict[int, str] = field(default_factory=dict)  # slot -> prefix of its continuation lines

    @property
    def segments(self) -> list[Segment]:
        return list(self.front.values()) + self.body

    def render(self, text_of: Callable[[Segment], str],
               literal: Callable[[str], str] = lambda piece: piece) -> str:
        """The body again, each slot replaced by `text_of(segment)`, each literal by `literal(piece)`."""
        return "".join(literal(p) if isinstance(p, str) else
                       text_of(self.body[p]).replace("\n", "\n" + self.indents.get(p, ""))
                       for p in self.pieces)


class _Writer:
    """Collects pieces; `prefix` is written at the start of every line it emits."""

    def __init__(self, page: SegmentedPage, prefix: str = ""):
        self.page, self.prefix = page, prefix

    def nested(self, extra: str) -> _Writer:
        return _Writer(self.page, self.prefix + extra)

    def literal_line(self, text: str) -> None:
        self.page.pieces.append((self.prefix + text if text else self.prefix.rstrip()) + "\n")

    def start(self, text: str) -> None:
        self.page.pieces.append(self.prefix + text)

    def text(self, text: str) -> None:
        self.page.pieces.append(text)

    def slot(self, kind: str, text: str, line: int) -> None:
        if not text.strip():
            self.page.pieces.append(text)
            return
        self.page.body.append(Segment(kind, text, line))
        self.page.pieces.append(len(self.page.body) - 1)
        if self.prefix:
            self.page.indents[len(self.page.body) - 1] = self.prefix

    def inline(self, kind: str, text: str, line: int) -> None:
        """A block's text: only its words when it is a lone link or image; bare URLs stay."""
        if _URL_ONLY.match(text) or _CODE_ONLY.match(text):
            self.text(text)
            return
        image, link = _ONLY_IMAGE.match(text), _ONLY_LINK.match(text)
        match, text_kind = (image, "alt") if image else (link, "link-text") if link else (None, "")
        if match is None or "](" in match.group(2):
            self.slot(kind, text, line)
            return
        opener, words, target, title_open, title, title_close, closer = match.groups()
        self.text(opener)
        self.slot(text_kind, words, line)
        self.text(target)
        if title_open:
            self.text(title_open)
            self.slot("link-title" if link else "image-title", title, line)
            self.text(title_close)
        self.text(closer)


def _starts_block(line: str) -> bool:
    stripped = line.strip()
    return bool(not stripped or _HEADING.match(stripped) or _FENCE.match(stripped)
                or _LIST_ITEM.match(stripped) or _CONTAINER.match(stripped)
                or _DEFINITION.match(stripped) or _NOTE_DEF.match(stripped)
                or stripped.startswith(("<", ">", "--8<--", "|")) or _ATTR_LINE.match(stripped))


def _joined(lines: list[str]) -> str:
    """Soft line breaks become spaces; a hard break (two trailing spaces) stays."""
    text = ""
    for index, raw in enumerate(lines):
        line = raw.strip()
        if index:
            text += "  \n" if lines[index - 1].endswith("  ") else " "
        text += line
    return text


def _indented_block(lines: list[str], start: int, width: int) -> int:
    """Index after the lines that belong to a container indented by `width`."""
    end = start
    index = start
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        if len(line) - len(line.lstrip(" ")) >= width or line.startswith("\t"):
            index += 1
            end = index
            continue
        break
    return end


def _dedent(lines: list[str], width: int) -> list[str]:
    return [line[width:] if line[:width].strip() == "" else line.lstrip("\t") for line in lines]


def _segment_lines(lines: list[str], first_line: int, out: _Writer) -> None:
    index = 0
    while index < len(lines):
        line, number = lines[index], first_line + index
        stripped = line.strip()
        if not stripped:
            out.literal_line("")
            index += 1
            continue
        fence = _FENCE.match(stripped)
        if fence:
            out.literal_line(line)
            index += 1
            while index < len(lines):
                out.literal_line(lines[index])
                index += 1
                if lines[index - 1].strip().startswith(fence.group(1)) and \
                        lines[index - 1].strip().strip(fence.group(1)[0]) == "":
                    break
            continue
        if line.startswith(("    ", "\t")) or stripped.startswith(("<", "--8<--")) \
                or _LINK_DEF.match(stripped):
            # Indented code, HTML, snippets and link definitions run to the next blank line.
            while index < len(lines) and lines[index].strip():
                out.literal_line(lines[index])
                index += 1
            continue
        heading = _HEADING.match(stripped)
        if heading:
            out.start(heading.group(1))
            out.slot("heading", heading.group(2), number)
            out.text(heading.group(3) + "\n")
            index += 1
            continue
        container = _CONTAINER.match(stripped)
        if container:
            kind = "tab-title" if stripped.startswith("===") else "admonition-title"
            out.start(container.group(1))
            if container.group(2) is not None:
                out.text('"')
                out.slot(kind, container.group(2), number)
                out.text('"')
            out.text("\n")
            end = _indented_block(lines, index + 1, 4)
            _segment_lines(_dedent(lines[index + 1:end], 4), number + 1, out.nested("    "))
            index = end
            continue
        if stripped.startswith("|") and index + 1 < len(lines) \
                and _TABLE_SEPARATOR.match(lines[index + 1].strip()):
            index = _table(lines, index, first_line, out)
            continue
        if stripped.startswith(">"):
            end = index
            while end < len(lines) and lines[end].lstrip().startswith(">"):
                end += 1
            quoted = [re.sub(r"^\s*> ?", "", raw) for raw in lines[index:end]]
            _segment_lines(quoted, number, out.nested("> "))
            index = end
            continue
        marker = _LIST_ITEM.match(stripped) or _DEFINITION.match(stripped) or _NOTE_DEF.match(stripped)
        if marker:
            index = _item(lines, index, first_line, line[: len(line) - len(line.lstrip())], marker, out)
            continue
        if _ATTR_LINE.match(stripped):
            out.literal_line(line)
            index += 1
            continue
        end = index + 1
        while end < len(lines) and not _starts_block(lines[end]):
            end += 1
        out.start("")
        out.inline("paragraph", _joined(lines[index:end]), number)
        out.text("\n")
        index = end


def _item(lines: list[str], index: int, first_line: int, indent: str, marker: re.Match,
          out: _Writer) -> int:
    """A list item, definition or footnote: its first paragraph is a segment, the rest nests."""
    groups = marker.groups()
    lead = indent + groups[0] + (groups[1] if len(groups) == 3 else "")
    kind = ("item" if len(groups) == 3 else "definition" if groups[0].startswith(":")
            else "footnote" if groups[0].startswith("[^") else "abbreviation")
    width = len(lead) if len(groups) == 3 else len(indent) + 4
    end = index + 1
    while end < len(lines) and lines[end].strip() and not _starts_block(lines[end]) \
            and not lines[end].startswith(" " * width + "    "):
        end += 1
    out.start(lead)
    out.inline(kind, _joined([groups[-1]] + lines[index + 1:end]), first_line + index)
    out.text("\n")
    nested_end = _indented_block(lines, end, width)
    if nested_end > end:
        _segment_lines(_dedent(lines[end:nested_end], width), first_line + end, out.nested(" " * width))
    return nested_end


def _table(lines: list[str], index: int, first_line: int, out: _Writer) -> int:
    while index < len(lines) and lines[index].strip().startswith("|"):
        row = lines[index].rstrip("\n")
        if _TABLE_SEPARATOR.match(row.strip()):
            out.literal_line(row)
            index += 1
            continue
        cells = _CELL_SPLIT.split(row)
        out.start("")
        for position, cell in enumerate(cells):
            if position:
                out.text("|")
            if position in (0, len(cells) - 1) and not cell.strip():
                out.text(cell)
                continue
            content = cell.strip()
            lead = cell[: len(cell) - len(cell.lstrip())]
            trail = cell[len(cell.rstrip()):]
            out.text(lead)
            out.inline("cell", content, first_line + index)
            out.text(trail)
        out.text("\n")
        index += 1
    return index


def segment_body(body: str, body_line: int) -> SegmentedPage:
    """The body's segments and skeleton; `body_line` is the file line the body starts on."""
    page = SegmentedPage()
    _segment_lines(body.split("\n"), body_line, _Writer(page))
    # `split` adds one empty last line the body did not end with.
    if page.pieces and page.pieces[-1] == "\n":
        page.pieces.pop()
    return page


def front_matter_lines(block: str) -> dict[str, int]:
    """Line (inside the YAML block, 1-based) of each top-level key."""
    lines = {}
    for number, line in enumerate(block.splitlines(), start=1):
        key = re.match(r"^([A-Za-z_][\w-]*)\s*:", line)
        if key:
            lines.setdefault(key.group(1), number)
    return lines


def segment_page(meta: dict, front_matter: str, body: str, body_line: int) -> SegmentedPage:
    """Every segment of a page: front-matter title and description, then the body."""
    page = segment_body(body, body_line)
    lines = front_matter_lines(front_matter)
    for name in FRONT_MATTER_FIELDS:
        value = meta.get(name)
        if isinstance(value, str) and value.strip():
            # The YAML block starts on the file's line 2, after the opening `---`.
            page.front[name] = Segment(name, value.strip(), lines.get(name, 0) + 1)
    return page
