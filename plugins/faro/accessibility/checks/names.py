"""WCAG 4.1.2 Name, role, value: controls and frames have an accessible name."""

from __future__ import annotations

from collections.abc import Iterator

from faro.accessibility.html import (
    Issue,
    Page,
    accessible_text,
    name_from_aria,
    selector_of,
)

_UNLABELLED_INPUT_TYPES = {"hidden", "submit", "reset", "button", "image"}


def _titled(node) -> bool:
    return bool((node.attributes.get("title") or "").strip())


def _label_text(page: Page, control) -> str:
    """Text of every label tied to the control: by `for`, or by wrapping it."""
    texts = []
    control_id = control.attributes.get("id")
    if control_id:
        texts += [accessible_text(label) for label in page.labels_by_target.get(control_id, [])]
        texts += [label.attributes.get("title") or ""
                  for label in page.labels_by_target.get(control_id, [])]
    wrapper = control.parent
    while wrapper is not None and wrapper.tag not in ("label", "form", "body"):
        wrapper = wrapper.parent
    if wrapper is not None and wrapper.tag == "label":
        texts.append(accessible_text(wrapper))
    return " ".join(t for t in texts if t.strip())


def check_form_labels(page: Page) -> Iterator[Issue]:
    for control in page.select("input, select, textarea"):
        attrs = control.attributes
        kind = (attrs.get("type") or "text").strip().lower()
        if control.tag == "input" and kind in _UNLABELLED_INPUT_TYPES:
            continue
        if page.is_hidden(control) or name_from_aria(page, control) or _titled(control):
            continue
        if _label_text(page, control):
            continue
        needles = tuple(v for v in (attrs.get("name"), attrs.get("id")) if v)
        yield Issue("a11y.label", control, {"selector": selector_of(control)}, needles)


def check_button_names(page: Page) -> Iterator[Issue]:
    for button in page.select("button, [role=button], input[type=submit], input[type=button]"):
        if page.is_hidden(button) or name_from_aria(page, button) or _titled(button):
            continue
        if button.tag == "input":
            value = button.attributes.get("value")
            if value is None or value.strip():
                continue  # a submit button without value is named by the browser
        elif accessible_text(button):
            continue
        yield Issue("a11y.button-name", button, {"selector": selector_of(button)}, ("<button",))


def check_frame_titles(page: Page) -> Iterator[Issue]:
    for frame in page.select("iframe, frame"):
        if page.is_hidden(frame) or name_from_aria(page, frame) or _titled(frame):
            continue
        src = frame.attributes.get("src") or ""
        yield Issue("a11y.frame-title", frame, {"selector": selector_of(frame)},
                    tuple(n for n in (src, "<iframe") if n))
