"""Keyboard and input rules a page's markup decides: WCAG 1.3.5, 1.4.3, 2.1.1, 2.4.3, 4.1.2."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import yaml

from faro.accessibility.contrast import contrast_ratio, parse_colour
from faro.accessibility.html import Issue, Page, selector_of

_FOCUSABLE = "a[href], button, input, select, textarea, [tabindex], [contenteditable]"
_NATIVE_FOCUSABLE = frozenset({"a", "button", "input", "select", "textarea", "summary"})
_INTERACTIVE_ROLES = frozenset({
    "button", "link", "checkbox", "radio", "switch", "tab", "menuitem", "option", "slider",
    "spinbutton", "textbox", "combobox", "searchbox",
})
_HANDLERS = ("onclick", "onkeydown", "onkeyup", "onkeypress")
# HTML Living Standard, "Autofill" field names (4.10.18.7.1).
_AUTOCOMPLETE_FIELDS = frozenset("""
name honorific-prefix given-name additional-name family-name honorific-suffix nickname
username new-password current-password one-time-code organization-title organization
street-address address-line1 address-line2 address-line3 address-level4 address-level3
address-level2 address-level1 country country-name postal-code cc-name cc-given-name
cc-additional-name cc-family-name cc-number cc-exp cc-exp-month cc-exp-year cc-csc cc-type
transaction-currency transaction-amount language bday bday-day bday-month bday-year sex url
photo tel tel-country-code tel-national tel-area-code tel-local tel-local-prefix
tel-local-suffix tel-extension email impp webauthn
""".split())
_AUTOCOMPLETE_PREFIXES = frozenset({"shipping", "billing", "home", "work", "mobile", "fax",
                                    "pager"})
_COLOUR_DECLARATION = re.compile(
    r"(?:^|;)\s*(color|background-color|background|fill|stroke)\s*:\s*([^;]+)", re.I)
_COLOURS_FILE = Path(__file__).resolve().parent.parent / "data" / "content_colours.yml"


def _is_disabled(node) -> bool:
    return "disabled" in node.attributes


def check_positive_tabindex(page: Page) -> Iterator[Issue]:
    for node in page.select("[tabindex]"):
        value = (node.attributes.get("tabindex") or "").strip()
        if value.lstrip("+").isdigit() and int(value) > 0:
            yield Issue("a11y.tabindex", node, {"selector": selector_of(node), "value": value},
                        (f"tabindex={value}", f'tabindex="{value}"', "tabindex"))


def check_hidden_focusable(page: Page) -> Iterator[Issue]:
    for root in page.select('[aria-hidden="true" i]'):
        for node in [root, *root.css(_FOCUSABLE)]:
            if not _takes_focus(node):
                continue
            yield Issue("a11y.aria-hidden-focus", node, {"selector": selector_of(node)},
                        ("aria-hidden", selector_of(node)))
            break


def _takes_focus(node) -> bool:
    attrs = node.attributes
    tabindex = (attrs.get("tabindex") or "").strip()
    if tabindex.startswith("-"):
        return False
    if tabindex or "contenteditable" in attrs:
        return True
    if node.tag == "a":
        return "href" in attrs
    if node.tag == "input" and (attrs.get("type") or "").lower() == "hidden":
        return False
    return node.tag in _NATIVE_FOCUSABLE and not _is_disabled(node)


def check_interactive_focus(page: Page) -> Iterator[Issue]:
    """A role or click handler promises a control; without focus the keyboard cannot reach it."""
    selector = ", ".join(["[role]", *(f"[{h}]" for h in _HANDLERS)])
    for node in page.select(selector):
        roles = set((node.attributes.get("role") or "").lower().split())
        if not (roles & _INTERACTIVE_ROLES or any(h in node.attributes for h in _HANDLERS)):
            continue
        if node.tag in _NATIVE_FOCUSABLE or "tabindex" in node.attributes:
            continue
        if "contenteditable" in node.attributes or page.is_hidden(node):
            continue
        yield Issue("a11y.focusable-control", node, {"selector": selector_of(node)},
                    (*(f"{h}=" for h in _HANDLERS), "role="))


def check_autocomplete(page: Page) -> Iterator[Issue]:
    for node in page.select("input[autocomplete], select[autocomplete], textarea[autocomplete]"):
        value = (node.attributes.get("autocomplete") or "").strip().lower()
        if _valid_autocomplete(value):
            continue
        yield Issue("a11y.autocomplete-valid", node,
                    {"selector": selector_of(node), "value": value},
                    (f"autocomplete={value}", f'autocomplete="{value}"', "autocomplete"))


def _valid_autocomplete(value: str) -> bool:
    if value in ("on", "off", ""):
        return True
    tokens = value.split()
    if tokens and tokens[-1] == "webauthn":
        tokens = tokens[:-1]
    if tokens and tokens[0].startswith("section-"):
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0] in ("shipping", "billing"):
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0] in _AUTOCOMPLETE_PREFIXES:
        tokens = tokens[1:]
    return len(tokens) == 1 and tokens[0] in _AUTOCOMPLETE_FIELDS


@cache
def _content_colours() -> tuple[frozenset[str], dict[str, object]]:
    data = yaml.safe_load(_COLOURS_FILE.read_text(encoding="utf-8"))
    backgrounds = {name: parse_colour(value) for name, value in data["backgrounds"].items()}
    return frozenset(data["allowed_tokens"]), backgrounds


def check_content_colours(page: Page) -> Iterator[Issue]:
    """Only theme tokens may colour content: a fixed colour breaks one of the two schemes."""
    root = page.content_root
    if root is None:
        return
    allowed, backgrounds = _content_colours()
    for node in root.css("[style], [fill], [stroke], [color], [bgcolor]"):
        for prop, value in _colour_declarations(node):
            if _is_token(value, allowed):
                continue
            colour = parse_colour(value)
            ratios = {name: f"{contrast_ratio(colour.over(bg), bg):.2f}:1" if colour else "?"
                      for name, bg in backgrounds.items()}
            yield Issue("a11y.content-colour", node,
                        {"selector": selector_of(node), "property": prop, "value": value,
                         "light": ratios["light"], "dark": ratios["dark"]},
                        (value, prop), authored=True)


def _colour_declarations(node) -> Iterator[tuple[str, str]]:
    attrs = node.attributes
    for prop in ("fill", "stroke", "color", "bgcolor"):
        if attrs.get(prop):
            yield prop, attrs[prop].strip()
    for match in _COLOUR_DECLARATION.finditer(attrs.get("style") or ""):
        yield match.group(1).lower(), match.group(2).strip().removesuffix("!important").strip()


def _is_token(value: str, allowed: frozenset[str]) -> bool:
    lowered = value.lower()
    # A pattern or gradient (url(#id)) is not a colour: its own colours are checked.
    if lowered in allowed or lowered.startswith("url(#"):
        return True
    match = re.fullmatch(r"var\(\s*(--[\w-]+)\s*\)", lowered)
    return bool(match) and match.group(1) in allowed
