import datetime as dt
from types import SimpleNamespace as O

from kurzeme_visiem.content.availability import ServiceEntry, Status
from kurzeme_visiem.content.lv.partial_dates import PartialDate
from kurzeme_visiem.site.matrix import STATUS_LEGEND

from unit_helpers import render_component

SERVICE = O(url="pakalpojumi/grupu-dzivoklis/", name="Grupu dzīvoklis")


def offer(entry, partner):
    return O(entry=entry, service=SERVICE, partner=partner, status=entry.status)


def test_a_partners_entry_with_every_fact_and_its_source():
    talsi = O(url="partneri/talsu-novads/", display_name="Talsu novads", successor=None)
    talsi.current = talsi
    entry = ServiceEntry("grupu-dzivoklis", 5, Status.AVAILABLE, PartialDate(2023, 7, 18), 16, "Dīķu iela 1",
                         "Biedrība", "Četri dzīvokļi.", "https://a.lv/x", dt.date(2026, 12, 3))
    html = render_component("service-offers", {"offers": [offer(entry, talsi)], "siteurl": "", "legend": STATUS_LEGEND,
                                               "title": "service", "heading": "h4"})
    assert '<a href="/pakalpojumi/grupu-dzivoklis/">Grupu dzīvoklis</a>' in html
    assert '✓</span> pieejams</span>, kopš <time datetime="2023-07-18">2023. gada 18. jūlija</time>' in html
    assert "<dt>Vietu skaits</dt><dd>16</dd>" in html and "<dt>Adrese</dt><dd>Dīķu iela 1</dd>" in html
    assert '<a href="https://a.lv/x">Avots</a>' in html and "2026. gada 3. decembrī" in html


def test_on_a_service_page_the_municipality_today_and_its_former_name():
    dkn = O(url="partneri/dienvidkurzemes-novads/", display_name="Dienvidkurzemes novads", successor=None)
    dkn.current = dkn
    priekule = O(url="partneri/priekules-novads/", display_name="Priekules novads", successor=dkn, current=dkn)
    entry = ServiceEntry("grupu-dzivoklis", 5, Status.PLANNED, source="https://a.lv/y")
    html = render_component("service-offers", {"offers": [offer(entry, priekule)], "siteurl": "", "legend": STATUS_LEGEND,
                                               "title": "partner", "heading": "h4"})
    assert '<a href="/partneri/dienvidkurzemes-novads/">Dienvidkurzemes novads</a>' in html
    assert '(agrāk Priekules novads)' in html and "plānots" in html and "Vietu skaits" not in html


def test_a_bare_slug_says_there_is_no_source_yet():
    tukums = O(url="partneri/tukuma-novads/", display_name="Tukuma novads", successor=None)
    tukums.current = tukums
    html = render_component("service-offers", {"offers": [offer(ServiceEntry("grupu-dzivoklis", 5), tukums)], "siteurl": "",
                                               "legend": STATUS_LEGEND, "title": "service", "heading": "h4"})
    assert "?</span> statuss nav zināms" in html
    assert "Avots vēl nav norādīts" in html
