from types import SimpleNamespace as O

from unit_helpers import render_component


def test_names_or_display_names():
    items = [O(url="partneri/a/", name="Talsu novada dome", display_name="Talsu novads")]
    assert '<li><a href="/partneri/a/">Talsu novada dome</a></li>' in render_component("link-list", {"items": items, "siteurl": ""})
    html = render_component("link-list", {"items": items, "siteurl": "", "text": "display_name"})
    assert '<li><a href="/partneri/a/">Talsu novads</a></li>' in html and html.startswith('<ul class="link-list">')
