from types import SimpleNamespace as O

from unit_helpers import render_component


def test_header_cells_and_cells_read_aloud():
    service = O(url="pakalpojumi/a/", name="Atelpas brīdis")
    partner = O(url="partneri/talsu-novads/", display_name="Talsu novads")
    matrix = O(columns=[service], groups=[O(label="Kurzemes pašvaldības", rows=[O(partner=partner, cells=[True])])])
    html = render_component("availability-table", {"matrix": matrix, "siteurl": "/x"})
    assert '<th scope="col"><a href="/x/pakalpojumi/a/">Atelpas brīdis</a></th>' in html
    assert '<th scope="rowgroup" colspan="2">Kurzemes pašvaldības</th>' in html
    assert '<th scope="row"><a href="/x/partneri/talsu-novads/">Talsu novads</a></th>' in html
    assert '<span class="visually-hidden">ir</span>' in html
