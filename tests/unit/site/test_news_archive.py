"""News grouped by year for /jaunumi/<year>/."""

import datetime as dt
from types import SimpleNamespace

from kurzeme_visiem.site.news_archive import archive_years


def news(day: str, name: str):
    return SimpleNamespace(date=dt.datetime.fromisoformat(day), source_path=name, title=name)


def test_years_newest_first_and_news_newest_first_within_a_year():
    items = [news("2016-05-02", "a"), news("2019-01-03", "b"), news("2016-05-20", "c"), news("2019-12-31", "d")]
    years = archive_years(items)
    assert [(y.year, [a.title for a in y.articles]) for y in years] == [(2019, ["d", "b"]), (2016, ["c", "a"])]
    assert (years[0].url, years[0].save_as) == ("jaunumi/2019/", "jaunumi/2019/index.html")


def test_no_news_no_years():
    assert archive_years([]) == []
