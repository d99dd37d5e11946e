from unit_helpers import render_component


def test_funding_line_links_and_feed():
    html = render_component("site-footer", {"siteurl": "", "feed": "feeds/jaunumi.atom.xml", "feed_domain": "https://example.test"})
    assert "Eiropas Sociālais fonds" in html
    assert '<a href="/piekluestamiba/">Piekļūstamība</a>' in html
    assert '<a href="https://example.test/feeds/jaunumi.atom.xml">Jaunumu plūsma (Atom)</a>' in html
    assert "Atom" not in render_component("site-footer", {"siteurl": "", "feed": None, "feed_domain": ""})
