import re

import pytest

from kurzeme_visiem.site.rendered_once import nav_place
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


@pytest.mark.parametrize("lang, home", [("lv", ""), ("en", "en/")])
def test_items_are_the_home_or_one_folder_below_it_as_nav_place_assumes(lang, home):
    html = render_component("site-nav", {"siteurl": "", "output_file": "", "lang": lang})
    for href in re.findall(r'href="/([^"]*)"', html):
        assert href == home or re.fullmatch(re.escape(home) + r"[^/]+/", href), href


@pytest.mark.parametrize("output_file", ["index.html", "404.html", "jaunumi/index.html", "jaunumi/a/index.html",
                                         "jaunumi/2.html", "partneri/talsi/index.html", "meklet/index.html",
                                         "en/index.html", "en/partners/index.html", "en/partners/a/index.html",
                                         "en/contact/index.html", "en/about.html"])
def test_a_page_and_its_nav_place_are_marked_alike(output_file):
    for lang in ("lv", "en"):
        params = {"siteurl": "", "lang": lang}
        assert (render_component("site-nav", {**params, "output_file": output_file})
                == render_component("site-nav", {**params, "output_file": nav_place(output_file, lang)}))
