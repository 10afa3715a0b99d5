"""WCAG 1.1.1 Non-text content: every image has a text alternative or is marked decorative."""

from __future__ import annotations

import re
from collections.abc import Iterator

from faro.accessibility.data import GENERIC_ALT_TEXT, IMAGE_EXTENSIONS
from faro.accessibility.html import (
    Issue,
    Page,
    accessible_text,
    collapse_space,
    name_from_aria,
    selector_of,
)

_PRESENTATIONAL = {"presentation", "none"}
_FILE_NAME = re.compile(r"^[\w.\-/]+\.(\w{2,5})$")


def _is_presentational(node) -> bool:
    return (node.attributes.get("role") or "").strip().lower() in _PRESENTATIONAL


def _source_name(src: str) -> str:
    return src.rsplit("/", 1)[-1].split("?", 1)[0].split("#", 1)[0]


def check_images(page: Page) -> Iterator[Issue]:
    for img in page.select("img"):
        attrs = img.attributes
        src = attrs.get("src") or ""
        needles = tuple(n for n in (_source_name(src), src) if n)
        selector = selector_of(img)
        if "alt" not in attrs:
            if _is_presentational(img) or page.is_hidden(img) or name_from_aria(page, img):
                continue
            if (attrs.get("title") or "").strip():
                continue
            yield Issue("a11y.image-alt", img, {"selector": selector}, needles)
            continue
        alt = collapse_space(attrs.get("alt") or "")
        if not alt:
            continue
        if _looks_like_file_name(alt):
            yield Issue("a11y.image-alt-filename", img, {"selector": selector, "alt": alt},
                        (alt, *needles))
        elif alt.lower().strip(".:;!¡¿? ") in GENERIC_ALT_TEXT:
            yield Issue("a11y.image-alt-generic", img, {"selector": selector, "alt": alt},
                        (f"![{alt}]", *needles, alt))


def _looks_like_file_name(alt: str) -> bool:
    match = _FILE_NAME.match(alt)
    return bool(match) and match.group(1).lower() in IMAGE_EXTENSIONS


def check_image_map_areas(page: Page) -> Iterator[Issue]:
    for area in page.select("area[href]"):
        if (area.attributes.get("alt") or "").strip() or name_from_aria(page, area):
            continue
        yield Issue("a11y.area-alt", area, {"selector": selector_of(area)},
                    (area.attributes.get("href") or "",))


def check_image_buttons(page: Page) -> Iterator[Issue]:
    for button in page.select("input[type=image]"):
        attrs = button.attributes
        if (attrs.get("alt") or "").strip() or name_from_aria(page, button):
            continue
        if (attrs.get("title") or "").strip():
            continue
        yield Issue("a11y.input-image-alt", button, {"selector": selector_of(button)},
                    (_source_name(attrs.get("src") or ""),))


def check_inline_svg(page: Page) -> Iterator[Issue]:
    """An SVG must be named, or hidden; inside a control that has its own name it is part of it."""
    for svg in page.select("svg"):
        if _is_presentational(svg) or page.is_hidden(svg) or name_from_aria(page, svg):
            continue
        title = svg.css_first("title")
        if title is not None and title.text().strip():
            continue
        is_image = (svg.attributes.get("role") or "").strip().lower() == "img"
        if not is_image and _inside_named_control(page, svg):
            continue
        yield Issue("a11y.svg-alt", svg, {"selector": selector_of(svg)}, ("<svg",))


def _inside_named_control(page: Page, svg) -> bool:
    control = svg.parent
    while control is not None and control.tag not in ("a", "button", "label", "summary", "body"):
        control = control.parent
    if control is None or control.tag == "body":
        return False
    attrs = control.attributes
    if name_from_aria(page, control) or (attrs.get("title") or "").strip():
        return True
    return bool(accessible_text(control))
