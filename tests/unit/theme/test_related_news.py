import datetime as dt
from types import SimpleNamespace as O

from unit_helpers import render_component


def test_a_news_section_with_titles_and_dates_but_no_summaries():
    article = O(url="jaunumi/ligums/", title="Līgums", date=dt.datetime(2016, 5, 20), summary="<p>Kopsavilkums</p>",
                status="published")
    html = render_component("related-news", {"articles": [article], "siteurl": "https://x.lv"})
    assert html.startswith('<section aria-labelledby="zinas">\n    <h2 id="zinas">Ziņas</h2>')
    assert html.endswith("</section>")  # the page's line adds the newline
    assert '<h3 class="news-card__title"><a href="https://x.lv/jaunumi/ligums/">Līgums</a>' in html
    assert "2016" in html and "Kopsavilkums" not in html
