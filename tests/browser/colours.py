"""Colour contrast as WCAG defines it, of two colours or of an element's text against what is drawn behind it."""

from __future__ import annotations

import re


def contrast(first: str, second: str) -> float:
    """Return the WCAG contrast ratio of two opaque colours given as #rrggbb or rgb(r, g, b)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _luminance(colour: str) -> float:
    if colour.startswith("#"):
        channels = [float(int(colour[i : i + 2], 16)) for i in (1, 3, 5)]
    else:
        channels = [float(part) for part in re.findall(r"[\d.]+", colour)[:3]]
    linear = [c / 255 / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


# The backgrounds from an element up to the first opaque one, as the browser computed them.
_BACKGROUNDS = """el => { const found = [];
    for (let node = el; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor; found.push(colour);
        if (!/rgba|\\/|transparent/.test(colour) || /, 1\\)$/.test(colour)) break; }
    return found; }"""


def text_contrast(locator) -> float:
    """Return the contrast of an element's text against what is drawn behind it (translucent layers blended)."""
    text = _rgba(locator.evaluate("el => getComputedStyle(el).color"))
    layers = [_rgba(colour) for colour in locator.evaluate(_BACKGROUNDS)]
    behind = (255.0, 255.0, 255.0)
    for red, green, blue, alpha in reversed(layers):
        behind = tuple(alpha * new + (1 - alpha) * old for new, old in zip((red, green, blue), behind, strict=True))  # type: ignore[assignment]  # still three channels
    return contrast("rgb({}, {}, {})".format(*behind), "rgb({}, {}, {})".format(*text[:3]))


def _rgba(colour: str) -> tuple[float, float, float, float]:
    if colour == "transparent":
        return 0.0, 0.0, 0.0, 0.0
    parts = [float(part) for part in re.findall(r"[\d.]+", colour)]
    return parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else 1.0
