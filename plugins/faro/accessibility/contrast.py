"""Colours as CSS writes them, and the WCAG 2.2 contrast ratio between two of them.

The theme's palette colours carry transparency (Material writes body text as
black at 87 % opacity), so colours are composited onto what lies beneath them
before the ratio is computed, as a browser would paint them.
"""

from __future__ import annotations

import colorsys
import re
from dataclasses import dataclass

_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?"
_FUNCTION = re.compile(r"^(rgba?|hsla?)\((.*)\)$", re.IGNORECASE | re.DOTALL)
_COMPONENT = re.compile(rf"^({_NUMBER})(%|deg|rad|turn|grad)?$", re.IGNORECASE)
_NAMED = {
    "black": "#000000",
    "white": "#ffffff",
    "transparent": "#00000000",
    "red": "#ff0000",
    "green": "#008000",
    "blue": "#0000ff",
    "gray": "#808080",
    "grey": "#808080",
    "silver": "#c0c0c0",
    "yellow": "#ffff00",
}


@dataclass(frozen=True)
class Colour:
    """sRGB channels 0–255 and alpha 0–1."""

    red: float
    green: float
    blue: float
    alpha: float = 1.0

    def over(self, backdrop: Colour) -> Colour:
        """Paint this colour on an opaque backdrop (source-over compositing)."""
        a = self.alpha
        return Colour(
            self.red * a + backdrop.red * (1 - a),
            self.green * a + backdrop.green * (1 - a),
            self.blue * a + backdrop.blue * (1 - a),
            1.0,
        )

    def hex(self) -> str:
        channels = (self.red, self.green, self.blue)
        text = "#" + "".join(f"{round(c):02x}" for c in channels)
        return text if self.alpha >= 1 else text + f"{round(self.alpha * 255):02x}"


WHITE = Colour(255, 255, 255)


def parse_colour(value: str) -> Colour | None:
    """A CSS colour (hex, rgb/rgba, hsl/hsla, a few names); None if not one of those."""
    value = value.strip().lower()
    value = _NAMED.get(value, value)
    if value.startswith("#"):
        return _parse_hex(value[1:])
    match = _FUNCTION.match(value)
    if not match:
        return None
    parts = [p for p in re.split(r"[\s,/]+", match.group(2).strip()) if p]
    if len(parts) not in (3, 4):
        return None
    if match.group(1).startswith("rgb"):
        return _parse_rgb(parts)
    return _parse_hsl(parts)


def _parse_hex(digits: str) -> Colour | None:
    if not re.fullmatch(r"[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8}", digits):
        return None
    if len(digits) in (3, 4):
        digits = "".join(d * 2 for d in digits)
    channels = [int(digits[i : i + 2], 16) for i in range(0, len(digits), 2)]
    alpha = channels[3] / 255 if len(channels) == 4 else 1.0
    return Colour(channels[0], channels[1], channels[2], alpha)


def _component(text: str) -> tuple[float, str] | None:
    match = _COMPONENT.match(text)
    if not match:
        return None
    return float(match.group(1)), (match.group(2) or "").lower()


def _alpha(parts: list[str]) -> float | None:
    if len(parts) < 4:
        return 1.0
    parsed = _component(parts[3])
    if parsed is None:
        return None
    number, unit = parsed
    return max(0.0, min(1.0, number / 100 if unit == "%" else number))


def _parse_rgb(parts: list[str]) -> Colour | None:
    channels = []
    for text in parts[:3]:
        parsed = _component(text)
        if parsed is None:
            return None
        number, unit = parsed
        channels.append(max(0.0, min(255.0, number * 2.55 if unit == "%" else number)))
    alpha = _alpha(parts)
    return None if alpha is None else Colour(*channels, alpha)


def _parse_hsl(parts: list[str]) -> Colour | None:
    parsed = [_component(p) for p in parts[:3]]
    if any(p is None for p in parsed):
        return None
    (hue, hue_unit), (saturation, _), (lightness, _) = parsed  # type: ignore[misc]
    turns = {"": 1 / 360, "deg": 1 / 360, "rad": 1 / 6.283185307179586, "grad": 1 / 400,
             "turn": 1.0}[hue_unit]
    red, green, blue = colorsys.hls_to_rgb((hue * turns) % 1.0, lightness / 100, saturation / 100)
    alpha = _alpha(parts)
    return None if alpha is None else Colour(red * 255, green * 255, blue * 255, alpha)


def _linear(channel: float) -> float:
    srgb = channel / 255
    return srgb / 12.92 if srgb <= 0.04045 else ((srgb + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: Colour) -> float:
    """WCAG 2.2 definition of relative luminance (sRGB, opaque colour)."""
    return (0.2126 * _linear(colour.red) + 0.7152 * _linear(colour.green)
            + 0.0722 * _linear(colour.blue))


def contrast_ratio(foreground: Colour, background: Colour) -> float:
    """(L1 + 0.05) / (L2 + 0.05) after painting both on what lies beneath."""
    background = background.over(WHITE) if background.alpha < 1 else background
    foreground = foreground.over(background) if foreground.alpha < 1 else foreground
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
