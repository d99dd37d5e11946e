import datetime as dt

from markupsafe import Markup

from unit_helpers import render_component

CARD = {"siteurl": "", "url": "jaunumi/a/", "title": "Ziņa", "date": dt.date(2016, 4, 26),
        "summary": Markup("<p>Īsi.</p>"), "status": "published", "scheduled": False}


def test_a_card_with_heading_date_and_summary():
    html = render_component("news-card", {**CARD, "heading": "h2"})
    assert html.startswith('<li><article class="news-card">') and html.endswith("</article>\n</li>")
    assert '<h2 class="news-card__title"><a href="/jaunumi/a/">Ziņa</a></h2>' in html
    assert '<time datetime="2016-04-26">2016. gada 26. aprīlis</time>' in html
    assert '<div class="news-card__summary"><p>Īsi.</p></div>' in html


def test_defaults_and_without_summary_and_the_badges():
    html = render_component("news-card", {**CARD, "summary": None, "status": "draft"})
    assert '<h3 class="news-card__title">' in html and "news-card__summary" not in html
    assert '<span class="status-badge">melnraksts</span>' in html
    scheduled = render_component("news-card", {**CARD, "scheduled": True})
    assert "status-badge--scheduled" in scheduled
