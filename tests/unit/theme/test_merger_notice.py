import datetime as dt
from types import SimpleNamespace as O

from unit_helpers import render_component


def test_a_former_municipality_links_its_successor_with_the_source():
    dkn = O(url="partneri/dienvidkurzemes-novads/", display_name="Dienvidkurzemes novads")
    priekule = O(successor=dkn, current=dkn, display_name="Priekules novads", merged_on=dt.date(2021, 7, 1),
                 merged_source="https://a.lv/reforma", predecessors=[])
    html = render_component("merger-notice", {"partner": priekule, "siteurl": ""})
    assert ('Kopš <time datetime="2021-07-01">2021. gada 1. jūlija</time> Priekules novads ir daļa no '
            '<a href="/partneri/dienvidkurzemes-novads/">Dienvidkurzemes novada</a>.') in html
    assert '<a href="https://a.lv/reforma">Avots par apvienošanu</a>' in html


def test_a_successor_lists_its_former_municipalities():
    roja = O(url="partneri/rojas-novads/", display_name="Rojas novads", merged_on=dt.date(2021, 7, 1))
    dundaga = O(url="partneri/dundagas-novads/", display_name="Dundagas novads", merged_on=dt.date(2021, 7, 1))
    talsi = O(successor=None, predecessors=[dundaga, roja])
    html = render_component("merger-notice", {"partner": talsi, "siteurl": ""})
    assert ('šajā pašvaldībā ietilpst bijušās pašvaldības: <a href="/partneri/dundagas-novads/">Dundagas novads</a>, '
            '<a href="/partneri/rojas-novads/">Rojas novads</a>.') in html


def test_nothing_for_a_partner_without_history():
    assert render_component("merger-notice", {"partner": O(successor=None, predecessors=[]), "siteurl": ""}).strip() == ""
