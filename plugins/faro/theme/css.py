"""Stylesheets as readers download them: without the comments written for contributors.

Faro's stylesheets explain their contrast ratios and workarounds in comments;
about a sixth of faro.css once compressed. A reader on prepaid data gets the
rules only. Strings are copied as they are, so `content: "/*"` survives.
"""

from __future__ import annotations

import re

_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")


def strip_comments(css: str) -> str:
    out: list[str] = []
    index, length = 0, len(css)
    while index < length:
        char = css[index]
        if char in "\"'":
            end = index + 1
            while end < length and css[end] != char:
                end += 2 if css[end] == "\\" else 1
            out.append(css[index:end + 1])
            index = end + 1
        elif css.startswith("/*", index):
            end = css.find("*/", index + 2)
            index = length if end < 0 else end + 2
        else:
            out.append(char)
            index += 1
    return _BLANK_LINES.sub("\n", "".join(out)).strip() + "\n"
