"""WCAG 4.1.2 Name, role, value and 1.3.1 Info and relationships: the ARIA a browser can trust.

Ids, references to ids, valid roles, the roles a role needs around it (a list owns
list items, a tab sits in a tab list) and names on roles that cannot have one.
"""

from __future__ import annotations

from collections.abc import Iterator

from faro.accessibility.data import (
    ARIA_ROLES,
    IMPLICIT_ROLES,
    NAMING_PROHIBITED,
    REQUIRED_CONTEXT,
    REQUIRED_OWNED,
)
from faro.accessibility.html import Issue, Page, selector_of

_REFERENCE_ATTRIBUTES = ("aria-labelledby", "aria-describedby", "aria-controls", "aria-owns",
                         "aria-activedescendant", "aria-errormessage", "aria-details")
_PRESENTATIONAL = frozenset({"none", "presentation"})
_PASS_THROUGH = frozenset({"generic", "none", "presentation"})
_NAMING = ("aria-label", "aria-labelledby")


def check_duplicate_ids(page: Page) -> Iterator[Issue]:
    for element_id, nodes in page.ids.items():
        if len(nodes) < 2 or not element_id:
            continue
        yield Issue("a11y.duplicate-id", nodes[1], {"id": element_id, "count": len(nodes)},
                    (f"#{element_id}", element_id))


def check_aria_references(page: Page) -> Iterator[Issue]:
    for node in page.with_attributes(_REFERENCE_ATTRIBUTES):
        for attribute in _REFERENCE_ATTRIBUTES:
            for target in (node.attributes.get(attribute) or "").split():
                if target not in page.ids:
                    yield Issue("a11y.aria-reference", node,
                                {"selector": selector_of(node), "attribute": attribute,
                                 "id": target},
                                (target,))


def check_label_references(page: Page) -> Iterator[Issue]:
    """<label for> must name the id of an element on the page."""
    for target, labels in page.labels_by_target.items():
        if target and target not in page.ids:
            for label in labels:
                yield Issue("a11y.label-for", label,
                            {"selector": selector_of(label), "id": target},
                            (f"for={target}", f'for="{target}"', target))


def check_header_references(page: Page) -> Iterator[Issue]:
    """headers= on a cell lists ids of header cells of the same table."""
    for cell in page.with_attributes(("headers",)):
        if cell.tag not in ("td", "th"):
            continue
        table = _ancestor(cell, "table")
        cells = {c.attributes.get("id") for c in table.css("th[id], td[id]")} if table else set()
        for target in (cell.attributes.get("headers") or "").split():
            if target not in cells or target == cell.attributes.get("id"):
                yield Issue("a11y.td-headers", cell,
                            {"selector": selector_of(cell), "id": target},
                            (f"headers={target}", f'headers="{target}"', target))


def check_roles(page: Page) -> Iterator[Issue]:
    for node in page.select("[role]"):
        for role in (node.attributes.get("role") or "").lower().split():
            if role not in ARIA_ROLES:
                yield Issue("a11y.aria-role", node, {"selector": selector_of(node), "role": role},
                            (f'role="{role}"', role))


def explicit_role(node) -> str | None:
    """The first role of the role attribute a browser knows (ARIA's fallback list)."""
    for role in (node.attributes.get("role") or "").lower().split():
        if role in ARIA_ROLES:
            return role
    return None


def role_of(node) -> str | None:
    """The role an element has: its valid role attribute, else its HTML one (if listed)."""
    return explicit_role(node) or IMPLICIT_ROLES.get(node.tag)


def _structural_role(node) -> str | None:
    """The role that counts when looking for owners and owned elements.

    Generic and presentational elements are looked through, and so are the text-level
    elements of HTML (<p>, <strong>, <code>...) that carry no role attribute: Markdown
    wraps inline HTML in <p>, and browsers do not let a paragraph break ownership.
    """
    role = explicit_role(node)
    if role is None:
        role = IMPLICIT_ROLES.get(node.tag)
        if role in NAMING_PROHIBITED:
            return None
    return None if role in _PASS_THROUGH else role


def _ancestor(node, tag: str):
    current = node.parent
    while current is not None and current.tag != tag:
        current = current.parent
    return current


def _owned_roles(page: Page, node) -> set[str]:
    """Roles of the elements a node owns: children, looking through generic wrappers."""
    roles: set[str] = set()
    stack = list(node.iter(include_text=False))
    while stack:
        child = stack.pop()
        if page.is_hidden(child):
            continue
        role = _structural_role(child)
        if role is None:
            stack.extend(child.iter(include_text=False))
        else:
            roles.add(role)
    for target in (node.attributes.get("aria-owns") or "").split():
        for owned in page.ids.get(target, [])[:1]:
            roles.add(role_of(owned) or "")
    return roles


def _context_role(node) -> str | None:
    """Role of the nearest ancestor that is not a generic wrapper."""
    current = node.parent
    while current is not None and current.tag not in ("html", "-undef"):
        role = _structural_role(current)
        if role is not None:
            return role
        current = current.parent
    return None


def check_required_children(page: Page) -> Iterator[Issue]:
    for node in page.select("[role]"):
        role = explicit_role(node)
        needed = REQUIRED_OWNED.get(role or "")
        if not needed or page.is_hidden(node):
            continue
        if (node.attributes.get("aria-busy") or "").lower() == "true":
            continue  # ARIA lets a container that is still loading be empty
        if next(node.iter(include_text=False), None) is None and not node.text(deep=True).strip():
            continue  # empty: nothing is announced wrongly (axe leaves it for review too)
        if not _owned_roles(page, node) & needed:
            yield Issue("a11y.aria-required-children", node,
                        {"selector": selector_of(node), "role": role,
                         "children": ", ".join(sorted(needed))},
                        (f'role="{role}"', f"role={role}"))


def check_required_parent(page: Page) -> Iterator[Issue]:
    owned_by_reference = {
        target for owner in page.with_attributes(("aria-owns",))
        for target in (owner.attributes.get("aria-owns") or "").split()
    }
    for node in page.select("[role]"):
        role = explicit_role(node)
        needed = REQUIRED_CONTEXT.get(role or "")
        if not needed or page.is_hidden(node):
            continue
        if node.attributes.get("id") in owned_by_reference:
            continue
        if _context_role(node) not in needed:
            yield Issue("a11y.aria-required-parent", node,
                        {"selector": selector_of(node), "role": role,
                         "parents": ", ".join(sorted(needed))},
                        (f'role="{role}"', f"role={role}"))


def _naming_prohibited(node) -> str | None:
    """The role that forbids naming this element, if it has one."""
    implicit = IMPLICIT_ROLES.get(node.tag)
    role = explicit_role(node)
    if role in _PRESENTATIONAL:
        # A name on a presentational element cancels the role (ARIA 1.2, 9.3):
        # the element keeps its own, which may or may not take a name.
        return role if implicit in NAMING_PROHIBITED else None
    role = role or implicit
    return role if role in NAMING_PROHIBITED else None


def check_prohibited_naming(page: Page) -> Iterator[Issue]:
    for node in page.select("[aria-label], [aria-labelledby]"):
        attrs = node.attributes
        used = [name for name in _NAMING if (attrs.get(name) or "").strip()]
        if not used or page.is_hidden(node):
            continue
        role = _naming_prohibited(node)
        if role is None:
            continue
        yield Issue("a11y.aria-prohibited-attr", node,
                    {"selector": selector_of(node), "attribute": used[0], "role": role},
                    (f"{used[0]}=", used[0]))
