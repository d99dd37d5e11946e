import datetime as dt
from types import SimpleNamespace as O

from markupsafe import Markup

from unit_helpers import render_component


def article(**values):
    return O(**{"url": "jaunumi/a/", "title": "Ziņa", "date": dt.date(2016, 4, 26), "summary": Markup("<p>Īsi.</p>"),
                "status": "published", "scheduled": False, **values})


def test_a_list_of_cards_with_heading_date_and_summary():
    html = render_component("news-card", {"articles": [article()], "siteurl": "", "heading": "h2"})
    assert '<ul class="news-list">' in html
    assert '<h2 class="news-card__title"><a href="/jaunumi/a/">Ziņa</a></h2>' in html
    assert '<time datetime="2016-04-26">2016. gada 26. aprīlis</time>' in html
    assert '<div class="news-card__summary"><p>Īsi.</p></div>' in html


def test_defaults_and_without_summary_and_the_draft_badge():
    html = render_component("news-card", {"articles": [article(status="draft")], "siteurl": "", "with_summary": False})
    assert '<h3 class="news-card__title">' in html and "news-card__summary" not in html
    assert '<span class="status-badge">melnraksts</span>' in html
