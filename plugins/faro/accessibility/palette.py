"""WCAG 1.4.3 for the whole site: the theme's colour pairs, palette by palette.

Contrast is a property of the palette, not of a page, so it is checked once per
site from the stylesheets, for every palette the site offers.
"""

from __future__ import annotations

from collections.abc import Iterable

from faro.accessibility.contrast import WHITE, contrast_ratio, parse_colour
from faro.accessibility.css_vars import Palette, custom_properties, resolve
from faro.accessibility.data import CONTRAST_PAIRS
from faro.findings import Finding

NORMAL_TEXT_MINIMUM = 4.5
LARGE_TEXT_MINIMUM = 3.0
PAGE_BACKGROUND = "--md-default-bg-color"


def check_palette_contrast(
    stylesheets: list[tuple[str, str]], palettes: Iterable[Palette]
) -> list[Finding]:
    """One finding per colour pair below the WCAG minimum, per palette.

    A finding points at the stylesheet line that set the foreground colour, which
    is where a fix (or a project override) goes.
    """
    findings = []
    for palette in dict.fromkeys(palettes):
        properties = custom_properties(stylesheets, palette)
        page = _colour(PAGE_BACKGROUND, properties)
        backdrop = page.over(WHITE) if page is not None else WHITE
        for pair in CONTRAST_PAIRS:
            foreground = _colour(pair["foreground"], properties)
            background = _colour(pair["background"], properties)
            if foreground is None or background is None:
                continue
            if background.alpha < 1:
                background = background.over(backdrop)
            ratio = contrast_ratio(foreground, background)
            minimum = LARGE_TEXT_MINIMUM if pair.get("large") else NORMAL_TEXT_MINIMUM
            if ratio >= minimum:
                continue
            origin = properties[pair["foreground"]]
            findings.append(Finding("a11y.color-contrast", origin.source, origin.line, None, {
                "palette": palette.label,
                "pair": f"{pair['foreground']} / {pair['background']}",
                "ratio": f"{int(ratio * 100) / 100:.2f}",
                "minimum": minimum,
                "foreground": foreground.over(background).hex(),
                "background": background.hex(),
            }))
    return findings


def _colour(name: str, properties):
    declaration = properties.get(name)
    if declaration is None:
        return None
    value = resolve(declaration.value, properties)
    return parse_colour(value) if value is not None else None
