"""axe-core (WCAG 2.0/2.1 A and AA rules) on every HTML page the public build writes."""

from axe_playwright_python.sync_playwright import Axe

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def violations(axe: Axe, page) -> list[str]:
    """axe's violations, plus text whose contrast axe measured but left "to review" (it does so at 1:1,
    taking the text for hidden on purpose: black on black is exactly what a broken high-contrast rule gives)."""
    results = axe.run(page, options=WCAG_AA).response
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


def test_every_page_has_no_axe_violations(served_site, page):
    axe = Axe()
    urls = served_site.page_urls()
    assert len(urls) > 40, "the demo site has about 60 pages; the build or the page list is wrong"
    found = {}
    for url in urls:
        page.goto(served_site.address(url))
        problems = violations(axe, page)
        if problems:
            found[url] = problems
    assert not found, "\n".join(f"{url}: {problem}" for url, problems in found.items() for problem in problems)


def test_axe_reports_violations_on_a_broken_page(page):
    """The check above can fail: axe is injected and finds a missing alt text, lang and label."""
    page.set_content('<!DOCTYPE html><html><head><title>x</title></head><body><img src="x.png"><input></body></html>')
    ids = {rule["id"] for rule in Axe().run(page, options=WCAG_AA).response["violations"]}
    assert {"image-alt", "html-has-lang", "label"} <= ids


def test_text_as_dark_as_its_background_is_reported(page):
    page.set_content('<!DOCTYPE html><html lang="lv"><head><title>x</title></head>'
                     '<body style="background:#000"><main><p style="color:#000">Teksts</p></main></body></html>')
    assert any("1:1" in problem for problem in violations(Axe(), page))
