"""Helpers shared by the browser tests (tests/browser is on pytest.ini's pythonpath)."""

from pathlib import Path

from axe_playwright_python.sync_playwright import Axe

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
# the WCAG rules of WCAG_AA that read colours (text contrast, links told apart from text): the only ones whose result
# a change of colours alone can change; the most costly ones to run
COLOUR_RULES = {"runOnly": {"type": "rule", "values": ["color-contrast", "link-in-text-block"]}}


def violations(axe: Axe, page, options: dict = WCAG_AA) -> list[str]:
    """axe's violations (WCAG_AA's rules, or ``options``), plus text whose contrast axe measured but left "to review" (it does so at 1:1,
    taking the text for hidden on purpose: black on black is exactly what a broken high-contrast rule gives)."""
    results = axe.run(page, options=options).response
    found = [
        f"{rule['id']} ({rule['impact']}): {rule['help']} — " + "; ".join(" ".join(node["target"]) for node in rule["nodes"][:5])
        for rule in results["violations"]
    ]
    for rule in results["incomplete"]:
        if rule["id"] != "color-contrast":
            continue
        for node in rule["nodes"]:
            measured = [check["message"] for check in node["any"] if "contrast ratio" in check["message"]]
            if measured:
                found.append(f"color-contrast: {' '.join(node['target'])}: {measured[0]}")
    return found
