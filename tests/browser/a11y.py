"""Accessibility checks in the browser: axe-core's WCAG A/AA rules, and what Chromium's accessibility tree says."""

from __future__ import annotations

import re

from axe_playwright_python.sync_playwright import Axe

# Every rule axe-core tags as WCAG 2.0, 2.1 or 2.2 level A or AA.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
_axe = Axe()


def axe_violations(page) -> list[str]:
    """Run axe-core (bundled by axe-playwright-python, so nothing is downloaded) and describe each violation."""
    results = _axe.run(page, options=AXE_OPTIONS).response
    return [f"{rule['id']} ({rule['impact']}): {node['target']} {node['failureSummary']!r}"
            for rule in results["violations"] for node in rule["nodes"]]


def focused(page) -> dict | None:
    """Return the role, accessible name and description of the focused element from Chromium's accessibility
    tree (None when the focus has left the page)."""
    session = page.context.new_cdp_session(page)
    try:
        document = session.send("DOM.getDocument", {"depth": 0})
        node_id = session.send("DOM.querySelector", {"nodeId": document["root"]["nodeId"],
                                                     "selector": ":focus"})["nodeId"]
        if not node_id:
            return None
        nodes = session.send("Accessibility.getPartialAXTree", {"nodeId": node_id,
                                                                "fetchRelatives": False})["nodes"]
    finally:
        session.detach()
    node = nodes[0]
    return {"role": node["role"]["value"], "name": _value(node, "name"), "description": _value(node, "description")}


def _value(node: dict, key: str) -> str:
    # Chromium puts a space around text that is laid out apart (visually hidden words): "blank , Mahmoud".
    text = " ".join(str(node.get(key, {}).get("value", "")).split())
    return re.sub(r" ([,.;:])", r"\1", text)


def headings(page) -> list[tuple[int, str]]:
    """Return (level, accessible name) of every heading in Chromium's accessibility tree, in page order."""
    session = page.context.new_cdp_session(page)
    try:
        nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        session.detach()
    return [(next(p["value"]["value"] for p in node["properties"] if p["name"] == "level"), _value(node, "name"))
            for node in nodes if not node.get("ignored") and node.get("role", {}).get("value") == "heading"]


def tab_stops(page, limit: int = 40) -> list[dict]:
    """Press Tab until the focus leaves the page (or comes round again); return each stop as focused() reads it."""
    stops: list[dict] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        stop = focused(page)
        if stop is None or (stops and stop == stops[0]):
            break
        stops.append(stop)
    return stops


def arrive(page) -> None:
    """Wait until the page's autofocus element has the focus (Chromium moves it just after the load)."""
    page.wait_for_function("() => { const wanted = document.querySelector('[autofocus]');"
                           " return !wanted || document.activeElement === wanted; }")


def contrast(first: str, second: str) -> float:
    """Return the WCAG contrast ratio of two opaque colours given as #rrggbb or rgb(r, g, b)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _luminance(colour: str) -> float:
    if colour.startswith("#"):
        channels = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    else:
        channels = [float(part) for part in re.findall(r"[\d.]+", colour)[:3]]
    linear = [c / 255 / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def accessible_names(page, role: str) -> list[str]:
    """Return the accessible name of every element of a role (link, button, ...) in Chromium's tree."""
    session = page.context.new_cdp_session(page)
    try:
        nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        session.detach()
    return [_value(node, "name") for node in nodes
            if not node.get("ignored") and node.get("role", {}).get("value") == role]


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
        behind = tuple(alpha * new + (1 - alpha) * old for new, old in zip((red, green, blue), behind))
    return contrast("rgb({}, {}, {})".format(*behind), "rgb({}, {}, {})".format(*text[:3]))


def _rgba(colour: str) -> tuple[float, float, float, float]:
    if colour == "transparent":
        return 0.0, 0.0, 0.0, 0.0
    parts = [float(part) for part in re.findall(r"[\d.]+", colour)]
    return parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else 1.0
