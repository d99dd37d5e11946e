from unit_helpers import render_component


def test_brand_navigation_and_preferences():
    html = render_component("site-header", {"siteurl": "", "sitename": "Kurzeme visiem", "tagline": "Pakalpojumi",
                                            "output_file": "jaunumi/index.html"})
    assert '<a class="site-header__brand" href="/">' in html
    assert '<span class="site-header__name">Kurzeme visiem</span>' in html
    assert 'aria-label="Galvenā izvēlne"' in html and 'id="display-preferences"' in html
    assert html.rstrip().endswith("</header>")


def test_identity_project_and_language_switch():
    html = render_component("site-header", {"siteurl": "", "static": "theme", "sitename": "Kurzeme visiem",
                                            "tagline": "x", "output_file": "index.html", "lang": "lv",
                                            "implementer": "Kurzemes plānošanas reģions",
                                            "project_number": "9.2.2.1/15/I/004", "switch": {"url": "en/", "lang": "en"}})
    assert 'class="eu-identity"' in html and "Eiropas Sociālais fonds" in html
    assert "Kurzemes plānošanas reģions" in html and "Projekts Nr.&nbsp;9.2.2.1/15/I/004" in html
    assert '<a class="language-switch" href="/en/" hreflang="en" lang="en">English</a>' in html
    english = render_component("site-header", {"siteurl": "", "static": "theme", "sitename": "Kurzeme visiem",
                                               "tagline": "x", "output_file": "en/index.html", "lang": "en",
                                               "implementer": "Kurzemes plānošanas reģions",
                                               "project_number": "9.2.2.1/15/I/004", "switch": {"url": "", "lang": "lv"}})
    assert 'aria-label="Main menu"' in english and "Project No." in english and ">Latviski</a>" in english
