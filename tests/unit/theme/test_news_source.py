from unit_helpers import render_component


def test_avots_links_the_original_by_its_host():
    html = render_component("news-source", {"url": "https://www.kurzemesregions.lv/zina/"})
    assert html.strip() == '<p class="news-source">Avots: <a href="https://www.kurzemesregions.lv/zina/">kurzemesregions.lv</a></p>'


def test_nothing_without_a_source():
    assert render_component("news-source", {"url": None}).strip() == ""
