import datetime as dt
import json
from types import SimpleNamespace

from kurzeme_visiem.site.lastmod import last_changed, newest_of
from kurzeme_visiem.site.feeds import build_partner_feed
from kurzeme_visiem.content.records import PartnerType
from kurzeme_visiem.site.structured_data import organization, script_json

RIGA = dt.timezone(dt.timedelta(hours=3))


def partner(**fields):
    values = dict(name="Talsu novada dome", short_name=None, type=PartnerType.MUNICIPALITY, url="partneri/talsu-novads/",
                  slug="talsu-novads", website=None, address=None, phone=None, email=None, contacts=[], parent=None,
                  description_html="", agreement_date=None, news=[], display_name="Talsu novads")
    return SimpleNamespace(**{**values, **fields})


def test_organization_has_only_known_fields():
    data = organization(partner(), "https://x.lv")
    assert data == {"@context": "https://schema.org", "@type": "GovernmentOrganization", "name": "Talsu novada dome",
                    "url": "https://x.lv/partneri/talsu-novads/"}
    home = organization(partner(type=PartnerType.CHILDREN_HOME, phone="+371 63122238"), "https://x.lv")
    assert home["@type"] == "Organization" and home["telephone"] == "+371 63122238" and "email" not in home


def test_script_json_cannot_close_the_script_element():
    text = str(script_json({"name": "</script><script>alert(1)</script> & co"}))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script> & co"


def test_last_changed_takes_the_newest_own_or_news_date():
    news = [SimpleNamespace(date=dt.datetime(2016, 5, 20, tzinfo=RIGA))]
    assert last_changed(partner(agreement_date=dt.date(2016, 4, 26), news=news)) == dt.date(2016, 5, 20)
    assert last_changed(SimpleNamespace(date=dt.datetime(2016, 1, 2), modified=dt.datetime(2016, 3, 4))) == dt.date(2016, 3, 4)
    assert last_changed(SimpleNamespace()) is None and newest_of([]) is None


def test_an_empty_partner_feed_never_carries_the_build_time():
    settings = {"SITEURL": "https://x.lv", "SITENAME": "Kurzeme visiem", "PARTNER_FEED_ATOM": "feeds/partneri/{slug}.atom.xml"}
    newest = dt.datetime(2016, 5, 20, tzinfo=RIGA)
    feed = build_partner_feed(partner(), settings, newest)
    assert feed.latest_post_date() == newest
    fallback = build_partner_feed(partner(agreement_date=dt.date(2016, 4, 26)), settings, None)
    assert fallback.latest_post_date().date() == dt.date(2016, 4, 26)
