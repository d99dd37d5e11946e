"""axe-core (WCAG 2.0/2.1 A and AA rules) on every HTML page the public build writes."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser_helpers import COLOUR_RULES, WCAG_AA, violations


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


@pytest.mark.parametrize("options", [WCAG_AA, COLOUR_RULES], ids=["wcag", "colour-rules"])
def test_text_as_dark_as_its_background_is_reported(page, options):
    page.set_content('<!DOCTYPE html><html lang="lv"><head><title>x</title></head>'
                     '<body style="background:#000"><main><p style="color:#000">Teksts</p>'
                     '<p style="color:#444">Pelēks</p></main></body></html>')
    problems = violations(Axe(), page, options)
    assert any("1:1" in problem for problem in problems)
    assert any(problem.startswith("color-contrast (serious)") for problem in problems)  # #444 on #000
