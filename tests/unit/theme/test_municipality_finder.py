from types import SimpleNamespace as O

from unit_helpers import render_component


class Directory:
    def __init__(self, current, former):
        self.current, self.former = current, former

    def current_municipalities(self, region):
        return self.current.get(region, [])

    def former_municipalities(self):
        return self.former


def test_current_by_region_and_former_leading_to_their_successor():
    talsi = O(url="partneri/talsu-novads/", display_name="Talsu novads")
    roja = O(url="partneri/rojas-novads/", display_name="Rojas novads", current=talsi)
    directory = Directory({"k": [talsi]}, [roja])
    html = render_component("municipality-finder", {"directory": directory, "siteurl": "",
                                                    "regions": [("k", "Kurzemes pašvaldības"), ("o", "Citu reģionu pašvaldības")]})
    assert '<h3 class="municipality-finder__heading">Kurzemes pašvaldības</h3>' in html
    assert "Citu reģionu" not in html  # a region without municipalities has no heading
    assert '<li><a href="/partneri/talsu-novads/">Talsu novads</a></li>' in html
    assert ('<a href="/partneri/talsu-novads/">Rojas novads <span class="municipality-finder__arrow" aria-hidden="true">→</span>'
            '<span class="visually-hidden">: tagad</span> Talsu novads</a>') in html
    assert "<script" not in html and "<form" not in html
