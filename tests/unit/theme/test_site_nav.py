from unit_helpers import render_component


def test_the_current_section_is_marked():
    html = render_component("site-nav", {"siteurl": "", "output_file": "jaunumi/index.html"})
    assert '<a class="site-nav__link" href="/jaunumi/" aria-current="page">Jaunumi</a>' in html
    below = render_component("site-nav", {"siteurl": "", "output_file": "jaunumi/a/index.html"})
    assert '<a class="site-nav__link" href="/jaunumi/" aria-current="true">Jaunumi</a>' in below
    assert html.count("<li>") == 6


def test_english_navigation():
    html = render_component("site-nav", {"siteurl": "", "output_file": "en/contact/index.html", "lang": "en"})
    assert '<a class="site-nav__link" href="/en/contact/" aria-current="page">Contact</a>' in html
    assert '<a class="site-nav__link" href="/en/">About</a>' in html and html.count("<li>") == 4
