import datetime as dt
from types import SimpleNamespace

from bs4 import BeautifulSoup

from kurzeme_visiem.site.news_archive import archive_years
from unit_helpers import render_component


def test_one_link_per_year_with_its_count():
    news = [SimpleNamespace(date=dt.datetime(y, 1, d), source_path=f"{y}{d}") for y, d in ((2016, 1), (2016, 2), (2019, 1))]
    soup = BeautifulSoup(render_component("news-years", {"years": archive_years(news), "siteurl": ""}), "html.parser")
    assert [(a["href"], a.text) for a in soup.find_all("a")] == [("/jaunumi/2019/", "2019"), ("/jaunumi/2016/", "2016")]
    assert "(2)" in soup.get_text()
    assert render_component("news-years", {"years": [], "siteurl": ""}).strip() == ""
