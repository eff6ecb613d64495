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
    return [
        f"{rule['id']} ({rule['impact']}): {node['target']} {node['failureSummary']!r}"
        for rule in results["violations"]
        for node in rule["nodes"]
    ]


def focused(page) -> dict | None:
    """Return the role, accessible name and description of the focused element from Chromium's accessibility
    tree (None when the focus has left the page)."""
    session = page.context.new_cdp_session(page)
    try:
        document = session.send("DOM.getDocument", {"depth": 0})
        node_id = session.send("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": ":focus"})[
            "nodeId"
        ]
        if not node_id:
            return None
        nodes = session.send("Accessibility.getPartialAXTree", {"nodeId": node_id, "fetchRelatives": False})["nodes"]
    finally:
        session.detach()
    node = nodes[0]
    return {"role": node["role"]["value"], "name": _value(node, "name"), "description": _value(node, "description")}


def _value(node: dict, key: str) -> str:
    # Chromium puts a space around text that is laid out apart (visually hidden words): "blank , Mahmoud".
    text = " ".join(str(node.get(key, {}).get("value", "")).split())
    return re.sub(r" ([,.;:])", r"\1", text)


def _nodes_of_role(page, role: str) -> list[dict]:
    """Return the nodes of a role in Chromium's whole accessibility tree, in page order."""
    session = page.context.new_cdp_session(page)
    try:
        nodes = session.send("Accessibility.getFullAXTree")["nodes"]
    finally:
        session.detach()
    return [node for node in nodes if not node.get("ignored") and node.get("role", {}).get("value") == role]


def headings(page) -> list[tuple[int, str]]:
    """Return (level, accessible name) of every heading in Chromium's accessibility tree, in page order."""
    return [
        (next(p["value"]["value"] for p in node["properties"] if p["name"] == "level"), _value(node, "name"))
        for node in _nodes_of_role(page, "heading")
    ]


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
    page.wait_for_function(
        "() => { const wanted = document.querySelector('[autofocus]');"
        " return !wanted || document.activeElement === wanted; }"
    )


def accessible_names(page, role: str) -> list[str]:
    """Return the accessible name of every element of a role (link, button, ...) in Chromium's tree."""
    return [_value(node, "name") for node in _nodes_of_role(page, role)]
