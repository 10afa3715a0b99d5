"""Fix-ups applied to every rendered page (HTML in, HTML out; no MkDocs).

Material keeps UI state in hidden checkboxes (`input.md-toggle`) that it
writes outside any template block, so `theme/` cannot override them. CSS hides
them from sight, but a static check (and some assistive technologies) still
see unlabelled form fields. Marking them `aria-hidden` and out of the tab
order states what they are: layout state, not controls.
"""

from __future__ import annotations

import re

_TOGGLE = re.compile(r'<input class="(?P<cls>[^"]*\bmd-toggle\b[^"]*)"(?P<rest>[^>]*)>')


def _hide_toggle(match: re.Match) -> str:
    rest = match.group("rest")
    if "aria-hidden" in rest:
        return match.group(0)
    return f'<input class="{match.group("cls")}" aria-hidden="true" tabindex="-1"{rest}>'


def hide_state_toggles(html: str) -> str:
    return _TOGGLE.sub(_hide_toggle, html)


# Labels that only toggle those checkboxes; their icons are decoration.
_TOGGLE_LABEL = re.compile(r'(<label\b[^>]*\bfor="__[a-z_0-9]+"[^>]*>)(.*?)(</label>)', re.DOTALL)
_BARE_SVG = re.compile(r"<svg\b(?![^>]*\baria-hidden=)")


def hide_toggle_icons(html: str) -> str:
    return _TOGGLE_LABEL.sub(
        lambda m: m.group(1) + _BARE_SVG.sub('<svg aria-hidden="true"', m.group(2)) + m.group(3), html)


# The drawer and search checkboxes and the overlay's label are replaced by
# buttons (theme_files/partials/header.html, assets/faro/drawer.js): the inputs
# go, and the overlay becomes a plain box that drawer.js closes the drawer from.
_DRAWER_STATE = re.compile(r'<input class="md-toggle" data-md-toggle="(?:drawer|search)"[^>]*>\s*')
_OVERLAY = '<label class="md-overlay" for="__drawer"></label>'


def drop_drawer_state(html: str) -> str:
    return _DRAWER_STATE.sub("", html).replace(_OVERLAY, '<div class="md-overlay"></div>')


# Material's table of contents is titled by a label for the `__toc` checkbox of its
# own navigation; Faro's navigation has no such checkbox, so the label would name
# nothing (a11y.label-for). The title stays, as plain text.
_TOC_TITLE = re.compile(r'<label class="md-nav__title" for="__toc">(.*?)</label>', re.DOTALL)


def drop_orphan_toc_label(html: str) -> str:
    if 'id="__toc"' in html:
        return html
    return _TOC_TITLE.sub(r'<div class="md-nav__title">\1</div>', html)


def apply_fixups(html: str) -> str:
    return drop_orphan_toc_label(hide_toggle_icons(hide_state_toggles(drop_drawer_state(html))))
