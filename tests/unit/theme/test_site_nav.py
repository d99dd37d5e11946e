from unit_helpers import render_component


def test_the_current_section_is_marked():
    html = render_component("site-nav", {"siteurl": "", "output_file": "jaunumi/index.html"})
    assert '<a class="site-nav__link" href="/jaunumi/" aria-current="page">Jaunumi</a>' in html
    below = render_component("site-nav", {"siteurl": "", "output_file": "jaunumi/a/index.html"})
    assert '<a class="site-nav__link" href="/jaunumi/" aria-current="true">Jaunumi</a>' in below
    assert html.count("<li>") == 6
