"""Raw HTML in Markdown is held to an allow-list, so no pull request can add
script to the citizens' site or make a page load anything from another host.

The source is scanned as written (code blocks and inline code blanked out so
examples in code are not flagged), which keeps exact line and column numbers.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlparse

from faro.findings import Finding

FORBIDDEN_TAGS = {"script", "style", "object", "embed", "applet", "form", "base", "frame",
                  "frameset", "link", "meta", "template", "portal"}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset",
             "background", "cite", "longdesc"}
RESOURCE_ATTRS = {"src", "poster", "data", "background"}
DANGEROUS_SCHEMES = ("javascript:", "vbscript:", "data:")

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_MD_LINK = re.compile(r"(?P<image>!?)\[(?:[^\]\\]|\\.)*\]\(\s*<?(?P<url>[^)\s>]+)")
_SCHEME_SPACES = re.compile(r"[\s\x00-\x1f]+")
_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


def _blank(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


def blank_code(markdown: str) -> str:
    """Replace fenced and inline code by spaces, keeping every line and column."""
    lines = markdown.split("\n")
    fence = None
    for number, line in enumerate(lines):
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match.group("fence")[0] * len(match.group("fence"))
            lines[number] = _blank(line)
        elif fence is not None:
            if line.strip().startswith(fence):
                fence = None
            lines[number] = _blank(line)
        else:
            lines[number] = _INLINE_CODE.sub(lambda m: _blank(m.group(0)), line)
    return "\n".join(lines)


def _scheme(url: str) -> str:
    return _SCHEME_SPACES.sub("", url).lower()


def is_dangerous_url(url: str) -> bool:
    return _scheme(url).startswith(DANGEROUS_SCHEMES)


def is_remote(url: str) -> bool:
    parsed = urlparse(url.strip())
    return bool(parsed.netloc) or parsed.scheme in ("http", "https")


class _HtmlScanner(HTMLParser):
    def __init__(self, path: str, line_offset: int, iframe_hosts: frozenset[str]):
        super().__init__(convert_charrefs=True)
        self.path, self.line_offset, self.iframe_hosts = path, line_offset, iframe_hosts
        self.findings: list[Finding] = []

    def _add(self, rule: str, **args) -> None:
        line, column = self.getpos()
        self.findings.append(Finding(rule, self.path, line + self.line_offset, column + 1, args))

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)

    def _check(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self._add("safety.forbidden-tag", tag=tag)
        if tag == "iframe":
            src = dict(attrs).get("src") or ""
            host = urlparse(src).hostname or ""
            if host not in self.iframe_hosts:
                self._add("safety.iframe-host", host=host or src or "-",
                          allowed=", ".join(sorted(self.iframe_hosts)) or "-")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self._add("safety.event-handler", tag=tag, attribute=name)
            elif name in URL_ATTRS and is_dangerous_url(value):
                self._add("safety.dangerous-url", tag=tag, attribute=name, url=value[:60])
            for url in _loaded_urls(tag, name, value):
                if is_remote(url):
                    self._add("safety.remote-resource", tag=tag, url=url[:80])


def _loaded_urls(tag: str, name: str, value: str) -> list[str]:
    """The URLs an attribute makes the browser load (not those it only links to)."""
    if name == "srcset":
        return [candidate.split()[0] for candidate in value.split(",") if candidate.split()]
    if name == "style":
        return _CSS_URL.findall(value)
    if name in RESOURCE_ATTRS and tag != "iframe":
        return [value]
    if name in ("href", "xlink:href") and tag in ("use", "image", "feimage"):
        return [value]  # SVG elements that load what they point to
    return []


def check_markdown(markdown: str, path: str, first_line: int = 1,
                   iframe_hosts: frozenset[str] = frozenset()) -> list[Finding]:
    """Findings for unsafe raw HTML and URLs in one Markdown body.

    `first_line` is the file line where `markdown` starts (after front matter).
    """
    text = blank_code(markdown)
    scanner = _HtmlScanner(path, first_line - 1, iframe_hosts)
    scanner.feed(text)
    scanner.close()
    findings = scanner.findings
    for number, line in enumerate(text.split("\n"), start=first_line):
        for match in _MD_LINK.finditer(line):
            url = match.group("url")
            column = match.start() + 1
            if is_dangerous_url(url):
                findings.append(Finding("safety.dangerous-url", path, number, column,
                                        {"tag": "markdown", "attribute": "link", "url": url[:60]}))
            elif match.group("image") and is_remote(url):
                findings.append(Finding("safety.remote-resource", path, number, column,
                                        {"tag": "img", "url": url[:80]}))
    return sorted(findings, key=lambda f: (f.line or 0, f.column or 0, f.rule_id))


def _source_line(source: str, needles: tuple[str, ...]) -> int | None:
    for number, line in enumerate(source.splitlines(), start=1):
        if any(needle and needle in line for needle in needles):
            return number
    return None


def check_rendered(html: str, path: str, source: str = "",
                   iframe_hosts: frozenset[str] = frozenset()) -> list[Finding]:
    """The same rules on the page as Markdown rendered it.

    Raw HTML blocks, attribute lists, reference links and unclosed fences can all
    carry what the source scan cannot see; the rendered page is what would ship.
    Lines are found by looking the offending text up in the source.
    """
    scanner = _HtmlScanner(path, 0, iframe_hosts)
    scanner.feed(html)
    scanner.close()
    findings = []
    for finding in scanner.findings:
        args = dict(finding.args)
        needles = tuple(str(v) for k, v in args.items() if k in ("attribute", "url"))
        needles += (f"<{args.get('tag')}",)
        findings.append(Finding(finding.rule_id, path, _source_line(source, needles), None, args))
    return findings
