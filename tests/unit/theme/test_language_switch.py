from bs4 import BeautifulSoup

from unit_helpers import render_component


def test_link_in_the_target_language():
    link = BeautifulSoup(render_component("language-switch", {"href": "/en/", "lang": "en", "label": "English"}),
                         "html.parser").a
    assert (link["href"], link["hreflang"], link["lang"], link.text) == ("/en/", "en", "en", "English")
