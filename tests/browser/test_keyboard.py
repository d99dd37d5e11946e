"""Keyboard only: the skip link comes first, then the main navigation; focus is visible; no trap."""

FOCUSED = """() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    tag: element.tagName, text: (element.innerText || '').trim(), href: element.getAttribute('href'),
    inNav: !!element.closest('nav.site-nav'), id: element.id,
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    shadow: style.boxShadow !== 'none',
    visible: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
  };
}"""


def test_first_tab_stop_is_the_skip_link_and_it_moves_focus_to_the_content(served_site, page):
    page.goto(served_site.address("/"))
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED)
    assert first["text"] == "Pāriet uz galveno saturu" and first["href"] == "#saturs"
    assert first["visible"], "the skip link must appear on screen when it has focus"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "saturs"
    page.keyboard.press("Tab")
    inside_main = page.evaluate("!!document.activeElement.closest('main')")
    assert inside_main, "after the skip link, the next Tab must continue inside the main content"


def test_main_navigation_is_reached_in_order_with_visible_focus(served_site, page):
    page.goto(served_site.address("/"))
    nav_links = page.eval_on_selector_all("nav.site-nav a", "links => links.map(a => a.innerText.trim())")
    assert nav_links == ["Jaunumi", "Pakalpojumi", "Partneri", "Par projektu", "Kontakti", "Meklēt"]
    reached = []
    for _ in range(10):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["inNav"]:
            assert focused["visible"] and (focused["outline"] or focused["shadow"]), f"no visible focus on {focused}"
            reached.append(focused["text"])
    assert reached == nav_links


def test_enter_on_a_navigation_link_opens_its_page(served_site, page):
    page.goto(served_site.address("/"))
    page.focus("nav.site-nav a >> text=Partneri")
    page.keyboard.press("Enter")
    page.wait_for_url("**/partneri/")
    assert page.locator("h1").inner_text() == "Projekta partneri"


def test_tabbing_visits_every_focusable_element_once_and_never_gets_stuck(served_site, page):
    for url in ["/", "/partneri/", "/pakalpojumi/pasvaldibas/", "/partneri/tukuma-novads/"]:
        page.goto(served_site.address(url))
        assert page.evaluate("document.querySelectorAll('[tabindex]:not([tabindex=\"0\"]):not([tabindex=\"-1\"])').length") == 0, \
            f"{url}: positive tabindex breaks the logical order"
        focusable = page.evaluate("""() => [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex="0"]')]
            .filter(e => e.checkVisibility({visibilityProperty: true})).length""")
        page.evaluate("document.querySelectorAll('*').forEach((e, i) => e.dataset.tabProbe = i)")
        seen = []
        for _ in range(focusable + 5):
            page.keyboard.press("Tab")
            key = page.evaluate("(() => { const e = document.activeElement; return e === document.body ? 'BODY' : e.dataset.tabProbe + ' ' + e.outerHTML.slice(0, 120); })()")
            if key == "BODY" or (seen and key == seen[0]):
                break
            assert key not in seen, f"{url}: focus came back to an element before the end of the page: {key}"
            seen.append(key)
        assert len(seen) == focusable, f"{url}: {len(seen)} of {focusable} focusable elements reached by Tab"
