import datetime as dt
from types import SimpleNamespace as O

import jinja2
from markupsafe import Markup

from kurzeme_visiem.site.filters import add_filters
from unit_helpers import ROOT, render_component


def article(**values):
    return O(**{"url": "jaunumi/a/", "title": "Ziņa", "date": dt.date(2016, 4, 26), "summary": Markup("<p>Īsi.</p>"),
                "status": "published", **values})  # no "scheduled": most items have none


def test_a_list_of_cards_with_heading_date_and_summary():
    html = render_component("news-list", {"articles": [article(), article(title="Otra")], "siteurl": "", "heading": "h2"})
    assert html.startswith('<ul class="news-list">\n  <li><article class="news-card">')
    assert html.count('<li><article class="news-card">') == 2 and html.rstrip().endswith("</li>\n</ul>")
    assert '<h2 class="news-card__title"><a href="/jaunumi/a/">Otra</a></h2>' in html
    assert '<div class="news-card__summary"><p>Īsi.</p></div>' in html


def test_defaults_without_summary_and_the_draft_badge():
    html = render_component("news-list", {"articles": [article(status="draft")], "siteurl": "", "with_summary": False})
    assert '<h3 class="news-card__title">' in html and "news-card__summary" not in html
    assert '<span class="status-badge">melnraksts</span>' in html


def test_a_card_changed_in_place_is_rendered_anew():
    # one environment, so one rendered_once cache, and one compiled template rendered twice, as in the preview
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(ROOT / "theme" / "templates"), trim_blocks=True,
                             lstrip_blocks=True, autoescape=True)
    add_filters(O(env=env, settings={}))
    template = env.from_string('{% import "components/news-list.html" as news %}{{ news.news_list(params) }}')
    item = article()
    assert "Ziņa" in template.render(params={"articles": [item], "siteurl": ""})
    item.title = "Jauns virsraksts"
    html = template.render(params={"articles": [item], "siteurl": ""})
    assert "Jauns virsraksts" in html and "Ziņa" not in html
