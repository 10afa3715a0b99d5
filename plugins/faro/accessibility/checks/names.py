"""Names and labels: 4.1.2 (controls and frames have one), 2.4.6, 2.5.3 and 3.3.2 (they help)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from faro.accessibility.html import (
    Issue,
    Page,
    accessible_text,
    collapse_space,
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


# -- WCAG 2.4.6 Headings and labels, 2.5.3 Label in name, 3.3.2 Labels or instructions --

_NAMED_BY_CONTENT_TAGS = frozenset({"a", "button"})
_NAMED_BY_CONTENT_ROLES = frozenset({"button", "link", "menuitem", "tab", "checkbox", "radio",
                                     "switch", "option", "treeitem"})
_NOT_WORDS = re.compile(r"[^\w\s]|_", re.UNICODE)


def _comparable(text: str) -> str:
    """Text as speech recognition hears it: no case, punctuation or symbols."""
    return " ".join(_NOT_WORDS.sub(" ", text.casefold()).split())


def _visible_text(page: Page, node) -> str:
    """Text a sighted person reads on the control (hidden parts and image names left out)."""
    if node.css_first('[aria-hidden="true" i], [hidden]') is None:
        return collapse_space(node.text(deep=True, separator=" "))
    clone = node.clone()
    for hidden in clone.css('[aria-hidden="true" i], [hidden]'):
        hidden.decompose()
    return collapse_space(clone.text(deep=True, separator=" "))


def check_label_in_name(page: Page) -> Iterator[Issue]:
    """A control named with aria-label must have its visible words in the name (voice users)."""
    for node in page.select("[aria-label], [aria-labelledby]"):
        attrs = node.attributes
        role = (attrs.get("role") or "").strip().lower()
        if role not in _NAMED_BY_CONTENT_ROLES and (
                node.tag not in _NAMED_BY_CONTENT_TAGS or (node.tag == "a" and "href" not in attrs)):
            continue
        if not (attrs.get("aria-label") or attrs.get("aria-labelledby")) or page.is_hidden(node):
            continue
        visible = _comparable(_visible_text(page, node))
        if not any(ch.isalnum() for ch in visible):
            continue  # an icon or symbols only: nothing to say aloud
        name = _comparable(name_from_aria(page, node))
        if not name or visible in name:
            continue
        yield Issue("a11y.label-in-name", node,
                    {"selector": selector_of(node), "name": name_from_aria(page, node),
                     "text": _visible_text(page, node)},
                    (f'aria-label="{attrs.get("aria-label") or ""}"', attrs.get("aria-label") or "",
                     _visible_text(page, node)))


def _fillable(control) -> bool:
    kind = (control.attributes.get("type") or "text").strip().lower()
    return not (control.tag == "input" and kind in _UNLABELLED_INPUT_TYPES)


def check_visible_labels(page: Page) -> Iterator[Issue]:
    """A field named only for screen readers (aria-label, title) shows sighted people nothing."""
    for control in page.select("input, select, textarea"):
        attrs = control.attributes
        if not _fillable(control) or page.is_hidden(control):
            continue
        if _label_text(page, control) or attrs.get("aria-labelledby"):
            continue
        if (attrs.get("placeholder") or "").strip() or attrs.get("aria-describedby"):
            continue  # visible instructions: a placeholder or a described-by text
        if not (name_from_aria(page, control) or _titled(control)):
            continue  # no name at all: a11y.label says so
        needles = tuple(v for v in (attrs.get("name"), attrs.get("id"), attrs.get("aria-label"))
                        if v)
        yield Issue("a11y.visible-label", control, {"selector": selector_of(control)}, needles)


def check_empty_labels(page: Page) -> Iterator[Issue]:
    for label in page.select("label"):
        if label.text(deep=True).strip():
            continue
        if page.is_hidden(label) or accessible_text(label) or _titled(label):
            continue
        if label.css_first("input, select, textarea") is not None:
            continue  # a wrapping label of a field whose only text is elsewhere: a11y.label
        if name_from_aria(page, label):
            continue
        target = label.attributes.get("for") or ""
        controls = page.ids.get(target, []) if target else []
        if controls and page.is_hidden(controls[0]):
            continue  # the click area of a state checkbox hidden from assistive technology
        yield Issue("a11y.empty-label", label, {"selector": selector_of(label), "for": target},
                    tuple(n for n in (f'for="{target}"' if target else "", "<label") if n))


def check_duplicate_labels(page: Page) -> Iterator[Issue]:
    """Two fields of one group with the same label: a person cannot tell which is which."""
    seen: dict[tuple[int, str], int] = {}
    for control in page.select("input, select, textarea"):
        attrs = control.attributes
        kind = (attrs.get("type") or "text").strip().lower()
        if not _fillable(control) or kind in ("radio", "checkbox") or page.is_hidden(control):
            continue
        label = _label_text(page, control) or name_from_aria(page, control)
        if not label:
            continue
        group = control.parent
        while group is not None and group.tag not in ("fieldset", "form", "body"):
            group = group.parent
        key = (group.mem_id if group is not None else 0, _comparable(label))
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            yield Issue("a11y.duplicate-label", control,
                        {"selector": selector_of(control), "label": label},
                        (f">{label}<", label), occurrence=seen[key])
