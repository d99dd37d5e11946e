from unit_helpers import render_component


def test_brand_navigation_and_preferences():
    html = render_component("site-header", {"siteurl": "", "sitename": "Kurzeme visiem", "tagline": "Pakalpojumi",
                                            "output_file": "jaunumi/index.html"})
    assert '<a class="site-header__brand" href="/">' in html
    assert '<span class="site-header__name">Kurzeme visiem</span>' in html
    assert 'aria-label="Galvenā izvēlne"' in html and 'id="display-preferences"' in html
    assert html.rstrip().endswith("</header>")
