"""WCAG 4.1.2 Name, role, value: ids, ARIA references and roles a browser can trust."""

from __future__ import annotations

from collections.abc import Iterator

from faro.accessibility.data import ARIA_ROLES
from faro.accessibility.html import Issue, Page, selector_of

_REFERENCE_ATTRIBUTES = ("aria-labelledby", "aria-describedby", "aria-controls")


def check_duplicate_ids(page: Page) -> Iterator[Issue]:
    for element_id, nodes in page.ids.items():
        if len(nodes) < 2 or not element_id:
            continue
        yield Issue("a11y.duplicate-id", nodes[1], {"id": element_id, "count": len(nodes)},
                    (f"#{element_id}", element_id))


def check_aria_references(page: Page) -> Iterator[Issue]:
    selector = ", ".join(f"[{name}]" for name in _REFERENCE_ATTRIBUTES)
    for node in page.select(selector):
        for attribute in _REFERENCE_ATTRIBUTES:
            for target in (node.attributes.get(attribute) or "").split():
                if target not in page.ids:
                    yield Issue("a11y.aria-reference", node,
                                {"selector": selector_of(node), "attribute": attribute,
                                 "id": target},
                                (target,))


def check_roles(page: Page) -> Iterator[Issue]:
    for node in page.select("[role]"):
        for role in (node.attributes.get("role") or "").lower().split():
            if role not in ARIA_ROLES:
                yield Issue("a11y.aria-role", node, {"selector": selector_of(node), "role": role},
                            (f'role="{role}"', role))
