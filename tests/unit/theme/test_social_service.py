import datetime as dt
from types import SimpleNamespace as O

from kurzeme_visiem.content.social_service import SocialService

from unit_helpers import render_component

PARTNER = O(phone="+371 63490458", website="https://www.dkn.lv")


def test_phone_as_a_tel_link_hours_and_source():
    service = SocialService(name="Tukuma novada sociālais dienests", source="https://tukums.lv/x", address="Tidaholmas iela 1",
                            phone="+371 80205333", hours="P 8.00–18.00", checked=dt.date(2026, 12, 3))
    html = render_component("social-service", {"service": service, "partner": PARTNER, "siteurl": "", "heading_id": "k"})
    assert '<h2 id="k">Kam zvanīt: sociālais dienests</h2>' in html
    assert '<a href="tel:+37180205333">+371 80205333</a>' in html
    assert "<dt>Pieņemšanas laiks</dt><dd>P 8.00–18.00</dd>" in html
    assert '<a href="https://tukums.lv/x">Avots</a>' in html and "2026. gada 3. decembrī" in html


def test_without_a_phone_it_points_to_the_municipality():
    service = SocialService(name="Dienvidkurzemes novada Sociālais dienests", source="https://dkn.lv/x", email="sd@dkn.lv")
    html = render_component("social-service", {"service": service, "partner": PARTNER, "siteurl": "", "heading_id": "k"})
    assert '<a href="mailto:sd@dkn.lv">sd@dkn.lv</a>' in html
    assert 'zvaniet pašvaldībai: <a href="tel:+37163490458">+371 63490458</a>' in html


def test_no_block_yet():
    html = render_component("social-service", {"service": None, "partner": O(phone=None, website=None), "siteurl": "", "heading_id": "k"})
    assert "vēl nav publicēti" in html and "tel:" not in html
