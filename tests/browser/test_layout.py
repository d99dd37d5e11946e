"""Layout from 320 px to wide screens, and screenshots of the main page types for a person to look at."""

import pytest

from browser_helpers import SCREENSHOTS

# home, a news item, a partner, a service, the availability matrix, the partner map
SHOWN_PAGES = {
    "home": "/",
    "news": "/jaunumi/tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana/",
    "partner": "/partneri/tukuma-novads/",
    "service": "/pakalpojumi/socialais-mentors/",
    "matrix": "/pakalpojumi/pasvaldibas/",
    "map": "/partneri/",
    "search": "/meklet/?q=grupu+dzivoklis",
    "easy-read": "/pakalpojumi/viegli-lasit/",
}


def test_no_page_scrolls_sideways_at_320_px(served_site, page):
    page.set_viewport_size({"width": 320, "height": 640})
    too_wide = {}
    for url in served_site.page_urls():
        page.goto(served_site.address(url))
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            too_wide[url] = width
    assert not too_wide, f"pages wider than a 320 px screen: {too_wide}"


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("name", sorted(SHOWN_PAGES))
def test_screenshot(served_site, page, name, width):
    url = SHOWN_PAGES[name]
    assert served_site.exists(url.split("?")[0]), f"{url} is not built"
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(served_site.address(url))
    if name == "search":
        page.locator(".search-result").first.wait_for(timeout=10_000)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
    assert page.locator("h1").count() == 1
    assert not page.script_errors, page.script_errors


@pytest.mark.parametrize("name", ["home", "service", "map"])
def test_screenshot_in_high_contrast_with_large_text(served_site, page, name):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(served_site.address(SHOWN_PAGES[name]))
    page.get_by_role("button", name="Augsts kontrasts").click()
    page.get_by_role("button", name="A+ (lielāks teksts)").click()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-1280-contrast-large.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
