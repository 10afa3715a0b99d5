"""Resolve the theme's CSS custom properties for one colour palette.

Material sets its colours as custom properties on `:root` and on `body`, keyed
by `data-md-color-scheme`, `-primary` and `-accent` attributes; a project's own
stylesheet may override them. Only the rules that can apply to `html` or `body`
for the palette are read, in cascade order, which is all the palette needs and
keeps us from writing a general CSS engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_ATTRIBUTE = re.compile(r"""\[\s*data-md-color-(scheme|primary|accent)\s*=\s*["']?([\w-]+)["']?\s*\]""")
_ROOT_SELECTORS = {":root", "html"}
_SCREEN_MEDIA = {"screen", "all", "only screen"}
_MAX_DEPTH = 32


@dataclass(frozen=True)
class Palette:
    """One colour palette of the theme, as Material's body attributes name it."""

    scheme: str = "default"
    primary: str = "indigo"
    accent: str = "indigo"

    @property
    def label(self) -> str:
        return f"{self.scheme}/{self.primary}/{self.accent}"


@dataclass(frozen=True)
class Declaration:
    value: str
    source: str
    line: int


@dataclass(frozen=True)
class _Rule:
    selectors: tuple[str, ...]
    body: str
    source: str
    line: int


@lru_cache(maxsize=64)
def _rules_of(css: str, source: str) -> tuple[_Rule, ...]:
    """Parsed once per stylesheet: one site checks the same CSS for several palettes."""
    return tuple(_blocks(css, source))


def _blocks(css: str, source: str):
    """Style rules at the top level and inside screen media queries, with their line."""
    css = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), css)
    stack: list[tuple[str, int]] = []
    start = 0
    i = 0
    quote = ""
    while i < len(css):
        char = css[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "{":
            stack.append((css[start:i].strip(), i + 1))
            start = i + 1
        elif char == "}" and stack:
            prelude, body_start = stack.pop()
            if not prelude.startswith("@") and _applies_on_screen(p for p, _ in stack):
                line = css.count("\n", 0, body_start) + 1
                yield _Rule(tuple(s.strip() for s in prelude.split(",")), css[body_start:i],
                            source, line)
            start = i + 1
        elif char == ";" and not stack:
            start = i + 1
        i += 1


def _applies_on_screen(enclosing) -> bool:
    for prelude in enclosing:
        if not prelude.lower().startswith("@media"):
            return False
        if prelude[6:].strip().lower() not in _SCREEN_MEDIA:
            return False
    return True


def _match(selector: str, palette: Palette) -> tuple[int, int] | None:
    """(level, specificity) if the selector applies to html (0) or body (1) for the palette."""
    wanted = {"scheme": palette.scheme, "primary": palette.primary, "accent": palette.accent}
    attributes = _ATTRIBUTE.findall(selector)
    rest = _ATTRIBUTE.sub("", selector).strip()
    if any(wanted[name] != value for name, value in attributes):
        return None
    if rest in _ROOT_SELECTORS:
        return 0, 1 + len(attributes)
    if rest in ("", "body"):
        return (1, len(attributes)) if attributes or rest == "body" else None
    return None


def _declarations(body: str) -> list[tuple[str, str, int]]:
    found = []
    offset = 0
    for part in re.split(r";(?![^(]*\))", body):
        name, sep, value = part.partition(":")
        name = name.strip()
        if sep and name.startswith("--"):
            value = value.replace("!important", "").strip()
            found.append((name, value, body.count("\n", 0, offset)))
        offset += len(part) + 1
    return found


def custom_properties(stylesheets: list[tuple[str, str]], palette: Palette) -> dict[str, Declaration]:
    """Every custom property that reaches body for the palette, as the cascade leaves it.

    `stylesheets` are (name, CSS text) in load order, so a project's extra CSS,
    listed last, overrides the theme on equal specificity.
    """
    matched = []
    order = 0
    for name, css in stylesheets:
        for rule in _rules_of(css, name):
            best = max((m for s in rule.selectors if (m := _match(s, palette))), default=None)
            if best is None:
                continue
            for prop, value, line_offset in _declarations(rule.body):
                matched.append((best, order, prop, Declaration(value, name, rule.line + line_offset)))
                order += 1
    matched.sort(key=lambda item: (item[0], item[1]))
    return {prop: declaration for _, _, prop, declaration in matched}


def resolve(value: str, properties: dict[str, Declaration], depth: int = 0) -> str | None:
    """Substitute every var(--x, fallback); None if a variable is undefined or cyclic."""
    if depth > _MAX_DEPTH:
        return None
    start = value.find("var(")
    if start < 0:
        return value
    end, level = start + 4, 1
    while end < len(value) and level:
        level += {"(": 1, ")": -1}.get(value[end], 0)
        end += 1
    if level:
        return None
    inner = value[start + 4 : end - 1]
    name, _, fallback = inner.partition(",")
    declaration = properties.get(name.strip())
    replacement = (resolve(declaration.value, properties, depth + 1)
                   if declaration is not None else None)
    if replacement is None:
        if not fallback.strip():
            return None
        replacement = resolve(fallback.strip(), properties, depth + 1)
        if replacement is None:
            return None
    return resolve(value[:start] + replacement + value[end:], properties, depth + 1)
