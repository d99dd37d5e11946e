"""Issue 13, as a parent in Talsi or Roja would use it: home → my municipality → services and whom to call,
by keyboard only and on a 360 px phone; the availability matrix readable on that phone."""

from __future__ import annotations

PHONE = {"width": 360, "height": 740}

FOCUSED = """() => {
  const e = document.activeElement; const s = getComputedStyle(e); const b = e.getBoundingClientRect();
  return {href: e.getAttribute('href'), inFinder: !!e.closest('.municipality-finder'),
          inCall: !!e.closest('.social-service'),
          focusVisible: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
          visible: b.width > 0 && b.height > 0 && b.bottom > 0 && b.top < window.innerHeight};
}"""


def tab_to(page, predicate, limit=80) -> dict:
    """Press Tab until the focused element matches; fail after ``limit`` presses."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if predicate(focused):
            focused["presses"] = presses
            return focused
    raise AssertionError(f"not reached in {limit} Tab presses")


def overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_keyboard_only_home_to_talsi_to_the_social_service_phone(served_site, page):
    page.goto(served_site.address("/"))
    link = tab_to(page, lambda f: f["inFinder"] and f["href"].endswith("/partneri/talsu-novads/"))
    assert link["visible"] and link["focusVisible"]
    page.keyboard.press("Enter")  # click 1
    page.wait_for_url("**/partneri/talsu-novads/")
    phone = tab_to(page, lambda f: f["inCall"] and (f["href"] or "").startswith("tel:"))
    assert phone["href"] == "tel:+37163221889" and phone["focusVisible"]
    sections = page.eval_on_selector_all("main section[aria-labelledby]", "s => s.map(x => x.getAttribute('aria-labelledby'))")
    assert sections[:2] == ["kam-zvanit", "pakalpojumi"]
    services = page.locator("section[aria-labelledby=pakalpojumi] h3").all_inner_texts()
    assert services[:2] == ["Pieejamie pakalpojumi", "Plānotie pakalpojumi"]
    assert page.script_errors == []


def test_keyboard_only_an_old_name_leads_to_the_successor(served_site, page):
    page.goto(served_site.address("/"))
    tab_to(page, lambda f: f["inFinder"] and f["href"].endswith("/partneri/talsu-novads/"))
    old = tab_to(page, lambda f: f["inFinder"] and f["href"].endswith("/partneri/talsu-novads/"))
    assert page.evaluate("document.activeElement.innerText").startswith("Dundagas novads")  # the first old name in Talsi
    assert old["visible"]
    page.keyboard.press("Enter")
    page.wait_for_url("**/partneri/talsu-novads/")
    assert page.locator("h1").inner_text() == "Talsu novada pašvaldība"


def test_at_360_px_home_to_priekule_to_whom_to_call(served_site, browser):
    context = browser.new_context(viewport=PHONE, locale="lv-LV", device_scale_factor=1)
    page = context.new_page()
    try:
        page.goto(served_site.address("/"))
        assert overflow(page) <= 0
        link = page.locator(".municipality-finder a", has_text="Priekules novads")
        link.scroll_into_view_if_needed()
        link.click()  # click 1: the old name leads straight to the municipality it is part of today
        page.wait_for_url("**/partneri/dienvidkurzemes-novads/")
        assert overflow(page) <= 0, "the municipality page must not scroll sideways at 360 px"
        call = page.locator("section.social-service")
        assert call.is_visible() and call.bounding_box()["width"] <= 360
        assert page.locator("section.social-service a[href^='mailto:']").inner_text() == "socialais.dienests@dkn.lv"
        planned = page.locator("section[aria-labelledby=pakalpojumi] .service-offers__former", has_text="Priekules novads")
        assert planned.count() >= 1, "Priekule's planned services are listed on the successor's page"
    finally:
        context.close()


def test_at_360_px_the_matrix_is_a_list_per_municipality(served_site, browser):
    context = browser.new_context(viewport=PHONE, locale="lv-LV")
    page = context.new_page()
    try:
        page.goto(served_site.address("/pakalpojumi/pasvaldibas/"))
        assert overflow(page) <= 0
        assert not page.locator(".availability-matrix__wide").is_visible()
        narrow = page.locator(".availability-matrix__narrow")
        assert narrow.is_visible()
        liepaja = page.locator(".availability-matrix__municipality", has=page.locator("a[href$='/partneri/liepajas-pilseta/']"))
        assert liepaja.locator("li").count() >= 8
        assert liepaja.locator("a.status-word--available").first.get_attribute("href").startswith("http")
        box = liepaja.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360
    finally:
        context.close()


def test_at_1280_px_the_matrix_is_the_table(served_site, page):
    page.goto(served_site.address("/pakalpojumi/pasvaldibas/"))
    assert page.locator(".availability-matrix__wide table").is_visible()
    assert not page.locator(".availability-matrix__narrow").is_visible()
    assert page.locator(".availability-matrix__legend").is_visible()
