"""Markdown (as Material writes it) -> blocks of running text, per RR v1 section 4.1.

Only running text is scored, so headings, code, tables, URLs and titles go.
Every block remembers the source line it starts on, and removals keep the
line breaks they swallow, so a sentence can always be traced back to its line.
The parser is line-based rather than a Markdown renderer: it is fast, keeps
line numbers, and needs no MkDocs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass

from faro.content.front_matter import read_front_matter_leniently


@dataclass(frozen=True)
class TextBlock:
    """A paragraph, list item, quote or body paragraph: a block ends sentences."""

    text: str  # running text; keeps the source's line breaks
    line: int  # 1-based source line of text[0]

    def line_at(self, offset: int) -> int:
        return self.line + self.text.count("\n", 0, offset)


Line = tuple[int, str]  # (1-based line number, text)

# Front matter: read with the content engine's parser, leniently.
split_front_matter = read_front_matter_leniently


# --- whole-document removals ----------------------------------------------------

FENCE_OPEN_RE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
# Elements removed with their content; the lookahead `\b` stops <p> matching <pre>.
REMOVED_ELEMENTS_RE = re.compile(
    r"<!--.*?-->"
    r"|<(script|style|pre|code|svg|textarea|template|summary|figcaption|caption|table|h[1-6])\b"
    r"[^>]*>.*?</\1\s*>",
    re.DOTALL | re.IGNORECASE,
)


def _keep_newlines(match: re.Match) -> str:
    return "\n" * match.group(0).count("\n")


def _keep_layout(match: re.Match) -> str:
    """Keeps the line breaks and the column of the text after a multi-line removal.

    Without the padding, "    dos --> de nota." inside an admonition body would
    lose its indentation and end the body.
    """
    removed = match.group(0)
    if "\n" not in removed:
        return ""
    return "\n" * removed.count("\n") + " " * len(removed.rsplit("\n", 1)[1])


def _blank_fenced_code(lines: list[str]) -> None:
    """Fenced code may sit at any depth (lists, admonitions), so it goes first."""
    fence = None
    for index, text in enumerate(lines):
        if fence is None:
            match = FENCE_OPEN_RE.match(text)
            if match:
                fence = match.group(1)
                lines[index] = ""
        else:
            stripped = text.strip()
            if stripped.startswith(fence) and stripped == stripped[0] * len(stripped):
                fence = None
            lines[index] = ""


# --- block structure ------------------------------------------------------------

BLANK_RE = re.compile(r"^\s*$")
CONTAINER_RE = re.compile(r"^(?:!!!|\?\?\?\+?|===\+?)(?:\s|$)")  # admonition, details, tab
ATX_HEADING_RE = re.compile(r"^#{1,6}(?:\s|$)")
SETEXT_UNDERLINE_RE = re.compile(r"^(?:=+|-+)\s*$")
THEMATIC_BREAK_RE = re.compile(r"^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
TABLE_DELIMITER_RE = re.compile(r"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
FOOTNOTE_DEF_RE = re.compile(r"^\[\^[^\]]+\]:")
REFERENCE_DEF_RE = re.compile(r"^\[[^\]]+\]:\s*\S")
ABBREVIATION_DEF_RE = re.compile(r"^\*\[[^\]]+\]:")
SNIPPET_RE = re.compile(r"^-{1,2}8<-{1,2}")
BLOCKQUOTE_RE = re.compile(r"^> ?")
# A record's facts (labels, dates, codes made from data) are not prose: spec 4.1.
FACTS_OPEN_RE = re.compile(r'^<div class="faro-facts"[^>]*>\s*$')
LIST_ITEM_RE = re.compile(r"^([*+-]|\d{1,9}[.)])(?:( {1,4})(?! )|(\s*)$)")
TASK_BOX_RE = re.compile(r"^\[[ xX]\]\s+")


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _dedent(lines: list[Line], width: int) -> list[Line]:
    return [(number, text[min(width, _indent(text)):]) for number, text in lines]


def _indented_body(lines: list[Line], start: int, width: int) -> int:
    """End index of the lines from `start` that belong to a block indented by `width`."""
    end = start
    last_content = start
    while end < len(lines):
        text = lines[end][1]
        if BLANK_RE.match(text):
            end += 1
            continue
        if _indent(text) < width:
            break
        end += 1
        last_content = end
    return last_content


class _BlockParser:
    """Walks lines once, recursing into containers after dedenting their bodies."""

    def __init__(self) -> None:
        self.blocks: list[TextBlock] = []

    def parse(self, lines: list[Line]) -> None:
        paragraph: list[Line] = []
        index = 0
        while index < len(lines):
            number, raw = lines[index]
            text = raw.lstrip(" ")
            indent = len(raw) - len(text)
            if not text:
                self._flush(paragraph)
                index += 1
            elif paragraph and SETEXT_UNDERLINE_RE.match(text) and indent < 4:
                paragraph.clear()  # the paragraph was a Setext heading
                index += 1
            elif indent >= 4:
                if paragraph:
                    paragraph.append((number, text))  # lazy continuation
                    index += 1
                else:
                    index = _indented_body(lines, index, 4)  # indented code
            else:
                mark = len(self.blocks)
                consumed = self._block_start(lines, index, text, indent)
                if consumed:  # the new block interrupts the paragraph, which comes first
                    self.blocks[mark:mark] = self._paragraph_blocks(paragraph)
                    paragraph.clear()
                    index = consumed
                else:
                    paragraph.append((number, text))
                    index += 1
        self._flush(paragraph)

    def _block_start(self, lines: list[Line], index: int, text: str, indent: int) -> int:
        """Handles a block that starts at `index`; returns the next index, or 0 if a paragraph."""
        if CONTAINER_RE.match(text):
            end = _indented_body(lines, index + 1, indent + 4)
            self.parse(_dedent(lines[index + 1:end], indent + 4))
            return end
        if ATX_HEADING_RE.match(text) or THEMATIC_BREAK_RE.match(text):
            return index + 1
        if "|" in text and index + 1 < len(lines) and TABLE_DELIMITER_RE.match(lines[index + 1][1].strip()):
            end = index + 2
            while end < len(lines) and not BLANK_RE.match(lines[end][1]):
                end += 1
            return end
        if FOOTNOTE_DEF_RE.match(text):
            return max(_indented_body(lines, index + 1, indent + 4), index + 1)
        if REFERENCE_DEF_RE.match(text) or ABBREVIATION_DEF_RE.match(text):
            return index + 1
        if SNIPPET_RE.match(text):
            return self._skip_snippet(lines, index, text)
        if FACTS_OPEN_RE.match(text):
            end = index + 1
            while end < len(lines) and lines[end][1].strip() != "</div>":
                end += 1
            return end + 1
        if BLOCKQUOTE_RE.match(text):
            end = index
            while end < len(lines) and BLOCKQUOTE_RE.match(lines[end][1].lstrip(" ")):
                end += 1
            quoted = [(n, BLOCKQUOTE_RE.sub("", t.lstrip(" "), count=1)) for n, t in lines[index:end]]
            self.parse(quoted)
            return end
        match = LIST_ITEM_RE.match(text)
        if match:
            return self._list_item(lines, index, match, indent)
        return 0

    @staticmethod
    def _skip_snippet(lines: list[Line], index: int, text: str) -> int:
        if SNIPPET_RE.sub("", text).strip():
            return index + 1  # one-line form: --8<-- "file.md"
        end = index + 1  # block form: file names until the closing marker
        while end < len(lines) and not SNIPPET_RE.match(lines[end][1].strip()):
            end += 1
        return end + 1

    def _list_item(self, lines: list[Line], index: int, match: re.Match, indent: int) -> int:
        number = lines[index][0]
        marker, spaces = match.group(1), match.group(2) or " "
        content_indent = indent + len(marker) + len(spaces)
        first = TASK_BOX_RE.sub("", lines[index][1].lstrip(" ")[len(marker) + len(spaces):])
        item: list[Line] = [(number, first)]
        end = index + 1
        previous_blank = False
        while end < len(lines):
            text = lines[end][1]
            if BLANK_RE.match(text):
                previous_blank = True
            elif _indent(text) >= content_indent:
                previous_blank = False
            elif previous_blank or LIST_ITEM_RE.match(text.lstrip(" ")) or CONTAINER_RE.match(
                text.lstrip(" ")
            ):
                break
            # Lines indented past the marker belong to the item; others are lazy continuations.
            item.append((lines[end][0], text[content_indent:] if _indent(text) >= content_indent
                         else text.lstrip(" ")))
            end += 1
        while item and BLANK_RE.match(item[-1][1]):
            item.pop()
            end -= 1
        self.parse(item)
        return end

    @staticmethod
    def _paragraph_blocks(paragraph: list[Line]) -> list[TextBlock]:
        if not paragraph:
            return []
        return list(inline_blocks(paragraph[0][0], "\n".join(text for _, text in paragraph)))

    def _flush(self, paragraph: list[Line]) -> None:
        self.blocks.extend(self._paragraph_blocks(paragraph))
        paragraph.clear()


# --- inline cleaning -----------------------------------------------------------

BLOCK_SEPARATOR = "\x1e"
_URL_TAIL = r"[^\s<>\"'.,;:!?)\]»”’]"
_TLDS = (
    "com|org|net|edu|gov|gob|mil|int|info|io|eu|es|uk|us|mx|ar|cl|co|pe|ve|ec|uy|bo|cr|gt|hn|ni|"
    "pa|sv|cu|de|fr|it|pt|nl|be|ch|at|ie|ca|au|nz|br|jp|cn|cat|eus|gal|app|dev|ai|tv|biz"
)
# (trigger, pattern, replacement): a step runs only when its trigger is in the text,
# which skips most regex scans on ordinary prose.
INLINE_STEPS: list[tuple[str | re.Pattern, re.Pattern, object]] = [
    ("`", re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.DOTALL), _keep_newlines),  # inline code
    ("![", re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])"), _keep_newlines),  # images
    ("[^", re.compile(r"\[\^[^\]]+\]"), _keep_newlines),  # footnote references
    ("<", re.compile(r"<(?:(?:https?|ftp|mailto):[^>\s]*|[^\s@<>]+@[^\s@<>]+)>"), _keep_newlines),
    ("[", re.compile(r"\[([^\]]*)\](?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])"), r"\1"),  # links
    (
        "<",
        re.compile(
            r"</?(?:p|div|br|li|ul|ol|dl|dt|dd|td|th|tr|details|blockquote|section|article|"
            r"aside|header|footer|nav|main|figure|hr|form|fieldset|center)\b[^>]*>",
            re.IGNORECASE,
        ),
        BLOCK_SEPARATOR,
    ),
    ("<", re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>"), _keep_newlines),  # other tags
    ("{", re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL), _keep_newlines),  # Jinja
    ("{", re.compile(r"\{:?\s*(?:[.#][\w-]+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}]+))"
                     r"(?:\s+(?:[.#][\w-]+|[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s}]+))?))*\s*\}"),
     _keep_newlines),  # attribute lists { .class #id key=value }
    (
        re.compile(r"://|www\.", re.IGNORECASE),
        re.compile(rf"(?:(?:https?|ftp)://|www\.)[^\s<>\"']*{_URL_TAIL}", re.IGNORECASE),
        "",
    ),
    ("@", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), ""),  # e-mail addresses
    (
        re.compile(rf"\.(?:{_TLDS})(?![\w-])", re.IGNORECASE),
        re.compile(
            rf"(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLDS})(?![\w-])"
            rf"(?:/[^\s<>\"']*{_URL_TAIL})?",
            re.IGNORECASE,
        ),
        "",
    ),  # bare domains: incibe.es, ncsc.gov.uk/guidance
    (":", re.compile(r"(?<![\w:]):[a-z0-9][a-z0-9_+-]*:(?![\w:])"), ""),  # emoji shortcodes
    ("\\", re.compile(r"\\([!-/:-@\[-`{-~])"), r"\1"),  # backslash escapes
    ("_", re.compile(r"(?<![^\W_])_+|_+(?![^\W_])"), ""),  # emphasis underscores, not snake_case
]
EMPHASIS_MARKS = ("*", "~~", "==", "^^", "++")


def clean_inline(text: str) -> str:
    """Running text of one paragraph; block-level HTML becomes BLOCK_SEPARATOR."""
    for trigger, pattern, replacement in INLINE_STEPS:
        if trigger in text if isinstance(trigger, str) else trigger.search(text):
            text = pattern.sub(replacement, text)  # type: ignore[arg-type]
    for mark in EMPHASIS_MARKS:
        if mark in text:
            text = text.replace(mark, "")
    return html.unescape(text) if "&" in text else text


def inline_blocks(first_line: int, text: str) -> Iterator[TextBlock]:
    """The blocks of one paragraph: block-level HTML tags split it further."""
    cleaned = clean_inline(text)
    offset = 0
    for piece in cleaned.split(BLOCK_SEPARATOR):
        if piece.strip():
            yield TextBlock(piece, first_line + cleaned.count("\n", 0, offset))
        offset += len(piece) + 1


def extract_blocks(source: str) -> list[TextBlock]:
    """All running-text blocks of a Markdown page, front matter included or not."""
    source = source.replace("\r\n", "\n").replace("\r", "\n")
    _, front_matter_lines = split_front_matter(source)
    lines = [text.expandtabs(4) for text in source.split("\n")]
    for index in range(front_matter_lines):
        lines[index] = ""
    _blank_fenced_code(lines)
    text = REMOVED_ELEMENTS_RE.sub(_keep_layout, "\n".join(lines))
    parser = _BlockParser()
    parser.parse(list(enumerate(text.split("\n"), start=1)))
    return parser.blocks
