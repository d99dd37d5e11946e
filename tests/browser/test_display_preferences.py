"""Text size (A-, A, A+) and high contrast: they work, persist to the next page, and are never needed to read."""

from axe_playwright_python.sync_playwright import Axe

from browser_helpers import COLOUR_RULES, violations

FONT_SIZE = "parseFloat(getComputedStyle(document.documentElement).fontSize)"
BACKGROUND = "getComputedStyle(document.body).backgroundColor"


def test_text_size_persists_on_the_next_page(served_site, page):
    page.goto(served_site.address("/"))
    normal = page.evaluate(FONT_SIZE)
    page.get_by_role("button", name="A+ (lielāks teksts)").click()
    larger = page.evaluate(FONT_SIZE)
    assert larger >= normal * 1.15
    assert page.get_by_role("button", name="A+ (lielāks teksts)").get_attribute("aria-pressed") == "true"
    page.get_by_role("link", name="Partneri").first.click()
    page.wait_for_url("**/partneri/")
    assert page.evaluate(FONT_SIZE) == larger
    assert page.get_by_role("button", name="A+ (lielāks teksts)").get_attribute("aria-pressed") == "true"
    page.get_by_role("button", name="A- (mazāks teksts)").click()
    assert page.evaluate(FONT_SIZE) < normal
    page.get_by_role("button", name="A (parasts teksts)").click()
    assert page.evaluate(FONT_SIZE) == normal


def test_high_contrast_persists_on_the_next_page_and_passes_axe(served_site, page):
    page.goto(served_site.address("/"))
    assert page.evaluate(BACKGROUND) == "rgb(255, 255, 255)"
    toggle = page.get_by_role("button", name="Augsts kontrasts")
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    assert page.evaluate(BACKGROUND) == "rgb(0, 0, 0)"
    axe = Axe()
    problems = violations(axe, page)  # every WCAG rule once: what high contrast shows or hides is in the shared frame
    assert not problems, "/ in high contrast:\n" + "\n".join(problems)
    for url in served_site.page_urls():
        page.goto(served_site.address(url))
        assert page.evaluate(BACKGROUND) == "rgb(0, 0, 0)", f"{url}: high contrast not kept"
        # high contrast changes colours (and borders, and which EU emblem shows): the page's markup and the rules that
        # read it are the normal mode's, checked on every page by test_axe.py; the colour rules run on every page here
        problems = violations(axe, page, COLOUR_RULES)
        assert not problems, f"{url} in high contrast:\n" + "\n".join(problems)
    page.get_by_role("button", name="Augsts kontrasts").click()
    assert page.evaluate(BACKGROUND) == "rgb(255, 255, 255)"


def test_without_javascript_the_page_reads_and_the_controls_stay_hidden(served_site, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(served_site.address("/partneri/tukuma-novads/"))
    assert page.locator("h1").inner_text() == "Tukuma novada pašvaldība"
    assert page.locator("#display-preferences").is_hidden()
    assert page.get_by_text("Inga Helmane").is_visible()
    context.close()


def test_print_stylesheet_hides_navigation_and_shows_content(served_site, page):
    page.goto(served_site.address("/partneri/tukuma-novads/"))
    page.emulate_media(media="print")
    assert page.locator("nav.site-nav").is_hidden()
    assert page.locator("h1").is_visible()
    assert page.evaluate(BACKGROUND) == "rgb(255, 255, 255)"
