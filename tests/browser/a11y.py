"""Accessibility checks in the browser: axe-core's WCAG A/AA rules, and what Chromium's accessibility tree says."""

from __future__ import annotations

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


def focused(page) -> dict:
    """Return the accessible name, description and role of the focused element, from Chromium's AX tree."""
    session = page.context.new_cdp_session(page)
    try:
        document = session.send("DOM.getDocument", {"depth": 0})
        node_id = session.send("DOM.querySelector", {"nodeId": document["root"]["nodeId"],
                                                     "selector": ":focus"})["nodeId"]
        assert node_id, "nothing has the focus"
        nodes = session.send("Accessibility.getPartialAXTree", {"nodeId": node_id,
                                                                "fetchRelatives": False})["nodes"]
    finally:
        session.detach()
    node = nodes[0]
    return {"role": node["role"]["value"], "name": _value(node, "name"), "description": _value(node, "description")}


def _value(node: dict, key: str) -> str:
    return " ".join(str(node.get(key, {}).get("value", "")).split())
