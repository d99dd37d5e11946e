"""Issue 14 as a visitor sees it: the EU and project identity on arrival at 360 and 1280 px, a short header on
phones, no layout shift from the display controls, and screenshots of the new page types."""

import pytest

from browser_helpers import SCREENSHOTS

NEW_PAGES = {
    "documents": "/dokumenti/",
    "english": "/en/",
    "english-contact": "/en/contact/",
    "news-year": "/jaunumi/2016/",
    "news-list": "/jaunumi/",
    "news-with-image": "/jaunumi/kurzemes-planosanas-regions-nosledzis-sadarbibas-ligumus-ar-visiem-projekta-kurzeme-visiem-partneriem/",
}
ARRIVAL = ["/", "/en/", "/partneri/tukuma-novads/", "/pakalpojumi/pasvaldibas/",
           "/jaunumi/tukuma-novada-dome-noslegusi-ligumu-par-sadarbibu-projekta-kurzeme-visiem-istenosana/"]


@pytest.mark.parametrize("width,height", [(360, 740), (1280, 800)])
@pytest.mark.parametrize("url", ARRIVAL)
def test_identity_is_visible_on_arrival(served_site, page, url, width, height):
    page.set_viewport_size({"width": width, "height": height})
    page.goto(served_site.address(url))
    for selector in (".eu-identity__flag:not(.eu-identity__flag--mono)", ".eu-identity__union", ".eu-identity__fund",
                     ".eu-identity__slogan", ".site-header__project", ".site-header__name"):
        box = page.locator(selector).bounding_box()
        assert box and box["height"] > 0 and box["y"] + box["height"] <= height, (selector, box)
    flag = page.locator(".eu-identity__flag:not(.eu-identity__flag--mono)").bounding_box()
    assert flag["width"] >= 36 and abs(flag["width"] / flag["height"] - 1.5) < 0.02  # the flag's 3:2


def test_phone_header_leaves_the_screen_to_the_content(served_site, page):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(served_site.address("/"))
    header = page.locator(".site-header").bounding_box()
    print(f"\nheader at 360 × 740: {header['height']:.0f} px ({header['height'] / 740:.0%} of the screen)")
    assert header["height"] <= 0.36 * 740


def test_high_contrast_shows_the_monochrome_emblem(served_site, page):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(served_site.address("/"))
    page.get_by_role("button", name="Augsts kontrasts").click()
    assert page.locator(".eu-identity__flag--mono").is_visible()
    assert not page.locator(".eu-identity__flag:not(.eu-identity__flag--mono)").is_visible()


def test_display_controls_do_not_move_the_page(served_site, page):
    """The controls are drawn with the page (no layout shift when the script shows them)."""
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(served_site.address("/"))
    shift = page.evaluate("""() => new Promise(resolve => {
        let total = 0;
        new PerformanceObserver(list => { for (const e of list.getEntries()) total += e.value; })
            .observe({type: "layout-shift", buffered: true});
        setTimeout(() => resolve(total), 500);
    })""")
    assert shift < 0.01


@pytest.mark.parametrize("width", [360, 1280])
@pytest.mark.parametrize("name", sorted(NEW_PAGES))
def test_screenshot_of_new_page_types(served_site, page, name, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(served_site.address(NEW_PAGES[name]))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
    assert page.locator("h1").count() == 1
    assert not page.script_errors, page.script_errors
