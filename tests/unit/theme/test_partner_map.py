from types import SimpleNamespace as O

from unit_helpers import render_component


def test_markers_are_named_links_and_the_same_partners_are_a_list():
    partner = O(url="partneri/talsu-novads/", display_name="Talsu novads")
    marker = O(partner=partner, number=1, x=10.0, y=20.0, moved=False, place_x=10.0, place_y=20.0)
    the_map = O(view_box="0 0 100 100", width=100, height=100, markers=[marker], graticule=[], labels=[], land=[],
                region=[], svg_points=lambda points: "", hit_radius=12, marker_radius=9, unlocated=True)
    html = render_component("partner-map", {"map": the_map, "siteurl": ""})
    assert '<a class="partner-map__marker" href="/partneri/talsu-novads/" aria-label="Talsu novads">' in html
    assert '<li><a href="/partneri/talsu-novads/">Talsu novads</a></li>' in html
    assert '<a href="#partneru-saraksts">Izlaist karti un pāriet uz sarakstu</a>' in html
    assert "style=" not in html and "<script" not in html


def test_the_map_title_counts_partners_with_latvian_plurals():
    partner = O(url="partneri/talsu-novads/", display_name="Talsu novads")
    marker = O(partner=partner, number=1, x=10.0, y=20.0, moved=False, place_x=10.0, place_y=20.0)

    def title(count):
        the_map = O(view_box="0 0 100 100", width=100, height=100, markers=[marker] * count, graticule=[], labels=[],
                    land=[], region=[], svg_points=lambda points: "", hit_radius=12, marker_radius=9, unlocated=True)
        html = render_component("partner-map", {"map": the_map, "siteurl": ""})
        return html.split('<title id="partneru-karte-nosaukums">')[1].split(",")[0]

    assert title(21) == "Shematiska karte ar 21 partneri"
    assert title(11) == "Shematiska karte ar 11 partneriem"
    assert title(2) == "Shematiska karte ar 2 partneriem"
